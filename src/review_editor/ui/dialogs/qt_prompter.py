"""The real dialogs: message boxes, file dialogs, the comparison, About and the user guide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import __version__, resources
from ..common.widgets import named
from ..record.prompter import ConflictChoice, ExternalChoice, LockedChoice, SaveChoice

if TYPE_CHECKING:
    from ...importers import ImportResult
    from ...model import RecordModel
    from ...storage.locks import LockInfo

RECORD_FILTER = "Record files (*.json);;All files (*)"
IMPORT_FILTER = ("Web pages and Word documents (*.txt *.html *.htm *.docx);;"
                 "All files (*)")


class QtPrompter:
    """``Prompter`` with message boxes and the platform's file dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def choose_export(self, folder: Path, count: int, stoppers: list[str] | None = None, *,
                      bilingual: bool = False) -> Any:
        from ..export.actions import ExportDialog

        dialog = ExportDialog(folder, count, self.parent, stoppers=stoppers,
                              bilingual=bilingual)
        return dialog.request() if dialog.exec() else None

    def ask_export_override(self, issues: list[Any]) -> str | None:
        from .override import FINAL_EXPORT, OverrideDialog

        dialog = OverrideDialog(issues, FINAL_EXPORT, self.parent)
        return dialog.reason() if dialog.exec() else None

    def ask_override(self, issues: list[Any]) -> str | None:
        from .override import STATUS_CHANGE, OverrideDialog

        dialog = OverrideDialog(issues, STATUS_CHANGE, self.parent)
        return dialog.reason() if dialog.exec() else None

    def ask_save_changes(self, name: str) -> SaveChoice:
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f"Save changes to {name}?", parent=self.parent)
        box.setInformativeText("If you don't save, your changes will be lost.")
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def ask_conflict(self, path: Path, mine: dict[str, Any],
                     theirs: dict[str, Any] | None) -> ConflictChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Someone else changed this file")
        if theirs is None:
            box.setText(f"{path.name} was deleted, moved or damaged since you opened it.")
            box.setInformativeText("Save your version in its place, or save it as a copy.")
        else:
            box.setText(f"{path.name} was changed by someone else since you opened it.")
            box.setInformativeText("Compare the two versions, keep yours (replacing theirs), "
                                   "save yours as a copy, or reload theirs and lose your "
                                   "changes.")
        buttons: dict[Any, ConflictChoice] = {}
        if theirs is not None:
            buttons[box.addButton("Compare…", QMessageBox.ButtonRole.ActionRole)] = "compare"
        buttons[box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)] = \
            "overwrite"
        copy = box.addButton("Save as copy…", QMessageBox.ButtonRole.AcceptRole)
        buttons[copy] = "save_copy"
        if theirs is not None:
            buttons[box.addButton("Reload theirs", QMessageBox.ButtonRole.ResetRole)] = \
                "reload"
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.setEscapeButton(cancel)
        box.exec()
        return buttons.get(box.clickedButton(), "cancel")

    def show_comparison(self, path: Path, differences: list[tuple[str, str, str]]) -> None:
        CompareDialog(path, differences, self.parent).exec()

    def ask_locked(self, info: LockInfo) -> LockedChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Someone else is editing this record")
        box.setText(f"{info.describe()}.")
        box.setInformativeText(
            "Open it read-only to look without changing it. If you open it anyway, whoever "
            "saves last replaces the other's changes (you will be asked first).")
        read_only = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton("Open anyway", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "read_only" if clicked is read_only else \
            "open_anyway" if clicked is anyway else "cancel"

    def ask_external_change(self, path: Path) -> ExternalChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("The file changed on disk")
        box.setText(f"{path.name} was changed by someone else while you had it open.")
        box.setInformativeText(
            "Reload their version (your unsaved changes are lost), keep yours (saving will "
            "ask before replacing theirs), or compare the two first.")
        compare = box.addButton("Compare…", QMessageBox.ButtonRole.ActionRole)
        reload = box.addButton("Reload", QMessageBox.ButtonRole.ResetRole)
        keep = box.addButton("Keep mine", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "compare" if clicked is compare else "reload" if clicked is reload else "keep"

    def choose_kind(self) -> str | None:
        from .kind_dialog import KindDialog

        dialog = KindDialog(self.parent)
        return dialog.kind() if dialog.exec() else None

    def choose_open_file(self, start: Path | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Open record",
                                              str(start or ""), RECORD_FILTER)
        return Path(name) if name else None

    def choose_folder(self, start: Path | None) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, "Open folder", str(start or ""))
        return Path(name) if name else None

    def choose_import_file(self, start: Path | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Import a page or Word document",
                                              str(start or ""), IMPORT_FILTER)
        return Path(name) if name else None

    def review_import(self, result: ImportResult, reimport: Callable[[str], ImportResult]
                      ) -> RecordModel | None:
        from .import_dialog import ImportDialog

        dialog = ImportDialog(result, reimport, self.parent)
        try:
            return dialog.record() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def choose_save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, "Save record as",
                                              str(suggested), RECORD_FILTER)
        return Path(name) if name else None

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def confirm(self, title: str, message: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes


class CompareDialog(QDialog):
    """The fields whose values differ, side by side: yours and the one on disk."""

    def __init__(self, path: Path, differences: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "dialog:compare", "Compare versions")
        self.setWindowTitle(f"Compare versions of {path.name}")
        self.resize(900, 520)
        intro = QLabel(self)
        intro.setWordWrap(True)
        count = len(differences)
        intro.setText(f"{count} field{'' if count == 1 else 's'} differ between your version "
                      f"and the one now on disk." if count else
                      "The two versions hold the same content.")
        self.table = named(QTreeWidget(self), "compare:table", "Differences")
        self.table.setColumnCount(3)
        self.table.setHeaderLabels(["Field", "Your version", "On disk"])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        for path_text, mine, theirs in differences:
            item = QTreeWidgetItem([path_text, mine, theirs])
            for column in range(3):
                item.setToolTip(column, item.text(column))
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class UserGuideDialog(QDialog):
    """The offline user guide, bundled with the app: no network needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "dialog:user_guide", "User guide")
        self.setWindowTitle("Review Editor user guide")
        self.resize(760, 640)
        self.browser = named(QTextBrowser(self), "user_guide:text", "User guide text")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: only links inside the guide
        guide = resources.path("docs", "user-guide.html")
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(guide)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def about_text() -> str:
    return (
        f"<h3>Review Editor {__version__}</h3>"
        "<p>Write, check, preview and export the public pages of safeguarding "
        "partnerships: learning reviews, news items and learning briefings.</p>"
        "<p>Review Editor works entirely offline. It makes no network requests: records, "
        "previews, checks and exports stay on this computer and in the folders you "
        "choose.</p>"
        "<p>Released under the MIT licence.</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, "About Review Editor", about_text())


def show_user_guide(parent: QWidget | None) -> None:
    """Help › User guide: beside the window, not in its way."""
    dialog = UserGuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
