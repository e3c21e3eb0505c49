"""A short-lived exclusive claim beside a file, held around "check, then replace".

Comparing a file's hash with the one seen at load and then replacing it are two steps; two
saves in different processes (or on two laptops sharing a folder) could both pass the check
and both replace, one edit silently lost. A claim makes the pair one step: the claim file
``.~claim.<name>#`` is created with O_CREAT|O_EXCL, which one process wins on a local disk
and on network shares that honour exclusive create. The loser waits for the claim to go,
then makes its own check, which now sees the winner's content: the conflict path.

A claim lives for milliseconds. One left by a crash is recovered once it is stale: its
process is gone (same machine) or it is older than ``STALE_AFTER`` seconds; folder scans
sweep stale ones too. On cloud-synced folders (no exclusive create across machines) the
sync's conflict copies stay the safety net.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .identity import host_name
from .locks import process_alive
from .special import NotRegularFile, read_regular

CLAIM_PREFIX = ".~claim."
CLAIM_SUFFIX = "#"
STALE_AFTER = 30.0
#: Longer than ``STALE_AFTER``, so a claim a crash left is recovered within one save.
WAIT_FOR = STALE_AFTER + 10.0
_GRAVE = ".stale-"
_BINARY = getattr(os, "O_BINARY", 0)


class ClaimBusy(OSError):
    """Another save of the same file held its claim for longer than a save takes."""

    def __init__(self, target: Path) -> None:
        super().__init__(errno.EBUSY, "another save of this file is still under way; "
                                      "try again in a moment")
        self.filename = str(target)


def claim_path(target: Path) -> Path:
    return target.with_name(f"{CLAIM_PREFIX}{target.name}{CLAIM_SUFFIX}")


def is_claim_name(name: str) -> bool:
    return name.startswith(CLAIM_PREFIX) and (name.endswith(CLAIM_SUFFIX) or _GRAVE in name)


@contextlib.contextmanager
def claimed(target: Path, *, wait_seconds: float | None = None) -> Iterator[None]:
    """Hold the claim on ``target`` for the ``with`` block; ``ClaimBusy`` if it stays taken."""
    path = claim_path(target)
    deadline = time.monotonic() + (WAIT_FOR if wait_seconds is None else wait_seconds)
    delay = 0.001
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
            break
        except FileExistsError:
            if remove_if_stale(path):
                continue
            if time.monotonic() >= deadline:
                raise ClaimBusy(target) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
    with _HELD_LOCK:
        _HELD.add(path)
    mine: os.stat_result | None = None
    try:
        try:
            mine = os.fstat(fd)
            os.write(fd, json.dumps({"pid": os.getpid(), "host": host_name(),
                                     "time": time.time()}).encode("utf-8"))
        finally:
            os.close(fd)
        yield
    finally:
        if mine is not None:
            _release(path, mine)
        with _HELD_LOCK:
            _HELD.discard(path)


#: The claims this process holds now. A claim naming this process that is not among them
#: is one it failed to remove (Windows refuses to delete a file a scanner has open): stale.
_HELD: set[Path] = set()
_HELD_LOCK = threading.Lock()


def _release(path: Path, mine: os.stat_result) -> None:
    # Only our own claim: compared by identity, without opening it. An antivirus scanner or
    # sync client may hold the new file open for a moment on Windows: try a few times.
    for delay in (0.01, 0.05, 0.2, None):
        try:
            if _same_file(os.stat(path), mine):
                os.unlink(path)
            return
        except PermissionError:
            if delay is None:
                return  # left behind: recognised as stale at this process's next save
            time.sleep(delay)
        except OSError:
            return


def remove_if_stale(path: Path, *, older_than: float = STALE_AFTER) -> bool:
    """Remove the claim at ``path`` if it is stale; True if it is gone now."""
    try:
        seen = os.stat(path)
        if not _is_stale(path, seen, older_than):
            return False
    except FileNotFoundError:
        return True
    except (OSError, ValueError):
        return False
    # Rename first, so that of several processes recovering the same stale claim only one
    # removes it; if what was renamed is a fresh claim made since, put it back.
    grave = path.with_name(f"{path.name}{_GRAVE}{secrets.token_hex(4)}")
    try:
        os.rename(path, grave)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if _same_file(os.stat(grave), seen):
            os.unlink(grave)
            return True
        with contextlib.suppress(OSError):
            os.link(grave, path)
        os.unlink(grave)
    except OSError:
        pass
    return not path.exists()


def remove_stale_leftover(path: Path, *, older_than: float) -> bool:
    """For folder sweeps: remove a stale claim, or a renamed one that a crash left behind
    in the middle of its recovery. True if it was removed."""
    if _GRAVE not in path.name:
        return path.exists() and remove_if_stale(path, older_than=older_than)
    try:
        if time.time() - os.stat(path).st_mtime < older_than:
            return False
        os.unlink(path)
        return True
    except OSError:
        return False


def _is_stale(path: Path, seen: os.stat_result, older_than: float) -> bool:
    try:
        raw = json.loads(read_regular(path, 4096) or b"null")
    except FileNotFoundError:
        raise
    except NotRegularFile:
        return False  # not a claim this program made: never removed
    except (OSError, ValueError):
        raw = None
    if isinstance(raw, dict):
        try:
            pid, host, since = int(raw["pid"]), str(raw["host"]), float(raw["time"])
        except (KeyError, TypeError, ValueError):
            pass
        else:
            if host == host_name() and pid == os.getpid():
                with _HELD_LOCK:
                    return path not in _HELD
            if host == host_name() and not process_alive(pid):
                return True
            return time.time() - since > older_than
    # Empty (its maker is about to write it, or crashed first) or from another program.
    return time.time() - seen.st_mtime > older_than


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_ino, a.st_dev) == (b.st_ino, b.st_dev)
