"""Running the checks: every registered check, sorted in reading order."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..field_cache import fit_per_text
from .batch import forget
from .context import CheckContext
from .facts import RecordFacts
from .issue import INFO, Issue
from .per_field import PER_FIELD, per_field_issues
from .reading import path_key
from .registry import all_checks
from .welsh import ENGLISH_ONLY, WELSH_ONLY, english_only_on_welsh


def run_checks(record: Any, ctx: CheckContext, codes: set[str] | None = None) -> list[Issue]:
    """All issues for ``record``, in reading order (field order on the page, then span).

    ``codes`` limits the run to some checks ("C4.4") or families ("C1"). C3 issues are
    information notes while the target status is below approved; a partnership's
    ``severity_overrides`` apply last.
    """
    with _RUNNING, _full_collections_rare():
        return _run_checks(record, ctx, codes)


#: The checks share module-level caches; the Checks dock runs them on a worker thread
#: while an export may run them on the UI thread, so one run at a time.
_RUNNING = threading.Lock()


@contextmanager
def _full_collections_rare() -> Iterator[None]:
    """Full garbage collections rare during a run. A long record's run keeps millions of
    objects in its caches, and each full collection walks all of them again: with the
    interpreter's thresholds (the command line, the benches) they ran every hundred young
    collections, a fifth of a long record's check, and even the window's (``app.
    settle_memory``: one in a thousand) would walk a 100,000-section run's heap twice. Young
    collections go on as usual (pausing the collector instead left one pass over everything
    the run had made, a 0.4 s stall at 5,000 sections); the threshold is put back after the
    run unless another thread changed it meanwhile."""
    before = gc.get_threshold()
    during = (before[0], before[1], max(before[2], _FULL_COLLECTION_THRESHOLD))
    gc.set_threshold(*during)
    try:
        yield
    finally:
        if gc.get_threshold() == during:
            gc.set_threshold(*before)


#: Codes whose issues are dropped on text of the other language (looked up once per path).
_ONE_LANGUAGE = ENGLISH_ONLY | WELSH_ONLY

#: A full collection after ten thousand middle-generation ones (70 million allocations).
_FULL_COLLECTION_THRESHOLD = 10_000


def _run_checks(record: Any, ctx: CheckContext, codes: set[str] | None) -> list[Issue]:
    facts = RecordFacts(record, ctx)
    fit_per_text(len(facts.fields))
    ctx._active = (record, facts)
    try:
        issues: list[Issue] = []
        per_field = []
        for spec in all_checks():
            if codes is not None and spec.code not in codes and spec.family not in codes:
                continue
            if spec.code in PER_FIELD:
                per_field.append(spec)
            else:
                issues.extend(spec.function(record, ctx))
        if per_field:
            issues.extend(per_field_issues(per_field, record, ctx, facts))
    finally:
        ctx._active = None
        forget()
    publishing = ctx.publishing(record)
    overrides = ctx.settings.severity_overrides
    adjusted = []
    dropped: dict[str, bool] = {}  # by field path, for the codes that read one language
    for issue in issues:
        if issue.code in _ONE_LANGUAGE:
            key = ("W" if issue.code in WELSH_ONLY else "E") + issue.field_path
            drop = dropped.get(key)
            if drop is None:
                drop = dropped[key] = english_only_on_welsh(record, issue)
            if drop:
                continue
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
    model: Any = type(record)
    paths: dict[str, tuple[int, ...]] = {}  # a long record's issues share their paths
    codes: dict[str, tuple[int, int]] = {}

    def key(issue: Issue) -> tuple[Any, ...]:
        path = issue.field_path
        place = paths.get(path)
        if place is None:
            place = paths[path] = path_key(model, path)
        code = codes.get(issue.code)
        if code is None:
            family, _, number = issue.code[1:].partition(".")
            code = codes[issue.code] = (int(family), int(number or 0))
        span = issue.span or (-1, -1)
        return (place, span[0], span[1], code)  # the code's numbers compare as a pair

    unique = list(dict.fromkeys(issues))
    return sorted(unique, key=key)
