"""Undo commands for editing a record. They change it only through RecordDocument's setters.

Each command may carry a *view* (the form): after changing the document it tells the view
which path changed, so the view can update that widget (or rebuild that list) without
pushing a new command, and put the focus back there. The first ``redo`` of an edit made in
a widget skips the widget update, since the widget already shows the value.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from ...model.document import RecordDocument

SET_FIELD_ID = 0x5245  # QUndoCommand.id() of mergeable field edits

#: The field edit commands stamp; set by the record's edit commands, never by storage.
MODIFIED_AT = "modified_at"


class FormView(Protocol):
    def field_changed(self, path: str, *, refresh: bool, focus: bool) -> None: ...

    def list_changed(self, path: str, *, focus_index: int | None) -> None: ...


class _Stamp:
    """Sets ``modified_at`` on redo and puts the value from before back on undo."""

    def __init__(self, document: RecordDocument, clock: Callable[[], datetime] | None) -> None:
        self._document = document
        self.new = clock().replace(microsecond=0).isoformat() if clock else None
        self._old: Any = None
        self._captured = False

    def apply(self) -> None:
        if self.new is None:
            return
        previous = self._document.set(MODIFIED_AT, self.new)
        if not self._captured:
            self._old, self._captured = previous, True

    def revert(self) -> None:
        if self.new is not None:
            self._document.set(MODIFIED_AT, self._old)


class SetFieldCommand(QUndoCommand):
    """Sets one field; consecutive edits of one field with the same merge key merge."""

    def __init__(
        self,
        document: RecordDocument,
        path: str,
        old: Any,
        new: Any,
        *,
        view: FormView | None = None,
        merge_key: object = None,
        from_widget: bool = False,
        clock: Callable[[], datetime] | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(text or f"Edit {path}")
        self.document = document
        self.path = path
        self.old = copy.deepcopy(old)
        self.new = copy.deepcopy(new)
        self.merge_key = merge_key
        self._view = view
        self._skip_widget = from_widget
        self._stamp = _Stamp(document, clock)

    def id(self) -> int:
        return SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetFieldCommand)
            and self.merge_key is not None
            and other.merge_key == self.merge_key
            and other.document is self.document
            and other.path == self.path
        ):
            return False
        self.new = other.new
        self._stamp.new = other._stamp.new
        if self.new == self.old:
            self._stamp.revert()
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.document.set(self.path, self.new)
        self._stamp.apply()
        refresh = not self._skip_widget
        self._skip_widget = False
        if self._view is not None:
            self._view.field_changed(self.path, refresh=refresh, focus=refresh)

    def undo(self) -> None:
        self.document.set(self.path, self.old)
        self._stamp.revert()
        if self._view is not None:
            self._view.field_changed(self.path, refresh=True, focus=True)


class _ListCommand(QUndoCommand):
    def __init__(self, document: RecordDocument, path: str, view: FormView | None,
                 clock: Callable[[], datetime] | None, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.path = path
        self._view = view
        self._stamp = _Stamp(document, clock)

    def _notify(self, focus_index: int | None) -> None:
        if self._view is not None:
            self._view.list_changed(self.path, focus_index=focus_index)


class InsertItemCommand(_ListCommand):
    """Inserts ``value`` at ``index`` of the list at ``path`` (adding and duplicating)."""

    def __init__(self, document: RecordDocument, path: str, index: int, value: Any, *,
                 view: FormView | None = None, clock: Callable[[], datetime] | None = None,
                 text: str | None = None) -> None:
        super().__init__(document, path, view, clock, text or f"Add to {path}")
        self.index = index
        self.value = copy.deepcopy(value)

    def redo(self) -> None:
        self.document.insert(self.path, self.index, self.value)
        self._stamp.apply()
        self._notify(self.index)

    def undo(self) -> None:
        self.document.remove(self.path, self.index)
        self._stamp.revert()
        self._notify(max(0, self.index - 1) if self.document.get(self.path) else None)


class RemoveItemCommand(_ListCommand):
    """Removes the item at ``index``; undo puts the same data back."""

    def __init__(self, document: RecordDocument, path: str, index: int, *,
                 view: FormView | None = None, clock: Callable[[], datetime] | None = None,
                 text: str | None = None) -> None:
        super().__init__(document, path, view, clock, text or f"Remove from {path}")
        self.index = index
        self.value: Any = None

    def redo(self) -> None:
        self.value = self.document.remove(self.path, self.index)
        self._stamp.apply()
        remaining = len(self.document.get(self.path) or [])
        self._notify(min(self.index, remaining - 1) if remaining else None)

    def undo(self) -> None:
        self.document.insert(self.path, self.index, self.value)
        self._stamp.revert()
        self._notify(self.index)


class MoveItemCommand(_ListCommand):
    """Moves the item at ``source`` to ``target`` (one step up or down, or anywhere)."""

    def __init__(self, document: RecordDocument, path: str, source: int, target: int, *,
                 view: FormView | None = None, clock: Callable[[], datetime] | None = None,
                 text: str | None = None) -> None:
        super().__init__(document, path, view, clock, text or f"Move in {path}")
        self.source = source
        self.target = target

    def redo(self) -> None:
        self.document.move(self.path, self.source, self.target)
        self._stamp.apply()
        self._notify(self.target)

    def undo(self) -> None:
        self.document.move(self.path, self.target, self.source)
        self._stamp.revert()
        self._notify(self.source)
