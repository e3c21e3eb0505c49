"""The real dialogs: message boxes, file dialogs, the comparison, About and the user guide.

Every dialog is shown window-modal with ``open()`` and answers through its ``finished``
signal (``ui.common.asking``): no nested event loop runs. One question is on screen at a
time: a question asked while another is open waits its turn, except that one asked in
answer to the open one (the conflict prompt again after its comparison) comes next.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QVBoxLayout, QWidget

from ... import __version__, resources
from ..common.asking import ask, file_dialog
from ..common.widgets import named
from ..record.prompter import (
    Answer,
    ConflictChoice,
    ExternalChoice,
    LockedChoice,
    SaveChoice,
    Then,
)

if TYPE_CHECKING:  # PySide makes a class on its first use: the dialogs' wait until asked for
    from PySide6.QtWidgets import QMessageBox

    from ...importers import ImportResult
    from ...model import RecordModel
    from ...storage.locks import LockInfo

RECORD_FILTER = "Record files (*.json);;All files (*)"
IMPORT_FILTER = ("Web pages and Word documents (*.txt *.html *.htm *.docx);;"
                 "All files (*)")
ACCEPTED = QDialog.DialogCode.Accepted

Make = Callable[[QWidget | None], QDialog]
Read = Callable[[QDialog, int], Any]


class QtPrompter:
    """``Prompter`` with window-modal message boxes and the platform's file dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self._waiting: deque[tuple[Make, Read, Answer[Any]]] = deque()
        self._follow_ups: list[tuple[Make, Read, Answer[Any]]] | None = None
        self._shown: QDialog | None = None

    # one question at a time ----------------------------------------------------------------

    def showing(self) -> QDialog | None:
        """The question on screen, if any."""
        shown = self._shown
        return shown if shown is not None and shiboken6.isValid(shown) else None

    def _ask(self, make: Make, read: Read, answer: Answer[Any]) -> None:
        if self._follow_ups is not None:  # asked while answering: shown next
            self._follow_ups.append((make, read, answer))
            return
        self._waiting.append((make, read, answer))
        self._show_next()

    def _show_next(self) -> None:
        if self.showing() is not None or not self._waiting:
            return
        parent = self.parent
        if parent is not None and not shiboken6.isValid(parent):
            self._waiting.clear()  # the window has gone, and its questions with it
            return
        make, read, answer = self._waiting.popleft()
        dialog = make(parent)
        self._shown = dialog

        def finished(result: int) -> None:
            value = read(dialog, result)
            self._shown = None
            self._follow_ups = []
            try:
                answer(value)
            finally:
                follow_ups, self._follow_ups = self._follow_ups, None
                self._waiting.extendleft(reversed(follow_ups))
                self._show_next()

        ask(dialog, finished)

    def _message(self, name: str, icon: QMessageBox.Icon, title: str, text: str,
                 informative: str, buttons: Callable[[QMessageBox], dict[Any, Any]],
                 default: Any, answer: Answer[Any]) -> None:
        """A message box whose clicked button maps to the answer (``default`` when it
        was closed otherwise). ``buttons`` adds the buttons and says what each answers."""
        from PySide6.QtWidgets import QMessageBox

        mapping: dict[Any, Any] = {}

        def build(parent: QWidget | None) -> QDialog:
            box = QMessageBox(icon, title, text, parent=parent)
            box.setObjectName(name)
            if informative:
                box.setInformativeText(informative)
            mapping.update(buttons(box))
            return box

        def read(box: QDialog, _result: int) -> Any:
            assert isinstance(box, QMessageBox)
            clicked = box.clickedButton()
            return next((value for button, value in mapping.items() if button is clicked),
                        default)

        self._ask(build, read, answer)

    # the questions -------------------------------------------------------------------------

    def choose_export(self, folder: Path, count: int, answer: Answer[Any], *,
                      stoppers: list[str] | None = None, bilingual: bool = False) -> None:
        from ..export.dialog import ExportDialog

        self._ask(lambda parent: ExportDialog(folder, count, parent, stoppers=stoppers,
                                              bilingual=bilingual),
                  lambda dialog, result: dialog.request()  # type: ignore[attr-defined]
                  if result == ACCEPTED else None, answer)

    def ask_export_override(self, issues: list[Any], answer: Answer[str | None]) -> None:
        from .override import FINAL_EXPORT

        self._override(issues, FINAL_EXPORT, answer)

    def ask_override(self, issues: list[Any], answer: Answer[str | None]) -> None:
        from .override import STATUS_CHANGE

        self._override(issues, STATUS_CHANGE, answer)

    def _override(self, issues: list[Any], purpose: Any, answer: Answer[str | None]) -> None:
        from .override import OverrideDialog

        self._ask(lambda parent: OverrideDialog(issues, purpose, parent),
                  lambda dialog, result: dialog.reason()  # type: ignore[attr-defined]
                  if result == ACCEPTED else None, answer)

    def ask_save_changes(self, name: str, answer: Answer[SaveChoice]) -> None:
        from PySide6.QtWidgets import QMessageBox

        def buttons(box: QMessageBox) -> dict[Any, SaveChoice]:
            standard = QMessageBox.StandardButton
            box.setStandardButtons(standard.Save | standard.Discard | standard.Cancel)
            box.setDefaultButton(standard.Save)
            box.setEscapeButton(standard.Cancel)
            return {box.button(standard.Save): "save", box.button(standard.Discard): "discard"}

        self._message("prompt:save_changes", QMessageBox.Icon.Warning, "Unsaved changes",
                      f"Save changes to {name}?",
                      "If you don't save, your changes will be lost.", buttons, "cancel",
                      answer)

    def ask_conflict(self, path: Path, mine: dict[str, Any], theirs: dict[str, Any] | None,
                     answer: Answer[ConflictChoice]) -> None:
        from PySide6.QtWidgets import QMessageBox

        def buttons(box: QMessageBox) -> dict[Any, ConflictChoice]:
            found: dict[Any, ConflictChoice] = {}
            if theirs is not None:
                found[box.addButton("Compare…", QMessageBox.ButtonRole.ActionRole)] = "compare"
            found[box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole)] = \
                "overwrite"
            copy = box.addButton("Save as copy…", QMessageBox.ButtonRole.AcceptRole)
            found[copy] = "save_copy"
            if theirs is not None:
                found[box.addButton("Reload theirs", QMessageBox.ButtonRole.ResetRole)] = \
                    "reload"
            box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
            box.setDefaultButton(copy)
            return found

        if theirs is None:
            text = f"{path.name} was deleted, moved or damaged since you opened it."
            informative = "Save your version in its place, or save it as a copy."
        else:
            text = f"{path.name} was changed by someone else since you opened it."
            informative = ("Compare the two versions, keep yours (replacing theirs), save "
                           "yours as a copy, or reload theirs and lose your changes.")
        self._message("prompt:conflict", QMessageBox.Icon.Warning,
                      "Someone else changed this file", text, informative, buttons, "cancel",
                      answer)

    def show_comparison(self, path: Path, differences: list[tuple[str, str, str]],
                        then: Then | None = None) -> None:
        self._ask(lambda parent: CompareDialog(path, differences, parent),
                  lambda _dialog, _result: None,
                  lambda _none: then() if then is not None else None)

    def ask_locked(self, info: LockInfo, answer: Answer[LockedChoice]) -> None:
        from PySide6.QtWidgets import QMessageBox

        def buttons(box: QMessageBox) -> dict[Any, LockedChoice]:
            read_only = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
            anyway = box.addButton("Open anyway", QMessageBox.ButtonRole.DestructiveRole)
            box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
            box.setDefaultButton(read_only)
            return {read_only: "read_only", anyway: "open_anyway"}

        self._message(
            "prompt:locked", QMessageBox.Icon.Information, "Someone else is editing this record",
            f"{info.describe()}.", "Open it read-only to look without changing it. If you "
            "open it anyway, whoever saves last replaces the other's changes (you will be "
            "asked first).", buttons, "cancel", answer)

    def ask_external_change(self, path: Path, answer: Answer[ExternalChoice]) -> None:
        from PySide6.QtWidgets import QMessageBox

        def buttons(box: QMessageBox) -> dict[Any, ExternalChoice]:
            compare = box.addButton("Compare…", QMessageBox.ButtonRole.ActionRole)
            reload = box.addButton("Reload", QMessageBox.ButtonRole.ResetRole)
            keep = box.addButton("Keep mine", QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            return {compare: "compare", reload: "reload", keep: "keep"}

        self._message(
            "prompt:external_change", QMessageBox.Icon.Warning, "The file changed on disk",
            f"{path.name} was changed by someone else while you had it open.",
            "Reload their version (your unsaved changes are lost), keep yours (saving will "
            "ask before replacing theirs), or compare the two first.", buttons, "keep",
            answer)

    def choose_kind(self, answer: Answer[str | None]) -> None:
        from .kind_dialog import KindDialog

        self._ask(KindDialog, lambda dialog, result: dialog.kind()  # type: ignore[attr-defined]
                  if result == ACCEPTED else None, answer)

    def _choose_path(self, make: Make, answer: Answer[Path | None]) -> None:
        from PySide6.QtWidgets import QFileDialog

        def read(dialog: QDialog, result: int) -> Path | None:
            assert isinstance(dialog, QFileDialog)
            files = dialog.selectedFiles() if result == ACCEPTED else []
            return Path(files[0]) if files and files[0] else None

        self._ask(make, read, answer)

    def choose_open_file(self, start: Path | None, answer: Answer[Path | None]) -> None:
        self._choose_path(lambda parent: file_dialog(parent, "Open record", start,
                                                     RECORD_FILTER), answer)

    def choose_folder(self, start: Path | None, answer: Answer[Path | None]) -> None:
        from PySide6.QtWidgets import QFileDialog

        self._choose_path(lambda parent: file_dialog(
            parent, "Open folder", start, mode=QFileDialog.FileMode.Directory), answer)

    def choose_import_file(self, start: Path | None, answer: Answer[Path | None]) -> None:
        self._choose_path(lambda parent: file_dialog(
            parent, "Import a page or Word document", start, IMPORT_FILTER), answer)

    def choose_save_path(self, suggested: Path, answer: Answer[Path | None]) -> None:
        from PySide6.QtWidgets import QFileDialog

        self._choose_path(lambda parent: file_dialog(
            parent, "Save record as", suggested, RECORD_FILTER,
            mode=QFileDialog.FileMode.AnyFile, save=True), answer)

    def review_import(self, result: ImportResult, reimport: Callable[[str], ImportResult],
                      answer: Answer[RecordModel | None]) -> None:
        from .import_dialog import ImportDialog

        self._ask(lambda parent: ImportDialog(result, reimport, parent),
                  lambda dialog, code: dialog.record()  # type: ignore[attr-defined]
                  if code == ACCEPTED else None, answer)

    def show_error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        def buttons(box: QMessageBox) -> dict[Any, None]:
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            return {}

        self._message("prompt:error", QMessageBox.Icon.Warning, title, message, "", buttons,
                      None, lambda _none: None)

    def confirm(self, title: str, message: str, action: str, answer: Answer[bool], *,
                destructive: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        def buttons(box: QMessageBox) -> dict[Any, bool]:
            yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setEscapeButton(cancel)
            box.setDefaultButton(cancel if destructive else yes)
            return {yes: True}

        self._message("prompt:confirm", QMessageBox.Icon.Question, title, message, "",
                      buttons, False, answer)


class CompareDialog(QDialog):
    """The fields whose values differ, side by side: yours and the one on disk."""

    def __init__(self, path: Path, differences: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget, QTreeWidgetItem

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
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

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
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.NoIcon, "About Review Editor", about_text(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("dialog:about")
    box.setTextFormat(Qt.TextFormat.RichText)
    icon = parent.windowIcon() if parent is not None else None
    if icon is not None and not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    ask(box, lambda _result: None)


def show_user_guide(parent: QWidget | None) -> None:
    """Help › User guide: beside the window, not in its way."""
    dialog = UserGuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
