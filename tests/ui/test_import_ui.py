"""File › Import… and Import from clipboard, driven through the real window with a scripted
prompter, and the review dialog itself."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from window_helpers import (
    NOW,
    FakePrompter,
    fixed_clock,
    trigger_save,
)

from review_editor import resources
from review_editor.app import build_main_window
from review_editor.importers import ImportFailed, ImportResult, import_file, import_text
from review_editor.model import RecordModel, ReviewNotice
from review_editor.storage import load_record
from review_editor.ui.dialogs.import_dialog import ImportDialog
from review_editor.ui.dialogs.import_rows import ImportChoice, build_record, describe_value
from review_editor.ui.dialogs.qt_prompter import QtPrompter
from review_editor.ui.window.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "importers" / "samples" / "bradford-cse-review-news.txt"
EXAMPLE = resources.examples_dir() / "thematic-review-into-cse-in-bradford.json"
STATED = ("kind", "title", "slug", "published_on", "publisher", "body", "links")
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked

PASTED_HTML = (
    "<h1>Learning review published: Child Q</h1><p>Tue 14 Jan 2031</p>"
    "<p>The Wrenmouth Safeguarding Children Partnership has today published a local child "
    "safeguarding practice review about Child Q. The review was commissioned in March 2029 "
    "and was carried out independently by Dr Ada Quill.</p>"
    "<h2>What happens next</h2><p>Partners have agreed an action plan.</p>"
    '<p><a href="https://wrenmouth.example/reviews/child-q">Read the full report</a></p>'
)

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, app_home: Path, tmp_path: Path) -> MakeWindow:
    documents = tmp_path / "Documents"
    documents.mkdir()

    def make(path: Path | None = None, prompter: FakePrompter | None = None) -> MainWindow:
        window = build_main_window(path, documents_dir=documents,
                                   prompter=prompter or FakePrompter(), clock=fixed_clock)
        qtbot.addWidget(window)
        window.show()
        return window
    return make


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty records folder, so the imported record's own name is free."""
    path = tmp_path / "records"
    path.mkdir()
    return path


@pytest.fixture(scope="module")
def bradford() -> ImportResult:
    return import_file(SAMPLE, now=NOW)


@pytest.fixture(scope="module")
def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, f"action:{name}")
    assert found is not None, name
    return found


def run_import(qtbot, window: MainWindow, name: str) -> None:
    """Trigger an import action and wait until the reading and the review are over."""
    with qtbot.waitSignal(window.imports.finished, timeout=15000):
        action(window, name).trigger()


def data(window: MainWindow) -> dict:
    current = window.controller.current
    assert current is not None
    return current.document.data


# the window -----------------------------------------------------------------------------------

def test_import_menu_entries(make_window: MakeWindow, folder: Path):
    window = make_window(folder)
    file_menu = window.findChild(QWidget, "menu:file")
    texts = [a.objectName() for a in file_menu.actions()]
    assert texts.index("action:import") < texts.index("action:import_clipboard") \
        < texts.index("action:save")
    assert action(window, "import").shortcut().toString() == "Ctrl+Shift+I"


def test_importing_bradford_opens_a_new_unsaved_record_without_review_facts(
        make_window: MakeWindow, folder: Path, example: dict, qtbot):
    prompter = FakePrompter(choose_import_file=[SAMPLE], review_import=[ImportChoice()])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")

    assert prompter.asked("choose_import_file") == [(folder,)]
    (result, _reimport), = prompter.asked("review_import")
    assert {s.field_path for s in result.suggestions} >= {"review.commissioned_on",
                                                          "review.reviewers"}
    current = window.controller.current
    assert current is not None and current.path is None
    record = data(window)
    for field in STATED:
        assert record[field] == example[field], field
    for unasked in ("review", "summary", "location", "sensitivity"):
        assert unasked not in record
    assert record["themes"] == []
    assert record["provenance"]["source_file"] == SAMPLE.name
    assert record["provenance"]["removed_boilerplate"] == [
        "Cookie Consent by FreePrivacyPolicy.com"]

    # A new, unsaved document: the window says so and closing it would ask.
    assert window.pages.currentWidget() is window.form
    assert window.isWindowModified()
    assert "not saved yet" in window.windowTitle()
    assert window.findChild(QWidget, "statusbar:state").text() == "New record, not saved yet"
    notice = window.findChild(QWidget, "message:text").text()
    assert f"Imported from {SAMPLE.name}" in notice
    assert QGuiApplication.overrideCursor() is None


