"""Per-field results kept across runs, sized to the record being checked.

A re-check after an edit re-reads only the fields that changed, so every field of the record
must still be in the cache at the next run: a fixed size would make a record with more
fields than the cache holds recompute everything on every run (each run evicting the
entries the next one needs). The cache therefore holds at least twice the fields of the
largest record of recent runs, and shrinks back once smaller records are checked.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

Value = TypeVar("Value")


class FieldCache(Generic[Value]):
    """A least-recently-used cache whose size follows the number of fields checked."""

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum
        self.limit = minimum
        self._entries: OrderedDict[Any, Value] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Any) -> Value | None:
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, key: Any, value: Value) -> None:
        entries = self._entries
        entries[key] = value
        if len(entries) > self.limit:
            entries.popitem(last=False)

    def fit(self, fields: int) -> None:
        """Room for two records of ``fields`` fields (or the minimum), set before a run
        looks its fields up; the least recently used entries beyond that are dropped."""
        self.limit = max(self.minimum, 2 * fields)
        entries = self._entries
        while len(entries) > self.limit:
            entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()
