"""The one error an import raises: it names the source and says what is wrong."""

from __future__ import annotations

from pathlib import Path, PurePath


class ImportFailed(Exception):
    """A source that could not be imported. No record is produced and nothing is written.

    ``str()`` is a message fit for the user: the file's name, then the problem.
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(self.message)

    @property
    def name(self) -> str:
        return PurePath(str(self.path)).name or str(self.path)

    @property
    def message(self) -> str:
        return f"{self.name}: {self.problem}"

    def __str__(self) -> str:
        return self.message
