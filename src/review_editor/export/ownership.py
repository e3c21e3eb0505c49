"""What export may write: a new name, or a file it wrote itself for the same record.

Every export folder keeps a small index of the files this app wrote there
(``.review-editor-exports.json``: each name with its SHA-256 and the record's id). A file
that is listed for the same record, and unchanged since, may be replaced; anything else
already there (someone's document, a record file, a damaged file, a file edited since) is
refused with its name, unless the user has said to replace it. The record's own file, a
link, and anything that is not a regular file (a pipe, a device, a socket) are always
refused: opening a pipe would hang, and a link may lead anywhere.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from ..storage.export_index import (
    INDEX_NAME,
    INDEX_VERSION,
    MAX_INDEX_BYTES,
    Owned,
    file_sha256,
    parse_index,
)
from ..storage.special import kind_of
from .files import ExportError


class ExportRefused(ExportError):
    """A target export may never write: the record's own file, a link, a special file."""


class ExportNotOwned(ExportRefused):
    """Files already in the way that this export did not write; ``paths`` names them.

    The window may ask and export again with ``replace=paths``; the command line refuses.
    """

    def __init__(self, paths: list[Path], reasons: list[str]) -> None:
        self.paths = list(paths)
        self.reasons = list(reasons)
        listing = "; ".join(f"{path} ({reason})" for path, reason in zip(paths, reasons,
                                                                          strict=True))
        super().__init__(f"would replace {len(paths)} file{'s' if len(paths) != 1 else ''} "
                         f"this app did not write for this record: {listing}")


def read_index(folder: Path) -> dict[str, Owned]:
    """The folder's index: file name → what was written ({} when missing or unreadable)."""
    path = folder / INDEX_NAME
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ExportError(f"{path}: cannot be read ({error.strerror or error})") from error
    if not stat.S_ISREG(info.st_mode):
        raise ExportRefused(f"{path}: {_what(path, info)}, not the export index; "
                            "export to another folder")
    if info.st_size > MAX_INDEX_BYTES:
        return {}
    try:
        return parse_index(path.read_bytes())
    except OSError:
        return {}


def index_bytes(index: dict[str, Owned]) -> bytes:
    data = {"index_version": INDEX_VERSION,
            "files": {name: {"sha256": owned.sha256, "record_id": owned.record_id}
                      for name, owned in sorted(index.items())}}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def refuse_unowned(folder: Path, names: Iterable[str], *, record_id: str,
                   record_path: Path | None, replace: Iterable[Path] = ()) -> dict[str, Owned]:
    """Check every target before anything is written; returns the folder's index.

    Raises ``ExportError`` for a target that may never be replaced (the record's own file,
    a link, a pipe, device or socket) and ``ExportNotOwned`` listing the files in the way
    that this app did not write for this record (unless listed in ``replace``).
    """
    index = read_index(folder)
    allowed = {_key(Path(path)) for path in replace}
    own_file = _key(record_path) if record_path is not None else None
    in_way: list[Path] = []
    reasons: list[str] = []
    for name in names:
        target = folder / name
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise ExportError(f"{target}: cannot be checked ({error.strerror or error})") \
                from error
        if own_file is not None and _key(target) == own_file:
            raise ExportRefused(f"{target}: this is the record's own file; export to another "
                                "folder")
        if not stat.S_ISREG(info.st_mode):
            raise ExportRefused(f"{target}: {_what(target, info)}; export writes only regular "
                                "files it made, so choose another folder")
        reason = _not_owned(target, index.get(name), record_id)
        if reason is not None and _key(target) not in allowed:
            in_way.append(target)
            reasons.append(reason)
    if in_way:
        raise ExportNotOwned(in_way, reasons)
    return index


def _not_owned(target: Path, owned: Owned | None, record_id: str) -> str | None:
    if owned is None:
        return "not written by this app here"
    if owned.record_id != record_id:
        return "exported from another record"
    try:
        digest = file_sha256(target)
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    return None if digest == owned.sha256 else "changed since it was exported"


def _what(path: Path, info: os.stat_result) -> str:
    if stat.S_ISLNK(info.st_mode):
        try:
            target_kind = kind_of(os.stat(path).st_mode)
        except OSError:
            return "a link to nothing"
        return f"a link to {target_kind or 'a file'}"
    return f"it is {kind_of(info.st_mode) or 'a special file'}"


def _key(path: Path) -> str:
    """A path as compared here: absolute, with its folder's links resolved."""
    path = Path(path)
    try:
        folder = path.parent.resolve()
    except OSError:
        folder = path.parent.absolute()
    return os.path.normcase(str(folder / path.name))
