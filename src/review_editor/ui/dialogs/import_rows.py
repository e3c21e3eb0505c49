"""What the import review lists, and the user's choices, without Qt: the pieces the importer
put into the record (each may be dropped where that makes sense), its suggestions (each left
out until ticked), and ``build_record``, which turns the choices into the record for the
dialog and for scripted choices (``ImportChoice``) alike."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ...importers import ImportResult, Suggestion, apply_suggestions
from ...model import RecordModel, label, parse_record
from ...model.dates import format_partial
from ...model.document import RecordDocument
from ..common.labels import describe_path
from ..common.text import count_words

if TYPE_CHECKING:
    pass

#: Reads the source again as another kind of record ("review_notice", …).
Reimport = Callable[[str], ImportResult]
Span = tuple[int, int]
CLIPBOARD_NAME = "Pasted text"
FORMAT_NAMES = {"text": "web page text", "html": "web page (HTML)", "docx": "Word document"}
#: What the importer always puts in: a record needs its title, and the body is the page.
KEPT_FIELDS = ("title", "body")


# the user's choices, without Qt -----------------------------------------------------------

@dataclass(frozen=True)
class ImportChoice:
    """What the user decided in the review: suggestions to accept (by field path, or "all"),
    detected fields to drop (``ImportRow.drop_key``: "published_on", "publisher",
    "links.0"…) and, optionally, another kind to read the source as first."""

    accept: Collection[str] | Literal["all"] = ()
    drop: Collection[str] = ()
    kind: str | None = None

    def record(self, result: ImportResult) -> RecordModel:
        accepted = [s for s in result.suggestions
                    if self.accept == "all" or s.field_path in self.accept]
        return build_record(result, drop=self.drop, accept=accepted)


def build_record(result: ImportResult, *, drop: Iterable[str] = (),
                 accept: Iterable[Suggestion] = ()) -> RecordModel:
    """The imported record without the ``drop``ped fields, with the ``accept``ed
    suggestions applied. Raises ``pydantic.ValidationError`` if the model refuses one."""
    document = RecordDocument(result.record)
    # List items go last to first, so each index still points at its item.
    for key in sorted(set(drop), key=_list_index, reverse=True):
        *parent, last = key.split(".")
        if last.isdigit() and parent:
            document.remove(".".join(parent), int(last))
        elif key not in KEPT_FIELDS:
            document.set(key, None)
    return apply_suggestions(parse_record(document.data), accept)


def _list_index(key: str) -> tuple[int, str]:
    last = key.rsplit(".", 1)[-1]
    return (int(last) if last.isdigit() else -1, key)


# what the dialog lists ----------------------------------------------------------------------

Section = Literal["detected", "suggestion", "removed", "listed"]
#: How sure the importer is of a suggestion, as the review's list says it.
CONFIDENCE_WORDS = {"high": "likely right", "medium": "check it", "low": "unsure"}


@dataclass
class ImportRow:
    section: Section
    label: str
    value: str
    evidence: str = ""
    span: Span | None = None
    drop_key: str | None = None  # a detected field the user may drop
    suggestion: Suggestion | None = None
    note: str = ""  # said when the row is selected, if it has no evidence
    children: list[ImportRow] = field(default_factory=list)

    @property
    def checkable(self) -> bool:
        return self.drop_key is not None or self.suggestion is not None

    @property
    def key(self) -> str:
        """Identifies the row across a re-read as another kind."""
        if self.suggestion is not None:
            value = json.dumps(self.suggestion.value, sort_keys=True, ensure_ascii=False)
            return f"suggestion:{self.suggestion.field_path}={value}"
        return f"detected:{self.drop_key or self.label}"


def detected_rows(result: ImportResult) -> list[ImportRow]:
    """One row per detected field: the publisher's name and type together, the body as one
    row (a child per section when there are several), each link on its own."""
    kind = result.record.kind
    rows: list[ImportRow] = []
    sections: list[ImportRow] = []
    body_at: int | None = None
    publisher: ImportRow | None = None
    for detection in result.detected:
        path = detection.field_path
        top = path.split(".")[0]
        span = detection.span or _find(result.source_text, detection.evidence)
        if top == "publisher":
            if publisher is None:
                value = describe_value(_dumped(result.record, "publisher"))
                publisher = ImportRow("detected", "Publisher", value, detection.evidence, span,
                                      drop_key="publisher")
                rows.append(publisher)
        elif top == "body":
            index = int(path.split(".")[1])
            section = result.record.body[index]
            name = section.heading or ("Introduction" if index == 0 else f"Section {index + 1}")
            sections.append(ImportRow("detected", name, _words(section.markdown),
                                      detection.evidence, span))
            body_at = len(rows) if body_at is None else body_at
        else:
            name = (f"Link {int(path.split('.')[1]) + 1}" if top == "links" and path != "links.0"
                    else "Link" if top == "links" else describe_path(kind, path))
            rows.append(ImportRow("detected", name, describe_value(detection.value),
                                  detection.evidence, span,
                                  drop_key=None if top in KEPT_FIELDS else path))
    if sections and body_at is not None:
        rows.insert(body_at, _body_row(result, sections))
    return rows


def _body_row(result: ImportResult, sections: list[ImportRow]) -> ImportRow:
    count = len(sections)
    words = sum(count_words(section.markdown) for section in result.record.body)
    spans = [section.span for section in sections if section.span]
    return ImportRow(
        "detected", "Body", f"{count} section{'' if count == 1 else 's'}, {words:,} words",
        span=(min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None,
        note="The page's text, without its title, dateline, links and boilerplate.",
        children=sections if count > 1 else [])


def suggestion_rows(result: ImportResult) -> list[ImportRow]:
    return [ImportRow("suggestion", s.label, describe_value(s.value), s.evidence,
                      s.span or _find(result.source_text, s.evidence), suggestion=s)
            for s in result.suggestions]


def listed_rows(result: ImportResult) -> list[ImportRow]:
    """The other reviews a listing page names (the record holds the first)."""
    note = ("The page lists several reviews; the record holds the first. To make a record "
            "for each, run: review-editor import PAGE --split --out FOLDER.")
    return [ImportRow("listed", f"Review {number}", title, note=note)
            for number, title in enumerate(result.listed, start=2)]


def removed_rows(result: ImportResult) -> list[ImportRow]:
    provenance = result.record.provenance
    if provenance is None:
        return []
    rows = []
    start = 0
    for text in provenance.removed_boilerplate:
        span = _find(result.source_text, text, start)
        start = span[1] if span else start
        rows.append(ImportRow("removed", "Removed", text, text, span))
    rows += [ImportRow("removed", "Tidied", text, note=f"Tidied while reading: {text}.")
             for text in provenance.cleanups]
    return rows


def _find(text: str, evidence: str, start: int = 0) -> Span | None:
    if not evidence:
        return None
    found = text.find(evidence, start)
    return (found, found + len(evidence)) if found >= 0 else None


def _dumped(record: RecordModel, name: str) -> Any:
    value = getattr(record, name, None)
    return value.model_dump(mode="json", exclude_none=True) if value is not None else None


def _words(text: str) -> str:
    words = count_words(text)
    return f"{words:,} word{'' if words == 1 else 's'}"


_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_VOCABULARY = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


def describe_value(value: Any) -> str:
    """A field's value as a reader would say it: "April 2019", "Thematic review",
    "Clare Hyde MBE, independent reviewer"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        if _PARTIAL_DATE.fullmatch(value):
            try:
                return format_partial(value)
            except ValueError:
                return value
        return label(value) if _VOCABULARY.fullmatch(value) else value
    if isinstance(value, list):
        return "; ".join(describe_value(item) for item in value)
    if isinstance(value, dict):
        return _describe_dict(value)
    return str(value)


