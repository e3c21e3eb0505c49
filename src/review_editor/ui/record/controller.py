"""The open record's life: new, open, save, save as, revert, close, save conflicts.

The controller holds no widgets and opens no dialogs: it edits through the form's
interface, asks the user through a ``Prompter`` and reports through signals, so the window
stays a view and tests drive every path with a fake prompter.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ... import resources
from ...model import label
from ...model.document import RecordDocument
from ...model.schema import conforms, record_spec
from ...paths import path_key, same_path
from ...storage import (
    LoadError,
    RecordData,
    read_record_data,
)
from ...storage.writing import marked_read_only
from .open_record import Claim, FileGuard, FormView, OpenRecord
from .prompter import Prompter, SaveChoice
from .saving import Runner, Saver, SavingMixin

if TYPE_CHECKING:
    from ...model import RecordModel
    from ...storage import LoadedRecord

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: What ``new_record`` decides for a new record; the rest comes from the kind's template.
NEW_RECORD_KEYS = ("schema_version", "id", "kind", "title", "created_at", "modified_at")
Loader = Callable[[Path], "LoadedRecord"]
#: Versions a file may have to be shown before it is validated: one that must be migrated,
#: or is opened read-only, is validated first.
PROVISIONAL_RELATIONS = ("current", "newer-minor")
MARKED_READ_ONLY = "the file is read-only on disk"


class RecordController(SavingMixin, QObject):
    opened = Signal()  # a record was opened, created, reloaded or closed
    saved = Signal(object)  # IndexEntry of the saved file
    load_failed = Signal(object)  # LoadError
    problems_changed = Signal()
    confirmed = Signal()  # a provisionally opened record validated and stays as shown
    provisional_refused = Signal(object)  # LoadError: it did not validate and was closed
    saving_changed = Signal(bool)  # a save began (True) or ended, conflict dialog included
    released = Signal(object)  # the window closes: let go of this OpenRecord's lock etc.

    def __init__(self, form: FormView, undo_stack: QUndoStack, prompter: Prompter,
                 clock: Clock, folder: Callable[[], Path | None], *,
                 load: Loader | None = None, save: Saver | None = None,
                 runner: Runner | None = None, guard: FileGuard | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.undo_stack = undo_stack
        self.prompter = prompter
        self.clock = clock
        self.folder = folder
        self._load: Loader = load or _load_record
        self._save: Saver = save or _save_record
        #: While True (the window's start), a record file opens provisionally: listed and
        #: shown from its JSON, validated once the window is up.
        self.provisional_start = False
        #: What the start's folder listing read, by ``path_key``: the record opened at start
        #: is shown, then validated, from it, so its file is read once.
        self.start_reads: dict[str, RecordData] = {}
        self._shown_read: RecordData | None = None  # the provisional record's read
        self.current: OpenRecord | None = None
        self.problems: list[tuple[str, str]] = []
        self.guard = guard  # asked before a record file opens (its lock)
        self._runner = runner  # saves run off the UI thread when there is one
        self._saving = False  # a save is under way (its conflict dialog included)
        self._choosing = False  # Save As is asking where
        self._saved_ok = False  # how the last save ended
        self._saved_at = (0, 0)  # the undo index and document version a save writes
        self._after_saving: list[Callable[[], object]] = []
        self._after_saved: list[Callable[[], object]] = []  # only if it succeeds
        self._close_retry: Callable[[], object] | None = None  # the close prompt is open
        self._closing_agreed: OpenRecord | None = None  # "Discard" said, its retry running
        self._window_close_agreed = False

    def release(self) -> None:
        """The window is closing (after the close prompt): the open record is let go."""
        if self.current is not None:
            self.released.emit(self.current)

    # state -------------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self.current is not None and not self.undo_stack.isClean()

    def validate(self) -> list[tuple[str, str]]:
        """Check the document against the model. The form shows these problems itself;
        its ``show_problems`` is left to the checks, which would otherwise be overwritten."""
        if self.current is None:
            self.problems = []
            return []
        if self.current.provisional:
            return self.problems  # none yet: confirm_provisional validates
        _, self.problems = self.current.document.validate()
        self.problems_changed.emit()
        return self.problems

    # opening -----------------------------------------------------------------------------

    def open_file(self, path: Path, *, show_errors: bool = True) -> bool:
        """Open ``path`` (after the close prompt). A file that cannot be read leaves the
        current record open, is reported, and is never modified. True when ``path`` is the
        open record when this returns; while a question waits, it opens on the answer."""
        if self._is_open(path):
            return True
        try:
            loaded: LoadedRecord | RecordData = self._read_for_start(path) \
                if self.provisional_start else self._load(path)
        except LoadError as error:
            return self._not_opened(error, show_errors)
        if not self.maybe_close(lambda: self.open_file(path, show_errors=show_errors)):
            return self._is_open(path)
        newer = not isinstance(loaded, RecordData) and loaded.read_only  # a newer schema
        if self.guard is None or newer or marked_read_only(loaded.path):  # nothing to lock
            self._show_loaded(loaded, Claim(), show_errors)
            return self._is_open(path)
        asked = self.current

        def claimed(claim: Claim | None) -> None:
            if claim is not None and self.current is asked:
                self._show_loaded(loaded, claim, show_errors)

        self.guard.claim(loaded.path, claimed)
        return self._is_open(path)

    def _is_open(self, path: Path) -> bool:
        current = self.current
        return current is not None and current.path is not None \
            and same_path(current.path, path)

    def _show_loaded(self, loaded: LoadedRecord | RecordData, claim: Claim,
                     show_errors: bool) -> None:
        if isinstance(loaded, RecordData):
            # Shown unvalidated only during the start: an answer (a colleague's lock) that
            # comes after it has ended opens the record validated, as any other open does.
            if self.provisional_start and self._set_provisional(loaded, claim):
                return
            try:
                loaded = self._load(loaded.path)
            except LoadError as error:
                self._not_opened(error, show_errors)
                return
        self._install(loaded, claim)

    def _not_opened(self, error: LoadError, show_errors: bool = True) -> bool:
        """A file that cannot be opened: reported, and the current record left open."""
        self.load_failed.emit(error)
        if show_errors:
            self.prompter.show_error("This file cannot be opened", cannot_open(error))
        return False

    def _read_for_start(self, path: Path) -> LoadedRecord | RecordData:
        """The file's JSON, when it can be shown before it is validated: of our schema
        version, and of the JSON types the form expects. Otherwise the validated record."""
        found = self.start_reads.pop(path_key(path), None) or read_record_data(path)
        model = record_spec(str(found.data.get("kind")))
        if found.relation in PROVISIONAL_RELATIONS and model is not None \
                and conforms(found.data, model):
            return found
        return _validate(found)

    def _set_provisional(self, found: RecordData, claim: Claim) -> bool:
        marked = marked_read_only(found.path)
        try:
            self._set(OpenRecord(RecordDocument.from_data(found.data), found.path,
                                 found.sha256, claim.read_only or marked,
                                 _read_only_warnings(claim, marked), _held_by(claim),
                                 marked, provisional=True))
            self._shown_read = found
        except Exception:  # noqa: BLE001 - the validating open that follows says what is wrong
            log.exception("a record could not be shown before validation")
            self.current = None
            self.undo_stack.clear()
            return False
        return True

    def confirm_provisional(self) -> None:
        """Validates a provisionally opened record, as opening it would have. A file that
        turns out not to be a valid record is closed and reported (unless it was edited
        meanwhile: then it stays open, its problems shown); one the models read differently
        from its JSON (a default filled in, a time written another way) is shown as read."""
        current = self.current
        if current is None or not current.provisional:
            return
        current.provisional = False
        found, self._shown_read = self._shown_read, None
        assert current.path is not None and found is not None
        try:
            # What the start read, unless the file has changed since.
            loaded = _validate(found) if _unchanged(found) else self._load(current.path)
        except LoadError as error:
            if self.is_modified():
                self.validate()
                self.form.revalidate()
                return
            self.current = None
            self.problems = []
            self.undo_stack.clear()
            self.opened.emit()
            self.load_failed.emit(error)
            self.provisional_refused.emit(error)
            return
        from ...model import dump

        same = loaded.sha256 == current.sha256 and not loaded.read_only \
            and _as_json(dump(loaded.record)) == _as_json(current.document.data)
        if not same and not self.is_modified():
            held = Claim(True, current.held_by) if current.held_by else None
            self._install(loaded, held)
            return
        if loaded.warnings:
            current.warnings = [*current.warnings, *loaded.warnings]
        self.validate()
        self.form.revalidate()
        self.confirmed.emit()

    def open_unsaved(self, data: dict[str, Any], warnings: list[str] | None = None) -> bool:
        """Data that was never saved (recovered after a crash) as a new, modified document,
        even when it does not validate yet."""
        if not self.maybe_close(lambda: self.open_unsaved(data, warnings)):
            return False  # asked: it opens on the answer
        self._set(OpenRecord(RecordDocument.from_data(data), None, None,
                             warnings=list(warnings or [])))
        self.undo_stack.resetClean()
        return True

    def reload_from_disk(self) -> bool:
        """Replace the document with the file as it is now on disk (no question asked)."""
        current = self.current
        if current is None or current.path is None:
            return False
        return self._reload(current.path)

    def new_record(self, kind: str) -> bool:
        if not self.maybe_close(lambda: self.new_record(kind)):
            return False  # asked: it is made on the answer
        title = f"Untitled {label(kind).lower()}"
        from ...model import parse_record

        record = parse_record(starter_data(kind, title, self.clock()))
        self._set(OpenRecord(RecordDocument(record), None, None))
        return True

    def open_imported(self, record: RecordModel, notices: list[str] | None = None) -> bool:
        """An imported record as a new document (after the close prompt). It counts as
        unsaved, so closing it asks first, and its first save asks where (``<slug>.json``
        in the open folder is suggested)."""
        if not self.maybe_close(lambda: self.open_imported(record, notices)):
            return False  # asked: it opens on the answer
        self._set(OpenRecord(RecordDocument(record), None, None, warnings=list(notices or [])))
        self.undo_stack.resetClean()
        return True

    def revert(self) -> bool:
        """Reload the saved version, after asking when there are changes to lose. True
        when it was reloaded before this returns."""
        current = self.current
        if current is None or current.path is None:
            return False
        path = current.path
        if not self.is_modified():
            return self._reload(path)
        reloaded: list[bool] = []

        def answered(yes: bool) -> None:
            if yes and self.current is current:
                reloaded.append(self._reload(path))

        self.prompter.confirm(
            "Revert to the saved version",
            f"Discard your changes to {current.name} and reload it from disk?", "Revert",
            answered, destructive=True)
        return reloaded == [True]

    def close_record(self) -> bool:
        """True when no record is open when this returns."""
        if self.maybe_close(self.close_record):
            self.current = None
            self.problems = []
            self.undo_stack.clear()
            self.opened.emit()
        return self.current is None

    def may_close_window(self, close: Callable[[], object]) -> bool:
        """For the window's ``closeEvent``: True when it may close now. False: the event is
        to be ignored while the save under way or the close prompt comes first, and
        ``close`` is called again once the window may close."""
        if self._window_close_agreed:
            self._window_close_agreed = False
            return True
        if self.saving:  # closing waits for the save to finish
            self.after_saving(close)
            return False
        asking = True

        def agreed() -> None:
            self._window_close_agreed = True
            if not asking:
                close()

        if self.maybe_close(agreed):
            return True
        asking = False
        agreed_now, self._window_close_agreed = self._window_close_agreed, False
        return agreed_now

    def maybe_close(self, retry: Callable[[], object]) -> bool:
        """The close prompt. True when the current record may be closed now: it has no
        unsaved changes. Otherwise False, and the user is asked: "Discard" runs ``retry``
        (what wanted the record closed) again, this time let through; "Save" saves (off
        the UI thread) and runs ``retry`` once the save has succeeded. A prompter may
        answer before this returns, so ``retry`` may already have run.

        One close prompt at a time: asked again while it is open, the later ``retry``
        takes the earlier's place. An answer that comes after the record was replaced or
        closed by other means is ignored."""
        if not self.is_modified() or self._closing_agreed is self.current:
            return True
        if self._close_retry is not None:
            self._close_retry = retry
            return False
        asked = self.current
        assert asked is not None
        self._close_retry = retry

        def answered(choice: SaveChoice) -> None:
            wish, self._close_retry = self._close_retry, None
            if wish is None or self.current is not asked:
                return
            if choice == "discard":
                self._closing_agreed = asked
                try:
                    wish()
                finally:
                    self._closing_agreed = None
            elif choice == "save" and self.save():
                if self.saving:
                    self._after_saved.append(wish)
                elif not self.is_modified():
                    wish()

        self.prompter.ask_save_changes(asked.name, answered)
        return False

    def _install(self, loaded: LoadedRecord, claim: Claim | None = None) -> None:
        held_by = _held_by(claim)
        marked = marked_read_only(loaded.path)
        warnings = [*_read_only_warnings(claim, marked), *loaded.warnings]
        self._set(OpenRecord(RecordDocument(loaded.record), loaded.path, loaded.sha256,
                             loaded.read_only or held_by is not None or marked, warnings,
                             held_by, marked))

    def _set(self, record: OpenRecord) -> None:
        self.current = record
        self.problems = []
        self.undo_stack.clear()
        self.form.set_document(record.document, record.read_only,
                               validate=not record.provisional)
        self.undo_stack.setClean()
        self.validate()
        self.opened.emit()

    def _reload(self, path: Path) -> bool:
        try:
            loaded = self._load(path)
        except LoadError as error:
            return self._not_opened(error)
        current = self.current
        held_by = current.held_by if current is not None and current.path is not None \
            and same_path(current.path, path) else None  # still read-only after a reload
        self._install(loaded, Claim(True, held_by) if held_by else None)
        return True

def _load_record(path: Path) -> LoadedRecord:
    from ...storage import load_record  # validates: loads the models on first use

    return load_record(path)


def _unchanged(found: RecordData) -> bool:
    try:
        return os.stat(found.path).st_mtime == found.mtime
    except OSError:
        return False


def _validate(found: RecordData) -> LoadedRecord:
    from ...storage import validate_record_data  # loads the models on first use

    return validate_record_data(found)


def _save_record(record: RecordModel, path: Path, **options: Any) -> str:
    from ...storage import save_record

    return save_record(record, path, **options)


def _as_json(data: Any) -> str:
    """For comparing data as a file holds it: ``1``, ``1.0`` and ``true`` differ."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def _held_by(claim: Claim | None) -> str | None:
    return claim.held_by if claim is not None and claim.read_only else None


