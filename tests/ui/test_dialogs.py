"""The real dialogs behind the Prompter interface: each button maps to its answer, given
through the answer callable once the box is closed (the ask returns at once: no nested
event loop), one box at a time, once, and never after its window has gone."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget, QWidget

from review_editor.ui.dialogs.qt_prompter import CompareDialog, QtPrompter, about_text


def shown(prompter: QtPrompter) -> QMessageBox:
    """The message box the prompter has open: shown at once, modal to its window, while
    nothing waits for it."""
    box = prompter.showing()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    return box


def click(box: QMessageBox, text: str) -> None:
    for candidate in box.buttons():
        if candidate.text().replace("&", "") == text:
            candidate.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def prompter(parent: QWidget) -> QtPrompter:
    return QtPrompter(parent)


@pytest.mark.parametrize(("pressed", "expected"),
                         [("Save", "save"), ("Discard", "discard"), ("Cancel", "cancel")])
def test_save_changes_prompt(prompter: QtPrompter, pressed: str, expected: str):
    answers: list[str] = []
    prompter.ask_save_changes("adult-r.json", answers.append)
    box = shown(prompter)
    assert answers == []  # asked, not answered: the call has returned
    assert box.text() == "Save changes to adult-r.json?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    # Button texts come from Qt's standard buttons; "Discard" may read "Close without Saving".
    standard = {"Save": QMessageBox.StandardButton.Save,
                "Discard": QMessageBox.StandardButton.Discard,
                "Cancel": QMessageBox.StandardButton.Cancel}[pressed]
    box.button(standard).click()
    assert answers == [expected]
    assert prompter.showing() is None


def test_escape_cancels_the_save_prompt(prompter: QtPrompter, qtbot):
    answers: list[str] = []
    prompter.ask_save_changes("adult-r.json", answers.append)
    qtbot.keyClick(shown(prompter), Qt.Key.Key_Escape)
    assert answers == ["cancel"]


@pytest.mark.parametrize(("pressed", "expected"), [
    ("Compare…", "compare"), ("Overwrite", "overwrite"), ("Save as copy…", "save_copy"),
    ("Reload theirs", "reload"), ("Cancel", "cancel"),
])
def test_conflict_prompt(prompter: QtPrompter, pressed: str, expected: str):
    answers: list[str] = []
    prompter.ask_conflict(Path("adult-r.json"), {"title": "a"}, {"title": "b"}, answers.append)
    box = shown(prompter)
    assert box.defaultButton().text() == "Save as copy…"
    click(box, pressed)
    assert answers == [expected]


def test_escape_cancels_the_conflict_prompt(prompter: QtPrompter, qtbot):
    answers: list[str] = []
    prompter.ask_conflict(Path("adult-r.json"), {"title": "a"}, {"title": "b"}, answers.append)
    qtbot.keyClick(shown(prompter), Qt.Key.Key_Escape)
    assert answers == ["cancel"]


def test_conflict_prompt_for_a_deleted_file_offers_no_compare_or_reload(prompter: QtPrompter):
    answers: list[str] = []
    prompter.ask_conflict(Path("adult-r.json"), {"title": "a"}, None, answers.append)
    box = shown(prompter)
    seen = [b.text().replace("&", "") for b in box.buttons()]
    assert "Compare…" not in seen and "Reload theirs" not in seen
    click(box, "Overwrite")
    assert answers == ["overwrite"]


def test_confirm_uses_the_action_as_its_button(prompter: QtPrompter):
    answers: list[bool] = []
    prompter.confirm("Revert to the saved version", "Discard?", "Revert", answers.append)
    click(shown(prompter), "Revert")
    prompter.confirm("Revert to the saved version", "Discard?", "Revert", answers.append)
    click(shown(prompter), "Cancel")
    assert answers == [True, False]


@pytest.mark.parametrize(("destructive", "default"), [(True, "Cancel"), (False, "Copy")])
def test_enter_never_confirms_an_action_that_loses_work(prompter: QtPrompter, qtbot,
                                                        destructive: bool, default: str):
    answers: list[bool] = []
    prompter.confirm("Confirm", "Go on?", "Copy", answers.append, destructive=destructive)
    box = shown(prompter)
    assert box.defaultButton().text().replace("&", "") == default
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert answers == [not destructive]


def test_one_question_at_a_time_in_the_order_asked(prompter: QtPrompter):
    answers: list[object] = []
    prompter.show_error("Not saved", "The disk is full.")
    prompter.ask_save_changes("adult-r.json", answers.append)
    first = shown(prompter)
    assert first.text() == "The disk is full."
    visible = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible()]
    assert visible == [first]  # the second waits: never two boxes on top of each other
    first.button(QMessageBox.StandardButton.Ok).click()
    second = shown(prompter)
    assert second.text() == "Save changes to adult-r.json?"
    second.button(QMessageBox.StandardButton.Discard).click()
    assert answers == ["discard"]


def test_a_question_asked_in_answer_comes_before_those_waiting(prompter: QtPrompter):
    order: list[str] = []

    def answered(choice: str) -> None:
        order.append(choice)
        prompter.show_comparison(Path("adult-r.json"), [("title", "a", "b")],
                                 lambda: order.append("compared"))

    prompter.ask_conflict(Path("adult-r.json"), {"title": "a"}, {"title": "b"}, answered)
    prompter.show_error("Later", "Asked while the conflict was open.")
    click(shown(prompter), "Compare…")
    comparison = prompter.showing()
    assert isinstance(comparison, CompareDialog)
    comparison.reject()
    assert order == ["compare", "compared"]
    assert shown(prompter).text() == "Asked while the conflict was open."


def test_a_box_answers_once(prompter: QtPrompter):
    answers: list[str] = []
    prompter.ask_save_changes("adult-r.json", answers.append)
    box = shown(prompter)
    box.button(QMessageBox.StandardButton.Discard).click()
    box.done(0)  # a second finish (a stray close) is not a second answer
    box.finished.emit(0)
    assert answers == ["discard"]


def test_no_answer_after_the_window_has_gone(qtbot):
    window = QWidget()
    window.show()
    prompter = QtPrompter(window)
    answers: list[str] = []
    prompter.ask_save_changes("adult-r.json", answers.append)
    prompter.confirm("Later", "Waiting its turn", "Go", answers.append)
    assert prompter.showing() is not None
    shiboken6.delete(window)
    QApplication.processEvents()
    assert answers == []
    prompter.show_error("After", "The window is gone.")  # nothing to show it over
    assert prompter.showing() is None and answers == []


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
