"""A finding of a pre-publication check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["blocking", "warning", "info"]

BLOCKING: Severity = "blocking"
WARNING: Severity = "warning"
INFO: Severity = "info"

SEVERITY_LETTER = {BLOCKING: "B", WARNING: "W", INFO: "I"}

#: The target of a final export's checks: as if the record were being published.
FINAL_EXPORT = "final_export"


@dataclass(frozen=True, init=False, slots=True)
class Issue:
    """One finding: which check, how serious, where, and what to do.

    ``field_path`` is dotted with list indexes ("body.0.markdown", "links.0.text"); ``span``
    holds start and end offsets in that field's own text (for a Markdown field, offsets in
    its Markdown source), or None when the finding is about the field as a whole.
    """

    code: str
    severity: Severity
    field_path: str
    span: tuple[int, int] | None
    message: str
    suggestion: str

    def __init__(self, code: str, severity: Severity, field_path: str,
                 span: tuple[int, int] | None, message: str, suggestion: str = "") -> None:
        # What the generated initialiser does, faster: it sets each field through
        # ``object.__setattr__`` (the class is frozen), and a long record's check makes
        # a million issues (a spelling warning for each unknown word). The slots' own
        # setters write them straight in, and an issue has no dictionary to fill.
        _SET_CODE(self, code)
        _SET_SEVERITY(self, severity)
        _SET_FIELD_PATH(self, field_path)
        _SET_SPAN(self, span)
        _SET_MESSAGE(self, message)
        _SET_SUGGESTION(self, suggestion)

    @property
    def is_finding(self) -> bool:
        """Blocking and warning issues are findings; information notes are advice."""
        return self.severity in (BLOCKING, WARNING)


_SET_CODE, _SET_SEVERITY, _SET_FIELD_PATH, _SET_SPAN, _SET_MESSAGE, _SET_SUGGESTION = (
    getattr(Issue, name).__set__
    for name in ("code", "severity", "field_path", "span", "message", "suggestion"))


def blocking(issues: list[Issue]) -> list[Issue]:
    """The issues that stop approval, publication and a final export."""
    return [issue for issue in issues if issue.severity == BLOCKING]


def findings(issues: list[Issue]) -> list[Issue]:
    """Blocking and warning issues (what "yields no finding" counts)."""
    return [issue for issue in issues if issue.is_finding]
