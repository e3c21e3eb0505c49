"""Notices when the open record's file changes on disk, by anyone.

Three triggers, one test: a QFileSystemWatcher on the file and its folder (an atomic
replace swaps the file, so the file watch is re-armed every time), a light poll of the
file's stat signature (network shares and sync clients do not always notify), and
``check_now()`` when the window regains focus and before every save. The test is always
the content hash, never the mtime alone, so a change that keeps size and mtime is caught.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...storage.reading import MAX_FILE_BYTES
from ...storage.special import open_regular

POLL_MS = 1000


def _signature(path: Path) -> tuple[int, ...] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns)


def _hash(path: Path) -> str | None:
    try:
        # Only a regular file, and at most a record's size: a pipe would block the window.
        with open_regular(path) as handle:
            return hashlib.sha256(handle.read(MAX_FILE_BYTES + 1)).hexdigest()
    except OSError:
        return None


class RecordWatcher(QObject):
    """Emits ``changed(path, sha256 or None)`` when the file's content is no longer the one
    the editor knows; None means the file is gone."""

    changed = Signal(Path, object)

    def __init__(self, parent: QObject | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.known_sha: str | None = None
        self._reported: str | None = None
        self._signature: tuple[int, ...] | None = None
        self._fs = QFileSystemWatcher(self)
        self._fs.fileChanged.connect(self._poke)
        self._fs.directoryChanged.connect(self._poke)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(30)  # let a writer finish its burst of events
        self._pending.timeout.connect(self.check_now)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._poll_stat)

    def watch(self, path: Path, sha256: str) -> None:
        self.unwatch()
        self.path = path
        self.known_sha = sha256
        self._reported = None
        self._signature = _signature(path)
        self._arm()
        self._poll.start()

    def unwatch(self) -> None:
        watched = self._fs.files() + self._fs.directories()
        if watched:
            self._fs.removePaths(watched)
        self._poll.stop()
        self.path = None

    def accept(self, sha256: str | None) -> None:
        """The editor now holds this content (after its own save, or a reload)."""
        self.known_sha = sha256
        self._reported = None
        if self.path is not None:
            self._signature = _signature(self.path)
            self._arm()

    def check_now(self) -> bool:
        """True when the file differs from what the editor knows (and reports it once)."""
        if self.path is None:
            return False
        self._arm()
        self._signature = _signature(self.path)
        current = _hash(self.path)
        if current == self.known_sha:
            self._reported = None
            return False
        if current != self._reported or current is None:
            first = self._reported != current
            self._reported = current
            if first:
                self.changed.emit(self.path, current)
        return True

    def _arm(self) -> None:
        if self.path is None:
            return
        if str(self.path) not in self._fs.files() and self.path.exists():
            self._fs.addPath(str(self.path))
        folder = str(self.path.parent)
        if folder not in self._fs.directories():
            self._fs.addPath(folder)

    def _poke(self, *_: object) -> None:
        self._pending.start()

    def _poll_stat(self) -> None:
        if self.path is not None and _signature(self.path) != self._signature:
            self.check_now()
