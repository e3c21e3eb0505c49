"""Never lose work: the window's recovery snapshots, version history, locks, external
changes, conflict copies and saves that never freeze it, wired together.

``NeverLoseWork`` is made once by the composition root, before a record opens, from the
services the root built (the saver that keeps each previous version, the record's lock,
the recovery snapshots, the watch on the open file). It keeps them in step with the open
record, watches its folder for conflict copies, offers the versions saving kept, and at
start offers the unsaved changes a crash left behind.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from ...model.dates import format_datetime
from ...paths import same_path
from ...storage import IndexEntry, LoadError, locks
from ...storage.identity import host_name
from ...storage.recovery import RecoveryStore, Snapshot
from ...storage.versions import Backup
from ..record.compare import differences
from .autosave import Autosaver
from .conflict_copies import ConflictCopy, find_conflict_copies
from .recovery_banner import ConflictCopyBanner, RecoveryBanner
from .replace_command import ReplaceDocumentCommand
from .shared_folder import ExternalChanges, LockKeeper, comparable

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ..form import RecordForm
    from ..library.panel import LibraryPanel
    from ..record.controller import RecordController
    from ..record.prompter import Prompter
    from ..window.status import EditorStatusBar
    from .autosave import Autosaver
    from .saver import VersionedSaver
    from .versions_dialog import VersionsDialog  # loaded when first shown

log = logging.getLogger(__name__)

FOLDER_SETTLE_MS = 300  # a sync client writes in bursts: look once it has paused
LIVE_SNAPSHOT = re.compile(r"[0-9a-f]{24}\.json")


class NeverLoseWork(QObject):
    def __init__(self, *, controller: RecordController, prompter: Prompter, form: RecordForm,
                 undo_stack: QUndoStack, status: EditorStatusBar, library: LibraryPanel,
                 saver: VersionedSaver, locks: LockKeeper, recovery: RecoveryStore,
                 autosave: Autosaver, external: ExternalChanges,
                 recovery_banner: RecoveryBanner, copies_banner: ConflictCopyBanner,
                 open_path: Callable[[Path], bool], refresh: Callable[[], None],
                 window: QWidget) -> None:
        super().__init__(window)
        self.window = window  # watched for activation; the parent of its dialogs
        self.controller = controller
        self.prompter = prompter
        self.form = form
        self.undo_stack = undo_stack
        self.status = status
        self.library = library
        self.saver = saver
        self.locks = locks
        self.recovery = recovery
        self.autosave = autosave
        self.external = external
        self.recovery_banner = recovery_banner
        self.copies_banner = copies_banner
        self.open_path = open_path
        self.refresh = refresh
        self._dismissed: set[ConflictCopy] = set()
        self._folder_watch = QFileSystemWatcher(self)
        self._folder_settle = QTimer(self)
        self._folder_settle.setSingleShot(True)
        self._folder_settle.setInterval(FOLDER_SETTLE_MS)
        self._read_only_tip = status.read_only.toolTip()
        self._released = False  # the window closed: its widgets may be going away
        self.action_versions = self._versions_action()
        self._connect()
        self.offer_leftovers()
        self._record_changed()

    def _versions_action(self) -> QAction:
        """File › Versions…; the window puts it in its menu."""
        action = QAction("&Versions…", self)
        action.setObjectName("action:versions")
        action.setStatusTip("Earlier versions of this record, kept each time it was saved")
        action.triggered.connect(lambda _checked=False: self.show_versions())
        return action

    def _connect(self) -> None:
        controller = self.controller
        controller.opened.connect(self._record_changed)
        controller.saved.connect(self._saved)
        controller.saving_changed.connect(self._saving_changed)
        controller.released.connect(lambda _record: self.release())
        self.autosave.failed.connect(lambda problem: self.notify(
            f"Your unsaved changes could not be kept for recovery ({problem}). Save soon."))
        for signal in (self.form.changed, self.form.structure_changed,
                       self.undo_stack.indexChanged):
            signal.connect(self._document_changed)
        self.library.model.modelReset.connect(self.refresh_copies)
        self._folder_watch.directoryChanged.connect(lambda _path: self._folder_settle.start())
        self._folder_settle.timeout.connect(self.refresh_copies)
        self.recovery_banner.restore_requested.connect(self.restore_snapshot)
        self.recovery_banner.compare_requested.connect(self.compare_snapshot)
        self.recovery_banner.discard_requested.connect(self.discard_snapshot)
        self.copies_banner.compare_requested.connect(self.compare_copy)
        self.copies_banner.open_requested.connect(lambda copy: self.open_path(copy.copy))
        self.copies_banner.dismiss_requested.connect(self.dismiss_copy)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)
        self.window.installEventFilter(self)

    def notify(self, message: str) -> None:
        self.status.showMessage(message, 10000)

    # the open record ------------------------------------------------------------------------

    def _record_changed(self) -> None:
        if self._released:
            return
        self.autosave.record_changed()
        self.locks.follow(self.controller)
        self.external.follow()
        current = self.controller.current
        self.action_versions.setEnabled(current is not None and current.path is not None)
        self.status.read_only.setToolTip(
            self._read_only_tip if current is None else current.held_by
            or ("The file is read-only on disk: use Save As to keep a copy."
                if current.marked_read_only else self._read_only_tip))
        self.refresh_copies()

    def _document_changed(self, *_: object) -> None:
        # The undo stack can still signal while the window is being torn down.
        if not self._released and shiboken6.isValid(self.controller):
            self.autosave.edited()

    def _saved(self, entry: IndexEntry) -> None:
        if self.saver.backup_problem:
            self.notify(self.saver.backup_problem)

    def _saving_changed(self, saving: bool) -> None:
        status = self.status
        if saving:
            current = self.controller.current
            status.state.setText("Saving…")
            status.showMessage(f"Saving {current.name}…" if current else "Saving…")
            return
        if status.currentMessage().startswith("Saving"):
            status.clearMessage()
        self.external.absorb()
        self.refresh()

    def release(self) -> None:
        """The window closes: nothing of this record stays behind."""
        self._released = True
        self.autosave.forget()
        self.locks.release()
        self.external.stop()
        self._folder_settle.stop()
        watched = self._folder_watch.directories()
        if watched:
            self._folder_watch.removePaths(watched)

    def check_disk(self) -> None:
        """The window regained focus: has the file, or its folder, changed meanwhile?"""
        if self._released:
            return
        self.external.check_now()
        self.refresh_copies()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.check_disk)  # after the activation, not inside it
        return False

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(0, self.check_disk)

    # recovered changes ------------------------------------------------------------------

    def offer_leftovers(self) -> None:
        """Unsaved changes a crash left behind, offered in the banner. Each is first moved
        to a name of its own, so editing the same record now never overwrites it."""
        offered = [_set_aside(snapshot) for snapshot in self.recovery.leftovers()
                   if not _edited_elsewhere(snapshot)]
        self.recovery_banner.set_snapshots(offered)

    def restore_snapshot(self, snapshot: Snapshot) -> bool:
        """The record with the recovered changes in place, as one undoable edit; a record
        that was never saved (or whose file is gone or damaged) opens as a new one. True
        when restored before this returns; after the close prompt, on its answer."""
        if not self.controller.maybe_close(lambda: self.restore_snapshot(snapshot)):
            return False
        record = Path(snapshot.record_path) if snapshot.record_path else None
        if record is not None and _loads(record):
            if not self.open_path(record):
                return False  # not opened, or opening asks first (a colleague's lock)
            current = self.controller.current
            if current is None or current.path is None or not same_path(current.path, record):
                return False
            if current.read_only:
                why = f" ({current.held_by})" if current.held_by else ""
                self.prompter.show_error(
                    "The changes cannot be restored now",
                    f"{record.name} is open read-only{why}. The recovered changes are kept: "
                    "restore them once it can be edited.")
                return False
            self.undo_stack.push(ReplaceDocumentCommand(
                current.document, snapshot.data, self.form,
                "Restore recovered changes"))
            if snapshot.base_sha256 and snapshot.base_sha256 != current.sha256:
                current.sha256 = snapshot.base_sha256  # the next save asks about theirs
                self.notify(f"{record.name} was changed by someone else since these changes "
                            "were made: saving will ask before replacing their version.")
        else:
            where = f"{record.name} cannot be opened, so the" if record is not None else "The"
            if not self.controller.open_unsaved(snapshot.data, [
                    f"{where} recovered changes are open as a new record: save it to keep "
                    "them."]):
                return False
        self.autosave.write_now()  # safe in the live snapshot before the old one goes
        self.recovery.discard_file(snapshot.path)
        self.recovery_banner.remove_snapshot(snapshot)
        return True

    def compare_snapshot(self, snapshot: Snapshot) -> None:
        if not snapshot.record_path:
            return
        record = Path(snapshot.record_path)
        self.prompter.show_comparison(
            record, differences(comparable(snapshot.data), _record_data(record)))

    def discard_snapshot(self, snapshot: Snapshot) -> None:
        def answered(yes: bool) -> None:
            if yes and not self._released:
                self.recovery.discard_file(snapshot.path)
                self.recovery_banner.remove_snapshot(snapshot)

        self.prompter.confirm(
            "Discard recovered changes",
            f"Delete the unsaved changes to “{snapshot.title}” from "
            f"{format_datetime(snapshot.saved_at)}? This cannot be undone.", "Discard",
            answered, destructive=True)

    # version history ----------------------------------------------------------------------

    def show_versions(self) -> VersionsDialog | None:
        from .versions_dialog import VersionsDialog

        current = self.controller.current
        if current is None:
            return None
        record_id = str(current.document.get("id") or "")
        backups = self.saver.store.list(record_id) if record_id else []
        dialog = VersionsDialog(current.name, backups, current.document.snapshot(),
                                can_restore=not current.read_only, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_version)
        dialog.open()
        return dialog

    def restore_version(self, backup: Backup) -> bool:
        from .versions_dialog import backup_data

        current = self.controller.current
        data = backup_data(backup)
        if current is None or current.read_only:
            return False
        if data is None or str(data.get("id")) != str(current.document.get("id")):
            self.prompter.show_error("This version cannot be restored",
                                     f"The copy kept at {backup.path} cannot be read.")
            return False
        when = format_datetime(backup.saved_at)
        self.undo_stack.push(ReplaceDocumentCommand(
            current.document, data, self.form,
            f"Restore the version of {when}"))
        self.notify(f"Restored the version of {when}. Save to keep it; Undo takes it back.")
        return True

    # conflict copies ------------------------------------------------------------------------

    def refresh_copies(self) -> None:
        if self._released:
            return
        current = self.controller.current
        folder = current.path.parent if current is not None and current.path is not None \
            else self.library.folder()
        watched = self._folder_watch.directories()
        if watched and (folder is None or watched != [str(folder)]):
            self._folder_watch.removePaths(watched)
        if folder is None:
            self.copies_banner.set_copies([])
            return
        if not self._folder_watch.directories() and folder.is_dir():
            self._folder_watch.addPath(str(folder))
        self.copies_banner.set_copies([copy for copy in find_conflict_copies(folder)
                                       if copy not in self._dismissed])

    def compare_copy(self, copy: ConflictCopy) -> None:
        current = self.controller.current
        if current is not None and current.path is not None and same_path(current.path,
                                                                      copy.original):
            original = comparable(current.document.snapshot())
        else:
            original = _record_data(copy.original)
        self.prompter.show_comparison(copy.copy,
                                      differences(original, _record_data(copy.copy)))

    def dismiss_copy(self, copy: ConflictCopy) -> None:
        self._dismissed.add(copy)
        self.copies_banner.remove(copy)


def _set_aside(snapshot: Snapshot) -> Snapshot:
    if not LIVE_SNAPSHOT.fullmatch(snapshot.path.name):
        return snapshot
    target = snapshot.path.with_name(f"{snapshot.path.stem}.left-{secrets.token_hex(4)}.json")
    try:
        os.replace(snapshot.path, target)
    except OSError:
        return snapshot
    return dataclasses.replace(snapshot, path=target)


def _edited_elsewhere(snapshot: Snapshot) -> bool:
    """The snapshot of a record another copy of the app on this computer has open now."""
    if not snapshot.record_path:
        return False
    holder = locks.read_lock(Path(snapshot.record_path))
    return holder is not None and holder.host == host_name() and not holder.is_mine() \
        and not holder.is_stale()


def _loads(path: Path) -> bool:
    from ...storage import load_record

    try:
        load_record(path)
    except LoadError:
        return False
    return True


def _record_data(path: Path) -> dict[str, Any]:
    from ...model import dump
    from ...storage import load_record

    try:
        return dump(load_record(path).record)
    except LoadError:
        return {}

