"""Findings that lead to the fix: a click or the arrow keys go to a finding's words, F8 and
Shift+F8 walk the findings from anywhere, headings speak plain English, a name finding can be
answered ("this is a professional", "not a name here"), and a draft's blocking findings are
work to do (C1 and C2 stay red)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QStyle, QWidget
from window_helpers import MakeWindow

from review_editor.checks import BLOCKING, FINAL_EXPORT
from review_editor.ui.checks.issue_list import TO_DO_TEXT, Row
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"


def wait_for_checks(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.checks.ready, timeout=15000)


def rows(window: MainWindow) -> list[Row]:
    return window.checks.list.rows()


def click_row(qtbot, window: MainWindow, number: int) -> None:
    view = window.checks.list
    rect = view.visualRect(view.model().index(number, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_single_click_on_a_finding_moves_focus_to_its_words(checked_window: MakeWindow,
                                                              workspace: Path, qtbot):
    window = checked_window(workspace / BRADFORD)
    number = next(i for i, row in enumerate(rows(window)) if row.issue.code == "C5.1")
    window.checks.list.scrollTo(window.checks.list.model().index(number, 0))
    click_row(qtbot, window, number)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.objectName() == "field:body.0.markdown"
    assert editor.textCursor().selectedText() == "27 July"


def test_arrow_keys_show_each_finding_while_the_list_keeps_the_focus(
        checked_window: MakeWindow, workspace: Path, qtbot):
    window = checked_window(workspace / BRADFORD)
    view = window.checks.list
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = rows(window)[1].issue
    assert QApplication.focusWidget() is view  # still in the list: the next Down works
    widget = window.form.field_widget(second.field_path)
    assert widget is not None and widget.isVisible()
    if second.span is not None and isinstance(widget, QPlainTextEdit):
        assert widget.textCursor().hasSelection()


def test_f8_and_shift_f8_walk_the_findings_from_anywhere(checked_window: MakeWindow,
                                                         workspace: Path, qtbot):
    window = checked_window(workspace / BRADFORD)
    listed = rows(window)
    assert len(listed) >= 3
    window.form.focus_field("title")  # F8 from the form, not from the list
    next_action = window.findChild(QWidget, "checks").findChild(object, "action:next_finding")
    assert next_action is not None and next_action.shortcut().toString() == "F8"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert window.checks.list.currentIndex().row() == 0
    first = QApplication.focusWidget()
    assert first is not None and first.objectName().startswith("field:")
    assert listed[0].issue.field_path.startswith(first.objectName().removeprefix("field:")
                                                 .split(".")[0])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert window.checks.list.currentIndex().row() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8,
                   Qt.KeyboardModifier.ShiftModifier)
    assert window.checks.list.currentIndex().row() == 1
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName().startswith("field:")
    # Shift+F8 from the first finding wraps round to the last
    window.checks.list.setCurrentIndex(window.checks.list.model().index(0, 0))
    window.checks.go_to_next(False)
    assert window.checks.list.current_row() == listed[-1]


def test_headings_are_plain_english_with_the_code_after(checked_window: MakeWindow,
                                                        workspace: Path):
    window = checked_window(workspace / BRADFORD)
    for row in rows(window):
        words, code = row.heading.rsplit(" · ", 1)
        assert code == row.issue.code
        assert row.issue.code not in words
        assert row.title and not row.title.startswith("C")


def _record_with_names(window: MainWindow, qtbot) -> None:
    assert window.new_record("news_item")
    window.form.set_value("summary", "Staff spoke with Zorbek Quillan about the plan and "
                                     "met Marnie Blatchford at the clinic.")
    window.checks.run_now()
    wait_for_checks(qtbot, window)


def test_a_name_finding_offers_professional_and_not_a_name(checked_window: MakeWindow, qtbot):
    window = checked_window()
    _record_with_names(window, qtbot)
    names = [i for i, row in enumerate(rows(window)) if row.issue.code == "C1.1"]
    assert len(names) == 2
    bar = window.checks.name_bar
    click_row(qtbot, window, names[0])
    assert bar.isVisible() and bar.name == "Zorbek Quillan"
    qtbot.mouseClick(bar.is_professional, Qt.MouseButton.LeftButton)
    document = window.controller.current.document
    assert document.get("sensitivity.named_professionals") == ["Zorbek Quillan"]
    wait_for_checks(qtbot, window)
    still = [row for row in rows(window) if row.issue.code == "C1.1"]
    assert len(still) == 1 and "Marnie Blatchford" in still[0].issue.message
    click_row(qtbot, window, rows(window).index(still[0]))
    qtbot.mouseClick(bar.is_not_a_name, Qt.MouseButton.LeftButton)
    assert document.get("sensitivity.not_names") == ["Marnie Blatchford"]
    wait_for_checks(qtbot, window)
    assert not [row for row in rows(window) if row.issue.code == "C1.1"]
    window.undo_stack.undo()  # one undo step each
    assert document.get("sensitivity.not_names") == []


def test_a_drafts_blocking_findings_are_to_do_but_c1_stays_red(checked_window: MakeWindow,
                                                               qtbot):
    window = checked_window()
    assert window.new_record("news_item")
    window.form.set_value("summary", "The family lived at 14 Acacia Road in the town.")
    panel = window.checks
    panel.target.setCurrentIndex(panel.target.findData(FINAL_EXPORT))
    wait_for_checks(qtbot, window)
    blocking = [row for row in rows(window) if row.issue.severity == BLOCKING]
    to_do = [row for row in blocking if row.to_do]
    red = [row for row in blocking if not row.to_do]
    assert to_do and all(row.heading.startswith(TO_DO_TEXT) for row in to_do)
    assert red and all(row.issue.code.startswith(("C1.", "C2.")) for row in red)
    assert all(row.heading.startswith("Blocking") for row in red)
    assert rows(window)[: len(red)] == red  # what may identify someone comes first
    summary = window.findChild(QWidget, "checks:summary").text()
    assert summary.startswith(f"{len(to_do)} to do before publishing · {len(red)} blocking")
    model = panel.list.model()
    icons = {model.data(model.index(rows(window).index(row), 0),
                        Qt.ItemDataRole.DecorationRole).cacheKey() for row in to_do}
    red_icon = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).cacheKey()
    assert red_icon not in icons  # calm, not the stop sign
    to_do_icon = model.data(model.index(rows(window).index(to_do[0]), 0),
                            Qt.ItemDataRole.DecorationRole)
    image = to_do_icon.pixmap(16).toImage()
    tick = panel.list.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    assert image != tick.pixmap(16).toImage()  # a green tick reads as done
    assert any(image.pixelColor(x, y).alpha() for x in range(image.width())
               for y in range(image.height()))  # an empty tick-box, drawn
    # the same record, no longer a draft: the to-do list is blocking again
    window.form.set_value("status", "in_review")
    panel.run_now()
    wait_for_checks(qtbot, window)
    assert not any(row.to_do for row in rows(window))
