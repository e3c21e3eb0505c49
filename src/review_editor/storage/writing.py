"""One checked write for every file the app saves in a shared folder (records, the profile).

The file is replaced atomically, and only if it is still as it was loaded: the comparison and
the replace are one step, also against other processes (``claims``), so a colleague's change
is never overwritten. Reads no record models, so the window can save the profile before they
are loaded.
"""

from __future__ import annotations

import os
import stat
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


READ_ONLY = ("the file is marked read-only; keep your changes in a copy (Save As), or clear "
             "its read-only setting first")


def marked_read_only(path: Path) -> bool:
    """Whether the file (a link's target) exists with no write permission for anyone: the
    read-only attribute on Windows. Replacing it would go through on a POSIX system, since
    only the folder's permission counts there, so a save checks this itself."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not stat.S_IMODE(mode) & 0o222


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

    if marked_read_only(path):
        raise SaveError(path, READ_ONLY)
    try:
        atomic.write_atomic(path, data, check=None if overwrite else unchanged_since_load)
    except atomic.FolderSyncError as error:
        cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
        raise SaveError(path, os_problem(cause), replaced=True) from error
    except OSError as error:
        raise SaveError(path, os_problem(error)) from error
    return sha256(data)
