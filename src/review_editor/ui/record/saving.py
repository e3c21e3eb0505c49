"""Saving the open record: in place, as a new file, and when the file changed meanwhile.

A save runs off the UI thread (a Windows sharing violation can make it retry for seconds)
and answers through the controller's signals: ``saving_changed(True)`` when it begins,
``saved`` when the file is written, ``saving_changed(False)`` when it has ended either way.
The window goes on answering meanwhile; an edit made during a save stays unsaved (the
record written is the one validated when the save began), and a second save waits its turn
(it is refused while one is under way, its file dialog or conflict prompt included). The
questions a save asks (where to save, what to do about a conflict) answer through the
prompter's continuations: nothing waits in a nested event loop.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer

from ...paths import same_path
from ...storage import ConflictError, LoadError, StorageError, filename_problems, safe_filename
from ..common.labels import describe_path
from .compare import differences

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from ...model import RecordModel
    from ...storage import IndexEntry, LoadedRecord
    from .open_record import Claim, FormView, OpenRecord
    from .prompter import ConflictChoice, Prompter

Saver = Callable[..., str]
SLUG_LENGTH = 80  # longer slugs are reported by the checks (C4.9)
Done = Callable[[Any, BaseException | None], None]


class Runner(Protocol):
    """Runs a job off the UI thread and calls ``done(result, error)`` back on it
    (``ui.common.background.BackgroundRunner``)."""

    def run(self, job: Callable[[], Any], done: Done) -> None: ...


class SavingMixin:
    """The record controller's saving (``RecordController`` is its only user)."""

    if TYPE_CHECKING:  # what it uses of the controller
        current: OpenRecord | None
        prompter: Prompter
        undo_stack: QUndoStack
        form: FormView
        folder: Callable[[], Path | None]
        saved: SignalInstance
        opened: SignalInstance
        saving_changed: SignalInstance
        _save: Saver
        _load: Callable[[Path], LoadedRecord]
        _runner: Runner | None
        _saving: bool
        _choosing: bool
        _saved_ok: bool
        _saved_at: tuple[int, int]  # the undo index and document version it saves
        _after_saving: list[Callable[[], object]]
        _after_saved: list[Callable[[], object]]

        def validate(self) -> list[tuple[str, str]]: ...
        def is_modified(self) -> bool: ...
        def confirm_provisional(self) -> None: ...
        def _install(self, loaded: LoadedRecord, claim: Claim | None = None) -> None: ...

    @property
    def saving(self) -> bool:
        """A save is under way: choosing where, writing, or asking about a conflict."""
        return self._saving or self._choosing

    def after_saving(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the save under way (if any) has ended."""
        if self.saving:
            self._after_saving.append(callback)
        else:
            callback()

    def save(self) -> bool:
        """Save in place (a new record asks where). True when the save began (or is asking
        where), or, with no runner, was written."""
        if self.saving or not self._confirm_before_saving():
            return False
        current = self.current
        if current is None:
            return False
        if current.held_by:
            self.prompter.show_error(
                "This record is open read-only",
                f"{current.name}: {current.held_by}. Use Save As to keep your version as a "
                "copy.")
            return False
        if current.marked_read_only:
            self.prompter.show_error(
                "This record is read-only",
                f"{current.name}: the file is read-only on disk. Use Save As to keep your "
                "version as a copy, or clear the file's read-only setting and open it again.")
            return False
        if current.read_only:
            self.prompter.show_error(
                "This record is read-only",
                f"{current.name} was made by a newer version of Review Editor. Use Save As "
                "to keep a copy, or update the app to save it in place.")
            return False
        if current.path is None:
            return self.save_as()
        return self._write(current.path, expected=current.sha256, overwrite=False)

    def save_as(self, suggested: Path | None = None) -> bool:
        """Asks where, then saves there. True when the save began (or is asking where),
        or, with no runner, was written."""
        if self.saving or not self._confirm_before_saving():
            return False
        current = self.current
        if current is None or self._refuse_invalid():
            return False
        self._choosing = True
        self._saved_ok = False
        self._choose_path(current, suggested or self.suggested_path())
        return self.saving or self._saved_ok

    def _choose_path(self, asked: OpenRecord, target: Path) -> None:
        def chosen(path: Path | None) -> None:
            if path is None or self.current is not asked:
                self._end_saving(ok=False)
                return
            if path.suffix.lower() != ".json":
                path = path.with_name(path.name + ".json")
            problems = filename_problems(path.name)
            if problems:
                self.prompter.show_error(
                    "Choose another file name",
                    f"“{path.name}” cannot be used: {'; '.join(problems)}.")
                self._choose_path(asked, path.with_name(
                    safe_filename(path.stem, _names_in(path.parent))))
                return
            self._choosing = False
            same = asked.path is not None and same_path(asked.path, path)
            began = self._write(path, expected=asked.sha256 if same else None,
                                overwrite=not same and path.exists())
            if not began and not self._saving:
                self._end_saving(ok=False)

        self.prompter.choose_save_path(target, chosen)

    def suggested_path(self) -> Path:
        """For a record's first save ``<slug>.json``: its URL slug, or one made from its
        title (lower-case words and hyphens, as file names should be); later, a safe name
        made from its title. In the record's folder or the open one."""
        assert self.current is not None
        folder = (self.current.path.parent if self.current.path else self.folder()) \
            or Path.home()
        existing = _names_in(folder)
        if self.current.path is None:
            from ...model.parts import SLUG
            from ...model.slugs import slugify

            slug = self.current.document.get("slug")
            if not isinstance(slug, str) or not re.fullmatch(SLUG, slug):
                slug = slugify(self.current.title, SLUG_LENGTH)
            name = _free_slug_name(slug, existing)
            if name:
                return folder / name
        return folder / safe_filename(self.current.title, existing)

    def _confirm_before_saving(self) -> bool:
        """A save so soon after the start that the record is not validated yet validates it
        first (it may be reloaded, or closed as broken). False when nothing is left to save."""
        if self.current is not None and self.current.provisional:
            self.confirm_provisional()
        return self.current is not None

    def _refuse_invalid(self) -> bool:
        problems = self.validate()
        if not problems:
            return False
        assert self.current is not None
        kind = self.current.document.kind
        listed = "\n".join(f"• {describe_path(kind, path)}: {message}"
                           for path, message in problems[:12])
        more = f"\n…and {len(problems) - 12} more." if len(problems) > 12 else ""
        self.prompter.show_error(
            "Correct these fields before saving",
            f"{self.current.name} cannot be saved yet:\n\n{listed}{more}")
        self.form.focus_field(problems[0][0])
        return True

    def _write(self, path: Path, *, expected: str | None,
               overwrite: bool) -> bool:
        if self.saving or self._refuse_invalid():
            return False  # one save at a time
        assert self.current is not None
        # modified_at is already the time of the last edit: the form's edit commands set it
        # (and undo restores it). Saving writes the document as it is, like storage does.
        record, _ = self.current.document.validate()
        assert record is not None
        self._saving = True
        self._saved_ok = False
        self._saved_at = (self.undo_stack.index(), self.current.document.version)
        self.saving_changed.emit(True)
        self._start_job(record, path, expected, overwrite)
        return self._saving or self._saved_ok

    def _start_job(self, record: RecordModel, path: Path,
                   expected: str | None, overwrite: bool) -> None:
        def job() -> tuple[str, str]:
            from ...model.walk import version_to_write

            digest = self._save(record, path, expected_sha256=expected, overwrite=overwrite)
            return digest, version_to_write(record)

        def done(written: Any, error: BaseException | None) -> None:
            self._written(record, path, written, error)

        if self._runner is not None:
            self._runner.run(job, done)
            return
        try:
            written = job()
        except Exception as error:  # noqa: BLE001 - answered below, as a runner's would be
            done(None, error)
            return
        done(written, None)

    def _written(self, record: RecordModel, path: Path, written: Any,
                 error: BaseException | None) -> None:
        """The save job's answer (the file's hash and schema version), on the UI thread."""
        if error is None:
            digest, version = written
            self._after_save(record, path, str(digest), str(version))
            self._end_saving(ok=True)
        elif isinstance(error, ConflictError):
            self._resolve_conflict(record, error)
        elif isinstance(error, StorageError):
            self.prompter.show_error("The record was not saved", str(error))
            self._end_saving(ok=False)
        elif isinstance(error, OSError):
            self.prompter.show_error(
                "The record was not saved",
                f"Could not save {path.name}: {error.strerror or error}. The file on disk "
                "is unchanged.")
            self._end_saving(ok=False)
        else:
            self._end_saving(ok=False)
            raise error

    def _end_saving(self, *, ok: bool) -> None:
        writing = self._saving
        self._saving = self._choosing = False
        self._saved_ok = ok
        if writing:
            self.saving_changed.emit(False)
        waiting, self._after_saving = self._after_saving, []
        retries, self._after_saved = self._after_saved, []
        if ok and not self.is_modified():
            waiting.extend(retries)
        for callback in waiting:
            QTimer.singleShot(0, callback)

    def _after_save(self, record: RecordModel, path: Path, digest: str,
                    version: str) -> None:
        assert self.current is not None
        self.current.path = path
        self.current.sha256 = digest
        self.current.read_only = self.current.marked_read_only = False
        self.current.held_by = None  # Save As of a colleague's record: the copy is ours
        if (self.undo_stack.index(), self.current.document.version) == self._saved_at:
            self.undo_stack.setClean()  # else edits made during the save are still unsaved
        self._take_written_version(version)
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            mtime = 0.0
        from ...storage import entry_for

        entry: IndexEntry = entry_for(record, path, mtime)
        self.saved.emit(entry)
        self.opened.emit()  # the title and the read-only state may have changed

    def _take_written_version(self, version: str) -> None:
        """The file may say a newer schema version than the record did (it uses a field
        that version added): the document and the form say it too. Not an edit: no undo
        step, and the record stays as clean as the save left it."""
        assert self.current is not None
        document = self.current.document
        if document.get("schema_version") == version:
            return
        document.set("schema_version", version)
        self.form.refresh_field("schema_version")

    def _resolve_conflict(self, record: RecordModel,
                          error: ConflictError) -> None:
        """The file changed on disk since it was read: overwrite it, save a copy, reload
        theirs, or leave it; the save ends with the answer."""
        assert self.current is not None
        path = error.path
        theirs: LoadedRecord | None = None
        if error.reason == "changed":
            try:
                theirs = self._load(path)
            except LoadError:
                theirs = None
        from ...model import dump

        self._ask_conflict(record, path, theirs, dump(theirs.record) if theirs else None)

    def _ask_conflict(self, record: RecordModel, path: Path, theirs: LoadedRecord | None,
                      theirs_data: dict[str, Any] | None) -> None:
        asked = self.current
        assert asked is not None
        mine = asked.document.snapshot()

        def again() -> None:
            self._ask_conflict(record, path, theirs, theirs_data)

        def answered(choice: ConflictChoice) -> None:
            if self.current is not asked:
                self._end_saving(ok=False)
            elif choice == "compare":
                self.prompter.show_comparison(path, differences(mine, theirs_data or {}),
                                              again)
            elif choice == "overwrite":
                self._start_job(record, path, None, True)  # the same save, goes on
            elif choice == "save_copy":
                self._end_saving(ok=False)
                self.save_as(suggested=copy_path(path))
            elif choice == "reload" and theirs is None:
                self.prompter.show_error(
                    "Nothing to reload", f"{path.name} is no longer on disk or cannot be read.")
                again()
            elif choice == "reload":
                assert theirs is not None
                self._end_saving(ok=False)
                self._install(theirs)
            else:
                self._end_saving(ok=False)

        self.prompter.ask_conflict(path, mine, theirs_data, answered)


def copy_path(path: Path) -> Path:
    """"name (copy).json", or "name (copy 2).json" if that exists too."""
    counter = 1
    while True:
        suffix = " (copy)" if counter == 1 else f" (copy {counter})"
        candidate = path.with_name(f"{path.stem}{suffix}{path.suffix}")
        if not candidate.exists():
            return candidate
        counter += 1


def _free_slug_name(slug: str, existing: list[str]) -> str | None:
    """``slug.json``, or ``slug-2.json``… when that is taken (ignoring case) or a name
    Windows or SharePoint refuse; None for an empty slug."""
    if not slug:
        return None
    taken = {name.casefold() for name in existing}
    counter = 1
    while True:
        name = f"{slug}.json" if counter == 1 else f"{slug}-{counter}.json"
        if name.casefold() not in taken and not filename_problems(name):
            return name
        counter += 1


def _names_in(folder: Path) -> list[str]:
    try:
        return [entry.name for entry in os.scandir(folder)]
    except OSError:
        return []
