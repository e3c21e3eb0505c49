"""Reading a record file up to, not including, validation: the bytes, the JSON, the schema
version. Typed errors for every way a file can be malformed. No pydantic here, so the window
can list a folder and show a record before the models are loaded; ``files.load_record``
validates what this reads.
"""

from __future__ import annotations

import errno
import hashlib
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import atomic
from .errors import FieldProblem, LoadError
from .names import escaped
from .special import NotRegularFile, ensure_regular_file, open_regular

MAX_FILE_BYTES = 20 * 1024 * 1024
#: Records nest about eight levels deep; the serialiser gives up at a few hundred, so a file
#: nested deeper than this could be opened but never saved.
MAX_DEPTH = 64
#: Python refuses to read longer integers (``sys.get_int_max_str_digits``).
MAX_DIGITS = 4300
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class RecordData:
    """A record file's JSON object, not yet validated."""

    path: Path
    data: dict[str, Any]
    sha256: str  # of the bytes on disk: the base for conflict detection
    version: str
    #: How its schema version relates to ours: "older-major", "current", "newer-minor"
    #: or "newer-major" (``model.migrations.compare``).
    relation: str
    #: The file's modification time, taken before it was read: a later one means it may
    #: have changed since.
    mtime: float = 0.0
    #: Which file it was and its state, taken with ``mtime`` (``file_signature``): while
    #: the file's signature is still this one, what was read is what the file holds.
    signature: tuple[int, ...] | None = None


def read_record_data(path: Path | str) -> RecordData:
    """The file's record object and how its version compares with ours; LoadError for a
    file that is not a record object with a MAJOR.MINOR schema version."""
    from ..model.migrations import compare  # pure: no models

    path = Path(path)
    try:
        info = os.stat(path)
    except OSError:
        info = None  # read_bytes says what is wrong
    data = read_bytes(path)
    digest = sha256(data)
    value = decode(path, data)
    if not isinstance(value, dict):
        raise LoadError(path, "not_a_record", "the file holds JSON, but not a record object")
    version = value.get("schema_version")
    if not isinstance(version, str) or not _is_version(version):
        raise LoadError(path, "invalid", "this is not a valid record",
                        fields=[FieldProblem("schema_version", "missing or not MAJOR.MINOR")])
    return RecordData(path, value, digest, version, compare(version),
                      info.st_mtime if info else 0.0, file_signature(info) if info else None)


def file_signature(info: os.stat_result) -> tuple[int, ...]:
    """The file (device and inode) and its state (size, modification and change times):
    any write changes it."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing folders and files over the size limit before reading."""
    try:
        info = ensure_regular_file(path)
    except FileNotFoundError:
        raise LoadError(path, "missing", "the file does not exist") from None
    except NotRegularFile as error:
        problem = ("this is a folder, not a record file" if error.kind == "a folder"
                   else f"{error.strerror}, so not a record file")
        raise LoadError(path, "not_a_file", problem) from None
    except OSError as error:
        raise LoadError(path, "unreadable", os_problem(error)) from None
    except ValueError:  # a NUL character in the path
        raise LoadError(path, "unreadable", "the file name is not valid") from None
    if info.st_size > MAX_FILE_BYTES:
        raise LoadError(path, "too_large", f"the file is {info.st_size / 1048576:.1f} MB; "
                        "records are at most 20 MB, so this is not a record file")
    try:
        with open_regular(path) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except NotRegularFile as error:  # swapped for a pipe or device since the check
        raise LoadError(path, "not_a_file", f"{error.strerror}, so not a record file") from None
    except OSError as error:
        raise LoadError(path, "unreadable", os_problem(error)) from None
    if len(data) > MAX_FILE_BYTES:  # it grew after the size check
        raise LoadError(path, "too_large", "the file is over 20 MB, so this is not a record file")
    return data


def decode(path: Path, data: bytes) -> Any:
    """Bytes → JSON value, with typed errors for every way a file can be malformed."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    # JSON text starts with an ASCII character, so a NUL among the first two bytes means a
    # wide encoding (UTF-16 without its byte order mark, or UTF-32).
    if data.startswith(_UTF16_BOMS) or b"\x00" in data[:2]:
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
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
                           parse_float=_finite_float, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise LoadError(path, "syntax", f"this is not valid JSON: {error.msg}",
                        error.lineno, error.colno) from None
    except _DuplicateKey as error:
        raise LoadError(path, "duplicate_key",
                        f"the key \"{escaped(error.key)}\" appears twice in one object") from None
    except _BadNumber as error:
        token_line, token_column = _token_position(text, error.token)
        raise LoadError(path, "syntax", f"this is not valid JSON: {error.problem}",
                        token_line, token_column) from None
    except RecursionError:
        raise LoadError(path, "syntax", "the JSON is nested too deeply") from None
    if _depth(value) > MAX_DEPTH:
        raise LoadError(path, "syntax", f"the JSON is nested more than {MAX_DEPTH} levels "
                        "deep, far deeper than any record") from None
    return value


def os_problem(error: OSError) -> str:
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
        errno.EISDIR: "a folder of that name is in the way",
    }
    return messages.get(error.errno or -1, error.strerror or str(error))


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _BadNumber(ValueError):
    """A number (or NaN/Infinity) that the file may not hold: it could not be saved back."""

    def __init__(self, token: str, problem: str) -> None:
        super().__init__(problem)
        self.token = token
        self.problem = problem


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) < len(pairs):  # a key came twice: name the first one repeated
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise _BadNumber(name, f"{name} is not allowed in a record")


def _finite_float(token: str) -> float:
    number = float(token)
    if not math.isfinite(number):  # 1e999: it would be saved back as null
        raise _BadNumber(token, "a number is too large")
    return number


def _bounded_int(token: str) -> int:
    if len(token) > MAX_DIGITS:
        raise _BadNumber(token, f"a number has more than {MAX_DIGITS} digits")
    return int(token)


def _token_position(text: str, token: str) -> tuple[int | None, int | None]:
    """Line and column of the first ``token`` outside string literals."""
    pattern = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|(?<![0-9A-Za-z.+-])(' + re.escape(token)
                         + r')(?![0-9A-Za-z.])', re.DOTALL)
    for match in pattern.finditer(text):
        if match.group(1) is not None:
            return _position(text[: match.start(1)])
    return None, None


def _depth(value: Any) -> int:
    """How deeply arrays and objects nest in ``value``: one level at a time (no recursion
    limit), looking at each value once."""
    deepest = 0
    level = [value]
    while level := [item for item in level if isinstance(item, (dict, list))]:
        deepest += 1
        level = [child for item in level
                 for child in (item.values() if isinstance(item, dict) else item)]
    return deepest


def _is_version(text: str) -> bool:
    return re.fullmatch(r"[0-9]+\.[0-9]+", text) is not None


def _position(prefix: str) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    return line, column
