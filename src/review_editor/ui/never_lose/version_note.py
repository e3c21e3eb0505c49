"""File › Save with a note…: save the record and remember what the officer said of this
version; the note is shown beside the version in File › Versions… once a later save keeps it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from ...storage.versions import BackupStore
from ..record.controller import RecordController


def ask_note_in_dialog(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getMultiLineText(
        parent, "Save with a note",
        "What changed in this version? The note is kept with the version on this computer "
        "and shown in File › Versions….")
    return text.strip() if ok and text.strip() else None


class VersionNoteAction(QObject):
    def __init__(self, controller: RecordController, store: BackupStore, *, parent: QWidget,
                 menu: QMenu | None = None, after: QAction | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._store = store
        self._pending: str | None = None
        self.ask_note: Callable[[], str | None] = lambda: ask_note_in_dialog(parent)
        self.action = QAction("Save with a &note…", parent)
        self.action.setObjectName("action:save_with_note")
        self.action.setToolTip("Save, and say in a few words what changed in this version")
        self.action.triggered.connect(self.save_with_note)
        parent.addAction(self.action)
        if menu is not None:
            actions = menu.actions()
            index = actions.index(after) + 1 if after in actions else len(actions)
            menu.insertAction(actions[index] if index < len(actions) else None,  # type: ignore[arg-type]
                              self.action)
        controller.saved.connect(self._remember)
        controller.opened.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        current = self._controller.current
        self.action.setEnabled(current is not None and not current.read_only)

    def save_with_note(self) -> bool:
        if self._controller.current is None:
            return False
        note = self.ask_note()
        if note is None:
            return False
        self._pending = note
        if not self._controller.save():
            self._pending = None
            return False
        return True

    def _remember(self, _entry: object) -> None:
        note, self._pending = self._pending, None
        current = self._controller.current
        if note is None or current is None or not current.sha256:
            return
        self._store.add_note(str(current.document.data.get("id", "")), current.sha256, note)
