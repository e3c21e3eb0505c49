"""The real dialogs behind the Prompter interface: each button maps to its answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget, QWidget

from review_editor.ui.dialogs.qt_prompter import CompareDialog, QtPrompter, about_text


def answer_with(press: Callable[[QMessageBox], None]) -> None:
    """Press a button of the next modal message box once it is shown."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            press(box)
        else:
            QTimer.singleShot(10, attempt)
    QTimer.singleShot(0, attempt)


def button(text: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        for candidate in box.buttons():
            if candidate.text().replace("&", "") == text:
                candidate.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")
    return press


@pytest.fixture
def prompter(qtbot) -> QtPrompter:
    parent = QWidget()
    qtbot.addWidget(parent)
    return QtPrompter(parent)


@pytest.mark.parametrize(("pressed", "expected"),
                         [("Save", "save"), ("Discard", "discard"), ("Cancel", "cancel")])
def test_save_changes_prompt(prompter: QtPrompter, pressed: str, expected: str):
    # Button texts come from Qt's standard buttons; "Discard" may read "Close without Saving".
    def press(box: QMessageBox) -> None:
        standard = {"Save": QMessageBox.StandardButton.Save,
                    "Discard": QMessageBox.StandardButton.Discard,
                    "Cancel": QMessageBox.StandardButton.Cancel}[pressed]
        assert box.text() == "Save changes to adult-r.json?"
        box.button(standard).click()
    answer_with(press)
    assert prompter.ask_save_changes("adult-r.json") == expected


@pytest.mark.parametrize(("pressed", "expected"), [
    ("Compare…", "compare"), ("Overwrite", "overwrite"), ("Save as copy…", "save_copy"),
    ("Reload theirs", "reload"), ("Cancel", "cancel"),
])
def test_conflict_prompt(prompter: QtPrompter, pressed: str, expected: str):
    answer_with(button(pressed))
    assert prompter.ask_conflict(Path("adult-r.json"), {"title": "a"}, {"title": "b"}) == expected


def test_conflict_prompt_for_a_deleted_file_offers_no_compare_or_reload(prompter: QtPrompter):
    seen: list[str] = []

    def press(box: QMessageBox) -> None:
        seen.extend(b.text().replace("&", "") for b in box.buttons())
        button("Overwrite")(box)
    answer_with(press)
    assert prompter.ask_conflict(Path("adult-r.json"), {"title": "a"}, None) == "overwrite"
    assert "Compare…" not in seen and "Reload theirs" not in seen


def test_confirm_uses_the_action_as_its_button(prompter: QtPrompter):
    answer_with(button("Revert"))
    assert prompter.confirm("Revert to the saved version", "Discard?", "Revert")
    answer_with(button("Cancel"))
    assert not prompter.confirm("Revert to the saved version", "Discard?", "Revert")


def test_compare_dialog_lists_each_difference_in_two_columns(qtbot):
    dialog = CompareDialog(Path("adult-r.json"), [("title", "Mine", "Theirs"),
                                                 ("summary", "(empty)", "New summary")])
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTreeWidget, "compare:table")
    assert table.headerItem().text(1) == "Your version"
    assert table.headerItem().text(2) == "On disk"
    rows = [[table.topLevelItem(i).text(c) for c in range(3)]
            for i in range(table.topLevelItemCount())]
    assert rows == [["title", "Mine", "Theirs"], ["summary", "(empty)", "New summary"]]


def test_about_names_version_licence_and_offline_use():
    from review_editor import __version__

    text = about_text()
    assert __version__ in text and "MIT" in text and "offline" in text
