"""The small index each export folder keeps of the files this app wrote there
(``.review-editor-exports.json``: each name with its SHA-256 and the record's id).

Export reads it to know what it may replace (``export.ownership``); a folder scan reads it
to leave out the JSON copies exported beside their records. Such a copy is the record's
public copy and keeps the record's id (the manifest, the index and a website's import all
name the record by it), so listing it as a record would show two records with one id. A
copy edited since it was exported is no longer this app's copy: it is listed again.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

INDEX_NAME = ".review-editor-exports.json"
INDEX_VERSION = 1
#: An index larger than this is not one we wrote; it is read as empty.
MAX_INDEX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Owned:
    sha256: str
    record_id: str


def parse_index(raw: bytes) -> dict[str, Owned]:
    """File name → what was written, from the index's bytes ({} when they are not one)."""
    try:
        data: Any = json.loads(raw)
    except ValueError:
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    index: dict[str, Owned] = {}
    for name, entry in files.items():
        if isinstance(entry, dict) and isinstance(entry.get("sha256"), str) \
                and isinstance(entry.get("record_id"), str):
            index[str(name)] = Owned(entry["sha256"], entry["record_id"])
    return index


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def exported_copies(folder: Path, names: list[str]) -> set[str]:
    """Those of ``names`` that this app exported into ``folder`` and that are unchanged
    since (an index that is missing, not a regular file or unreadable lists none)."""
    path = folder / INDEX_NAME
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_INDEX_BYTES:
            return set()
        index = parse_index(path.read_bytes())
    except OSError:
        return set()
    found: set[str] = set()
    for name in names:
        owned = index.get(name)
        if owned is None:
            continue
        try:
            if os.path.isfile(folder / name) and file_sha256(folder / name) == owned.sha256:
                found.add(name)
        except OSError:
            continue
    return found
