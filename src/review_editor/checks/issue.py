"""A finding of a pre-publication check."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import repeat
from typing import Literal, NamedTuple, cast

Severity = Literal["blocking", "warning", "info"]

BLOCKING: Severity = "blocking"
WARNING: Severity = "warning"
INFO: Severity = "info"

SEVERITY_LETTER = {BLOCKING: "B", WARNING: "W", INFO: "I"}

#: The target of a final export's checks: as if the record were being published.
FINAL_EXPORT = "final_export"


class Issue(NamedTuple):
    """One finding: which check, how serious, where, and what to do.

    ``field_path`` is dotted with list indexes ("body.0.markdown", "links.0.text"); ``span``
    holds start and end offsets in that field's own text (for a Markdown field, offsets in
    its Markdown source), or None when the finding is about the field as a whole.

    An issue is the value of its fields and is never changed (``_replace`` makes a changed
    copy). It is a named tuple so that a check finding many can make them all at once in C
    (``issues_from``): a long record's check makes a million (a spelling warning for each
    unknown word).
    """

    code: str
    severity: Severity
    field_path: str
    span: tuple[int, int] | None
    message: str
    suggestion: str = ""

    @property
    def is_finding(self) -> bool:
        """Blocking and warning issues are findings; information notes are advice."""
        return self.severity in (BLOCKING, WARNING)


IssueRow = tuple[str, Severity, str, "tuple[int, int] | None", str, str]


def issues_from(rows: Iterable[IssueRow]) -> Iterator[Issue]:
    """An issue for each row of its six fields, in order: ``Issue(*row)``, made without a
    Python call for each."""
    return cast(Iterator[Issue], map(tuple.__new__, repeat(Issue), rows))


def blocking(issues: list[Issue]) -> list[Issue]:
    """The issues that stop approval, publication and a final export."""
    return [issue for issue in issues if issue.severity == BLOCKING]


def findings(issues: list[Issue]) -> list[Issue]:
    """Blocking and warning issues (what "yields no finding" counts)."""
    return [issue for issue in issues if issue.is_finding]
