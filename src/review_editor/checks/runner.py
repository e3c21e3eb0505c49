"""Running the checks: every registered check, sorted in reading order."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import compress, groupby
from operator import attrgetter, lt, not_
from typing import Any

from ..field_cache import fit_per_text
from .batch import forget
from .context import CheckContext
from .facts import RecordFacts
from .issue import INFO, Issue
from .per_field import PER_FIELD, per_field_issues
from .reading import path_key
from .registry import all_checks
from .welsh import ENGLISH_ONLY, WELSH_ONLY, welsh_paths


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


#: Codes whose issues are dropped on text of the other language.
_ONE_LANGUAGE = ENGLISH_ONLY | WELSH_ONLY
_CODE = attrgetter("code")
_PATH = attrgetter("field_path")
_SPAN = attrgetter("span")

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
    return sort_issues(record, _adjusted(record, ctx, issues))


def _adjusted(record: Any, ctx: CheckContext, issues: list[Issue]) -> list[Issue]:
    """``issues`` without the one-language checks' issues on text of the other language,
    C3's as information notes while the record is not being published, and the
    partnership's severity overrides applied. What to do is settled once per code (and
    the language once per field path), so a record's million spelling warnings are not
    each looked at in turn unless something happens to them."""
    present = set(map(_CODE, issues))
    if present & _ONE_LANGUAGE:
        paths = set(map(_PATH, issues))
        welsh = welsh_paths(record, paths)
        if (present & ENGLISH_ONLY and welsh) or (present & WELSH_ONLY and welsh < paths):
            issues = [issue for issue in issues
                      if not (issue.field_path in welsh if issue.code in ENGLISH_ONLY
                              else issue.code in WELSH_ONLY and issue.field_path not in welsh)]
    publishing = ctx.publishing(record)
    overrides = ctx.settings.severity_overrides
    changed = {code for code in present
               if (code.startswith("C3.") and not publishing) or code in overrides}
    if not changed:
        return issues
    adjusted = []
    for issue in issues:
        if issue.code in changed:
            if issue.code.startswith("C3.") and not publishing and issue.severity != INFO:
                issue = _with_severity(issue, INFO, " (needed before publication)")
            if issue.code in overrides:
                issue = _with_severity(issue, overrides[issue.code])
        adjusted.append(issue)
    return adjusted


def _with_severity(issue: Issue, severity: Any, note: str = "") -> Issue:
    return Issue(issue.code, severity, issue.field_path, issue.span, issue.message + note,
                 issue.suggestion)


def sort_issues(record: Any, issues: list[Issue]) -> list[Issue]:
    """``issues`` in reading order: by field (``path_key``), then span (an issue about the
    whole field first), then check number; the first of equal issues kept, and issues
    alike in all three kept in the order given.

    The issues are gathered by field first: the checks give a field's issues together,
    and a long record's million issues then need no sort key each, only the fields. A
    field's issues whose spans all differ are in order by span alone (a key read in C), and
    are left as they are when they come in that order (most fields: one check's issues);
    only a field with issues sharing a span, or about the whole field, reads the codes."""
    by_path: dict[str, list[Issue]] = {}
    for path, run in groupby(issues, _PATH):
        found = by_path.get(path)
        if found is None:
            by_path[path] = list(run)
        else:
            found.extend(run)
    model: Any = type(record)
    places = {path: path_key(model, path) for path in by_path}
    if len(set(places.values())) < len(places):  # paths the model does not tell apart
        return _sorted_by_key(issues, places)
    ordered: list[Issue] = []
    for path in sorted(by_path, key=places.__getitem__):
        found = by_path[path]
        ordered.extend(_field_in_order(found, places) if len(found) > 1 else found)
    return ordered


def _field_in_order(found: list[Issue], places: dict[str, tuple[int, ...]]) -> list[Issue]:
    """One field's issues as ``_sorted_by_key`` orders them: those about the whole field
    first (by check number), then the others by span, and only those sharing a span by
    check number. Spans in order and all different (most fields: one check's issues) are
    left as they are."""
    spans = list(map(_SPAN, found))
    if None in spans:
        return _sorted_by_key(list(compress(found, map(not_, spans))), places) \
            + _field_in_order(list(compress(found, spans)), places)
    if all(map(lt, spans, spans[1:])):
        return found
    if len(set(spans)) < len(spans):
        return _sorted_by_key(found, places)
    found.sort(key=_SPAN)
    return found


def _sorted_by_key(issues: list[Issue], places: dict[str, tuple[int, ...]]) -> list[Issue]:
    """``issues`` without repeats, sorted by field (``places``), span and check number."""
    unique = list(dict.fromkeys(issues))
    return sorted(unique, key=lambda issue: (places[issue.field_path],
                                             issue.span or _WHOLE_FIELD,
                                             _code_order(issue.code)))


_WHOLE_FIELD = (-1, -1)


@lru_cache(maxsize=512)
def _code_order(code: str) -> tuple[int, int]:
    """"C4.12" as (4, 12): a check's numbers compare as numbers."""
    family, _, number = code[1:].partition(".")
    return int(family), int(number or 0)
