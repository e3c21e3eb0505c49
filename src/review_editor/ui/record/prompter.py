"""What the editor asks the user, as an interface.

Controllers never open dialogs themselves: they ask a ``Prompter``. The window passes the
real one (``ui.dialogs.QtPrompter``, window-modal message boxes and file dialogs); tests
pass a fake that answers from a script.

Nothing waits for an answer: each question takes ``answer``, a callable that receives it
once the user has answered (a fake may call it before the question returns). No nested
event loop runs while a dialog is open, so the window goes on painting and saving; what
needs the answer before going on continues in ``answer``. The real prompter shows one
dialog at a time, answers each once, and never after its window has gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

if TYPE_CHECKING:
    from ...importers import ImportResult
    from ...model import RecordModel
    from ...storage.locks import LockInfo

SaveChoice = Literal["save", "discard", "cancel"]
ConflictChoice = Literal["compare", "overwrite", "save_copy", "reload", "cancel"]
LockedChoice = Literal["read_only", "open_anyway", "cancel"]
ExternalChoice = Literal["reload", "keep", "compare"]

T = TypeVar("T")
#: Receives the user's answer to one question.
Answer = Callable[[T], object]
#: Runs once an informative dialog (a comparison) has been closed.
Then = Callable[[], object]


class Prompter(Protocol):
    def ask_save_changes(self, name: str, answer: Answer[SaveChoice]) -> None:
        """"Save changes to <name>?" Save / Discard / Cancel."""
        ...

    def ask_conflict(self, path: Path, mine: dict[str, Any], theirs: dict[str, Any] | None,
                     answer: Answer[ConflictChoice]) -> None:
        """The file changed on disk since it was opened (``theirs`` is ``None`` when it
        was deleted or cannot be read). After "compare" the caller asks again once the
        comparison is closed."""
        ...

    def show_comparison(self, path: Path, differences: list[tuple[str, str, str]],
                        then: Then | None = None) -> None:
        """Side by side: (dotted field path, my value, the value on disk); ``then`` runs
        once it is closed."""
        ...

    def ask_locked(self, info: LockInfo, answer: Answer[LockedChoice]) -> None:
        """Someone else is editing the record ("Being edited by X on HOST since T"): open it
        read-only, open it anyway (taking over the lock), or cancel."""
        ...

    def ask_external_change(self, path: Path, answer: Answer[ExternalChoice]) -> None:
        """The open record's file was changed by someone else while it had unsaved changes
        (without any, it is reloaded unasked): reload it (losing them), keep mine (the next
        save asks about the conflict), or compare (the caller asks again once the
        comparison is closed)."""
        ...

    def choose_kind(self, answer: Answer[str | None]) -> None:
        """The kind of a new record ("news_item", …), or ``None`` if the user cancels."""
        ...

    def choose_open_file(self, start: Path | None, answer: Answer[Path | None]) -> None:
        ...

    def choose_folder(self, start: Path | None, answer: Answer[Path | None]) -> None:
        ...

    def choose_import_file(self, start: Path | None, answer: Answer[Path | None]) -> None:
        """A page (.txt, .html, .htm) or Word document (.docx) to import, or ``None``."""
        ...

    def review_import(self, result: ImportResult, reimport: Callable[[str], ImportResult],
                      answer: Answer[RecordModel | None]) -> None:
        """What was found in an imported page, beside its text: the record to open with the
        fields the user kept and the suggestions they accepted, or ``None``. ``reimport``
        reads the source again as another kind of record."""
        ...

    def choose_save_path(self, suggested: Path, answer: Answer[Path | None]) -> None:
        """A path the user accepted, replacing an existing file included (the file dialog
        has already asked about that), or ``None``."""
        ...

    def show_error(self, title: str, message: str) -> None:
        """Tells; nothing waits for it to be read."""
        ...

    def choose_export(self, folder: Path, count: int, answer: Answer[Any], *,
                      stoppers: list[str] | None = None, bilingual: bool = False) -> None:
        """What to export (an ``ui.export.dialog.ExportRequest``: formats, folder, final,
        bundle), for ``count`` records, or ``None``. ``stoppers`` says beforehand what would
        stop a final copy of one record (an empty list: nothing; None: not known).
        ``bilingual``: the record has a Welsh version, so the language of the copies is
        asked too."""
        ...

    def ask_export_override(self, issues: list[Any], answer: Answer[str | None]) -> None:
        """Blocking findings stop a final export: the reason to export anyway, or ``None``."""
        ...

    def ask_override(self, issues: list[Any], answer: Answer[str | None]) -> None:
        """Blocking findings (``checks.Issue``) stop a status change to approved, scheduled,
        published or updated: the reason to go ahead anyway, or ``None`` to keep the
        status as it was."""
        ...

    def confirm(self, title: str, message: str, action: str, answer: Answer[bool], *,
                destructive: bool = False) -> None:
        """A yes/cancel question whose yes button says ``action`` ("Revert"). When the
        action loses or replaces work (``destructive``), Cancel is the default button, so
        Enter never discards anything."""
        ...
