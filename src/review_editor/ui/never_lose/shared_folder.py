"""Working in a folder colleagues share: the lock beside the open record, and changes
someone else makes to its file while it is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from ...paths import same_path
from ...storage import LoadError, locks
from ..record.compare import differences
from ..record.controller import Claim, RecordController
from ..record.prompter import ExternalChoice, LockedChoice, Prompter
from .watcher import RecordWatcher


class LockKeeper:
    """Takes the lock when a record opens for editing, asks when a colleague holds it, and
    gives it back when the record closes. A stale lock (its process gone, or very old) is
    taken over without asking."""

    def __init__(self, prompter: Prompter) -> None:
        self.prompter = prompter
        self.held: Path | None = None

    def claim(self, path: Path, answer: Callable[[Claim | None], object]) -> None:
        holder = locks.acquire(path)
        if holder is None:
            answer(Claim())
            return

        def answered(choice: LockedChoice) -> None:
            if choice == "open_anyway":
                locks.acquire(path, force=True)
                answer(Claim())
            elif choice == "read_only":
                answer(Claim(read_only=True, held_by=holder.describe()))
            else:
                answer(None)

        self.prompter.ask_locked(holder, answered)

    def follow(self, controller: RecordController) -> None:
        """After a record opened, was saved (perhaps under a new name) or closed."""
        current = controller.current
        editing = current.path if current is not None and not current.read_only else None
        if self.held is not None and (editing is None or not same_path(self.held, editing)):
            locks.release(self.held)
            self.held = None
        if editing is not None and self.held is None:
            locks.acquire(editing)  # ours already when it was claimed; new after Save As
            self.held = editing

    def release(self) -> None:
        if self.held is not None:
            locks.release(self.held)
            self.held = None


class ExternalChanges(QObject):
    """Someone else changed the open record's file. With no unsaved changes (always so in
    a read-only window) their version is simply reloaded; with changes: Reload, Keep mine
    or Compare.

    The watcher notices (file and folder watch, a light poll); the window also checks when
    it regains focus. While the editor saves, what it sees is its own save, or a change the
    save's conflict dialog is about to show, so nothing is asked then. "Keep mine" leaves
    the document's base as it was: the next save then opens the conflict dialog."""

    def __init__(self, controller: RecordController, prompter: Prompter,
                 notify: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.prompter = prompter
        self.notify = notify
        self.watcher = RecordWatcher(self)
        self.watcher.changed.connect(self._changed)
        self._asking = False

    def follow(self) -> None:
        """After a record opened, was saved, reloaded or closed."""
        current = self.controller.current
        if current is None or current.path is None or current.sha256 is None:
            self.watcher.unwatch()
        elif self.watcher.path is not None and same_path(self.watcher.path, current.path):
            self.watcher.accept(current.sha256)
        else:
            self.watcher.watch(current.path, current.sha256)

    def check_now(self) -> None:
        if not self._asking and not self.controller.saving:
            self.watcher.check_now()

    def absorb(self) -> None:
        """After a save: a change it met was shown by its conflict dialog already, so only
        a later one is asked about."""
        asking, self._asking = self._asking, True
        try:
            self.watcher.check_now()
        finally:
            self._asking = asking

    def stop(self) -> None:
        self.watcher.unwatch()

    def _changed(self, path: Path, sha256: str | None) -> None:
        current = self.controller.current
        if self._asking or self.controller.saving or current is None \
                or current.path is None or not same_path(current.path, path):
            return
        if sha256 is None:
            self.notify(f"{path.name} was moved or deleted by someone else. Save puts your "
                        "version back in its place.")
            return
        if not self.controller.is_modified():
            self._reload(path)  # nothing of ours to lose (a read-only window has nothing)
            return
        self._ask(path)

    def _reload(self, path: Path) -> None:
        if self.controller.reload_from_disk():
            self.notify(f"Reloaded {path.name}: someone else changed it.")

    def _ask(self, path: Path) -> None:
        """Asks (again after a comparison); nothing else is asked about the file meanwhile,
        and an answer that comes after the record was closed or replaced is ignored."""
        asked = self.controller.current
        self._asking = True

        def answered(choice: ExternalChoice) -> None:
            if self.controller.current is not asked:
                self._asking = False
            elif choice == "compare":
                self.prompter.show_comparison(path, self._differences(path),
                                              lambda: self._ask(path))
            else:
                self._asking = False
                if choice == "reload":
                    self._reload(path)
                else:
                    self.notify(f"{path.name} changed on disk: you kept your version. "
                                "Saving will ask before replacing theirs.")

        self.prompter.ask_external_change(path, answered)

    def _differences(self, path: Path) -> list[tuple[str, str, str]]:
        current = self.controller.current
        mine = comparable(current.document.snapshot()) if current is not None else {}
        from ...model import dump
        from ...storage import load_record

        try:
            theirs = dump(load_record(path).record)
        except LoadError:
            theirs = {}
        return differences(mine, theirs)


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    """The document's data as it would be saved (times and dates written the way files
    hold them), so a comparison with a file shows only real differences. Data that does
    not validate yet is compared as it is."""
    from ...model import dump, parse_record

    try:
        return dump(parse_record(data))
    except ValueError:
        return data

