"""Never lose work, in the real window: recovery snapshots and the recovery banner, version
history, locks, changes made by someone else, full disks, sharing violations and sync
conflict copies. The window is built by the composition root and driven with a scripted
prompter; storage-level stress (crashes, interleavings, 100 replaces) lives in
tests/storage and tests/ui/test_watcher_and_background.py."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)
from window_helpers import (
    FakePrompter,
    MakeWindow,
    action,
    child,
    fixed_clock,
    saved,
    title_field,
    trigger_save,
    type_in_title,
    wait_for_saves,
)

from review_editor import paths
from review_editor.app import build_main_window
from review_editor.model import dump
from review_editor.model.dates import format_datetime
from review_editor.storage import atomic, claims, load_record, locks
from review_editor.storage.identity import host_name, user_name
from review_editor.storage.profile import set_officer_display_name
from review_editor.storage.recovery import RecoveryStore
from review_editor.storage.versions import BackupStore
from review_editor.ui.never_lose.conflict_copies import find_conflict_copies, is_copy_name
from review_editor.ui.window.main_window import MainWindow

ADULT_R = "sar-adult-r.json"
ADULT_R_TITLE = "Safeguarding Adults Review: Adult R"
BRADFORD = "thematic-review-into-cse-in-bradford.json"

def set_title(window: MainWindow, qtbot, title: str) -> None:
    field = title_field(window)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, title)
    qtbot.wait(10)


def document_title(window: MainWindow) -> str:
    assert window.controller.current is not None
    return str(window.controller.current.document.get("title"))


def snapshots() -> list[Path]:
    folder = paths.recovery_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def replace_on_disk(path: Path, data: dict) -> None:
    """What another program's atomic save does: a new file renamed over the old one."""
    temp = path.with_name(".external.tmp")
    temp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temp, path)


def retitle_on_disk(path: Path, title: str) -> None:
    """A colleague saves the record with another title."""
    theirs = json.loads(path.read_text(encoding="utf-8"))
    theirs["title"] = title
    replace_on_disk(path, theirs)


def edited_while_they_save(make_window: MakeWindow, path: Path, prompter: FakePrompter,
                           qtbot) -> MainWindow:
    """``path`` open with an unsaved edit (" (mine)") when a colleague saves their title."""
    window = make_window(path, prompter)
    type_in_title(window, qtbot, " (mine)")
    retitle_on_disk(path, "Adult R (theirs)")
    return window


def button(parent: QWidget, name: str) -> QPushButton:
    return child(parent, QPushButton, name)


def banner_texts(banner: QWidget) -> list[str]:
    return [label.text() for label in banner.findChildren(QLabel, "banner:text")
            if label.isVisibleTo(banner)]


# recovery snapshots ----------------------------------------------------------------------

def _leave_snapshot(path: Path, title: str) -> RecoveryStore:
    """What a crash leaves: a snapshot of unsaved changes to the record at ``path``."""
    loaded = load_record(path)
    data = dump(loaded.record)
    data["title"] = title
    store = RecoveryStore()
    store.write(data, path, loaded.sha256)
    return store


