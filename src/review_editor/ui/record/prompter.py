"""What the editor asks the user, as an interface.

Controllers never open dialogs themselves: they ask a ``Prompter``. The window passes the
real one (``ui.dialogs.QtPrompter``, message boxes and file dialogs); tests pass a fake that
answers from a script.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from ...importers import ImportResult
    from ...model import RecordModel
    from ...storage.locks import LockInfo

SaveChoice = Literal["save", "discard", "cancel"]
ConflictChoice = Literal["compare", "overwrite", "save_copy", "reload", "cancel"]
LockedChoice = Literal["read_only", "open_anyway", "cancel"]
ExternalChoice = Literal["reload", "keep", "compare"]


class Prompter(Protocol):
    def ask_save_changes(self, name: str) -> SaveChoice:
        """"Save changes to <name>?" Save / Discard / Cancel."""
        ...

    def ask_conflict(self, path: Path, mine: dict[str, Any],
                     theirs: dict[str, Any] | None) -> ConflictChoice:
        """The file changed on disk since it was opened (``theirs`` is ``None`` when it
        was deleted or cannot be read). "compare" asks again after showing the comparison."""
        ...

    def show_comparison(self, path: Path, differences: list[tuple[str, str, str]]) -> None:
        """Side by side: (dotted field path, my value, the value on disk)."""
        ...

    def ask_locked(self, info: LockInfo) -> LockedChoice:
        """Someone else is editing the record ("Being edited by X on HOST since T"): open it
        read-only, open it anyway (taking over the lock), or cancel."""
        ...

    def ask_external_change(self, path: Path) -> ExternalChoice:
        """The open record's file was changed by someone else: reload it (losing unsaved
        changes), keep mine (the next save asks about the conflict), or compare ("compare"
        asks again after showing the comparison)."""
        ...

    def choose_kind(self) -> str | None:
        """The kind of a new record ("news_item", …), or ``None`` if the user cancels."""
        ...

    def choose_open_file(self, start: Path | None) -> Path | None:
        ...

    def choose_folder(self, start: Path | None) -> Path | None:
        ...

    def choose_import_file(self, start: Path | None) -> Path | None:
        """A page (.txt, .html, .htm) or Word document (.docx) to import, or ``None``."""
        ...

    def review_import(self, result: ImportResult, reimport: Callable[[str], ImportResult]
                      ) -> RecordModel | None:
        """What was found in an imported page, beside its text: the record to open with the
        fields the user kept and the suggestions they accepted, or ``None``. ``reimport``
        reads the source again as another kind of record."""
        ...

    def choose_save_path(self, suggested: Path) -> Path | None:
        """A path the user accepted, replacing an existing file included (the file dialog
        has already asked about that), or ``None``."""
        ...

    def show_error(self, title: str, message: str) -> None:
        ...

    def choose_export(self, folder: Path, count: int, stoppers: list[str] | None = None, *,
                      bilingual: bool = False) -> Any:
        """What to export (an ``ui.export.actions.ExportRequest``: formats, folder, final, bundle),
        for ``count`` records, or ``None``. ``stoppers`` says beforehand what would stop a
        final copy of one record (an empty list: nothing; None: not known). ``bilingual``:
        the record has a Welsh version, so the language of the copies is asked too."""
        ...

    def ask_export_override(self, issues: list[Any]) -> str | None:
        """Blocking findings stop a final export: the reason to export anyway, or ``None``."""
        ...

    def ask_override(self, issues: list[Any]) -> str | None:
        """Blocking findings (``checks.Issue``) stop a status change to approved, scheduled,
        published or updated: the reason to go ahead anyway, or ``None`` to keep the
        status as it was."""
        ...

    def confirm(self, title: str, message: str, action: str) -> bool:
        """A yes/cancel question whose yes button says ``action`` ("Revert")."""
        ...