def _describe_dict(value: dict[str, Any]) -> str:
    if "url" in value:
        text = f"{value.get('text') or value['url']} — {value['url']}"
        return f"{text} ({label(value['role'])})" if value.get("role") else text
    if set(value) <= {"start", "end"}:
        start, end = (format_partial(value[k]) if value.get(k) else "" for k in ("start", "end"))
        return f"{start} to {end}" if start and end else f"since {start}" if start \
            else f"until {end}"
    if "quote" in value or "attributed_to" in value:
        quote = value.get("quote") or value.get("text") or ""
        who = ", ".join(str(value[k]) for k in ("body", "inspection", "year", "attributed_to")
                        if value.get(k))
        return f"{who}: “{quote}”" if who else f"“{quote}”"
    if "name" in value:
        name = " ".join(str(value[k]) for k in ("name", "post_nominals") if value.get(k))
        extra = [label(value[k]) for k in ("role", "publisher_type") if value.get(k)]
        if value.get("independent") and not any("independent" in e.lower() for e in extra):
            extra.append("independent")
        return f"{name}, {', '.join(extra).lower()}" if extra else name
    if "label" in value:
        return str(value["label"])
    return ", ".join(describe_value(v) for v in value.values() if v not in (None, "", []))


def one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def tooltip(text: str) -> str:
    return f"<p>{html.escape(one_line(text, 800))}</p>" if text else ""


def qt_offset(text: str, offset: int) -> int:
    """Qt counts UTF-16 code units; Python counts code points."""
    return len(text[:offset].encode("utf-16-le")) // 2


