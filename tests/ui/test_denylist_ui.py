"""Protected names in the real editor window: the deny-list dialog (Tools › Protected
names…), terms kept only as salted hashes in app data, and the checks blocking them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from window_helpers import MakeWindow

from review_editor import paths
from review_editor.checks import BLOCKING, denylist_path
from review_editor.ui.checks.denylist_dialog import DenyListDialog
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"
BODY = "body.0.markdown"


@pytest.fixture
def make_window(checked_window: MakeWindow) -> MakeWindow:
    """Windows whose first checks have run."""
    return checked_window


def record_id(window: MainWindow) -> str:
    return str(window.controller.current.document.get("id"))


def with_dialog(window: MainWindow, qtbot, steps: Callable[[DenyListDialog], None]) -> None:
    """Trigger Tools › Protected names…, run ``steps`` in the dialog (modal to the window,
    open without a nested event loop), close it."""
    window.findChild(QAction, "action:denylist").trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DenyListDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    try:
        steps(dialog)
    finally:
        dialog.reject()


def type_into_body(window: MainWindow, qtbot, text: str) -> None:
    assert window.form.focus_field(BODY)
    editor = window.form.field_widget(BODY)
    assert isinstance(editor, QPlainTextEdit)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, text)


def protected_findings(window: MainWindow) -> list:
    return [issue for issue in window.checks.issues
            if issue.code == "C1.1" and "protected term" in issue.message]


def test_the_action_is_in_the_tools_menu(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace / BRADFORD)
    action = window.findChild(QAction, "action:denylist")
    assert action.text().replace("&", "") == "Protected names…"
    assert action in window.tools_menu.actions()
    assert action.isEnabled()
    window.controller.close_record()
    assert not action.isEnabled()


def test_a_protected_term_typed_into_the_body_is_blocking(make_window: MakeWindow,
                                                          workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    assert protected_findings(window) == []

    def add(dialog: DenyListDialog) -> None:
        assert dialog.count.text() == "No protected terms for this record yet"
        assert "salted hashes" in dialog.findChild(QLabel, "denylist:explanation").text()
        qtbot.keyClicks(dialog.term, "Harlow Close")
        dialog.add_button.click()
        assert dialog.count.text() == "1 protected term stored for this record"
        assert dialog.term.text() == ""  # no plain copy left on screen
        qtbot.keyClicks(dialog.term, "harlow close")
        dialog.test_button.click()
        assert dialog.outcome.text().startswith("Yes")
        dialog.term.clear()
        qtbot.keyClicks(dialog.term, "Harlow Road")
        dialog.test_button.click()
        assert dialog.outcome.text().startswith("No")

    with_dialog(window, qtbot, add)
    type_into_body(window, qtbot, "The family lived on Harlow Close at the time.")
    qtbot.waitUntil(lambda: window.checks.ready and bool(protected_findings(window)),
                    timeout=10000)
    (finding,) = protected_findings(window)
    assert finding.severity == BLOCKING and finding.field_path == BODY
    text = window.controller.current.document.get(BODY)
    assert text[finding.span[0]:finding.span[1]] == "Harlow Close"
    assert window.checks.list.rows()[0].issue.code in ("C1.1", "C6.3")  # blocking on top

    # Stored in app data, as hashes only: no plain text, nothing beside the record.
    stored = denylist_path(record_id(window))
    assert stored.parent == paths.denylist_dir()
    assert stored.is_file()
    content = stored.read_text(encoding="utf-8").casefold()
    assert "harlow" not in content and "close" not in content
    assert not any("harlow" in p.read_text(encoding="utf-8", errors="ignore").casefold()
                   for p in workspace.iterdir() if p.name != BRADFORD)


def test_a_near_miss_is_caught_and_removing_the_term_clears_it(make_window: MakeWindow,
                                                               workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    with_dialog(window, qtbot, lambda d: (d.term.setText("Kayleigh Brennan"),
                                          d.add_button.click()))
    type_into_body(window, qtbot, "A statement from Kayleigh Brenan was read out.")
    qtbot.waitUntil(lambda: window.checks.ready and bool(protected_findings(window)),
                    timeout=10000)
    assert "near miss" in protected_findings(window)[0].message

    def remove(dialog: DenyListDialog) -> None:
        dialog.term.setText("Someone Else")
        dialog.remove_button.click()
        assert "not on the list" in dialog.outcome.text()
        assert dialog.count.text().startswith("1 ")
        dialog.term.setText("kayleigh brennan")
        dialog.remove_button.click()
        assert dialog.outcome.text() == "Removed."
        assert dialog.count.text() == "No protected terms for this record yet"

    with_dialog(window, qtbot, remove)
    qtbot.waitUntil(lambda: window.checks.ready and not protected_findings(window),
                    timeout=10000)


def test_a_term_of_more_than_four_words_is_refused(make_window: MakeWindow, workspace: Path,
                                                   qtbot):
    window = make_window(workspace / BRADFORD)

    def too_long(dialog: DenyListDialog) -> None:
        dialog.term.setText("one two three four five")
        assert not dialog.add_term()
        assert dialog.outcome.text().startswith("Not added")
        assert dialog.count.text() == "No protected terms for this record yet"

    with_dialog(window, qtbot, too_long)
    assert not denylist_path(record_id(window)).exists()


def test_a_damaged_list_is_reported_and_left_alone(make_window: MakeWindow, workspace: Path,
                                                   qtbot):
    window = make_window(workspace / BRADFORD)
    stored = denylist_path(record_id(window))
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_text("{not json", encoding="utf-8")

    def damaged(dialog: DenyListDialog) -> None:
        assert "cannot be read" in dialog.outcome.text()
        assert not dialog.term.isEnabled() and not dialog.add_button.isEnabled()

    with_dialog(window, qtbot, damaged)
    window.checks.denylist_changed()
    qtbot.waitUntil(lambda: window.checks.ready, timeout=10000)
    assert "cannot be read" in window.checks.state.text()
    assert stored.read_text(encoding="utf-8") == "{not json"
