"""The open record as the window holds it, and what the record controller needs of the
form and of the lock beside the file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Protocol

from ...model.document import RecordDocument


class Claim(NamedTuple):  # a named tuple: made at import in a tenth of a dataclass's time
    """How a record file may be opened: for editing, or read-only because someone else is
    editing it (``held_by`` says who, where and since when)."""

    read_only: bool = False
    held_by: str | None = None


class FileGuard(Protocol):
    """Asked before a record file opens (the lock beside it)."""

    def claim(self, path: Path, answer: Callable[[Claim | None], object]) -> None:
        """How to open ``path``, or ``None`` when the user cancels, given to ``answer``
        (at once when nobody else holds the file)."""
        ...


class FormView(Protocol):
    """What the controller needs of the record form."""

    def set_document(self, document: RecordDocument, read_only: bool = False, *,
                     validate: bool = True) -> None: ...
    def revalidate(self) -> None: ...
    def focus_field(self, path: str) -> bool: ...
    def refresh_field(self, path: str) -> None: ...


@dataclass
class OpenRecord:
    document: RecordDocument
    path: Path | None  # None until a new record is first saved
    sha256: str | None  # of the file as loaded or last saved: the base for conflicts
    read_only: bool = False
    warnings: list[str] = field(default_factory=list)
    held_by: str | None = None  # read-only because this colleague is editing it
    marked_read_only: bool = False  # read-only because the file is marked so on disk
    #: Shown as the file's JSON reads, not yet validated (the first record of a start,
    #: while the models load): ``confirm_provisional`` validates it.
    provisional: bool = False

    @property
    def title(self) -> str:
        return str(self.document.get("title") or "Untitled")

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.title
