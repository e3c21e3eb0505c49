"""The main task with the keyboard only: a new record, its title, summary and body, the
checks, fixing a finding, saving and exporting, without a single mouse event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from window_helpers import FakePrompter, MakeWindow

from review_editor.ui.export.dialog import ExportRequest

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def wait_for_checks(qtbot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: window.checks.ready, timeout=15000)
    # The offscreen platform drops the window's activation when the preview's web view
    # settles; a desktop does not. Activate it again (the focus comes back where it was).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_to(name: str, limit: int = 60) -> None:
    """Tab until the widget named ``name`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if focused().objectName() == name:
            return
        press(Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stopped on {focused().objectName()}")


def test_new_record_to_export_with_the_keyboard_only(make_window: MakeWindow, workspace: Path,
                                                    tmp_path: Path, qtbot):
    saved_as = workspace / "learning-from-child-z.json"
    exports = tmp_path / "exports"
    prompter = FakePrompter(choose_kind=["news_item"], choose_save_path=[saved_as],
                            choose_export=[ExportRequest(["html"], exports, final=False)])
    window = make_window(workspace, prompter)
    window.activateWindow()

    press(Key.Key_N, CTRL)  # File › New…
    assert window.controller.current is not None
    assert focused().objectName() == "field:title"
    type_text("Learning from Child Z")
    press(Key.Key_Tab)
    assert focused().objectName() == "field:summary"  # what officers write comes first
    type_text("The partnership has published what it learned from the review.")
    tab_to("field:body.0.markdown")
    type_text("The review's full report is online: [click here](https://example.org/z).")
    document = window.controller.current.document
    assert document.get("title") == "Learning from Child Z"
    assert document.get("summary").startswith("The partnership has published")

    press(Key.Key_F7)  # Tools › Run checks
    wait_for_checks(qtbot, window)
    link_findings = [row for row in window.checks.list.rows() if row.issue.code == "C6.3"]
    assert link_findings, [row.issue.code for row in window.checks.list.rows()]
    for _ in range(len(window.checks.list.rows())):  # F8 until the link text is selected
        press(Key.Key_F8)
        if window.checks.list.current_row().issue.code == "C6.3":
            break
    assert focused().objectName() == "field:body.0.markdown"
    assert focused().textCursor().selectedText() == "click here"
    type_text("the full report of the review into Child Z")  # replaces the selected words
    press(Key.Key_F7)
    wait_for_checks(qtbot, window)
    assert not [row for row in window.checks.list.rows() if row.issue.code == "C6.3"]

    press(Key.Key_S, CTRL)  # Save
    qtbot.waitUntil(lambda: saved_as.is_file() and not window.isWindowModified(),
                    timeout=10000)
    press(Key.Key_E, CTRL)  # Export…
    qtbot.waitUntil(lambda: any(exports.glob("*.html")), timeout=30000)
