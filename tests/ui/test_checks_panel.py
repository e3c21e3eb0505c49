"""The Checks dock in the real editor window: findings listed live, jumping to them, the
target selector, the notes filter, and the status guard (approval needs the checks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from window_helpers import FakePrompter, MakeWindow, fixed_clock

from review_editor import checks
from review_editor.app import build_main_window
from review_editor.checks import BLOCKING, FINAL_EXPORT, INFO, WARNING
from review_editor.storage.identity import user_name
from review_editor.ui.checks.issue_list import SEVERITY_ORDER, Row, summary_text
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"


@pytest.fixture
def make_window(checked_window: MakeWindow) -> MakeWindow:
    """Windows whose first checks have run."""
    return checked_window


def wait_for_checks(qtbot, window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    qtbot.waitUntil(lambda: window.checks.ready and until(), timeout=15000)


def rows(window: MainWindow) -> list[Row]:
    return window.checks.list.rows()


def codes(window: MainWindow, severity: str | None = None) -> list[str]:
    return [row.issue.code for row in rows(window)
            if severity is None or row.issue.severity == severity]


def line_edit(window: MainWindow, path: str) -> QLineEdit:
    assert window.form.focus_field(path)
    widget = window.form.field_widget(path)
    assert isinstance(widget, QLineEdit)
    return widget


# listing ----------------------------------------------------------------------------------

def test_bradford_findings_are_listed_by_severity(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace / BRADFORD)
    panel = window.checks
    assert window.checks_dock.widget() is panel
    assert panel.objectName() == "checks"
    assert codes(window, BLOCKING) == ["C6.3"]
    warnings = codes(window, WARNING)
    for code in ("C4.4", "C5.1", "C4.13"):
        assert code in warnings
    severities = [SEVERITY_ORDER[row.issue.severity] for row in rows(window)]
    assert severities == sorted(severities)  # blocking, then warnings, then notes
    # reading order within a severity: the title's acronym before the body's
    c44 = [row.issue.field_path for row in rows(window) if row.issue.code == "C4.4"]
    assert c44[0] == "title" and c44[1].startswith("body.")

    summary = window.findChild(QWidget, "checks:summary")
    assert summary.text() == summary_text(panel.issues, draft=True)  # the example is a draft
    assert summary.text().startswith("1 to do before publishing · 5 warnings · ")
    assert summary.text().endswith(" notes · 7 fields to fill in")  # folded, counted apart

    link = next(row for row in rows(window) if row.issue.code == "C6.3")
    assert link.heading == ("To do before publishing · Link text that does not say where it goes · "
                            "Links 1 › Link text · C6.3")  # words first, the code after
    assert "Link to Report" in link.text and "Suggestion: say where the link goes" in link.text
    index = panel.list.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the severity icon
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "To do before publishing · Link text")


def test_blocking_findings_are_outlined_in_the_form_beside_validation(
        make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    link_text = line_edit(window, "links.0.text")
    assert link_text.property("problem") is True
    assert ("links.0.text", "link text that does not say where it goes: “Link to Report” "
            "(C6.3)") in window.form.problems()
    slug = line_edit(window, "slug")
    slug.selectAll()
    qtbot.keyClicks(slug, "Not A Slug")  # a validation problem: checks pause, outlines stay
    qtbot.waitUntil(lambda: slug.property("problem") is True)
    wait_for_checks(qtbot, window)
    paths = [path for path, _ in window.form.problems()]
    assert "slug" in paths and "links.0.text" in paths
    state = window.findChild(QWidget, "checks:state")
    assert "paused" in state.text()
    assert codes(window, BLOCKING) == ["C6.3"]  # the last findings stay listed


def test_fixing_the_link_text_removes_the_blocking_finding_live(make_window: MakeWindow,
                                                                workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    runs: list[int] = []
    window.checks.checked.connect(lambda: runs.append(1))
    link_text = line_edit(window, "links.0.text")
    link_text.selectAll()
    qtbot.keyClicks(link_text, "Thematic review into CSE in Bradford (full report)")
    wait_for_checks(qtbot, window, lambda: "C6.3" not in codes(window))
    assert codes(window, BLOCKING) == []
    assert window.findChild(QWidget, "checks:summary").text().startswith(
        "Nothing blocking · 5 warnings")
    assert link_text.property("problem") is False
    assert len(runs) <= 2  # 51 keystrokes in one burst: one run (two at most), not 51


def test_activating_a_finding_selects_its_words(make_window: MakeWindow, workspace: Path,
                                                qtbot):
    window = make_window(workspace / BRADFORD)
    panel = window.checks
    number = next(i for i, row in enumerate(rows(window)) if row.issue.code == "C5.1")
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.list.model().index(number, 0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.objectName() == "field:body.0.markdown"
    assert editor.textCursor().selectedText() == "27 July"


def test_a_finding_late_in_a_tall_field_is_scrolled_onto_the_screen(
        make_window: MakeWindow, workspace: Path, qtbot):
    # The form showed the editor's top while the selected words lay below the fold.
    window = make_window(workspace / BRADFORD)
    window.resize(1280, 720)
    QApplication.processEvents()
    late = max((row.issue for row in rows(window) if row.issue.field_path == "body.0.markdown"
                and row.issue.span is not None), key=lambda issue: issue.span[0])
    assert window.checks.jump_to(late)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit) and editor.textCursor().hasSelection()
    scroll = window.findChild(QWidget, "formScroll")
    cursor = editor.cursorRect()
    for corner in (cursor.topLeft(), cursor.bottomLeft()):
        at = editor.viewport().mapTo(scroll.viewport(), corner)
        assert scroll.viewport().rect().contains(at), (at, scroll.viewport().rect())


def test_activating_a_finding_in_a_collapsed_group_opens_it(make_window: MakeWindow,
                                                            workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    link = next(row.issue for row in rows(window) if row.issue.code == "C6.3")
    assert window.checks.jump_to(link)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "field:links.0.text"


def test_notes_can_be_hidden_and_the_choice_is_kept(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace / BRADFORD)
    show_notes = window.checks.show_notes
    assert show_notes.objectName() == "checks:show_info"
    assert INFO in {row.issue.severity for row in rows(window)}
    show_notes.setChecked(False)
    assert INFO not in {row.issue.severity for row in rows(window)}
    assert codes(window, BLOCKING) == ["C6.3"]
    assert window.settings.data["checks_show_notes"] is False
    summary = window.findChild(QWidget, "checks:summary").text()
    assert summary == summary_text(window.checks.issues, draft=True)  # notes still counted


def test_checking_for_publication_makes_required_fields_blocking(make_window: MakeWindow,
                                                                  workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    window.checks.list_fields_to_fill_in(True)  # the empty fields' notes, one by one
    contact = next(row.issue for row in rows(window) if row.issue.field_path == "contact")
    assert contact.code == "C3.9" and contact.severity == INFO
    target = window.findChild(QComboBox, "checks:target")
    target.setCurrentIndex(target.findData(FINAL_EXPORT))
    wait_for_checks(qtbot, window, lambda: len(codes(window, BLOCKING)) > 1)
    blocking_paths = {row.issue.field_path for row in rows(window)
                      if row.issue.severity == BLOCKING}
    assert {"contact", "links.0.text", "approvals"} <= blocking_paths
    target.setCurrentIndex(target.findData(None))
    wait_for_checks(qtbot, window, lambda: codes(window, BLOCKING) == ["C6.3"])


def test_checks_run_off_the_ui_thread_and_typing_never_waits(
        make_window: MakeWindow, workspace: Path, qtbot, monkeypatch: pytest.MonkeyPatch):
    window = make_window(workspace / BRADFORD)
    threads: list[str] = []
    real_run = checks.run_checks

    def slow_run(record, ctx):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        time.sleep(1.5)
        return real_run(record, ctx)

    monkeypatch.setattr(checks, "run_checks", slow_run)  # the worker imports it from there
    title = line_edit(window, "title")
    title.end(False)
    qtbot.keyClicks(title, " a")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)  # a run is under way
    started = time.perf_counter()
    qtbot.keyClicks(title, "nd more")
    assert time.perf_counter() - started < 1.0  # not held up by the 1.5 s run
    wait_for_checks(qtbot, window)
    assert threads and all(name.startswith("checks") for name in threads)
    assert threading.main_thread().name not in threads


# status changes -------------------------------------------------------------------------

def set_status(window: MainWindow, value: str) -> None:
    combo = window.form.field_widget("status")
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a choice in the popup sends


def test_publishing_with_a_blocking_finding_asks_and_declining_reverts(
        make_window: MakeWindow, workspace: Path, qtbot):
    prompter = FakePrompter()
    window = make_window(workspace / BRADFORD, prompter)
    document = window.controller.current.document
    set_status(window, "published")
    qtbot.waitUntil(lambda: bool(prompter.asked("ask_override")))
    (issues,), = prompter.asked("ask_override")
    assert {issue.code for issue in issues} >= {"C6.3", "C3.9"}
    assert all(issue.severity == BLOCKING for issue in issues)
    qtbot.waitUntil(lambda: document.get("status") == "draft")
    assert window.form.field_widget("status").currentData() == "draft"
    assert document.get("approvals") in (None, [])
    assert not window.undo_stack.canUndo() or window.undo_stack.index() == 0
    assert "Status not changed" in window.status.currentMessage()

    window.undo_stack.redo()  # trying again asks again
    qtbot.waitUntil(lambda: len(prompter.asked("ask_override")) == 2)
    qtbot.waitUntil(lambda: document.get("status") == "draft")


def test_publishing_with_a_reason_records_the_override(make_window: MakeWindow,
                                                       workspace: Path, qtbot):
    prompter = FakePrompter(ask_override=["Approved by the chair at the board meeting"])
    window = make_window(workspace / BRADFORD, prompter)
    document = window.controller.current.document
    set_status(window, "published")
    qtbot.waitUntil(lambda: bool(document.get("approvals")))
    assert document.get("status") == "published"
    (approval,) = document.get("approvals")
    assert approval["decision"] == "override"
    assert approval["reason"] == "Approved by the chair at the board meeting"
    assert approval["name"] == user_name()
    assert approval["date"] == "2026-11-25"  # today, from the window's clock
    assert {"code": "C6.3", "field_path": "links.0.text"} in approval["overridden"]
    assert len(approval["record_hash"]) == 64
    assert window.isWindowModified()
    assert len(prompter.asked("ask_override")) == 1
    record, problems = document.validate()
    assert problems == [] and record is not None  # a valid approval entry

    window.undo_stack.undo()  # the change and its override are one step
    assert document.get("status") == "draft"
    assert document.get("approvals") in (None, [])
    window.undo_stack.redo()
    qtbot.wait(20)
    assert document.get("status") == "published" and len(document.get("approvals")) == 1
    assert len(prompter.asked("ask_override")) == 1  # the redo brought the reason back


def test_a_status_below_approval_is_not_guarded(make_window: MakeWindow, workspace: Path,
                                               qtbot):
    prompter = FakePrompter()
    window = make_window(workspace / BRADFORD, prompter)
    set_status(window, "in_review")
    qtbot.wait(50)
    assert prompter.asked("ask_override") == []
    assert window.controller.current.document.get("status") == "in_review"


@pytest.mark.parametrize(("purpose", "prefix", "go"), [
    ("STATUS_CHANGE", "status_override", "Change the status anyway"),
    ("FINAL_EXPORT", "override", "Export anyway"),
])
def test_the_override_dialog_needs_a_reason(qtbot, purpose: str, prefix: str, go: str):
    from review_editor.checks import Issue
    from review_editor.ui.dialogs import override

    issues = [Issue("C6.3", BLOCKING, "links.0.text", None, "link text that does not say "
                    "where it goes: “Link to Report”", "say where the link goes")]
    dialog = override.OverrideDialog(issues, getattr(override, purpose))
    qtbot.addWidget(dialog)
    assert dialog.go.text() == go
    listing = dialog.findChild(QWidget, f"{prefix}:issues")
    assert "C6.3" in listing.item(0).text() and "Link to Report" in listing.item(0).text()
    assert not dialog.go.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.go.isEnabled() and dialog.reason() is None
    qtbot.keyClicks(dialog.reason_edit, "Agreed with the chair ")
    assert dialog.go.isEnabled()
    assert dialog.reason() == "Agreed with the chair"


def test_closing_the_record_empties_the_dock(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace / BRADFORD)
    assert window.checks.list.rows()
    window.controller.close_record()
    assert window.checks.list.rows() == []
    assert window.findChild(QWidget, "checks:summary").text() == "No record open"
    state = window.findChild(QWidget, "checks:state")
    assert state.isVisible() and "File › New" in state.text()  # what to do, not a blank list
    assert not window.checks.list.isVisible()
    assert window.form.problems() == []


def test_after_slow_runs_the_checks_wait_for_a_pause_in_typing(
        make_window: MakeWindow, workspace: Path, qtbot, monkeypatch: pytest.MonkeyPatch):
    window = make_window(workspace / BRADFORD)
    started: list[float] = []
    real_run = checks.run_checks

    def slow_run(record, ctx):  # type: ignore[no-untyped-def]
        started.append(time.perf_counter())
        time.sleep(0.5)  # as for a 100k-word section
        return real_run(record, ctx)

    monkeypatch.setattr(checks, "run_checks", slow_run)  # the worker imports it from there
    window.checks.run_now()
    wait_for_checks(qtbot, window)
    started.clear()
    title = line_edit(window, "title")
    title.end(False)
    for letter in " and more":
        qtbot.keyClicks(title, letter)
        qtbot.wait(150)  # typing steadily: shorter gaps than the last run took
    assert started == []  # no run competes with the typing
    wait_for_checks(qtbot, window)
    assert len(started) == 1  # one run once typing paused


def test_a_long_record_is_first_checked_once_typing_pauses(
        qtbot, app_home: Path, workspace: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch):
    import json

    data = json.loads((workspace / BRADFORD).read_text(encoding="utf-8"))
    sentence = "The partnership reviewed how agencies responded to the children. "
    data["body"][0]["markdown"] = "\n\n".join(sentence * 10 for _ in range(400))  # 40k words
    path = workspace / "long.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    started: list[float] = []
    real_run = checks.run_checks
    monkeypatch.setattr(checks, "run_checks", lambda record, ctx: (
        started.append(time.perf_counter()), real_run(record, ctx))[1])
    window = build_main_window(path, documents_dir=tmp_path, prompter=FakePrompter(),
                               clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    title = line_edit(window, "title")
    title.end(False)
    for letter in " in full":
        qtbot.keyClicks(title, letter)
        qtbot.wait(150)
    assert started == []  # the officer is typing: the long first check waits
    wait_for_checks(qtbot, window)
    assert len(started) == 1
    assert "C6.3" in codes(window, BLOCKING)