def _read_only_warnings(claim: Claim | None, marked: bool) -> list[str]:
    """Why the record opened read-only: a colleague's lock, or the file's own setting."""
    warnings = []
    held_by = _held_by(claim)
    if held_by:
        warnings.append(f"Opened read-only. {held_by}. Close it and open it again once they "
                        "have finished, or use Save As to keep a copy of your own.")
    if marked:
        warnings.append(f"Opened read-only: {MARKED_READ_ONLY}. Clear its read-only setting "
                        "and open it again to edit it, or use Save As to keep a copy of your "
                        "own.")
    return warnings


def starter_data(kind: str, title: str, now: datetime) -> dict[str, Any]:
    """A new record: the kind's starter template, with a fresh id, the title and times."""
    from ...model import dump, new_record

    fresh = dump(new_record(kind, title, now))
    try:
        template = json.loads(resources.read_text("new", f"{kind}.json"))
    except (OSError, ValueError):
        template = {}
    if not isinstance(template, dict):
        template = {}
    identity = {key: fresh[key] for key in NEW_RECORD_KEYS if key in fresh}
    return {**template, **identity}


def cannot_open(error: LoadError) -> str:
    return (f"{error.message()}\n\nThe file has not been changed. Open it in a text editor to "
            "correct it, restore an earlier version, or ask the colleague who last saved it.")