def test_the_first_save_asks_for_a_path_and_suggests_the_slug(
        make_window: MakeWindow, folder: Path, qtbot):
    target = folder / "thematic-review-into-cse-in-bradford.json"
    prompter = FakePrompter(choose_import_file=[SAMPLE], review_import=[ImportChoice()],
                            choose_save_path=[target])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")
    trigger_save(window)
    assert prompter.asked("choose_save_path") == [(target,)]
    saved = load_record(target).record
    assert saved.title == "Publication of the Thematic Review into CSE in Bradford"
    assert window.controller.current.path == target
    assert not window.isWindowModified()
    assert saved.title in window.library.visible_titles()


def test_closing_an_imported_record_asks_to_save_it(make_window: MakeWindow, folder: Path,
                                                     qtbot):
    prompter = FakePrompter(choose_import_file=[SAMPLE], review_import=[ImportChoice()],
                            ask_save_changes=["cancel"])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")
    action(window, "close").trigger()
    assert len(prompter.asked("ask_save_changes")) == 1
    assert window.controller.current is not None


def test_accepted_suggestions_are_set_and_the_others_are_not(
        make_window: MakeWindow, folder: Path, example: dict, qtbot):
    choice = ImportChoice(accept=["review.commissioned_on", "review.reviewers"])
    prompter = FakePrompter(choose_import_file=[SAMPLE], review_import=[choice])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")
    review = data(window)["review"]
    assert review["commissioned_on"] == example["review"]["commissioned_on"] == "2019-04"
    assert review["reviewers"] == example["review"]["reviewers"]
    assert set(review) <= {"commissioned_on", "reviewers", "key_findings", "good_practice",
                           "recommendations", "external_assessments"}
    assert "review_type" not in review and "trigger" not in review


def test_dropped_detections_and_another_kind(make_window: MakeWindow, folder: Path, qtbot):
    choice = ImportChoice(drop=["published_on", "publisher", "links.0"], kind="review_notice",
                          accept="all")
    prompter = FakePrompter(choose_import_file=[SAMPLE], review_import=[choice])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")
    record = data(window)
    assert record["kind"] == "review_notice"
    assert window.controller.current.document.kind == "review_notice"
    assert "published_on" not in record and "publisher" not in record
    assert record["links"] == []
    assert record["review"]["review_type"] == "thematic_review"
    assert record["title"] == "Publication of the Thematic Review into CSE in Bradford"


def test_a_word_draft_is_imported(make_window: MakeWindow, folder: Path, tmp_path: Path,
                                  qtbot):
    draft = docx.Document()
    draft.add_heading("Safeguarding Adults Review: Adult T", 0)
    draft.add_paragraph("Published 3 March 2031")
    draft.add_paragraph("The Wrenmouth Safeguarding Adults Board has published a "
                        "Safeguarding Adults Review about Adult T.")
    draft.add_heading("What we learned", 1)
    draft.add_paragraph("Agencies did not share what they knew.")
    source = tmp_path / "Adult T draft.docx"
    draft.save(str(source))
    prompter = FakePrompter(choose_import_file=[source], review_import=[ImportChoice()])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")
    (result, _), = prompter.asked("review_import")
    assert result.source_format == "docx"
    record = data(window)
    assert record["title"] == "Safeguarding Adults Review: Adult T"
    assert record["published_on"] == "2031-03-03"
    assert [section["heading"] for section in record["body"]] == ["", "What we learned"]
    assert record["provenance"]["source_file"] == "Adult T draft.docx"


def test_cancelling_the_review_opens_nothing(make_window: MakeWindow, folder: Path, qtbot):
    prompter = FakePrompter(choose_import_file=[SAMPLE])  # review_import → None
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")
    assert len(prompter.asked("review_import")) == 1
    assert window.controller.current is None
    assert "cancelled" in window.status.currentMessage()


def test_choosing_no_file_does_nothing(make_window: MakeWindow, folder: Path):
    prompter = FakePrompter()
    window = make_window(folder, prompter)
    action(window, "import").trigger()
    assert prompter.asked("review_import") == []
    assert not window.imports.busy


