"""Copies a sync client made of a record when two saves collided.

OneDrive keeps both versions and renames one after the computer that saved it
("sar-adult-r-LAPTOP-7.json"); other clients and people add " (1)" or " (copy)". A file is
taken for such a copy when its name is another record's name plus one of those endings and
it holds the same record (the same ``id``): a different record whose name merely starts the
same way is not a copy.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

from ...paths import path_key
from ...storage import MAX_FILE_BYTES
from ...storage.atomic import is_temp_name
from ...storage.special import read_regular

#: What may follow the original's name in a copy's: "-HOSTNAME", " (1)", " (copy)", "_2".
SEPARATORS = ("-", " ", "(", "_")


class ConflictCopy(NamedTuple):  # made at import in a tenth of a dataclass's time
    original: Path
    copy: Path


def is_copy_name(original_stem: str, candidate_stem: str) -> bool:
    rest = candidate_stem[len(original_stem):]
    return (len(rest) > 1 and candidate_stem.casefold().startswith(original_stem.casefold())
            and rest[0] in SEPARATORS)


def find_conflict_copies(folder: Path, only: Path | None = None) -> list[ConflictCopy]:
    """The conflict copies in ``folder`` (of the record ``only`` when given), by name."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder)
                       if entry.name.lower().endswith(".json") and not is_temp_name(entry.name)
                       and entry.is_file())
    except OSError:
        return []
    stems = {Path(name).stem.casefold(): folder / name for name in names}
    ids: dict[Path, str | None] = {}
    found: list[ConflictCopy] = []
    for name in names:
        candidate = folder / name
        stem = candidate.stem
        for end in range(1, len(stem)):
            original = stems.get(stem[:end].casefold())
            if original is None or original == candidate or not is_copy_name(original.stem,
                                                                              stem):
                continue
            if only is not None and path_key(original) != path_key(only):
                continue
            record_id = _record_id(original, ids)
            if record_id is not None and record_id == _record_id(candidate, ids):
                found.append(ConflictCopy(original, candidate))
                break
    return found


def _record_id(path: Path, cache: dict[Path, str | None]) -> str | None:
    if path not in cache:
        cache[path] = read_record_id(path)
    return cache[path]


def read_record_id(path: Path) -> str | None:
    """The ``id`` of a record file, or ``None`` when it has none or cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        data = json.loads(read_regular(path, MAX_FILE_BYTES))
    except (OSError, ValueError):
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None
