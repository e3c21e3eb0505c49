"""The first view of a record is calm: the notes about fields still to fill in are one row
in the Checks dock (presentation only: codes and severities unchanged, blocking findings
always listed), and the form opens with what officers write first, remembering per kind
of record which sections the officer keeps open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from window_helpers import MakeWindow

from review_editor.checks import BLOCKING, FINAL_EXPORT, INFO, WARNING
from review_editor.ui.checks.fold import FoldRow
from review_editor.ui.checks.issue_list import TO_FILL_IN_CODE, Row
from review_editor.ui.common.settings import Settings
from review_editor.ui.form.containers import Disclosure
from review_editor.ui.form.section_memory import SETTINGS_KEY, SectionMemory
from review_editor.ui.window.main_window import MainWindow


def new_review(checked_window: MakeWindow, qtbot) -> MainWindow:
    window = checked_window()
    assert window.new_record("review_notice")
    qtbot.waitUntil(lambda: window.checks.ready, timeout=30000)
    # The offscreen platform lets the preview's first page take the window's activation.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def folds(window: MainWindow) -> list[FoldRow]:
    return [entry for entry in window.checks.list.entries() if isinstance(entry, FoldRow)]


def test_a_blank_record_lists_its_empty_fields_as_one_row(checked_window: MakeWindow, qtbot):
    window = new_review(checked_window, qtbot)
    panel = window.checks
    to_fill_in = [issue for issue in panel.issues
                  if issue.code == TO_FILL_IN_CODE and issue.severity == INFO]
    assert len(to_fill_in) >= 10  # a blank review notice needs many fields
    entries = panel.list.entries()
    assert len(entries) <= 5  # a handful of rows, not a wall of notes
    [fold] = folds(window)
    assert fold.count == len(to_fill_in) and not fold.opened
    assert fold.heading == f"Still to fill in before publishing · {len(to_fill_in)} fields"
    assert fold.message.startswith("Summary") and fold.message.endswith("more")
    # nothing else is hidden: every other finding has its own row, unchanged
    listed = [row.issue for row in panel.list.rows()]
    def key(issue):  # type: ignore[no-untyped-def]
        return issue.code, issue.field_path, issue.message
    assert sorted(map(key, listed)) == sorted(
        key(issue) for issue in panel.issues if issue not in to_fill_in)
    assert {issue.severity for issue in listed} >= {BLOCKING, WARNING}
    summary = window.findChild(QWidget, "checks:summary").text()
    assert summary.endswith(f"· {len(to_fill_in)} fields to fill in")
    assert "0 " not in summary  # counts of none are left out


def test_the_fold_opens_and_closes_by_click_and_by_keyboard(checked_window: MakeWindow,
                                                            qtbot):
    window = new_review(checked_window, qtbot)
    panel = window.checks
    view = panel.list
    number = view.entries().index(folds(window)[0])
    rect = view.visualRect(view.model().index(number, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.fields_listed
    rows = view.rows()
    inside = [row for row in rows if row.inside_fold]
    assert [row.issue for row in inside] == [
        issue for issue in panel.issues if issue.code == TO_FILL_IN_CODE]
    assert view.entries()[number + 1] is inside[0]  # listed right under the fold's row
    assert view.currentIndex().row() == number  # the fold's row keeps the selection
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not panel.fields_listed and not any(row.inside_fold for row in view.rows())
    # a finding inside goes to its field, like any other
    panel.list_fields_to_fill_in(True)
    summary_row = next(row for row in view.rows() if row.issue.field_path == "summary")
    assert panel.jump_to(summary_row.issue)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "field:summary"


def test_asking_for_a_check_lists_every_field(checked_window: MakeWindow, qtbot):
    window = new_review(checked_window, qtbot)
    window.checks.action_run.trigger()  # F7, the toolbar's Check
    assert window.checks.fields_listed
    qtbot.waitUntil(lambda: window.checks.ready, timeout=30000)
    assert folds(window)[0].opened
    # another record opens calm again
    assert window.new_record("news_item")
    assert not window.checks.fields_listed


def test_checking_for_publication_folds_nothing(checked_window: MakeWindow, qtbot):
    window = new_review(checked_window, qtbot)
    panel = window.checks
    panel.target.setCurrentIndex(panel.target.findData(FINAL_EXPORT))
    qtbot.waitUntil(lambda: panel.ready and any(
        row.issue.code == TO_FILL_IN_CODE and row.issue.severity == BLOCKING
        for row in panel.list.rows()), timeout=30000)
    assert folds(window) == []
    assert len(panel.list.rows()) == len(panel.issues)


def test_f8_passes_over_the_folds_row(checked_window: MakeWindow, qtbot):
    window = new_review(checked_window, qtbot)
    panel = window.checks
    seen = []
    for _ in range(len(panel.list.entries()) + 1):
        row = panel.list.step(True)
        assert isinstance(row, Row)
        seen.append(row.issue.code)
    assert TO_FILL_IN_CODE not in seen  # folded away: F8 goes to what is listed


def test_f8_with_only_folded_notes_says_how_to_list_them(checked_window: MakeWindow, qtbot):
    window = new_review(checked_window, qtbot)
    panel = window.checks
    panel.show_notes.setChecked(True)
    folded = [row for row in panel.list.entries() if isinstance(row, FoldRow)]
    panel.list.show_rows(folded)  # as for a record whose only findings are empty fields
    assert not panel.go_to_next(True)
    message = window.status.currentMessage()
    assert message.startswith("Still to fill in before publishing · ")
    assert message.endswith("Check (F7) lists them")


# the form's sections ---------------------------------------------------------------------

def sections(window: MainWindow) -> dict[str, Disclosure]:
    return {block.objectName().removeprefix("section:").removeprefix("field:"): block
            for block in window.form.findChildren(Disclosure) if block.level == 0}


def test_a_record_opens_with_what_officers_write_first(checked_window: MakeWindow, qtbot):
    window = new_review(checked_window, qtbot)
    blocks = sections(window)
    opened = sorted(name for name, block in blocks.items() if block.expanded)
    assert set(opened) == {"About this page", "body"}
    review = blocks["review"]
    assert not review.expanded and " of " in review.title  # "Review details · 0 of 20 filled"
    # a field in a folded section is still one step away: going to it opens its section
    assert window.form.focus_field("review.review_name")
    assert review.expanded
    assert SETTINGS_KEY not in window.settings.data  # only the officer's own clicks count


def test_sections_the_officer_opens_stay_open_for_that_kind(checked_window: MakeWindow,
                                                            qtbot):
    window = new_review(checked_window, qtbot)
    blocks = sections(window)
    qtbot.mouseClick(blocks["review"].toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(blocks["body"].toggle, Qt.MouseButton.LeftButton)
    remembered = window.settings.data[SETTINGS_KEY]["review_notice"]
    assert remembered == {"Review details": True, "Body": False}
    assert window.new_record("review_notice")
    blocks = sections(window)
    assert blocks["review"].expanded and not blocks["body"].expanded
    assert window.new_record("news_item")  # another kind keeps its own
    blocks = sections(window)
    assert blocks["body"].expanded and not blocks["review"].expanded


def test_the_memory_is_per_kind_and_survives_a_damaged_setting():
    memory = SectionMemory(Settings(None).data)
    assert memory.is_open("news_item", "Body") and not memory.is_open("news_item", "Links")
    memory.remember("news_item", "Links", True)
    assert memory.is_open("news_item", "Links")
    assert not memory.is_open("review_notice", "Links")
    damaged = SectionMemory({SETTINGS_KEY: {"news_item": ["not", "a", "dict"]}})
    assert damaged.is_open("news_item", "Body")  # a damaged setting counts as none
