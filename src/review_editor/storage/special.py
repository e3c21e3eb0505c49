"""Only regular files are read or replaced.

A named pipe (FIFO) blocks whoever opens it until something writes to it, a device such as
``/dev/zero`` never ends, and a socket cannot be opened at all; a symbolic link may point at
any of them. Every place that reads a file the user named (a record, an import source, an
attachment) or replaces one (a save, an export) asks here first, and opens through
``open_regular``, which cannot block at the open and checks what it opened, so a file
swapped for a pipe between the check and the open is refused too.

Standard library only: the crash tests load the atomic writer in a bare interpreter.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class NotRegularFile(OSError):
    """``path`` exists but is not a regular file (or a link to one)."""

    def __init__(self, path: Path | str, kind: str) -> None:
        self.path = Path(path)
        self.kind = kind
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file")

    def __str__(self) -> str:
        return f"{self.path.name}: {self.strerror}"


def kind_of(mode: int) -> str | None:
    """What a file of this ``st_mode`` is, in words, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def ensure_regular_file(path: Path | str) -> os.stat_result:
    """The file's status when it is a regular file or a link to one.

    Raises ``FileNotFoundError`` when nothing is there (a dangling link included) and
    ``NotRegularFile`` naming what is there otherwise. Never opens the file.
    """
    path = Path(path)
    info = os.stat(path)
    kind = kind_of(info.st_mode)
    if kind is not None:
        raise NotRegularFile(path, _through_link(path, kind))
    return info


def open_regular(path: Path | str) -> BinaryIO:
    """``path`` opened for binary reading, refusing anything but a regular file.

    The open itself cannot block (non-blocking for a pipe), and what was opened is checked,
    so the refusal holds even when the file is swapped between a check and the open.
    """
    path = Path(path)
    ensure_regular_file(path)
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | _NOCTTY | _BINARY)
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotRegularFile(path, _through_link(path, kind))
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path | str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file: more than ``limit`` means too large."""
    with open_regular(path) as handle:
        return handle.read(limit + 1)


def _through_link(path: Path, kind: str) -> str:
    if not os.path.islink(path):
        return kind
    return f"a link to {kind} ({os.path.realpath(path)})"
