"""Running the checks: every registered check, sorted in reading order."""

from __future__ import annotations

from typing import Any

from .context import CheckContext
from .issue import INFO, Issue
from .reading import path_key
from .registry import all_checks


def run_checks(record: Any, ctx: CheckContext, codes: set[str] | None = None) -> list[Issue]:
    """All issues for ``record``, in reading order (field order on the page, then span).

    ``codes`` limits the run to some checks ("C4.4") or families ("C1"). C3 issues are
    information notes while the target status is below approved; a partnership's
    ``severity_overrides`` apply last.
    """
    from .facts import RecordFacts

    facts = RecordFacts(record, ctx)
    ctx._active = (record, facts)
    try:
        issues: list[Issue] = []
        for spec in all_checks():
            if codes is not None and spec.code not in codes and spec.family not in codes:
                continue
            issues.extend(spec.function(record, ctx))
    finally:
        ctx._active = None
    publishing = ctx.publishing(record)
    overrides = ctx.settings.severity_overrides
    adjusted = []
    for issue in issues:
        if issue.code.startswith("C3.") and not publishing and issue.severity != INFO:
            issue = _with_severity(issue, INFO, " (needed before publication)")
        if issue.code in overrides:
            issue = _with_severity(issue, overrides[issue.code])
        adjusted.append(issue)
    return sort_issues(record, adjusted)


def _with_severity(issue: Issue, severity: Any, note: str = "") -> Issue:
    return Issue(issue.code, severity, issue.field_path, issue.span, issue.message + note,
                 issue.suggestion)


def sort_issues(record: Any, issues: list[Issue]) -> list[Issue]:
    model = type(record)

    def key(issue: Issue) -> tuple[Any, ...]:
        family, _, number = issue.code[1:].partition(".")
        span = issue.span or (-1, -1)
        return (path_key(model, issue.field_path), span[0], span[1], int(family),
                int(number or 0))

    unique = list(dict.fromkeys(issues))
    return sorted(unique, key=key)
