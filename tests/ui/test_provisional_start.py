"""The start shows the records from their files' JSON before the models load, then validates
them: what was shown provisionally is confirmed, corrected, or replaced by its error."""

from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from window_helpers import (
    FakePrompter,
    fixed_clock,
    run_python,
    saved,
    staged_window,
)

from review_editor import app
from review_editor.model import dump, parse_record
from review_editor.model.schema import conforms, record_spec
from review_editor.storage import (
    confirm_scan,
    entry_for,
    entry_from_data,
    load_record,
    reading,
    scan_folder,
)
from review_editor.ui.common.settings import Settings
from review_editor.ui.window import listing
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"
SAR = "sar-adult-r.json"


def run_start(qtbot, window: MainWindow) -> None:
    """Shows the window and waits for every start step and the folder's validation."""
    assert window.startup is not None
    with qtbot.waitSignals([window.startup.finished, window.listing_confirmed],
                           timeout=15_000):
        window.show()


def rewrite(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def library_row(window: MainWindow, name: str) -> Any:
    return next(row for row in window.library.model.rows if row.path.name == name)


def test_the_record_is_shown_unvalidated_then_confirmed(qtbot, app_home, workspace,
                                                        documents):
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    current = window.controller.current
    assert current is not None and current.provisional
    assert window.form.problems() == []  # nothing looked for yet
    document = current.document
    run_start(qtbot, window)
    # The same document stays: the file is canonical, so validating changes nothing.
    assert window.controller.current is current and current.document is document
    assert not current.provisional
    assert window.undo_stack.isClean()
    assert current.document.data == dump(load_record(workspace / BRADFORD).record)
    assert window.pages.currentWidget() is window.form


def test_a_file_marked_read_only_is_shown_read_only_from_the_start(qtbot, app_home, workspace,
                                                                  documents):
    path = workspace / SAR
    path.chmod(0o444)
    window = staged_window(qtbot, path, documents)
    current = window.controller.current
    assert current is not None and current.provisional
    assert current.read_only and current.marked_read_only
    run_start(qtbot, window)
    current = window.controller.current
    assert current.read_only and current.marked_read_only and not current.provisional
    assert "read-only on disk" in window.message_bar.label.text()
    assert not window.action_save.isEnabled()
    path.chmod(0o644)


def test_a_file_that_does_not_validate_is_replaced_by_its_error(qtbot, app_home, workspace,
                                                               documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(status="nearly-done"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    assert window.controller.current is not None  # its JSON reads: shown at first
    assert not library_row(window, BRADFORD).broken
    run_start(qtbot, window)
    assert window.controller.current is None
    assert window.pages.currentWidget() is window.broken_page
    message = window.broken_page.message.text()
    assert BRADFORD in message and "status" in message
    assert library_row(window, BRADFORD).broken
    assert window.library.model.broken_count == 1
    assert window.status.currentMessage() == f"{BRADFORD} cannot be opened."
    assert (workspace / BRADFORD).read_text(encoding="utf-8").count("nearly-done") == 1


def test_a_broken_file_in_the_folder_is_listed_broken_once_validated(qtbot, app_home,
                                                                      workspace, documents):
    rewrite(workspace / SAR, lambda data: data.pop("title"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    assert not library_row(window, SAR).broken  # listed from its JSON
    run_start(qtbot, window)
    assert window.library.model.broken_count == 1
    assert library_row(window, SAR).broken
    assert "title" in str(library_row(window, SAR).error)
    assert window.status.currentMessage() == (
        "1 file cannot be opened: it is listed in red in the library.")
    # The open record is untouched and still selected in the library.
    assert window.controller.current is not None
    assert window.controller.current.path == workspace / BRADFORD
    assert window.library.selected_paths() == [workspace / BRADFORD]


def test_a_file_the_models_read_differently_is_shown_as_read(qtbot, app_home, workspace,
                                                            documents):
    def loosen(data: dict[str, Any]) -> None:
        data.pop("body", None)  # a default the models fill in
        data["modified_at"] = "2021-07-27T09:00:00+00:00"  # the models write "Z"

    rewrite(workspace / BRADFORD, loosen)
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    assert "body" not in window.controller.current.document.data
    run_start(qtbot, window)
    current = window.controller.current
    assert current is not None and not current.provisional
    assert current.document.data == dump(load_record(workspace / BRADFORD).record)
    assert current.document.data["body"] == []
    assert window.undo_stack.isClean()
    assert window.form.field_widget("body") is not None


def test_an_edit_before_validation_is_kept(qtbot, app_home, workspace, documents):
    rewrite(workspace / BRADFORD, lambda data: data.pop("body", None))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    window.form.set_value("title", "A new title")  # as fast a typist as there could be
    run_start(qtbot, window)
    current = window.controller.current
    assert current is not None and not current.provisional
    assert current.document.get("title") == "A new title"
    assert not window.undo_stack.isClean()
    window.undo_stack.undo()
    assert current.document.get("title") != "A new title"


def test_an_edited_record_that_does_not_validate_stays_open_with_its_problems(
        qtbot, app_home, workspace, documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(slug="Not A Slug"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    window.form.set_value("summary", "Edited before the models loaded.")
    run_start(qtbot, window)
    assert window.controller.current is not None
    assert window.pages.currentWidget() is window.form
    assert any(path == "slug" for path, _ in window.form.problems())
    assert any(path == "slug" for path, _ in window.controller.problems)


def test_a_save_before_validation_validates_first(qtbot, app_home, workspace, documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(status="nearly-done"))
    before = (workspace / BRADFORD).read_bytes()
    window = staged_window(qtbot, workspace / BRADFORD, documents)  # not shown: no steps ran
    window.form.set_value("title", "Changed")
    assert not window.controller.save()
    assert (workspace / BRADFORD).read_bytes() == before
    errors = window.prompter.asked("show_error")  # type: ignore[attr-defined]
    # Edited, so it stays open, and the save names what to correct.
    assert errors[-1][0] == "Correct these fields before saving" and "Status" in errors[-1][1]
    assert window.controller.current is not None and not window.controller.current.provisional


def test_a_save_of_an_unedited_broken_file_before_validation_shows_its_error(
        qtbot, app_home, workspace, documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(status="nearly-done"))
    before = (workspace / BRADFORD).read_bytes()
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    assert not window.controller.save()
    assert (workspace / BRADFORD).read_bytes() == before
    assert window.controller.current is None
    assert window.pages.currentWidget() is window.broken_page
    assert library_row(window, BRADFORD).broken


def test_unknown_keys_are_reported_once_validated(qtbot, app_home, workspace, documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(colour="blue"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    assert window.controller.current.warnings == []
    run_start(qtbot, window)
    warnings = window.controller.current.warnings
    assert any("colour" in warning for warning in warnings)
    assert "colour" in window.message_bar.label.text()
    assert window.message_bar.isVisibleTo(window)


def test_a_file_of_an_older_major_version_is_validated_before_it_shows(
        qtbot, app_home, workspace, documents, monkeypatch: pytest.MonkeyPatch):
    rewrite(workspace / BRADFORD, lambda data: data.update(schema_version="0.9"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    # Version 0 has no migration: refused at once, as a normal open would.
    assert window.controller.current is None
    errors = window.prompter.asked("show_error")  # type: ignore[attr-defined]
    assert errors and BRADFORD in errors[-1][1]


def test_a_file_of_a_newer_major_version_opens_read_only_at_once(qtbot, app_home, workspace,
                                                                  documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(schema_version="2.0"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    current = window.controller.current
    assert current is not None and not current.provisional and current.read_only


def test_a_row_saved_before_the_folder_is_validated_keeps_its_new_state(
        qtbot, app_home, workspace, documents, monkeypatch: pytest.MonkeyPatch):
    """The validating scan runs off the UI thread; a record saved meanwhile keeps the row
    its save gave it, not what the scan read before."""
    scanned, release = threading.Event(), threading.Event()

    def slow_confirm(quick: Any) -> Any:
        scan = confirm_scan(quick)
        # Read before the save below (the title as it was then), delivered after.
        scan.entries = [dataclasses.replace(entry, title="What the scan read")
                        if entry.path.name == BRADFORD else entry for entry in scan.entries]
        scanned.set()
        release.wait(10)
        return scan

    monkeypatch.setattr(listing, "confirm_scan", slow_confirm)
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    with qtbot.waitSignal(window.startup.finished, timeout=15_000):
        window.show()
    assert scanned.wait(10)
    window.form.set_value("title", "Saved while the folder was being checked")
    assert saved(window)
    with qtbot.waitSignal(window.listing_confirmed, timeout=15_000):
        release.set()
    assert library_row(window, BRADFORD).title == "Saved while the folder was being checked"


@pytest.mark.parametrize("change", [
    {"themes": 5}, {"keywords": True}, {"body": 1.5}, {"links": {"url": "x"}},
    {"title": ["a list"]}, {"is_press_release": 1}, {"publisher": "The Partnership"},
    {"body": [{"id": "main", "heading": 3, "markdown": ""}]},
], ids=lambda change: next(iter(change)))
def test_a_file_of_the_wrong_json_types_is_validated_before_it_shows(
        qtbot, app_home, workspace, documents, change: dict[str, Any]):
    """The form's editors expect a list where a list belongs, text where text does: a file
    that breaks that is opened as a normal open would, never shown unvalidated."""
    rewrite(workspace / BRADFORD, lambda data: data.update(change))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    current = window.controller.current
    if current is not None:  # the models accepted it (1 for True): validated, not provisional
        assert not current.provisional and current.document.get("is_press_release") is True
    else:
        errors = window.prompter.asked("show_error")  # type: ignore[attr-defined]
        assert errors and BRADFORD in errors[-1][1]
    run_start(qtbot, window)


def test_the_last_file_of_the_wrong_json_types_does_not_stop_the_start(
        qtbot, app_home, workspace, documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(keywords=5))
    settings = Settings(None)
    settings.last_folder = workspace
    settings.last_file = workspace / BRADFORD
    window = app.build_main_window(documents_dir=documents, settings=settings,
                                   prompter=FakePrompter(), clock=fixed_clock, staged=True)
    qtbot.addWidget(window)
    assert window.controller.current is None
    assert library_row(window, BRADFORD).broken
    run_start(qtbot, window)


def test_every_valid_record_conforms(workspace: Path):
    for path in sorted(workspace.glob("*.json")):
        data = dump(load_record(path).record)
        assert conforms(data, record_spec(data["kind"])), path.name


def test_a_record_refused_after_the_start_is_not_opened_again_next_time(
        qtbot, app_home, workspace, documents):
    rewrite(workspace / BRADFORD, lambda data: data.update(status="nearly-done"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    assert window.settings.last_file == workspace / BRADFORD
    run_start(qtbot, window)
    assert window.settings.last_file is None
    assert workspace / BRADFORD not in window.settings.recent_files
    assert window.library.selected_paths() == [] and \
        window.library._current_path() == workspace / BRADFORD


def test_the_start_reads_each_record_file_once(qtbot, app_home, workspace, documents,
                                               monkeypatch: pytest.MonkeyPatch):
    """The quick listing's reads serve the record shown, its validation, the listing's
    validation and the workspace checks: until the first checks have run, no file is read
    twice."""
    reads: list[str] = []
    real = reading.read_bytes

    def counting(path: Path) -> bytes:
        reads.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(reading, "read_bytes", counting)
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    run_start(qtbot, window)
    qtbot.waitUntil(lambda: window.checks.ready, timeout=20_000)
    records = sorted(path.name for path in workspace.glob("*.json"))
    assert sorted(name for name in reads if name.endswith(".json")) == records


def test_a_save_before_validation_of_a_file_changed_on_disk_asks_nothing(
        qtbot, app_home, workspace, documents):
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    rewrite(workspace / BRADFORD, lambda data: data.update(summary="Changed by a colleague."))
    assert saved(window)
    assert window.prompter.asked("ask_conflict") == []  # type: ignore[attr-defined]
    assert window.controller.current.document.get("summary") == "Changed by a colleague."
    assert "Changed by a colleague." in (workspace / BRADFORD).read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_validated_keeps_its_listing(
        qtbot, app_home, workspace, documents, monkeypatch: pytest.MonkeyPatch):
    def failing_confirm(quick: Any) -> Any:
        raise OSError("the network drive went away")

    monkeypatch.setattr(listing, "confirm_scan", failing_confirm)
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    run_start(qtbot, window)
    assert window.library.model.rowCount() == len(list(workspace.glob("*.json")))
    assert window.library.model.broken_count == 0
    assert window.controller.current is not None and not window.controller.current.provisional


def test_quick_entries_match_validated_ones(workspace: Path, tmp_path: Path):
    """What the library lists before validating is what it lists after, for every example
    and for records written the ways a hand or another tool might."""
    quick = scan_folder(workspace, validate=False)
    full = scan_folder(workspace)
    assert quick.entries == full.entries and not quick.problems and not full.problems
    source = workspace / BRADFORD
    data = json.loads(source.read_text(encoding="utf-8"))
    data["id"] = data["id"].upper()
    data["modified_at"] = "2021-07-27T10:00:00+01:00"
    data["embargo"] = {"until": "2031-05-14T00:01:00+01:00"}
    data.pop("summary", None)
    record = parse_record(data)
    entry = entry_from_data(data, source, 1.0)
    assert entry == entry_for(record, source, 1.0)


def test_the_first_paint_loads_no_models(workspace: Path, tmp_path: Path):
    """In a real start (``app.open_window``), pydantic and the record models load only after
    the first paint; once the steps have run, the record has been validated."""
    code = (
        "import json, os, sys\n"
        f"os.environ['REVIEW_EDITOR_HOME'] = {str(tmp_path / 'home')!r}\n"
        "from review_editor import app\n"
        f"window = app.open_window({str(workspace / BRADFORD)!r}, "
        f"documents_dir={str(tmp_path / 'Documents')!r})\n"
        "seen = {}\n"
        "def painted():\n"
        "    seen['at paint'] = sorted(m for m in ('pydantic', 'review_editor.model.records')\n"
        "                              if m in sys.modules)\n"
        "    seen['provisional'] = window.controller.current.provisional\n"
        "def finished():\n"
        "    seen['after'] = 'pydantic' in sys.modules\n"
        "    seen['provisional after'] = window.controller.current.provisional\n"
        "    window.close()\n"
        "window.startup.painted.connect(painted)\n"
        "window.startup.finished.connect(finished)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.exec()\n"
        "print(json.dumps(seen))")
    seen = run_python(code)
    assert seen == {"at paint": [], "provisional": True, "after": True,
                    "provisional after": False}
