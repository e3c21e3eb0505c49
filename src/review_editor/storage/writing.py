"""One checked write for every file the app saves in a shared folder (records, the profile).

The file is replaced atomically, and only if it is still as it was loaded: the comparison and
the replace are one step, also against other processes (``claims``), so a colleague's change
is never overwritten. Reads no record models, so the window can save the profile before they
are loaded.
"""

from __future__ import annotations

from pathlib import Path

from . import atomic
from .errors import ConflictError, SaveError
from .reading import MAX_FILE_BYTES, os_problem, sha256
from .special import open_regular


def current_hash(path: Path) -> str | None:
    """The file's SHA-256 as it is now (None: there is none)."""
    try:
        with open_regular(path) as handle:
            return sha256(handle.read(MAX_FILE_BYTES + 1))
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SaveError(path, os_problem(error)) from error


def write_checked(path: Path, data: bytes, *, expected_sha256: str | None,
                  overwrite: bool = False) -> str:
    """Write ``data`` to ``path`` atomically and return its hash.

    ``expected_sha256`` is the hash of the file as it was loaded: if the file now differs
    (or is gone), ``ConflictError`` is raised and nothing is written. With no expected hash
    the file must not exist, unless ``overwrite`` says the user chose to replace it.
    """

    def unchanged_since_load(target: Path) -> None:
        on_disk = current_hash(target)
        if expected_sha256 is None and on_disk is not None:
            raise ConflictError(path, "exists", on_disk)
        if expected_sha256 is not None and on_disk is None:
            raise ConflictError(path, "deleted")
        if expected_sha256 is not None and on_disk != expected_sha256:
            raise ConflictError(path, "changed", on_disk)

    try:
        atomic.write_atomic(path, data, check=None if overwrite else unchanged_since_load)
    except atomic.FolderSyncError as error:
        cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
        raise SaveError(path, os_problem(cause), replaced=True) from error
    except OSError as error:
        raise SaveError(path, os_problem(error)) from error
    return sha256(data)