def test_the_import_is_read_off_the_ui_thread(make_window: MakeWindow, folder: Path, qtbot,
                                              monkeypatch: pytest.MonkeyPatch):
    threads: list[threading.Thread] = []
    release = threading.Event()
    original = import_file

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(10)  # held until the window has been seen responsive and busy
        return original(*args, **kwargs)

    monkeypatch.setattr("review_editor.importers.import_file", recording)
    prompter = FakePrompter(choose_import_file=[SAMPLE], review_import=[ImportChoice()])
    window = make_window(folder, prompter)
    with qtbot.waitSignal(window.imports.finished, timeout=15000):
        action(window, "import").trigger()
        assert window.imports.busy  # the window came back before the file was read
        assert QGuiApplication.overrideCursor() is not None
        assert window.status.currentMessage() == f"Reading {SAMPLE.name}…"
        release.set()
    assert threads and threads[0] is not threading.main_thread()
    assert QGuiApplication.overrideCursor() is None


def test_clipboard_html_is_preferred_to_its_plain_text(make_window: MakeWindow, folder: Path,
                                                       qtbot):
    mime = QMimeData()
    mime.setHtml(PASTED_HTML)
    mime.setText("A plain title\n\nA plain paragraph.")
    QApplication.clipboard().setMimeData(mime)
    prompter = FakePrompter(review_import=[ImportChoice(accept=["review.reviewers"])])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import_clipboard")
    (result, _), = prompter.asked("review_import")
    assert result.source_format == "html"
    record = data(window)
    assert record["title"] == "Learning review published: Child Q"
    assert record["published_on"] == "2031-01-14"
    assert [s["heading"] for s in record["body"]] == ["", "What happens next"]
    assert record["links"] == [{"text": "Read the full report",
                                "url": "https://wrenmouth.example/reviews/child-q",
                                "role": "full_report"}]
    assert record["review"]["reviewers"][0]["name"] == "Dr Ada Quill"
    assert record["provenance"]["source_file"] == "Pasted text"
    assert window.controller.current.path is None


def test_clipboard_plain_text(make_window: MakeWindow, folder: Path, qtbot):
    QApplication.clipboard().setText(SAMPLE.read_text(encoding="utf-8"))
    prompter = FakePrompter(review_import=[ImportChoice()])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import_clipboard")
    (result, _), = prompter.asked("review_import")
    assert result.source_format == "text"
    assert data(window)["title"] == "Publication of the Thematic Review into CSE in Bradford"


def test_an_empty_clipboard_is_reported(make_window: MakeWindow, folder: Path):
    QApplication.clipboard().clear()
    prompter = FakePrompter()
    window = make_window(folder, prompter)
    action(window, "import_clipboard").trigger()
    (title, message), = prompter.asked("show_error")
    assert title == "Nothing to import" and "clipboard" in message
    assert prompter.asked("review_import") == []


def _binary(path: Path) -> None:
    path.write_bytes(b"\x00\x01\x02binary\x00" * 200)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _huge(path: Path) -> None:
    with open(path, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)


def _text(path: Path) -> None:
    path.write_text("Title\n\nSome text.", encoding="utf-8")


def _corrupt_docx(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"not really a zip" * 50)


def _protected_docx(path: Path) -> None:  # Word encrypts a protected .docx as an OLE file
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)


BAD_INPUTS = [
    ("binary page.txt", _binary, "binary"),
    ("empty page.txt", _empty, "empty"),
    ("huge page.txt", _huge, "too large"),
    ("minutes.pdf", _text, "PDF"),
    ("figures.xlsx", _text, ".xlsx"),
    ("damaged draft.docx", _corrupt_docx, "damaged"),
    ("protected draft.docx", _protected_docx, "password"),
]


@pytest.mark.parametrize(("name", "make", "problem"), BAD_INPUTS,
                         ids=[name for name, _, _ in BAD_INPUTS])
def test_bad_input_is_reported_by_name_and_opens_nothing(
        make_window: MakeWindow, workspace: Path, tmp_path: Path, qtbot, name: str,
        make: Callable[[Path], None], problem: str):
    source = tmp_path / name
    make(source)
    opened = workspace / "sar-adult-r.json"
    prompter = FakePrompter(choose_import_file=[source, SAMPLE])
    window = make_window(opened, prompter)
    run_import(qtbot, window, "import")

    (title, message), = prompter.asked("show_error")
    assert name in message and problem in message
    assert prompter.asked("review_import") == []
    assert window.controller.current.path == opened
    assert not window.isWindowModified()
    assert QGuiApplication.overrideCursor() is None
    # The window stays usable: the next import runs.
    run_import(qtbot, window, "import")
    assert len(prompter.asked("review_import")) == 1


