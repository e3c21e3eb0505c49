"""Running the checks: every registered check, sorted in reading order."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..field_cache import FieldCache, fit_per_text
from .context import CheckContext
from .facts import RecordFacts
from .issue import INFO, Issue
from .reading import path_key
from .registry import all_checks
from .text import FieldText
from .welsh import english_only_on_welsh


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


#: A full collection after ten thousand middle-generation ones (70 million allocations).
_FULL_COLLECTION_THRESHOLD = 10_000


def _run_checks(record: Any, ctx: CheckContext, codes: set[str] | None) -> list[Issue]:
    facts = RecordFacts(record, ctx)
    fit_per_text(len(facts.fields))
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
#: (``RecordFacts.text_context``). Each runs once over all the fields not already in the
#: cache, and its issues are kept per field until the field or those facts change, so a
#: re-check after an edit re-reads only the edited field. (C1 keeps its own per-field cache;
#: C4.4 reads across fields.)
PER_FIELD = frozenset({
    "C4.1", "C4.2", "C4.3", "C4.5", "C4.6", "C4.7", "C4.8", "C4.10", "C4.12", "C4.13",
    "C4.14", "C5.1", "C5.2", "C5.3", "C5.4", "C5.6", "C5.7", "C6.6",
})
_SLOT = {code: index for index, code in enumerate(sorted(PER_FIELD))}
_NONE: tuple[Issue, ...] = ()
#: Per field: one slot per check in ``PER_FIELD`` (None until that check has read it).
_CACHE: FieldCache[list[tuple[Issue, ...] | None]] = FieldCache(20_000)


def _cache_entries(facts: RecordFacts) -> list[list[tuple[Issue, ...] | None]]:
    """Each field's cache entry, in field order (looked up once per run)."""
    context = facts.text_context_id
    entries = []
    _CACHE.fit(len(facts.fields))
    for field in facts.fields:
        key = (context, field.path, field.text, field.prose, field.identify,
               field.markdown is not None)
        entry = _CACHE.get(key)
        if entry is None:
            entry = [None] * len(_SLOT)
            _CACHE.put(key, entry)
        entries.append(entry)
    return entries


def _per_field(code: str, function: Any, record: Any, ctx: CheckContext,
               facts: RecordFacts) -> list[Issue]:
    entries = facts.remember("runner: cache entries", lambda: _cache_entries(facts))
    slot = _SLOT[code]
    missing = [index for index, entry in enumerate(entries) if entry[slot] is None]
    if missing:
        fields = facts.fields
        found = _by_field(function, record, ctx, facts, [fields[i] for i in missing])
        for index, issues in zip(missing, found, strict=True):
            entries[index][slot] = issues
    result: list[Issue] = []
    for entry in entries:
        result.extend(entry[slot] or _NONE)
    return result


def _by_field(function: Any, record: Any, ctx: CheckContext, facts: RecordFacts,
              fields: list[FieldText]) -> list[tuple[Issue, ...]]:
    """The check's issues for each of ``fields``, from one run over all of them.

    An issue is the field's whose path it names. A check that names a path it was not
    given cannot be split that way: it is run field by field instead.
    """
    try:
        ctx._active = (record, facts.subset(fields))
        issues = function(record, ctx)
        grouped: dict[str, list[Issue]] = {field.path: [] for field in fields}
        for issue in issues:
            bucket = grouped.get(issue.field_path)
            if bucket is None:
                break
            bucket.append(issue)
        else:
            return [tuple(grouped[field.path]) or _NONE for field in fields]
        found = []
        for field in fields:
            ctx._active = (record, facts.subset([field]))
            found.append(tuple(function(record, ctx)) or _NONE)
        return found
    finally:
        ctx._active = (record, facts)


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
