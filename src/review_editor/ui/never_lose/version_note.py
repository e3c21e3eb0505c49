"""File › Save with a note…: save the record and remember what the officer said of this
version; the note is shown beside the version in File › Versions… once a later save keeps it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ...storage.versions import BackupStore
from ..common.asking import ask
from ..record.controller import RecordController


def ask_note_in_dialog(parent: QWidget, answer: Callable[[str | None], object]) -> None:
    """Asks for the note, modal to the window; ``answer`` receives it, or ``None``."""
    from PySide6.QtWidgets import QInputDialog  # made on first use, not at start-up

    dialog = QInputDialog(parent)
    dialog.setObjectName("dialog:version_note")
    dialog.setWindowTitle("Save with a note")
    dialog.setLabelText("What changed in this version? The note is kept with the version on "
                        "this computer and shown in File › Versions….")
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)

    def finished(result: int) -> None:
        text = dialog.textValue().strip()
        answer(text if result == QDialog.DialogCode.Accepted and text else None)

    ask(dialog, finished)


class VersionNoteAction(QObject):
    def __init__(self, controller: RecordController, store: BackupStore, *, parent: QWidget,
                 menu: QMenu | None = None, after: QAction | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._store = store
        self._pending: str | None = None
        self._parent = parent
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
        """Asks for the note, then saves: True when the save began before this returns."""
        asked = self._controller.current
        if asked is None:
            return False
        began: list[bool] = []

        def answered(note: str | None) -> None:
            if note is None or self._controller.current is not asked:
                return
            self._pending = note
            if self._controller.save():
                began.append(True)
            else:
                self._pending = None

        ask_note_in_dialog(self._parent, answered)
        return began == [True]

    def _remember(self, _entry: object) -> None:
        note, self._pending = self._pending, None
        current = self._controller.current
        if note is None or current is None or not current.sha256:
            return
        self._store.add_note(str(current.document.data.get("id", "")), current.sha256, note)
