"""Writing export files: atomically (never a partial file), and never over a record."""

from __future__ import annotations

import json
from pathlib import Path

from ..storage import write_atomic
from ..storage.atomic import FolderSyncError

#: Fields only a working record file has: an export never carries them.
_PRIVATE_KEYS = frozenset({"sensitivity", "approvals", "internal_notes"})


class ExportError(Exception):
    """An export could not be made or written; the message says why, for the user."""


def write_output(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temp file and an atomic replace.

    Refuses to replace a record file: ``<slug>.json`` is also a record's default name, and
    the public JSON written over the working file would lose its private fields.
    """
    if path.suffix.lower() == ".json" and _is_working_record(path):
        raise ExportError(f"{path}: a record file with private fields has this name; "
                          "export to another folder")
    try:
        write_atomic(path, data)
    except FolderSyncError:
        pass  # the new content is complete and in place; only the folder sync failed
    except OSError as error:
        raise ExportError(f"{path}: could not write the file ({error.strerror or error})") \
            from error
    return path


def _is_working_record(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            value = json.loads(handle.read())
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return False
    return isinstance(value, dict) and bool(_PRIVATE_KEYS & value.keys()) \
        and "schema_version" in value
