"""The per-field text checks: run once over every field the cache does not hold yet, their
issues kept per field, so a re-check after an edit reads only the edited field again."""

from __future__ import annotations

from itertools import groupby
from operator import attrgetter
from typing import Any

from ..field_cache import FieldCache
from . import batch as batches
from .batch import FieldBatch
from .context import CheckContext
from .facts import RecordFacts
from .issue import Issue
from .registry import CheckSpec, gate_for

#: Text checks whose issues for a field depend only on that field and on record-level facts
#: (``RecordFacts.text_context``). Each runs once over all the fields not already in the
#: cache, and its issues are kept per field until the field or those facts change, so a
#: re-check after an edit re-reads only the edited field. (C1 keeps its own per-field cache;
#: C4.4 reads across fields.)
PER_FIELD = frozenset({
    "C4.1", "C4.2", "C4.3", "C4.5", "C4.6", "C4.7", "C4.8", "C4.10", "C4.12", "C4.13",
    "C4.14", "C5.1", "C5.2", "C5.3", "C5.4", "C5.6", "C5.7", "C6.6",
})
_NO_CODES: frozenset[str] = frozenset()
_PATH = attrgetter("field_path")


class _Entry:
    """One field's cached results: the codes already run on it, and the issues of those
    that found any (most fields have none, so the codes that found nothing cost nothing)."""

    __slots__ = ("done", "found")

    def __init__(self) -> None:
        self.done = _NO_CODES
        self.found: dict[str, tuple[Issue, ...]] | None = None


_CACHE: FieldCache[_Entry] = FieldCache(20_000)


def _cache_entries(facts: RecordFacts) -> list[_Entry]:
    """Each field's cache entry, in field order (looked up once per run)."""
    context = facts.text_context_id
    entries = []
    _CACHE.fit(len(facts.fields))
    get, put = _CACHE.get, _CACHE.put
    for field in facts.fields:
        key = (context, field.path, field.text, field.prose, field.identify,
               field.markdown is not None)
        entry = get(key)
        if entry is None:
            entry = _Entry()
            put(key, entry)
        entries.append(entry)
    return entries


def per_field_issues(specs: list[CheckSpec], record: Any, ctx: CheckContext,
                     facts: RecordFacts) -> list[Issue]:
    """The issues of the ``PER_FIELD`` checks ``specs``, field by field (checks in the
    order given within a field)."""
    entries = facts.remember("runner: cache entries", lambda: _cache_entries(facts))
    wanted = frozenset(spec.code for spec in specs)
    pending = [index for index, entry in enumerate(entries) if not wanted <= entry.done]
    if pending:
        fields = facts.fields
        fresh = all(not entries[index].done for index in pending)  # a first check
        batch = batches.batch_of([fields[index] for index in pending]) if fresh else None
        for spec in specs:
            code = spec.code
            missing = pending if fresh else \
                [index for index in pending if code not in entries[index].done]
            if not missing:
                continue
            found = _by_field(spec, record, ctx, facts,
                              batch or FieldBatch([fields[index] for index in missing]))
            for position, issues in found.items():
                entry = entries[missing[position]]
                if entry.found is None:
                    entry.found = {}
                entry.found[code] = issues
        merged: dict[frozenset[str], frozenset[str]] = {}  # one set for all alike
        for index in pending:
            entry = entries[index]
            done = merged.get(entry.done)
            if done is None:
                done = merged[entry.done] = entry.done | wanted
            entry.done = done
    result: list[Issue] = []
    every = wanted >= PER_FIELD
    for entry in entries:
        found = entry.found
        if found is not None:
            for code, issues in found.items():
                if every or code in wanted:
                    result.extend(issues)
    return result


def _by_field(spec: CheckSpec, record: Any, ctx: CheckContext, facts: RecordFacts,
              batch: FieldBatch) -> dict[int, tuple[Issue, ...]]:
    """The check's issues for the batch's fields that have any, by position in the batch,
    from one run over the fields its gate lets through (those that may have issues).

    An issue is the field's whose path it names. A check that names a path it was not
    given cannot be split that way: it is run field by field instead.
    """
    gate = gate_for(spec.code) if len(batch.fields) >= batches.GATED_FROM else None
    positions = gate(record, ctx, batch) if gate is not None else None
    if positions is None:
        positions = range(len(batch.fields))
    fields = [batch.fields[position] for position in positions]
    if not fields:
        return {}
    try:
        ctx._active = (record, facts.subset(fields))
        issues = spec.function(record, ctx)
        at = batch.positions
        given = None if isinstance(positions, range) else set(positions)
        grouped: dict[int, list[Issue]] = {}
        for path, run in groupby(issues, _PATH):  # a field's issues come together
            position = at.get(path)
            if position is None or (given is not None and position not in given):
                break
            earlier = grouped.get(position)
            if earlier is None:
                grouped[position] = list(run)
            else:
                earlier.extend(run)
        else:
            return {position: tuple(found) for position, found in grouped.items()}
        by_field = {}
        for position, field in zip(positions, fields, strict=True):
            ctx._active = (record, facts.subset([field]))
            found = tuple(spec.function(record, ctx))
            if found:
                by_field[position] = found
        return by_field
    finally:
        ctx._active = (record, facts)
