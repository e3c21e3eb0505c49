"""Lock files that warn a colleague who opens a record being edited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from review_editor.storage import locks
from review_editor.storage.identity import host_name


def test_acquire_writes_user_host_and_time_and_release_removes_it(tmp_path: Path) -> None:
    record = tmp_path / "a.json"
    record.write_text("{}")
    assert locks.acquire(record) is None
    lock = locks.lock_path(record)
    assert lock.name == ".~lock.a.json#"
    info = json.loads(lock.read_text())
    assert set(info) == {"user", "host", "pid", "since"}
    assert locks.acquire(record) is None  # taking our own lock again is fine
    locks.release(record)
    assert not lock.exists()


def test_a_colleagues_lock_is_reported_with_who_where_and_since(tmp_path: Path) -> None:
    record = tmp_path / "a.json"
    since = datetime.now(UTC) - timedelta(minutes=5)
    locks.lock_path(record).write_text(json.dumps(
        {"user": "j.bloggs", "host": "LAPTOP-42", "pid": 4242, "since": since.isoformat()}))
    holder = locks.acquire(record)
    assert holder is not None
    assert holder.describe().startswith("Being edited by j.bloggs on LAPTOP-42 since ")
    # Not ours to remove on close...
    locks.release(record)
    assert locks.lock_path(record).exists()
    # ...but "open anyway" takes it over.
    assert locks.acquire(record, force=True) is None
    assert locks.read_lock(record).is_mine()  # type: ignore[union-attr]


def test_a_lock_left_by_a_crashed_process_on_this_machine_is_stale(tmp_path: Path) -> None:
    record = tmp_path / "a.json"
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead_pid = int(child.stdout)
    locks.lock_path(record).write_text(json.dumps(
        {"user": "me", "host": host_name(), "pid": dead_pid,
         "since": datetime.now(UTC).isoformat()}))
    assert locks.read_lock(record).is_stale()  # type: ignore[union-attr]
    assert locks.acquire(record) is None
    assert locks.read_lock(record).pid == os.getpid()  # type: ignore[union-attr]


def test_an_old_lock_from_another_machine_is_stale(tmp_path: Path) -> None:
    record = tmp_path / "a.json"
    since = datetime.now(UTC) - locks.STALE_AFTER - timedelta(minutes=1)
    locks.lock_path(record).write_text(json.dumps(
        {"user": "x", "host": "ELSEWHERE", "pid": 1, "since": since.isoformat()}))
    assert locks.acquire(record) is None


def test_an_unreadable_lock_counts_as_held(tmp_path: Path) -> None:
    record = tmp_path / "a.json"
    locks.lock_path(record).write_text("garbage")
    holder = locks.acquire(record)
    assert holder is not None and holder.user == "someone"
