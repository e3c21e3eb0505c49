"""Lock files that warn a colleague: ``.~lock.<name>#`` beside the record.

The lock is advisory (a synced folder offers nothing stronger): it says who is editing,
on which machine, since when. It is created exclusively, removed on close, and recognised
as stale when the process that made it on this machine is gone, or when it is older than
``STALE_AFTER`` (a laptop that crashed elsewhere).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .identity import host_name, user_name

STALE_AFTER = timedelta(hours=12)


def lock_path(record_path: Path) -> Path:
    return record_path.with_name(f".~lock.{record_path.name}#")


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: datetime

    def describe(self) -> str:
        local = self.since.astimezone()
        return f"Being edited by {self.user} on {self.host} since {local:%H:%M on %d %b %Y}"

    def is_mine(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()

    def is_stale(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(UTC)
        if self.host == host_name() and not process_alive(self.pid):
            return True
        return now - self.since > STALE_AFTER


def read_lock(record_path: Path) -> LockInfo | None:
    try:
        raw = json.loads(lock_path(record_path).read_text(encoding="utf-8"))
        return LockInfo(str(raw["user"]), str(raw["host"]), int(raw["pid"]),
                        datetime.fromisoformat(raw["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable or from another program: held by someone unknown since it was written.
        try:
            mtime = lock_path(record_path).stat().st_mtime
        except OSError:
            return None
        return LockInfo("someone", "another computer", -1, datetime.fromtimestamp(mtime, UTC))


def acquire(record_path: Path, *, force: bool = False) -> LockInfo | None:
    """Take the lock. Returns None on success, or the holder's info if someone else has
    it (and it is not stale). ``force`` replaces another holder's lock ("open anyway")."""
    holder = read_lock(record_path)
    if holder is not None and not holder.is_mine():
        if not force and not holder.is_stale():
            return holder
        release(record_path, only_mine=False)
    info = {"user": user_name(), "host": host_name(), "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat()}
    target = lock_path(record_path)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        if holder is not None and holder.is_mine():
            return None
        return read_lock(record_path)  # someone won the race
    except OSError:
        return None  # read-only folder: editing still works; nobody can be warned
    try:
        os.write(fd, json.dumps(info).encode("utf-8"))
    finally:
        os.close(fd)
    return None


def release(record_path: Path, *, only_mine: bool = True) -> None:
    holder = read_lock(record_path)
    if holder is None or (only_mine and not holder.is_mine()):
        return
    with contextlib.suppress(OSError):
        os.unlink(lock_path(record_path))


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
