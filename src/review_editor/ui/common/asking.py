"""Dialogs that answer through signals: shown window-modal with ``open()``, never with a
nested event loop (``exec()``, or the static ``QFileDialog``/``QMessageBox`` helpers).

``ask`` is the one way a dialog is shown and answered here: its ``finished`` signal hands
the result to a continuation, once, and only while the window it belongs to is still
there; then the dialog is deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:  # PySide makes a class on its first use: the dialogs' wait until shown
    from PySide6.QtWidgets import QFileDialog, QMessageBox

Finished = Callable[[int], object]
Chosen = Callable[[Path | None], object]


def ask(dialog: QDialog, finished: Finished) -> QDialog:
    """Shows ``dialog`` modal to its window and returns at once; ``finished(result)`` runs
    when it is closed, at most once, and not at all if its window has gone meanwhile."""
    parent = dialog.parentWidget()
    answered = False

    def on_finished(result: int) -> None:
        nonlocal answered
        if answered:
            return
        answered = True
        if parent is not None and not shiboken6.isValid(parent):
            return  # its window has gone: nobody is left to act on the answer
        try:
            finished(result)
        finally:
            if shiboken6.isValid(dialog):
                dialog.deleteLater()

    dialog.finished.connect(on_finished)
    dialog.open()
    return dialog


def file_dialog(parent: QWidget | None, caption: str, start: Path | str | None,
                filters: str = "", *, mode: QFileDialog.FileMode | None = None,
                save: bool = False) -> QFileDialog:
    """A file dialog, not shown yet (``choose_file`` shows it); ``mode`` defaults to an
    existing file."""
    from PySide6.QtWidgets import QFileDialog

    if mode is None:
        mode = QFileDialog.FileMode.ExistingFile
    dialog = QFileDialog(parent, caption, str(start or ""), filters)
    dialog.setObjectName("dialog:file")
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def choose_file(dialog: QFileDialog, chosen: Chosen) -> QFileDialog:
    """Shows a file dialog; ``chosen`` receives the file or folder picked, or ``None``."""
    def finished(result: int) -> None:
        files = dialog.selectedFiles() if result == QDialog.DialogCode.Accepted else []
        chosen(Path(files[0]) if files and files[0] else None)

    ask(dialog, finished)
    return dialog


def tell(parent: QWidget | None, title: str, text: str, *,
         icon: QMessageBox.Icon | None = None) -> QMessageBox:
    """A message with an OK button, modal to ``parent``'s window; nothing waits for it. The
    icon defaults to a warning's."""
    from PySide6.QtWidgets import QMessageBox

    if icon is None:
        icon = QMessageBox.Icon.Warning
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("dialog:message")
    ask(box, lambda _result: None)
    return box
