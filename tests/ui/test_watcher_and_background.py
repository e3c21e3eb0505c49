"""External changes are noticed quickly; saves that retry never freeze the window."""

from __future__ import annotations

import errno
import os
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer

from review_editor.model import LONDON, new_record
from review_editor.storage import atomic, load_record, save_record
from review_editor.ui.common.background import BackgroundRunner
from review_editor.ui.never_lose.watcher import RecordWatcher

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=LONDON)


def _replace(path: Path, data: bytes) -> None:
    temp = path.with_name(".external.tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


def test_a_hundred_external_replaces_are_each_detected_within_two_seconds(
        qtbot, tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    sha = save_record(new_record("news_item", "Original", NOW), path)
    watcher = RecordWatcher()
    watcher.watch(path, sha)
    base = path.read_bytes()
    worst = 0.0
    for number in range(100):
        content = base.replace(b'"Original"', f'"Edit {number:03d}"'.encode())
        started = time.monotonic()
        with qtbot.waitSignal(watcher.changed, timeout=2000) as blocker:
            _replace(path, content)
        worst = max(worst, time.monotonic() - started)
        changed_path, new_sha = blocker.args
        assert changed_path == path
        assert new_sha == load_record(path).sha256
        watcher.accept(new_sha)  # the user reloaded
    assert worst < 2.0
    watcher.unwatch()


def test_a_change_keeping_size_and_mtime_is_caught_on_check(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    sha = save_record(new_record("news_item", "Alpha", NOW), path)
    watcher = RecordWatcher(poll_ms=60000)
    watcher.watch(path, sha)
    stat = os.stat(path)
    with open(path, "r+b") as handle:  # in place, same size
        data = handle.read().replace(b'"Alpha"', b'"Omega"')
        handle.seek(0)
        handle.write(data)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    reports: list[object] = []
    watcher.changed.connect(lambda *args: reports.append(args))
    assert watcher.check_now()
    assert watcher.check_now()  # still differs...
    assert len(reports) == 1  # ...but is reported once
    watcher.accept(load_record(path).sha256)
    assert watcher.check_now() is False


def test_own_save_is_not_reported(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    record = new_record("news_item", "Alpha", NOW)
    sha = save_record(record, path)
    watcher = RecordWatcher()
    watcher.watch(path, sha)
    reports: list[object] = []
    watcher.changed.connect(lambda *args: reports.append(args))
    new_sha = save_record(record.model_copy(update={"title": "Beta"}), path,
                          expected_sha256=sha)
    watcher.accept(new_sha)
    qtbot.wait(300)
    assert reports == []


def test_a_sharing_violation_that_clears_lets_the_save_succeed_without_stalling_the_ui(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "record.json"
    record = new_record("news_item", "Before", NOW)
    sha = save_record(record, path)
    real_replace = os.replace
    started = time.monotonic()

    def locked_for_a_while(source, target):  # type: ignore[no-untyped-def]
        if time.monotonic() - started < 1.5:
            error = PermissionError(errno.EACCES, "The process cannot access the file")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", locked_for_a_while)
    runner = BackgroundRunner()
    results: list[object] = []
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    updated = record.model_copy(update={"title": "After"})
    runner.run(lambda: save_record(updated, path, expected_sha256=sha),
               lambda result, error: results.append(error or result))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    timer.stop()
    assert isinstance(results[0], str)  # the new hash: saved
    assert load_record(path).record.title == "After"
    assert time.monotonic() - started >= 1.5
    assert max(gaps) < 0.2, f"the event loop stalled for {max(gaps):.3f} s"
    runner.shutdown()
