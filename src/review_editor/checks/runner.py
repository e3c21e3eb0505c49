"""Running the checks: every registered check, sorted in reading order."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from .context import CheckContext
from .facts import RecordFacts
from .issue import INFO, Issue
from .reading import path_key
from .registry import all_checks
from .welsh import english_only_on_welsh


def run_checks(record: Any, ctx: CheckContext, codes: set[str] | None = None) -> list[Issue]:
    """All issues for ``record``, in reading order (field order on the page, then span).

    ``codes`` limits the run to some checks ("C4.4") or families ("C1"). C3 issues are
    information notes while the target status is below approved; a partnership's
    ``severity_overrides`` apply last.
    """
    with _RUNNING:
        return _run_checks(record, ctx, codes)


#: The checks share module-level caches; the Checks dock runs them on a worker thread
#: while an export may run them on the UI thread, so one run at a time.
_RUNNING = threading.Lock()


def _run_checks(record: Any, ctx: CheckContext, codes: set[str] | None) -> list[Issue]:
    facts = RecordFacts(record, ctx)
    ctx._active = (record, facts)
    try:
        issues: list[Issue] = []
        for spec in all_checks():
            if codes is not None and spec.code not in codes and spec.family not in codes:
                continue
            if spec.code in PER_FIELD:
                issues.extend(_per_field(spec.code, spec.function, record, ctx, facts))
            else:
                issues.extend(spec.function(record, ctx))
    finally:
        ctx._active = None
    publishing = ctx.publishing(record)
    overrides = ctx.settings.severity_overrides
    adjusted = []
    for issue in issues:
        if english_only_on_welsh(record, issue):
            continue
        if issue.code.startswith("C3.") and not publishing and issue.severity != INFO:
            issue = _with_severity(issue, INFO, " (needed before publication)")
        if issue.code in overrides:
            issue = _with_severity(issue, overrides[issue.code])
        adjusted.append(issue)
    return sort_issues(record, adjusted)


#: Text checks whose issues for a field depend only on that field and on record-level facts
#: (``RecordFacts.text_context``): they run field by field, and each field's issues are
#: kept until the field or those facts change, so a re-check after an edit re-reads only the
#: edited field. (C1 keeps its own per-field cache; C4.4 reads across fields.)
PER_FIELD = frozenset({
    "C4.1", "C4.2", "C4.3", "C4.5", "C4.6", "C4.7", "C4.8", "C4.10", "C4.12", "C4.13",
    "C4.14", "C5.1", "C5.2", "C5.3", "C5.4", "C5.6", "C5.7", "C6.6",
})
_CACHE: OrderedDict[tuple[Any, ...], list[Issue]] = OrderedDict()
_CACHE_SIZE = 20_000


def _per_field(code: str, function: Any, record: Any, ctx: CheckContext,
               facts: RecordFacts) -> list[Issue]:
    issues: list[Issue] = []
    try:
        for field in facts.fields:
            key = (code, facts.text_context_id, field.path, field.text, field.prose,
                   field.identify, field.markdown is not None)
            found = _CACHE.get(key)
            if found is None:
                ctx._active = (record, facts.only(field))
                found = _CACHE[key] = function(record, ctx)
                if len(_CACHE) > _CACHE_SIZE:
                    _CACHE.popitem(last=False)
            else:
                _CACHE.move_to_end(key)
            issues.extend(found)
    finally:
        ctx._active = (record, facts)
    return issues


def _with_severity(issue: Issue, severity: Any, note: str = "") -> Issue:
    return Issue(issue.code, severity, issue.field_path, issue.span, issue.message + note,
                 issue.suggestion)


def sort_issues(record: Any, issues: list[Issue]) -> list[Issue]:
    model: Any = type(record)

    def key(issue: Issue) -> tuple[Any, ...]:
        family, _, number = issue.code[1:].partition(".")
        span = issue.span or (-1, -1)
        return (path_key(model, issue.field_path), span[0], span[1], int(family),
                int(number or 0))

    unique = list(dict.fromkeys(issues))
    return sorted(unique, key=key)
