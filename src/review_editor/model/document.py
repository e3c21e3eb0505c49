"""An editable record: JSON-like data addressed by dotted paths, validated on demand.

The form edits the data freely (a half-typed slug or date is allowed to exist for a
moment); ``validate()`` turns it into a record, or into problems keyed by field path that
the form shows inline. Undo commands call these setters and nothing else.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .records import RecordModel

Path = tuple[str | int, ...]


def split_path(path: str) -> Path:
    """"review.reviewers.0.name" → ("review", "reviewers", 0, "name")."""
    if not path:
        return ()
    return tuple(int(part) if part.isdigit() else part for part in path.split("."))


def join_path(parts: Path) -> str:
    return ".".join(str(part) for part in parts)


class RecordDocument:
    """The record being edited, as data. Not thread-safe; owned by one editor."""

    def __init__(self, record: RecordModel) -> None:
        from .walk import dump

        self.data: dict[str, Any] = dump(record)
        self.version = 0  # increases on every change: caches key on it

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RecordDocument:
        doc = cls.__new__(cls)
        doc.data = copy.deepcopy(data)
        doc.version = 0
        return doc

    # reading
    def get(self, path: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in split_path(path):
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    @property
    def kind(self) -> str:
        return str(self.data.get("kind", ""))

    # writing
    def set(self, path: str, value: Any) -> Any:
        """Set a value (``None`` removes the key); returns the previous value."""
        parts = split_path(path)
        parent = self._container(parts[:-1], create=True)
        key = parts[-1]
        old = _get(parent, key)
        if value is None and isinstance(parent, dict):
            parent.pop(key, None)
        else:
            parent[key] = copy.deepcopy(value)
        self.version += 1
        return copy.deepcopy(old)

    def insert(self, path: str, index: int, value: Any) -> None:
        items = self._list(path, create=True)
        items.insert(index, copy.deepcopy(value))
        self.version += 1

    def remove(self, path: str, index: int) -> Any:
        items = self._list(path)
        value = items.pop(index)
        self.version += 1
        return value

    def move(self, path: str, source: int, target: int) -> None:
        items = self._list(path)
        items.insert(target, items.pop(source))
        self.version += 1

    # validation
    def validate(self) -> tuple[RecordModel | None, list[tuple[str, str]]]:
        """The record, or the problems as (dotted path, message) pairs."""
        # The models load here, on first use: a document can be shown before they are.
        from pydantic import ValidationError

        from .records import parse_record

        try:
            return parse_record(self.data), []
        except ValidationError as error:
            problems = []
            for item in error.errors(include_input=False, include_url=False):
                loc = list(item["loc"])
                if loc and loc[0] == self.kind:
                    loc = loc[1:]
                problems.append((join_path(tuple(loc)), item["msg"]))
            return None, problems

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self.data)

    # helpers
    def _container(self, parts: Path, create: bool = False) -> Any:
        node: Any = self.data
        for index, part in enumerate(parts):
            child = _get(node, part)
            if child is None:
                if not create:
                    raise KeyError(join_path(parts[: index + 1]))
                nxt = parts[index + 1] if index + 1 < len(parts) else None
                child = [] if isinstance(nxt, int) else {}
                node[part] = child
            node = child
        return node

    def _list(self, path: str, create: bool = False) -> list[Any]:
        parts = split_path(path)
        parent = self._container(parts[:-1], create=create)
        items = _get(parent, parts[-1])
        if items is None:
            if not create:
                raise KeyError(path)
            items = []
            parent[parts[-1]] = items
        if not isinstance(items, list):
            raise TypeError(f"{path} is not a list")
        return items


def _get(node: Any, key: str | int) -> Any:
    try:
        return node[key]
    except (KeyError, IndexError, TypeError):
        return None
