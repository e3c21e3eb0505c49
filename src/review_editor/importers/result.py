"""What an import returns: the record, what was detected, and suggestions to confirm."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import RecordModel, parse_record
from ..model.document import RecordDocument

Confidence = Literal["high", "medium", "low"]
Span = tuple[int, int]


@dataclass(frozen=True)
class Detection:
    """A value the importer put into the record, and the source text it came from."""

    field_path: str  # dotted, as in the record: "publisher.name", "links.0"
    value: Any  # JSON-like, as the field holds it
    evidence: str  # the source text
    span: Span | None = None  # offsets of the evidence in ``ImportResult.source_text``


@dataclass(frozen=True)
class Suggestion:
    """A fact the page seems to state, offered for the user to accept or reject.

    Suggestions are never in the record until ``apply_suggestions`` puts them there.
    ``action`` "set" replaces the field's value; "append" adds ``value`` as one item of the
    list at ``field_path`` (``review.reviewers``, ``quotes``, ``themes``…).
    """

    field_path: str
    value: Any
    label: str  # what the dialog shows: "Commissioned", "Reviewer"
    evidence: str  # the words on the page the suggestion rests on
    confidence: Confidence = "medium"
    span: Span | None = None
    action: Literal["set", "append"] = "set"
    context: str = ""  # the headline or sentence the evidence stands in, when it helps


@dataclass
class ImportResult:
    record: RecordModel
    suggestions: list[Suggestion] = field(default_factory=list)
    detected: list[Detection] = field(default_factory=list)
    source_text: str = ""  # the source as normalised plain text, for side-by-side display
    source_format: Literal["text", "html", "docx"] = "text"
    warnings: list[str] = field(default_factory=list)
    listed: list[str] = field(default_factory=list)  # the other reviews a listing page names
    applied: list[Suggestion] = field(default_factory=list)  # by --accept-suggestions

    def confident(self) -> list[Suggestion]:
        """The suggestions sure enough to apply without asking."""
        return [s for s in self.suggestions if s.confidence == "high"]


def apply_suggestions(record: RecordModel, suggestions: Iterable[Suggestion]) -> RecordModel:
    """A new record with the accepted ``suggestions`` applied; ``record`` is not changed.

    An appended item already in its list is not added twice; of two values accepted for one
    field, the first (the importer lists the surest first) is the one set. Raises
    ``pydantic.ValidationError`` if an edited suggestion holds a value the model refuses.
    """
    document = RecordDocument(record)
    set_paths: set[str] = set()
    for suggestion in suggestions:
        if suggestion.action == "set":
            if suggestion.field_path in set_paths:
                continue
            set_paths.add(suggestion.field_path)
        if suggestion.action == "append":
            items = document.get(suggestion.field_path) or []
            if suggestion.value not in items:
                document.insert(suggestion.field_path, len(items), suggestion.value)
        else:
            document.set(suggestion.field_path, suggestion.value)
    return parse_record(document.data)
