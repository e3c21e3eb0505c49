"""Loading and saving one record file.

Loading only reads: a file that cannot be read is never modified. Saving writes exactly
the record it is given (``modified_at`` and ``change_log`` are the editor's business),
atomically, and refuses to overwrite a file that changed since it was loaded.
"""

from __future__ import annotations

import errno
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model import RecordModel, parse_record, unknown_keys
from ..model.migrations import compare, migrate
from . import atomic
from .canonical import sha256, to_bytes
from .errors import ConflictError, FieldProblem, LoadError, SaveError

MAX_FILE_BYTES = 20 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class LoadedRecord:
    record: RecordModel
    path: Path
    sha256: str  # of the bytes on disk when loaded: the base for conflict detection
    read_only: bool = False  # a newer major schema version: view, don't save over it
    warnings: list[str] = field(default_factory=list)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing folders and files over the size limit before reading."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise LoadError(path, "missing", "the file does not exist") from None
    except OSError as error:
        raise LoadError(path, "unreadable", _os_problem(error)) from None
    if not os.path.isfile(path):
        raise LoadError(path, "not_a_file", "this is a folder, not a record file")
    if info.st_size > MAX_FILE_BYTES:
        raise LoadError(path, "too_large", f"the file is {info.st_size / 1048576:.1f} MB; "
                        "records are at most 20 MB, so this is not a record file")
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise LoadError(path, "unreadable", _os_problem(error)) from None


def decode(path: Path, data: bytes) -> Any:
    """Bytes → JSON value, with typed errors for every way a file can be malformed."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    if data.startswith(_UTF16_BOMS):
        raise LoadError(path, "encoding", "the file is saved as UTF-16; record files are "
                        "UTF-8. Save it again as UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(data[: error.start].decode("utf-8", "replace"))
        raise LoadError(path, "encoding", "the file is not valid UTF-8 text",
                        line, column) from None
    if not text.strip():
        raise LoadError(path, "syntax", "the file is empty")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates,
                          parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise LoadError(path, "syntax", f"this is not valid JSON: {error.msg}",
                        error.lineno, error.colno) from None
    except _DuplicateKey as error:
        raise LoadError(path, "duplicate_key",
                        f"the key \"{error.key}\" appears twice in one object") from None
    except RecursionError:
        raise LoadError(path, "syntax", "the JSON is nested too deeply") from None
    except ValueError as error:  # NaN/Infinity, or a number with too many digits
        raise LoadError(path, "syntax", f"this is not valid JSON: {error}") from None


def load_record(path: Path | str) -> LoadedRecord:
    path = Path(path)
    data = read_bytes(path)
    digest = sha256(data)
    value = decode(path, data)
    if not isinstance(value, dict):
        raise LoadError(path, "not_a_record", "the file holds JSON, but not a record object")
    version = value.get("schema_version")
    if not isinstance(version, str) or not _is_version(version):
        raise LoadError(path, "invalid", "this is not a valid record",
                        fields=[FieldProblem("schema_version", "missing or not MAJOR.MINOR")])
    relation = compare(version)
    warnings: list[str] = []
    if relation == "older-major":
        try:
            value = migrate(value)
        except ValueError as error:
            raise LoadError(path, "unsupported_version", str(error)) from None
    try:
        record = parse_record(value)
    except ValidationError as error:
        if relation == "newer-major":
            raise LoadError(path, "unsupported_version", f"the file uses schema version "
                            f"{version}, made by a newer Review Editor; update the app to "
                            "open it") from None
        raise LoadError(path, "invalid", "this is not a valid record",
                        fields=field_problems(error)) from None
    except RecursionError:
        raise LoadError(path, "syntax", "the JSON is nested too deeply") from None
    extra = list(unknown_keys(record))
    if extra and relation == "current":
        warnings.append("fields this version does not know, kept as they are: "
                        + ", ".join(extra))
    read_only = relation == "newer-major"
    if read_only:
        warnings.append(f"made by a newer Review Editor (schema {version}): opened read-only")
    return LoadedRecord(record, path, digest, read_only, warnings)


def field_problems(error: ValidationError) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for item in error.errors(include_input=False, include_url=False):
        location = list(item["loc"])
        # The union's tag ("news_item") leads the location: it is not part of the path.
        if location and location[0] in ("news_item", "review_notice", "learning_brief"):
            location = location[1:]
        path = ".".join(str(part) for part in location)
        problems.append(FieldProblem(path, item["msg"]))
    return problems


def current_hash(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return sha256(handle.read())
    except FileNotFoundError:
        return None


def save_record(record: RecordModel, path: Path | str, *, expected_sha256: str | None = None,
                overwrite: bool = False) -> str:
    """Write ``record`` to ``path`` atomically and return the new content hash.

    ``expected_sha256`` is the hash of the file as it was loaded: if the file now differs
    (or is gone), ``ConflictError`` is raised and nothing is written. With no expected hash
    the file must not exist, unless ``overwrite`` says the user chose to replace it.
    """
    path = Path(path)
    data = to_bytes(record)
    if not overwrite:
        on_disk = current_hash(path)
        if expected_sha256 is None and on_disk is not None:
            raise ConflictError(path, "exists", on_disk)
        if expected_sha256 is not None and on_disk is None:
            raise ConflictError(path, "deleted")
        if expected_sha256 is not None and on_disk != expected_sha256:
            raise ConflictError(path, "changed", on_disk)
    try:
        atomic.write_atomic(path, data)
    except OSError as error:
        raise SaveError(path, _os_problem(error)) from error
    return sha256(data)


def _os_problem(error: OSError) -> str:
    if atomic.is_sharing_violation(error):
        return "another program (a sync client, antivirus or Word) is holding the file open"
    messages = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EFBIG: "the file is larger than this disk allows",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the folder is read-only",
        errno.EIO: "the disk reported an input/output error",
        errno.ENOENT: "the folder does not exist",
    }
    return messages.get(error.errno or -1, error.strerror or str(error))


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a record")


def _is_version(text: str) -> bool:
    return re.fullmatch(r"[0-9]+\.[0-9]+", text) is not None


def _position(prefix: str) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    return line, column
