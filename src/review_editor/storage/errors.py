"""Typed storage errors: each names the file and says what is wrong and what to do."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class FieldProblem:
    path: str  # dotted, with list indexes: "review.reviewers.0.name"
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(record)'}: {self.message}"


class StorageError(Exception):
    """Base of the errors storage raises; ``str()`` is a message fit for the user."""


@dataclass(eq=False)
class LoadError(StorageError):
    """A file that could not be read as a record. The file is never modified."""

    path: Path
    category: str  # see CATEGORIES
    problem: str
    line: int | None = None
    column: int | None = None
    fields: list[FieldProblem] = field(default_factory=list)

    CATEGORIES = (
        "missing", "not_a_file", "too_large", "unreadable", "encoding", "syntax",
        "duplicate_key", "not_a_record", "invalid", "unsupported_version",
    )

    def __post_init__(self) -> None:
        super().__init__(self.message())

    def message(self) -> str:
        where = f" (line {self.line}, column {self.column})" if self.line is not None else ""
        text = f"{self.path.name}: {self.problem}{where}"
        if self.fields:
            text += "\n" + "\n".join(f"  - {problem}" for problem in self.fields)
        return text

    def lines(self) -> list[str]:
        """One line per problem, each naming the file (for the CLI)."""
        if not self.fields:
            where = f":{self.line}:{self.column}" if self.line is not None else ""
            return [f"{self.path}{where}: {self.problem}"]
        return [f"{self.path}: {problem}" for problem in self.fields]

    def __str__(self) -> str:
        return self.message()


@dataclass(eq=False)
class ConflictError(StorageError):
    """The file on disk is not the one that was loaded: someone else changed it."""

    path: Path
    reason: str  # "changed", "deleted" or "exists"
    current_sha256: str | None = None

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        what = {
            "changed": "was changed by someone else since you opened it",
            "deleted": "was deleted or moved since you opened it",
            "exists": "already exists",
        }[self.reason]
        return f"{self.path.name} {what}."


@dataclass(eq=False)
class SaveError(StorageError):
    """The save failed; the file on disk is as it was before.

    Except when ``replaced``: the new content is in place, but the system could not
    confirm it reached the disk (the folder sync after the replace failed).
    """

    path: Path
    problem: str
    replaced: bool = False
    #: Whether there was a file to keep (None: looked up when the error is made).
    existed: bool | None = None

    def __post_init__(self) -> None:
        if self.existed is None:
            self.existed = os.path.lexists(self.path)
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.replaced:
            return (f"{self.path.name} was saved, but the system could not confirm it is safely "
                    f"on the disk: {self.problem}. Save again before closing.")
        if not self.existed:  # a new file, or its folder has gone
            return (f"Could not save {self.path.name}: {self.problem}. Nothing was written: "
                    "save it somewhere else.")
        return f"Could not save {self.path.name}: {self.problem}. The file on disk is unchanged."