def test_the_banner_offers_changes_a_crash_left_and_restore_is_one_undoable_edit(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    store = _leave_snapshot(path, "Adult R (recovered)")
    (leftover,) = store.leftovers()
    window = make_window(workspace)
    banner = child(window, QWidget, "banner:recovery")
    assert banner.isVisible()
    (text,) = banner_texts(banner)
    assert "Adult R (recovered)" in text and ADULT_R in text
    assert format_datetime(leftover.saved_at) in text
    assert window.controller.current is None  # offered, not forced

    button(banner, "recovery:restore").click()
    current = window.controller.current
    assert current is not None and current.path == path
    assert title_field(window).text() == "Adult R (recovered)"
    assert window.isWindowModified()
    assert not banner.isVisible()
    # The recovered changes are safe in a live snapshot before the old one goes.
    (live,) = snapshots()
    assert json.loads(live.read_text(encoding="utf-8"))["data"]["title"] == \
        "Adult R (recovered)"
    action(window, "undo").trigger()
    assert document_title(window) == ADULT_R_TITLE
    assert not window.isWindowModified()
    action(window, "redo").trigger()
    assert title_field(window).text() == "Adult R (recovered)"
    trigger_save(window)
    assert load_record(path).record.title == "Adult R (recovered)"
    assert snapshots() == []


def test_compare_shows_the_snapshot_against_the_file_and_discard_deletes_it(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    _leave_snapshot(path, "Adult R (recovered)")
    prompter = FakePrompter()
    window = make_window(workspace, prompter)
    banner = child(window, QWidget, "banner:recovery")
    button(banner, "recovery:compare").click()
    (shown_path, differences), = prompter.asked("show_comparison")
    assert shown_path == path
    assert ("title", "Adult R (recovered)", ADULT_R_TITLE) in differences
    assert len(snapshots()) == 1 and banner.isVisible()

    button(banner, "recovery:discard").click()
    (title, _message, verb), = prompter.asked("confirm")
    assert verb == "Discard"
    assert snapshots() == []
    assert not banner.isVisible()
    assert window.controller.current is None


def test_a_record_that_was_never_saved_is_restored_as_a_new_unsaved_one(
        make_window: MakeWindow, workspace: Path, qtbot):
    data = dump(load_record(workspace / BRADFORD).record)
    data["id"] = "0b6f6a3e-2c55-4f5e-9d8e-5a1d1c3f0a11"
    data["title"] = "A news item nobody saved"
    data["slug"] = "Not A Valid Slug Yet"  # half-typed: recovered all the same
    RecoveryStore().write(data, None, None)
    window = make_window(workspace)
    banner = child(window, QWidget, "banner:recovery")
    assert "never saved" in banner_texts(banner)[0]
    assert not button(banner, "recovery:compare").isEnabled()  # nothing on disk to compare
    button(banner, "recovery:restore").click()
    current = window.controller.current
    assert current is not None and current.path is None
    assert current.document.data == data
    assert window.isWindowModified()
    assert window.controller.problems  # the slug still needs correcting before a save


def test_restoring_over_a_file_someone_changed_since_asks_before_saving(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    _leave_snapshot(path, "Adult R (recovered)")
    retitle_on_disk(path, "Adult R (a colleague's version)")
    prompter = FakePrompter(ask_conflict=["cancel"])
    window = make_window(workspace, prompter)
    button(child(window, QWidget, "banner:recovery"), "recovery:restore").click()
    assert title_field(window).text() == "Adult R (recovered)"
    trigger_save(window)
    assert len(prompter.asked("ask_conflict")) == 1
    assert load_record(path).record.title == "Adult R (a colleague's version)"


def test_a_snapshot_follows_an_edit_after_two_seconds_and_goes_on_save_and_close(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    window = make_window(path)
    type_in_title(window, qtbot, " (draft)")
    edited = time.monotonic()
    qtbot.waitUntil(lambda: bool(snapshots()), timeout=4000)
    assert time.monotonic() - edited >= 1.8
    (snapshot,) = snapshots()
    saved = json.loads(snapshot.read_text(encoding="utf-8"))
    assert saved["data"] == window.controller.current.document.data
    assert saved["record_path"] == str(path)
    trigger_save(window)
    assert snapshots() == []

    type_in_title(window, qtbot, " again")
    qtbot.waitUntil(lambda: bool(snapshots()), timeout=4000)
    action(window, "close").trigger()  # the close prompt: discard
    assert snapshots() == []
    assert not locks.lock_path(path).exists()

    window.open_file(path)
    type_in_title(window, qtbot, " and again")
    qtbot.waitUntil(lambda: bool(snapshots()), timeout=4000)
    window.close()
    assert snapshots() == []
    assert not locks.lock_path(path).exists()


def test_while_typing_a_snapshot_is_taken_at_least_every_four_seconds(
        make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / ADULT_R)
    written: list[float] = []
    window.never_lose.autosave.written.connect(lambda _path: written.append(time.monotonic()))
    started = time.monotonic()
    field = title_field(window)
    field.setFocus()
    field.end(False)
    while time.monotonic() - started < 6.5:  # never idle for 2 s
        qtbot.keyClicks(field, "x")
        qtbot.wait(400)
    assert written, "no snapshot while typing"
    times = [started, *written]
    gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
    assert max(gaps) <= 4.5
    assert len(written) >= 1 and written[0] - started <= 4.5


def test_nothing_but_the_record_and_its_lock_is_written_in_the_record_folder(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    before = sorted(p.name for p in workspace.iterdir())
    created: list[Path] = []
    real_open = os.open

    def watching_open(file, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & os.O_CREAT:
            created.append(Path(os.fsdecode(file)))
        return real_open(file, flags, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "open", watching_open)
        window = make_window(path)
        type_in_title(window, qtbot, " (draft)")
        qtbot.waitUntil(lambda: bool(snapshots()), timeout=4000)
        trigger_save(window)
        type_in_title(window, qtbot, " (more)")
        qtbot.waitUntil(lambda: bool(snapshots()), timeout=4000)
        window.close()

    in_folder = [p for p in created if p.parent == workspace]
    lock = locks.lock_path(path)
    assert lock in in_folder
    claim = claims.claim_path(path)  # held only around check-and-replace, then removed
    for written in in_folder:
        assert written in (lock, claim) or (
            atomic.is_temp_name(written.name)
            and written.name.startswith(f"{atomic.TEMP_PREFIX}{ADULT_R}."))
    assert sorted(p.name for p in workspace.iterdir()) == before
    # The snapshots and the backup went to app data.
    assert any(p.parent == paths.recovery_dir() for p in created)
    assert BackupStore().list(str(load_record(path).record.id))


# version history ----------------------------------------------------------------------------

def test_versions_lists_each_save_and_restores_one_as_an_undoable_edit(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    window = make_window(path)
    contents = [path.read_bytes()]
    for number in (1, 2, 3):
        set_title(window, qtbot, f"Adult R, draft {number}")
        trigger_save(window)
        assert not window.isWindowModified()
        contents.append(path.read_bytes())

    action(window, "versions").trigger()
    dialog = child(window, QDialog, "dialog:versions")
    assert dialog.isVisible()
    versions = child(dialog, QListWidget, "versions:list")
    assert versions.count() == 3  # what each save replaced, newest first
    for row in range(versions.count()):
        text = versions.item(row).text()
        assert user_name() in text and host_name() in text
    backups = BackupStore().list(str(window.controller.current.document.get("id")))
    assert [b.data() for b in backups] == [contents[2], contents[1], contents[0]]
    set_officer_display_name("Sam Officer")
    set_title(window, qtbot, "Adult R, draft 3 ")
    trigger_save(window)
    set_title(window, qtbot, "Adult R, draft 3")
    trigger_save(window)
    contents.append(path.read_bytes())
    dialog.close()
    dialog = window.never_lose.show_versions()
    versions = child(dialog, QListWidget, "versions:list")
    assert versions.count() == 5
    assert versions.item(0).text().endswith("— Sam Officer")  # the profile's name
    assert user_name() not in versions.item(0).text()

    versions.setCurrentRow(3)  # the record after the first save
    table = child(dialog, QTreeWidget, "versions:compare")
    rows = [(table.topLevelItem(i).text(0), table.topLevelItem(i).text(1),
             table.topLevelItem(i).text(2)) for i in range(table.topLevelItemCount())]
    assert rows == [("Title", "Adult R, draft 1", "Adult R, draft 3")]  # labels, not paths
    words = child(dialog, QTextBrowser, "versions:words").toPlainText()
    assert "Title" in words and "1" in words and "3" in words  # the changed word, whole
    assert re.search(r"\d\d:\d\d:\d\d ", versions.item(1).text())  # to the second
    button(dialog, "versions:restore").click()
    assert not dialog.isVisible()
    assert title_field(window).text() == "Adult R, draft 1"
    assert window.isWindowModified()

    action(window, "undo").trigger()
    assert title_field(window).text() == "Adult R, draft 3"
    assert not window.isWindowModified()
    action(window, "redo").trigger()
    trigger_save(window)
    assert path.read_bytes() == contents[1] == backups[1].data()  # byte-exact


def test_the_number_of_versions_kept_comes_from_the_settings(
        make_window: MakeWindow, workspace: Path, qtbot, documents: Path):
    from review_editor.ui.common.settings import Settings

    settings = Settings(None, {"versions_kept": 2})
    window = build_main_window(workspace / ADULT_R, documents_dir=documents,
                               prompter=FakePrompter(), clock=fixed_clock, settings=settings)
    qtbot.addWidget(window)
    for number in range(4):
        window.form.set_value("title", f"Adult R, draft {number}")
        assert saved(window)
    record_id = str(window.controller.current.document.get("id"))
    assert len(BackupStore().list(record_id)) == 2


# locks ---------------------------------------------------------------------------------------

HOLDER = """
import sys
from pathlib import Path
from typing import Any
from review_editor.storage import locks
assert locks.acquire(Path(sys.argv[1])) is None
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def other_editor(workspace: Path) -> Iterator[subprocess.Popen[str]]:
    """Another running editor on this computer holding the lock on sar-adult-r.json."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(workspace / ADULT_R)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    yield process
    assert process.stdin is not None
    process.stdin.close()
    process.wait(10)


def test_a_record_another_editor_has_open_warns_and_opens_read_only(
        make_window: MakeWindow, workspace: Path, other_editor, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter(ask_locked=["read_only"])
    window = make_window(path, prompter)
    (info,), = prompter.asked("ask_locked")
    assert info.pid == other_editor.pid and info.host == host_name()
    assert info.describe().startswith(f"Being edited by {user_name()} on {host_name()} since")
    current = window.controller.current
    assert current is not None and current.read_only and current.path == path
    assert window.windowTitle().endswith("[read-only] — Review Editor")
    assert info.describe() in child(window, QWidget, "message:text").text()
    assert not action(window, "save").isEnabled()
    assert child(window, QWidget, "statusbar:read_only").isVisible()
    assert locks.read_lock(path).pid == other_editor.pid  # still theirs
    window.close()
    assert locks.read_lock(path).pid == other_editor.pid  # closing leaves their lock


def test_open_anyway_takes_the_lock_over_and_closing_removes_it(
        make_window: MakeWindow, workspace: Path, other_editor, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter(ask_locked=["open_anyway"])
    window = make_window(path, prompter)
    assert len(prompter.asked("ask_locked")) == 1
    assert not window.controller.current.read_only
    assert locks.read_lock(path).pid == os.getpid()
    type_in_title(window, qtbot, " (mine)")
    trigger_save(window)
    assert load_record(path).record.title.endswith("(mine)")
    window.close()
    assert not locks.lock_path(path).exists()


def test_cancel_at_the_lock_warning_keeps_what_was_open(
        make_window: MakeWindow, workspace: Path, other_editor, qtbot):
    prompter = FakePrompter(ask_locked=["cancel"])
    window = make_window(workspace / BRADFORD, prompter)
    assert not window.open_file(workspace / ADULT_R)
    assert window.controller.current.path == workspace / BRADFORD


class LockAnsweredLater(FakePrompter):
    """Keeps the lock question open until the test answers it."""

    def ask_locked(self, info: Any, answer: Any) -> None:
        self.calls.append(("ask_locked", (info,)))
        self.answer_lock = answer


def test_a_lock_answered_after_the_start_opens_the_record_validated(
        qtbot, app_home: Path, documents: Path, workspace: Path, other_editor):
    path = workspace / ADULT_R
    prompter = LockAnsweredLater()
    window = build_main_window(path, documents_dir=documents, prompter=prompter,
                               clock=fixed_clock, staged=True)
    qtbot.addWidget(window)
    assert len(prompter.asked("ask_locked")) == 1
    assert window.controller.current is None  # the start has ended; the question waits
    prompter.answer_lock("open_anyway")
    current = window.controller.current
    assert current is not None and current.path == path
    assert not current.provisional and not current.read_only  # validated, and editable
    assert locks.read_lock(path).pid == os.getpid()
    window.close()


def test_a_lock_left_by_a_crash_is_taken_over_silently(make_window: MakeWindow,
                                                      workspace: Path, qtbot):
    path = workspace / ADULT_R
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead_pid = int(finished.stdout)
    locks.lock_path(path).write_text(json.dumps({
        "user": user_name(), "host": host_name(), "pid": dead_pid,
        "since": "2026-11-25T09:00:00+00:00"}), encoding="utf-8")
    prompter = FakePrompter()
    window = make_window(path, prompter)
    assert prompter.asked("ask_locked") == []
    assert not window.controller.current.read_only
    assert locks.read_lock(path).pid == os.getpid()
    window.close()
    assert not locks.lock_path(path).exists()


def opened_while_a_colleague_edits(make_window: MakeWindow, path: Path,
                                   prompter: FakePrompter) -> MainWindow:
    """``path`` opened while Sam, on another computer, holds its lock."""
    from datetime import UTC, datetime

    locks.lock_path(path).write_text(json.dumps({
        "user": "sam.okafor", "host": "LAPTOP-7", "pid": 4242,
        "since": datetime.now(UTC).isoformat()}), encoding="utf-8")
    return make_window(path, prompter)


def test_a_colleague_on_another_computer_is_named_in_the_warning(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter(ask_locked=["read_only"])
    window = opened_while_a_colleague_edits(make_window, path, prompter)
    (info,), = prompter.asked("ask_locked")
    assert info.describe().startswith("Being edited by sam.okafor on LAPTOP-7 since ")
    assert window.controller.current.read_only
    window.close()
    assert locks.read_lock(path).host == "LAPTOP-7"


def test_save_as_of_a_record_a_colleague_holds_gives_an_editable_copy_of_ones_own(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    original = path.read_bytes()
    copy = workspace / "adult-r-my-copy.json"
    prompter = FakePrompter(ask_locked=["read_only"], choose_save_path=[copy])
    window = opened_while_a_colleague_edits(make_window, path, prompter)
    assert window.controller.current.held_by
    trigger_save(window, "save_as")
    current = window.controller.current
    assert current.path == copy and not current.read_only and not current.held_by
    assert action(window, "save").isEnabled()
    assert "sam.okafor" not in window.status.read_only.toolTip()
    assert locks.read_lock(copy).pid == os.getpid()  # the copy is ours to edit
    assert locks.read_lock(path).host == "LAPTOP-7"  # theirs is still theirs
    assert path.read_bytes() == original
    window.close()


# a file marked read-only -------------------------------------------------------------------

def test_a_file_marked_read_only_opens_read_only_and_says_why(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    original = path.read_bytes()
    path.chmod(0o444)
    prompter = FakePrompter(choose_save_path=[workspace / "adult-r-copy.json"])
    window = make_window(path, prompter)
    current = window.controller.current
    assert current.read_only and current.marked_read_only and not current.held_by
    assert window.status.currentMessage() == (
        f"{ADULT_R} opened read-only: the file is read-only on disk.")
    assert "the file is read-only on disk" in child(window, QLabel, "message:text").text()
    assert window.status.read_only.isVisible()
    assert "read-only on disk" in window.status.read_only.toolTip()
    assert not action(window, "save").isEnabled()
    assert title_field(window).isReadOnly()
    assert prompter.asked("ask_locked") == []
    assert not locks.lock_path(path).exists()  # nothing to lock: it is not being edited
    window.controller.save()
    (title, message), = prompter.asked("show_error")
    assert "read-only on disk" in message and "Save As" in message
    trigger_save(window, "save_as")  # a copy of one's own can be edited
    assert not window.controller.current.read_only
    assert action(window, "save").isEnabled()
    assert path.read_bytes() == original
    window.close()
    path.chmod(0o644)


# changes made by someone else -------------------------------------------------------------

def test_a_file_replaced_on_disk_is_reloaded_within_two_seconds_when_nothing_is_unsaved(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter()
    window = make_window(path, prompter)
    for number in (1, 2):  # the watch is re-armed after each replace
        theirs = json.loads(path.read_text(encoding="utf-8"))
        theirs["title"] = f"Adult R (their edit {number})"
        started = time.monotonic()
        replace_on_disk(path, theirs)
        qtbot.waitUntil(lambda n=number: title_field(window).text()
                        == f"Adult R (their edit {n})", timeout=2000)
        assert time.monotonic() - started < 2.0
        assert not window.isWindowModified()
        assert window.controller.current.sha256 == load_record(path).sha256
        assert window.status.currentMessage() == f"Reloaded {ADULT_R}: someone else changed it."
    assert prompter.asked("ask_external_change") == []


def test_a_read_only_window_reloads_a_colleagues_save_without_asking(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter(ask_locked=["read_only"])
    window = opened_while_a_colleague_edits(make_window, path, prompter)
    assert window.controller.current.read_only
    retitle_on_disk(path, "Adult R (saved by Sam)")
    qtbot.waitUntil(lambda: title_field(window).text() == "Adult R (saved by Sam)",
                    timeout=2000)
    assert prompter.asked("ask_external_change") == []
    current = window.controller.current
    assert current.read_only and current.held_by  # still theirs to edit
    assert window.status.currentMessage() == f"Reloaded {ADULT_R}: someone else changed it."
    assert not window.isWindowModified()
    assert locks.read_lock(path).host == "LAPTOP-7"
    window.grab().save(str(workspace.parent / "read-only-reloaded.png"))
    window.close()


def test_with_unsaved_changes_reload_takes_their_version(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter(ask_external_change=["reload"])
    window = edited_while_they_save(make_window, path, prompter, qtbot)
    qtbot.waitUntil(lambda: len(prompter.asked("ask_external_change")) == 1, timeout=2000)
    assert title_field(window).text() == "Adult R (theirs)"
    assert not window.isWindowModified()


def test_keep_mine_keeps_the_edits_and_the_next_save_asks_about_the_conflict(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter(ask_external_change=["compare", "keep"], ask_conflict=["cancel"])
    window = edited_while_they_save(make_window, path, prompter, qtbot)
    qtbot.waitUntil(lambda: len(prompter.asked("ask_external_change")) == 2, timeout=2000)
    (_, differences), = prompter.asked("show_comparison")
    assert ("title", ADULT_R_TITLE + " (mine)", "Adult R (theirs)") in differences
    assert title_field(window).text() == ADULT_R_TITLE + " (mine)"
    assert window.isWindowModified()
    qtbot.wait(1200)  # the watcher polls again: the same change is not asked about twice
    assert len(prompter.asked("ask_external_change")) == 2
    trigger_save(window)
    assert len(prompter.asked("ask_conflict")) == 1
    assert load_record(path).record.title == "Adult R (theirs)"
    assert window.isWindowModified()


def _silence_the_watch(window: MainWindow) -> None:
    """As on a network share that sends no notifications, between two polls."""
    watcher = window.never_lose.external.watcher
    for fs_watch in watcher.findChildren(QFileSystemWatcher):
        fs_watch.blockSignals(True)
    for timer in watcher.findChildren(QTimer):
        timer.stop()


def test_the_file_is_checked_when_the_window_or_the_app_regains_focus(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter()
    window = make_window(path, prompter)
    qtbot.wait(100)  # the activation that showed the window has been handled
    _silence_the_watch(window)
    type_in_title(window, qtbot, " (mine)")  # only unsaved changes are asked about
    retitle_on_disk(path, "Adult R (changed while away)")
    qtbot.wait(300)
    assert prompter.asked("ask_external_change") == []
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: len(prompter.asked("ask_external_change")) == 1, timeout=1000)

    retitle_on_disk(path, "Adult R (changed again)")
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: len(prompter.asked("ask_external_change")) == 2, timeout=1000)


# saving never loses or freezes ---------------------------------------------------------------

def test_a_full_disk_is_reported_and_leaves_the_file_and_the_unsaved_changes(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    original = path.read_bytes()
    prompter = FakePrompter()
    window = make_window(path, prompter)
    listing = sorted(p.name for p in workspace.iterdir())  # the records and the lock
    type_in_title(window, qtbot, " (edited)")

    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomic.os, "write", disk_full)
        saved(window)  # begins, then fails off the UI thread
    (title, message), = prompter.asked("show_error")
    assert ADULT_R in message and "disk is full" in message
    assert path.read_bytes() == original
    assert not window.undo_stack.isClean()
    assert window.isWindowModified()
    assert child(window, QWidget, "statusbar:state").text() == "Unsaved changes"
    assert sorted(p.name for p in workspace.iterdir()) == listing  # no temp file left
    trigger_save(window)  # space again: the same changes save
    assert load_record(path).record.title == ADULT_R_TITLE + " (edited)"


def _sharing_violation_for(seconds: float, patch: pytest.MonkeyPatch) -> list[float]:
    """Every os.replace fails as on Windows while a scanner holds the file, for a while."""
    real_replace = os.replace
    since: list[float] = []

    def held(source, target):  # type: ignore[no-untyped-def]
        if not since:
            since.append(time.monotonic())
        if time.monotonic() - since[0] < seconds:
            error = PermissionError(errno.EACCES, "The process cannot access the file")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(source, target)

    patch.setattr(atomic.os, "replace", held)
    return since


def test_a_save_that_retries_runs_off_the_ui_thread_and_never_stalls_it(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    window = make_window(path)
    type_in_title(window, qtbot, " (saved through a lock)")
    qtbot.wait(300)  # the preview and the checks catch up first
    status = child(window, QWidget, "statusbar:state")
    gaps: list[float] = []
    seen: set[str] = set()
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now
        seen.add(status.text())

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    with pytest.MonkeyPatch.context() as patch:
        since = _sharing_violation_for(1.5, patch)
        started = time.monotonic()
        assert saved(window)
        timer.stop()
    assert time.monotonic() - started >= 1.5 and since
    assert load_record(path).record.title.endswith("(saved through a lock)")
    assert not window.isWindowModified()
    assert "Saving…" in seen
    assert len(gaps) > 50
    assert max(gaps) < 0.2, f"the event loop stalled for {max(gaps):.3f} s"


def test_typing_during_a_save_goes_on_and_stays_unsaved(make_window: MakeWindow,
                                                       workspace: Path, qtbot):
    """No nested event loop: the save answers through a signal, so keys typed while it
    runs reach the form at once; the file holds what was there when the save began."""
    path = workspace / ADULT_R
    window = make_window(path)
    type_in_title(window, qtbot, " (saved)")
    with pytest.MonkeyPatch.context() as patch:
        _sharing_violation_for(0.8, patch)
        assert window.controller.save()
        assert window.controller.saving
        type_in_title(window, qtbot, " (typed meanwhile)")
        assert title_field(window).text().endswith("(saved) (typed meanwhile)")
        wait_for_saves(window)
    assert load_record(path).record.title == ADULT_R_TITLE + " (saved)"
    assert window.isWindowModified()  # the later words are not saved yet
    trigger_save(window)
    assert load_record(path).record.title == ADULT_R_TITLE + " (saved) (typed meanwhile)"
    assert not window.isWindowModified()


def test_closing_during_a_save_waits_for_it_and_a_second_save_is_refused(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter()
    window = make_window(path, prompter)
    record_id = str(window.controller.current.document.get("id"))
    type_in_title(window, qtbot, " (closing)")
    second: list[bool] = []
    visible_when_saved: list[bool] = []
    window.controller.saving_changed.connect(
        lambda saving: saving or visible_when_saved.append(window.isVisible()))
    with pytest.MonkeyPatch.context() as patch:
        _sharing_violation_for(1.0, patch)
        QTimer.singleShot(200, lambda: second.append(window.controller.save()))
        QTimer.singleShot(300, window.close)
        assert saved(window)
    assert second == [False]  # no double save
    assert visible_when_saved == [True]  # the close waited for the save...
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)  # ...then happened
    assert prompter.asked("ask_save_changes") == []  # saved: nothing to ask
    assert load_record(path).record.title.endswith("(closing)")
    assert len(BackupStore().list(record_id)) == 1
    assert not locks.lock_path(path).exists()


# sync conflict copies -------------------------------------------------------------------------

def test_a_onedrive_conflict_copy_is_noticed_and_offered_for_comparison(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    theirs = json.loads(path.read_text(encoding="utf-8"))
    theirs["title"] = "Adult R (saved on the laptop)"
    copy = workspace / "sar-adult-r-LAPTOP-7.json"
    copy.write_text(json.dumps(theirs, indent=2) + "\n", encoding="utf-8")
    # Same start of name, another record: not a copy.
    shutil.copyfile(workspace / BRADFORD, workspace / "sar-adult-r-summary.json")
    prompter = FakePrompter()
    window = make_window(path, prompter)
    banner = child(window, QWidget, "banner:conflict-copy")
    assert banner.isVisible()
    (text,) = banner_texts(banner)
    assert copy.name in text and ADULT_R in text
    button(banner, "conflict-copy:compare").click()
    (shown, differences), = prompter.asked("show_comparison")
    assert shown == copy
    assert differences == [("title", ADULT_R_TITLE, "Adult R (saved on the laptop)")]

    second = workspace / "sar-adult-r (1).json"  # appears while the record is open
    second.write_bytes(path.read_bytes())
    qtbot.waitUntil(lambda: len(banner_texts(banner)) == 2, timeout=2000)
    assert any(second.name in text for text in banner_texts(banner))
    for dismiss in banner.findChildren(QPushButton, "conflict-copy:dismiss"):
        dismiss.click()
    assert not banner.isVisible()


def test_conflict_copies_are_found_by_name_and_record_id(workspace: Path):
    assert is_copy_name("sar-adult-r", "sar-adult-r-LAPTOP-7")
    assert is_copy_name("sar-adult-r", "sar-adult-r (1)")
    assert is_copy_name("sar-adult-r", "SAR-Adult-R (copy)")
    assert not is_copy_name("sar-adult-r", "sar-adult-r")
    assert not is_copy_name("sar-adult-r", "sar-adult-rx")
    shutil.copyfile(workspace / ADULT_R, workspace / "sar-adult-r-DESKTOP-1.json")
    shutil.copyfile(workspace / BRADFORD, workspace / "sar-adult-r-notes.json")
    found = find_conflict_copies(workspace)
    assert [(c.original.name, c.copy.name) for c in found] == \
        [(ADULT_R, "sar-adult-r-DESKTOP-1.json")]
    assert find_conflict_copies(workspace, only=workspace / BRADFORD) == []


def test_a_change_met_by_a_save_is_asked_about_once_in_the_conflict_dialog(
        make_window: MakeWindow, workspace: Path, qtbot):
    path = workspace / ADULT_R
    prompter = FakePrompter(ask_conflict=["cancel"])
    window = edited_while_they_save(make_window, path, prompter, qtbot)
    trigger_save(window)  # before the watcher has looked
    assert len(prompter.asked("ask_conflict")) == 1
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # the dialog closed
    qtbot.wait(1200)
    assert prompter.asked("ask_external_change") == []
    assert window.isWindowModified()


def test_when_no_earlier_version_can_be_kept_the_record_is_still_saved(
        make_window: MakeWindow, workspace: Path, qtbot, monkeypatch):
    def app_data_full(self, record_id, data, source):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(BackupStore, "add", app_data_full)
    path = workspace / ADULT_R
    window = make_window(path)
    type_in_title(window, qtbot, " (kept)")
    assert saved(window)
    assert load_record(path).record.title.endswith("(kept)")
    message = window.status.currentMessage()
    assert "could not be kept in its history" in message and ADULT_R in message


def test_conflict_copies_are_noticed_when_a_folder_is_opened(make_window: MakeWindow,
                                                              workspace: Path, qtbot):
    shutil.copyfile(workspace / BRADFORD,
                    workspace / "thematic-review-into-cse-in-bradford (1).json")
    window = make_window(workspace)
    assert window.controller.current is None
    banner = child(window, QWidget, "banner:conflict-copy")
    assert banner.isVisible()
    (text,) = banner_texts(banner)
    assert "thematic-review-into-cse-in-bradford (1).json" in text
    button(banner, "conflict-copy:open").click()
    assert window.controller.current.path == \
        workspace / "thematic-review-into-cse-in-bradford (1).json"


def test_a_version_saved_with_a_note_shows_the_note_in_versions(
        make_window: MakeWindow, workspace: Path, qtbot, monkeypatch: pytest.MonkeyPatch):
    from review_editor.ui.never_lose import version_note

    path = workspace / ADULT_R
    window = make_window(path)
    monkeypatch.setattr(version_note, "ask_note_in_dialog",
                        lambda parent, answer: answer(None))
    set_title(window, qtbot, "Adult R, cancelled note")
    trigger_save(window, "save_with_note")  # no note given: nothing is saved
    assert window.isWindowModified()
    monkeypatch.setattr(version_note, "ask_note_in_dialog", lambda parent, answer: answer(
        "Chair's quote added after the board meeting"))
    set_title(window, qtbot, "Adult R, with the chair's quote")
    trigger_save(window, "save_with_note")
    assert not window.isWindowModified()
    set_title(window, qtbot, "Adult R, later")
    trigger_save(window)  # keeps the noted version as a backup

    dialog = window.never_lose.show_versions()
    versions = child(dialog, QListWidget, "versions:list")
    texts = [versions.item(row).text() for row in range(versions.count())]
    assert texts[0].endswith("“Chair's quote added after the board meeting”")
    assert all("Chair's quote" not in text for text in texts[1:])
    record_id = str(window.controller.current.document.get("id"))
    noted = BackupStore().list(record_id)[0]
    assert b"with the chair's quote" in noted.data()