def test_an_unexpected_failure_is_reported_without_a_crash(
        make_window: MakeWindow, folder: Path, qtbot, monkeypatch: pytest.MonkeyPatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("review_editor.importers.import_file", broken)
    prompter = FakePrompter(choose_import_file=[SAMPLE])
    window = make_window(folder, prompter)
    run_import(qtbot, window, "import")
    (title, message), = prompter.asked("show_error")
    assert SAMPLE.name in message and "Nothing was opened" in message
    assert window.controller.current is None


# the dialog -----------------------------------------------------------------------------------

@pytest.fixture
def dialog(qtbot, bradford: ImportResult) -> ImportDialog:
    reads: list[str] = []
    gate = threading.Event()
    gate.set()

    def reimport(kind: str) -> ImportResult:
        reads.append(kind)
        gate.wait(10)
        return import_file(SAMPLE, now=NOW, kind=kind)

    widget = ImportDialog(bradford, reimport)
    widget.reads = reads  # type: ignore[attr-defined]
    widget.gate = gate  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def labels(dialog: ImportDialog) -> list[str]:
    return [item.text(0) for item in dialog.items()]


def test_the_dialog_lists_detections_suggestions_and_removals(dialog: ImportDialog):
    assert dialog.objectName() == "dialog:import"
    assert dialog.source.isReadOnly()
    assert dialog.source.toPlainText() == dialog.import_result.source_text
    assert dialog.source.toPlainText().startswith("Cookie Consent")
    shown = labels(dialog)
    for expected in ("Title", "URL slug", "Published on", "Publisher", "Body", "Link",
                     "Type of review", "Commissioned", "Reviewer", "Period covered",
                     "Reason for delay", "What led to the review", "External assessment",
                     "Theme (unsure)", "Removed", "Tidied"):
        assert expected in shown, expected
    assert dialog.item("published_on").text(1) == "Tuesday 27 July 2021"
    assert dialog.item("publisher").text(1) == \
        "The Bradford Partnership, safeguarding children partnership"
    assert dialog.item("Body").text(1) == "1 section, 387 words"
    assert dialog.item("review.reviewers").text(1) == "Clare Hyde MBE, independent reviewer"
    assert dialog.item("review.commissioned_on").text(1) == "April 2019"
    assert dialog.item("Removed").text(1) == "Cookie Consent by FreePrivacyPolicy.com"
    # Detected fields are kept, suggestions left out, until the user says otherwise.
    for key in ("slug", "published_on", "publisher", "links.0"):
        assert dialog.item(key).checkState(0) == CHECKED
    assert dialog.suggestion_items()
    assert all(i.checkState(0) == UNCHECKED for i in dialog.suggestion_items())
    title = dialog.item("Title")
    assert not title.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.accepted_suggestions() == [] and dialog.dropped() == []
    assert not dialog.warnings.isVisible()
    assert dialog.findChild(QWidget, "import:summary").text() == "0 of 12 suggestions accepted"


def test_selecting_a_row_selects_its_evidence_in_the_source(dialog: ImportDialog, qtbot):
    dialog.resize(900, 420)
    qtbot.wait(10)
    dialog.tree.setCurrentItem(dialog.item("review.reviewers"))
    assert dialog.selected_text() == "carried out independently by Clare Hyde MBE"
    assert "Clare Hyde MBE" in dialog.findChild(QWidget, "import:evidence").text()
    dialog.tree.setCurrentItem(dialog.item("review.external_assessments"))
    assert dialog.selected_text().startswith("Ofsted in their ILACS inspection of 2018")
    assert dialog.source.verticalScrollBar().value() > 0  # scrolled down to it
    cursor_rect = dialog.source.cursorRect()
    assert dialog.source.viewport().rect().intersects(cursor_rect)
    dialog.tree.setCurrentItem(dialog.item("Removed"))
    assert dialog.selected_text() == "Cookie Consent by FreePrivacyPolicy.com"
    assert dialog.source.verticalScrollBar().value() == 0
    dialog.tree.setCurrentItem(dialog.item("Body"))
    assert dialog.selected_text().startswith("The Bradford Partnership – Working Together")
    assert dialog.selected_text().endswith("has already begun.")


def test_a_suggestion_is_accepted_from_the_keyboard(dialog: ImportDialog, qtbot):
    dialog.activateWindow()
    dialog.tree.setFocus()
    item = dialog.item("review.commissioned_on")
    dialog.tree.setCurrentItem(item)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert item.checkState(0) == CHECKED
    assert [s.field_path for s in dialog.accepted_suggestions()] == ["review.commissioned_on"]
    assert dialog.findChild(QWidget, "import:summary").text() == "1 of 12 suggestions accepted"


def test_a_long_span_shows_its_start(dialog: ImportDialog, qtbot):
    dialog.resize(700, 360)
    qtbot.wait(10)
    dialog.tree.setCurrentItem(dialog.item("review.external_assessments"))
    assert dialog.source.verticalScrollBar().value() > 0
    dialog.tree.setCurrentItem(dialog.item("Body"))
    start = dialog.source.textCursor()
    start.setPosition(start.selectionStart())
    assert dialog.source.viewport().rect().intersects(dialog.source.cursorRect(start))


def test_evidence_after_characters_outside_the_basic_plane(qtbot):
    text = ("🙂 Wrenmouth news 🙂 Tue 14 Jan 2031\n\nThe review was commissioned in March 2029 "
            "and was carried out independently by Dr Ada Quill.")
    result = import_text(text, source_name="Pasted text", now=NOW)
    dialog = ImportDialog(result)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.item("review.commissioned_on"))
    assert dialog.selected_text() == "commissioned in March 2029"
    assert not dialog.kind_box.isEnabled()  # nothing to read again without the source


