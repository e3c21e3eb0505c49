"""Recovery snapshots of the open record while it has unsaved changes.

``AutosavePolicy`` decides when (2 s after the last edit, at least every 4 s while edits keep
coming); one single-shot timer is re-armed to its next due time after every change. The
snapshot goes to local app data through ``RecoveryStore``, never to the record's folder, and
is removed when the record is saved, reverted or closed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...storage.recovery import AutosavePolicy, RecoveryStore
from ..record.controller import OpenRecord, RecordController

log = logging.getLogger(__name__)

RETRY_MS = 2000  # after a snapshot could not be written (disk full, for one)
BUSY_MS = 250  # while a save is under way: the save writes the record itself

SnapshotKey = tuple[str, Path | None]  # record id, record file


class Autosaver(QObject):
    written = Signal(Path)  # the snapshot file just written
    failed = Signal(str)  # the first of a run of snapshots that could not be written

    def __init__(self, controller: RecordController, store: RecoveryStore, *,
                 policy: AutosavePolicy | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self.policy = policy or AutosavePolicy()
        self._monotonic = monotonic
        self._key: SnapshotKey | None = None  # the open record's snapshot, written or not
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)

    # what the window tells it ------------------------------------------------------------

    def edited(self) -> None:
        """The document changed (an edit, an undo, a restore)."""
        if not self._editing():
            return
        if not self.controller.is_modified():
            self.forget()  # undone back to what is on disk
            return
        self.policy.edited(self._monotonic())
        self._arm()

    def record_changed(self) -> None:
        """Another record opened, or this one was saved, reloaded or closed: the snapshot of
        what was open before is no longer needed."""
        key = _key(self.controller.current)
        if self._key is not None and (key != self._key or not self.controller.is_modified()):
            self.store.discard(*self._key)
        self._key = key
        self.policy.saved()
        self.timer.stop()
        if key is not None and self.controller.is_modified():
            self.edited()  # opened with unsaved changes (recovered, imported)

    def forget(self) -> None:
        """Saved, discarded or closed: remove the snapshot and stop the timer."""
        if self._key is not None:
            self.store.discard(*self._key)
        self.policy.saved()
        self.timer.stop()

    def write_now(self) -> Path | None:
        current = self.controller.current
        if current is None or not self.controller.is_modified():
            return None
        try:
            target = self.store.write(current.document.snapshot(), current.path,
                                      current.sha256)
        except OSError as error:
            log.warning("recovery snapshot not written: %s", error)
            if not self._failing:
                self._failing = True
                self.failed.emit(error.strerror or str(error))
            self.timer.start(RETRY_MS)
            return None
        self._failing = False
        self._key = _key(current)
        self.policy.snapshotted(self._monotonic())
        self._arm()
        self.written.emit(target)
        return target

    # timing ---------------------------------------------------------------------------------

    def _editing(self) -> bool:
        current = self.controller.current
        return current is not None and not current.read_only

    def _arm(self) -> None:
        due = self.policy.due_at()
        if due is None:
            self.timer.stop()
            return
        self.timer.start(max(0, round((due - self._monotonic()) * 1000)))

    def _due(self) -> None:
        if not self._editing() or not self.controller.is_modified():
            self.policy.saved()
            return
        if self.controller.saving:
            self.timer.start(BUSY_MS)
            return
        if self.policy.is_due(self._monotonic()):
            self.write_now()
        else:
            self._arm()


def _key(current: OpenRecord | None) -> SnapshotKey | None:
    if current is None:
        return None
    return str(current.document.get("id") or ""), current.path
