"""Atomic replacement of a file's content.

temp file in the same folder → write, checking the length written → fsync → claim the file
(``claims``) → optional check → ``os.replace`` (retried while Windows reports a sharing
violation) → release the claim → fsync the folder (POSIX only). The file is never deleted
first and never written in place, so at every instant it holds either the old content or
the new one. A symbolic link is followed: its target is replaced and the link stays a link.
The file's permissions are kept. Only a regular file is ever replaced (``special``).
Low-level ``os`` calls only, with no buffered layer, so there is nothing to flush and
fault-injection tests can patch each step.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

from . import claims
from .special import NotRegularFile, kind_of

TEMP_PREFIX = ".~re-"
TEMP_SUFFIX = ".tmp"

#: Windows: ERROR_ACCESS_DENIED (5) and ERROR_SHARING_VIOLATION (32), raised while an
#: antivirus scanner, the search indexer or a sync client holds the file open.
SHARING_WINERRORS = (5, 32)
RETRY_SECONDS = 10.0

Sleeper = Callable[[float], None]
#: Called with the file about to be replaced, while the claim on it is held; raising
#: stops the save with nothing replaced (``files.save_record`` compares hashes here).
Check = Callable[[Path], None]


class FolderSyncError(OSError):
    """The new content is in place, but the folder could not be synced afterwards."""


def temp_path_for(path: Path) -> Path:
    return path.with_name(f"{TEMP_PREFIX}{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def is_temp_name(name: str) -> bool:
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def is_sharing_violation(error: OSError) -> bool:
    return getattr(error, "winerror", None) in SHARING_WINERRORS


def write_atomic(path: Path, data: bytes, *, sleep: Sleeper = time.sleep,
                 retry_seconds: float | None = None, check: Check | None = None) -> None:
    """Replace ``path``'s content with ``data``, or raise ``OSError`` leaving it untouched.

    ``check`` runs under the file's claim, just before the replace. A failure of the final
    folder fsync comes after the replace: the new content is then complete, no temp file
    remains, and ``FolderSyncError`` (its cause the original error) is raised.
    """
    target, mode = replacement_target(Path(path))
    temp = temp_path_for(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o666)
    try:
        try:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        with claims.claimed(target):
            if check is not None:
                check(target)
            replace_with_retry(temp, target, sleep=sleep, retry_seconds=retry_seconds)
    except BaseException:
        _discard(temp)
        raise
    try:
        fsync_folder(target.parent)
    except OSError as error:
        raise FolderSyncError(error.errno, error.strerror) from error


def replacement_target(path: Path) -> tuple[Path, int | None]:
    """The file a save of ``path`` replaces (a link's target) and the permission bits to
    keep (None for a new file); ``NotRegularFile`` for a pipe, device, socket or folder."""
    try:
        if os.path.islink(path):
            path = Path(os.path.realpath(path))
        info = os.stat(path)
    except FileNotFoundError:
        return path, None
    kind = kind_of(info.st_mode)
    if kind is not None:
        raise NotRegularFile(path, kind)
    return path, stat.S_IMODE(info.st_mode) & 0o777


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    written = 0
    while written < len(data):
        count = os.write(fd, view[written:])
        if count <= 0:
            raise OSError(errno.EIO, "the disk accepted no more bytes")
        written += count
    if written != len(data):
        raise OSError(errno.EIO, f"wrote {written} of {len(data)} bytes")


def replace_with_retry(source: Path, target: Path, *, sleep: Sleeper = time.sleep,
                       retry_seconds: float | None = None) -> None:
    limit = RETRY_SECONDS if retry_seconds is None else retry_seconds
    deadline = time.monotonic() + limit
    delay = 0.05
    while True:
        try:
            os.replace(source, target)
            return
        except OSError as error:
            if not is_sharing_violation(error) or time.monotonic() + delay > deadline:
                raise
            sleep(delay)
            delay = min(delay * 2, 1.0)


def fsync_folder(folder: Path) -> None:
    # Windows cannot open a folder to fsync it; NTFS journals the rename itself.
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(temp: Path) -> None:
    try:
        os.unlink(temp)
    except FileNotFoundError:
        pass
    except OSError:
        # Left behind, it is swept the next time the folder is opened.
        pass


def sweep_orphans(folder: Path, *, older_than: float = 60.0) -> list[Path]:
    """Remove temp files and claims a crashed save left behind. Young temp files may belong
    to a save in progress in another window, so they are left alone; a claim goes once it
    is stale (``claims``)."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if claims.is_claim_name(entry.name):
            if claims.remove_stale_leftover(Path(entry.path), older_than=older_than):
                removed.append(Path(entry.path))
            continue
        if not is_temp_name(entry.name) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            if now - entry.stat().st_mtime < older_than:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