def test_accept_all_then_untick_a_detection(dialog: ImportDialog, qtbot):
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    assert all(i.checkState(0) == CHECKED for i in dialog.suggestion_items())
    assert dialog.findChild(QWidget, "import:summary").text() == "12 of 12 suggestions accepted"
    assert not dialog.accept_all_button.isEnabled()
    dialog.item("published_on").setCheckState(0, UNCHECKED)
    record = dialog.build()
    assert record.published_on is None
    assert record.review is not None and record.review.review_type == "thematic_review"
    assert [r.name for r in record.review.reviewers] == ["Clare Hyde"]
    assert [t.id for t in record.themes] == ["child-sexual-exploitation"]
    qtbot.mouseClick(dialog.reject_all_button, Qt.MouseButton.LeftButton)
    assert dialog.accepted_suggestions() == []
    assert dialog.build().review is None


def test_open_as_new_record_returns_the_chosen_record(dialog: ImportDialog, qtbot):
    dialog.item("review.commissioned_on").setCheckState(0, CHECKED)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = dialog.record()
    assert record is not None and record.review is not None
    assert str(record.review.commissioned_on) == "2019-04"
    assert record.review.reviewers == []


def test_changing_the_kind_reads_the_page_again_and_keeps_the_choices(
        dialog: ImportDialog, qtbot):
    dialog.item("review.commissioned_on").setCheckState(0, CHECKED)
    dialog.item("links.0").setCheckState(0, UNCHECKED)
    dialog.gate.clear()  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.reread, timeout=15000):
        dialog.set_kind("review_notice")
        assert dialog.busy and not dialog.open_button.isEnabled()
        assert "review notice" in dialog.findChild(QWidget, "import:progress").text()
        dialog.gate.set()  # type: ignore[attr-defined]
    assert dialog.reads == ["review_notice"]  # type: ignore[attr-defined]
    assert dialog.import_result.record.kind == "review_notice"
    assert not dialog.busy and dialog.open_button.isEnabled()
    assert dialog.item("review.commissioned_on").checkState(0) == CHECKED
    assert dialog.item("links.0").checkState(0) == UNCHECKED
    record = dialog.build()
    assert isinstance(record, ReviewNotice)
    assert record.links == [] and str(record.review.commissioned_on) == "2019-04"
    dialog.set_kind("review_notice")  # the same kind again reads nothing
    assert dialog.reads == ["review_notice"]  # type: ignore[attr-defined]


def test_cancelling_during_a_re_read_leaves_nothing_behind(dialog: ImportDialog, qtbot):
    dialog.gate.clear()  # type: ignore[attr-defined]
    dialog.set_kind("learning_brief")
    assert QGuiApplication.overrideCursor() is not None
    dialog.reject()
    assert QGuiApplication.overrideCursor() is None
    dialog.gate.set()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog._runner is not None and dialog._runner.busy == 0)
    assert dialog.import_result.record.kind == "news_item"  # the late answer was ignored
    assert dialog.record() is None


