"""Per-field results kept across runs, sized to the record being checked (the checks' caches,
and those of the text helpers they share with the importers, such as ``textdates``).

A re-check after an edit re-reads only the fields that changed, so every field of the record
must still be in the cache at the next run: a fixed size would make a record with more
fields than the cache holds recompute everything on every run (each run evicting the
entries the next one needs). The cache therefore holds at least twice the fields of the
largest record of recent runs, and shrinks back once smaller records are checked.
"""

from __future__ import annotations

import inspect
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import Any, Generic, TypeVar

Value = TypeVar("Value")
Function = TypeVar("Function", bound=Callable[..., Any])
_MISSING = object()


class FieldCache(Generic[Value]):
    """A least-recently-used cache whose size follows the number of fields checked."""

    def __init__(self, minimum: int, per_field: int = 1) -> None:
        self.minimum = minimum
        self.per_field = per_field
        self.limit = minimum
        self._entries: OrderedDict[Any, Value] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Any) -> Value | None:
        found = self._entries.get(key)
        if found is not None:
            try:  # noqa: SIM105 (a ``suppress`` block would double the cost of a hit)
                self._entries.move_to_end(key)
            except KeyError:  # dropped meanwhile by a run on another thread
                pass
        return found

    def put(self, key: Any, value: Value) -> None:
        entries = self._entries
        entries[key] = value
        if len(entries) > self.limit:
            entries.popitem(last=False)

    def fit(self, fields: int) -> None:
        """Room for two records of ``fields`` fields (or the minimum), set before a run
        looks its fields up; the least recently used entries beyond that are dropped."""
        self.limit = max(self.minimum, 2 * fields * self.per_field)
        entries = self._entries
        while len(entries) > self.limit:
            entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()


#: The caches of ``per_text`` functions, fitted to each record the runner checks.
_PER_TEXT: list[FieldCache[Any]] = []


def per_text(minimum: int, per_field: int = 1) -> Callable[[Function], Function]:
    """``functools.lru_cache`` for a function of a field's text that a check calls for every
    field on every run: its cache keeps room for every field of the record being checked
    (``fit_per_text``; ``per_field`` entries for each when it is called with parts of a
    field, such as its blocks), so neither a long record's first check, where several
    checks read each field in turn, nor a re-check, which should read only the fields that
    changed, finds its entries evicted. Positional arguments only."""

    def decorate(function: Function) -> Function:
        cache: FieldCache[Any] = FieldCache(minimum, per_field)
        _PER_TEXT.append(cache)
        entries = cache._entries
        look_up, move_to_end = entries.get, entries.move_to_end
        # A function of one argument is keyed by the argument itself: no tuple to build and
        # hash at each of the many calls a field's checks make.
        code = function.__code__
        one = code.co_argcount == 1 and not function.__defaults__ \
            and not code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS)
        compute = function if one else (lambda args: function(*args))

        def cached_by_key(key: Any) -> Any:
            found = look_up(key, _MISSING)
            if found is _MISSING:
                found = compute(key)
                entries[key] = found
                if len(entries) > cache.limit:
                    entries.popitem(last=False)
            else:
                try:  # noqa: SIM105 (a ``suppress`` block would double the cost of a hit)
                    move_to_end(key)
                except KeyError:  # dropped meanwhile by a run on another thread
                    pass
            return found

        if one:
            return wraps(function)(cached_by_key)  # type: ignore[return-value]

        @wraps(function)
        def cached(*args: Any) -> Any:
            return cached_by_key(args)

        return cached  # type: ignore[return-value]

    return decorate


def fit_per_text(fields: int) -> None:
    """Make room in every ``per_text`` cache for a record of ``fields`` fields."""
    for cache in _PER_TEXT:
        cache.fit(fields)
