"""File › Attach document… and File › Refresh document details: a document beside the open
record, with its size, pages, SHA-256, type and PDF accessibility read from the file
(``review_editor.attachments``, which the ``attach`` command uses too). Each is one undo
step on the open record, saved with it as usual. A file outside the record's folder is
copied beside the record only after asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from ..common.asking import Chosen, choose_file, file_dialog
from .controller import RecordController
from .open_record import OpenRecord
from .prompter import Prompter

FILE_FILTER = ("Documents (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt *.html);;"
               "All files (*)")


class EditableForm(Protocol):
    def set_value(self, path: str, value: Any, *, text: str | None = None) -> None: ...

    def focus_field(self, path: str) -> bool: ...


class AttachActions(QObject):
    def __init__(self, controller: RecordController, form: EditableForm, prompter: Prompter,
                 *, parent: QWidget, menu: QMenu | None = None,
                 before: QAction | None = None, status: QStatusBar | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._form = form
        self._prompter = prompter
        self._parent = parent
        self._status = status
        self.action_attach = QAction("A&ttach document…", parent)
        self.action_attach.setObjectName("action:attach")
        self.action_attach.setToolTip("Attach a document kept beside the record; its size, "
                                      "pages and accessibility are read from the file")
        self.action_attach.triggered.connect(self.attach)
        self.action_refresh = QAction("Refresh document &details", parent)
        self.action_refresh.setObjectName("action:refresh_attachments")
        self.action_refresh.setToolTip("Read the size, pages and accessibility of the "
                                       "record's local documents again")
        self.action_refresh.triggered.connect(self.refresh)
        parent.addActions([self.action_attach, self.action_refresh])
        if menu is not None:
            menu.insertActions(before, [self.action_attach, self.action_refresh])  # type: ignore[arg-type]
            menu.insertSeparator(before)  # type: ignore[arg-type]
        controller.opened.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        current = self._controller.current
        editable = current is not None and not current.read_only
        self.action_attach.setEnabled(editable)
        self.action_refresh.setEnabled(editable)

    def _record_folder(self) -> Path | None:
        current = self._controller.current
        if current is None or current.read_only:
            return None
        if current.path is None:
            self._prompter.show_error(
                "Save the record first",
                "Documents are kept beside the record, so it needs a folder: save the record, "
                "then attach.")
            return None
        return current.path.parent

    def attach(self) -> bool:
        """Ask for a file and attach it (or read its details again if it is attached).
        True when it was attached before this returns (a picker that answers at once)."""
        folder = self._record_folder()
        current = self._controller.current
        if folder is None or current is None:
            return False
        done: list[bool] = []

        def chosen(file: Path | None) -> None:
            from ...attachments import relative_path  # not needed to open the window

            if file is None or self._controller.current is not current:
                return
            if relative_path(file, folder) is not None:
                done.append(self._attach(current, folder, file, copy_file=False))
                return
            self._prompter.confirm(
                "Copy the document beside the record?",
                f"{file.name} is in {file.parent}, not in the record's folder. Documents "
                f"are kept beside the record so they travel with it.\n\nCopy it to "
                f"{folder} and attach the copy?", "Copy and attach",
                lambda yes: done.append(self._attach(current, folder, file, copy_file=True))
                if yes and self._controller.current is current else None)

        pick_document(self._parent, folder, chosen)
        return done == [True]

    def _attach(self, current: OpenRecord, folder: Path, file: Path, *,
                copy_file: bool) -> bool:
        from ... import attachments

        try:
            attached = attachments.attach(current.document.get("attachments") or [],
                                          folder, file, copy_file=copy_file)
        except attachments.AttachError as error:
            self._prompter.show_error("The document was not attached", str(error))
            return False
        verb = "Refresh" if attached.refreshed else "Attach"
        self._form.set_value("attachments", attached.attachments,
                             text=f"{verb} {attached.attachments[attached.index]['path']}")
        self._form.focus_field(f"attachments.{attached.index}.title")
        self._show(f"{verb}ed {file.name}: {attachments.describe(attached.facts)}")
        return True

    def refresh(self) -> bool:
        """Read the details of every local document again."""
        folder = self._record_folder()
        current = self._controller.current
        if folder is None or current is None:
            return False
        from ...attachments import refresh

        items, problems = refresh(current.document.get("attachments") or [], folder)
        self._form.set_value("attachments", items, text="Refresh document details")
        if problems:
            self._prompter.show_error("Some documents could not be read",
                                      "\n".join(problems))
        else:
            self._show("Document details read again")
        return not problems

    def _show(self, message: str) -> None:
        if self._status is not None:
            self._status.showMessage(message, 8000)


def pick_document(parent: QWidget | None, folder: Path, chosen: Chosen) -> None:
    """The file picker, modal to the window: ``chosen`` receives the file, or ``None``."""
    choose_file(file_dialog(parent, "Attach a document", folder, FILE_FILTER), chosen)