def test_a_kind_that_cannot_be_read_is_explained_and_undone(qtbot, bradford: ImportResult):
    def refuse(kind: str) -> ImportResult:
        raise ImportFailed(SAMPLE, "could not be made into a valid record")

    dialog = ImportDialog(bradford, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.reread, timeout=15000):
        dialog.set_kind("learning_brief")
    assert dialog.kind_box.currentData() == "news_item"
    assert dialog.warnings.isVisible()
    assert "could not be made into a valid record" in dialog.warnings.text()
    assert dialog.import_result is bradford


def test_warnings_are_shown_at_the_top(qtbot):
    result = import_text("Board news\n\nThe board met and agreed its plan.",
                         source_name="Pasted text", now=NOW)
    assert result.warnings
    dialog = ImportDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warnings.isVisible()
    assert result.warnings[0] in dialog.warnings.text()


def test_each_suggestion_shows_its_confidence_and_evidence(dialog: ImportDialog):
    assert dialog.suggestion_items()
    for item in dialog.suggestion_items():
        row = dialog.row(item)
        assert row is not None and row.suggestion is not None
        assert item.text(2) in ("likely right", "check it", "unsure")
        assert (item.text(2) == "likely right") == (row.suggestion.confidence == "high")
        assert "From the words" in item.toolTip(1)


def test_a_listing_page_lists_its_other_reviews(qtbot):
    text = ("Serious case reviews\n\nFenmoor Safeguarding Children Partnership publishes its "
            "reviews.\n\nSerious Case Review - Child G (published 16/01/2030)\n\nSerious Case "
            "Review - Child Q (published 27/11/2029)\n\nSerious Case Review - Child T "
            "(published 02/03/2029)")
    result = import_text(text, source_name="Pasted text", now=NOW)
    dialog = ImportDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = [item.text(1) for item in dialog.items()
              if (row := dialog.row(item)) is not None and row.section == "listed"]
    assert listed == result.listed == ["Serious Case Review - Child Q",
                                       "Serious Case Review - Child T"]
    assert dialog.item("Title").text(1) == result.record.title == \
        "Serious Case Review - Child G"
    dialog.tree.setCurrentItem(next(i for i in dialog.items() if i.text(1) == listed[0]))
    assert "--split" in dialog.evidence.text()


def test_the_real_prompter_runs_the_dialog(qtbot, bradford: ImportResult):
    parent = QWidget()
    qtbot.addWidget(parent)
    prompter = QtPrompter(parent)

    records: list[RecordModel | None] = []
    prompter.review_import(bradford, lambda kind: bradford, records.append)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog) and records == []  # open, nothing waits for it
    dialog.item("review.reviewers").setCheckState(0, CHECKED)
    dialog.open_button.click()
    (record,) = records
    assert record is not None and record.review is not None
    assert [r.name for r in record.review.reviewers] == ["Clare Hyde"]


# the choices without the dialog ---------------------------------------------------------------

def test_build_record_drops_list_items_from_the_end(bradford: ImportResult):
    result = import_text(PASTED_HTML.replace(
        "</p>", '</p><p><a href="https://wrenmouth.example/summary">Read the summary</a></p>',
        1), source_name="Pasted text", now=NOW)
    assert len(result.record.links) == 2
    record = build_record(result, drop=["links.0", "links.1", "title", "body"])
    assert record.links == []
    assert record.title and record.body  # never dropped
    record = build_record(bradford, drop=["slug"])
    assert record.slug is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-07-27", "Tuesday 27 July 2021"),
    ("2019-04", "April 2019"),
    ("thematic_review", "Thematic review"),
    ({"start": "2001"}, "since 2001"),
    ({"start": "2001", "end": "2006-03"}, "2001 to March 2006"),
    ({"body": "Ofsted", "inspection": "ILACS", "year": 2018, "quote": "a strength"},
     "Ofsted, ILACS, 2018: “a strength”"),
    ({"text": "Read it", "url": "https://x.example/", "role": "full_report"},
     "Read it — https://x.example/ (Full report)"),
    ({"id": "neglect", "label": "Neglect"}, "Neglect"),
    (True, "Yes"),
    ("Bradford District", "Bradford District"),
])
def test_describe_value(value, expected):
    assert describe_value(value) == expected
