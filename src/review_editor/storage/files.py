"""Loading and saving one record file.

Loading only reads: a file that cannot be read is never modified. Saving writes exactly
the record it is given (``modified_at`` and ``change_log`` are the editor's business),
atomically, and refuses to overwrite a file that changed since it was loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..model import RecordModel, parse_record, unknown_keys
from ..model.migrations import migrate
from .canonical import to_bytes
from .errors import FieldProblem, LoadError
from .names import escaped
from .reading import (  # noqa: F401 - read_bytes and decode are part of this module's face
    MAX_FILE_BYTES,
    RecordData,
    decode,
    os_problem,
    read_bytes,
    read_record_data,
    sha256,
)
from .writing import current_hash, write_checked  # noqa: F401 - part of this face


@dataclass
class LoadedRecord:
    record: RecordModel
    path: Path
    sha256: str  # of the bytes on disk when loaded: the base for conflict detection
    read_only: bool = False  # a newer major schema version: view, don't save over it
    warnings: list[str] = field(default_factory=list)
    #: The file's signature when it was read (``reading.file_signature``): a folder's index
    #: uses this record, not the file read again, while the file still has it.
    signature: tuple[int, ...] | None = None


def load_record(path: Path | str) -> LoadedRecord:
    return validate_record_data(read_record_data(path))


def validate_record_data(found: RecordData) -> LoadedRecord:
    """The record a file's JSON holds, as ``load_record`` makes it, from what was read
    already (the start lists a folder from its files' JSON and validates that later)."""
    path, value, version, relation = found.path, found.data, found.version, found.relation
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
                        + ", ".join(escaped(key) for key in extra))
    read_only = relation == "newer-major"
    if read_only:
        warnings.append(f"made by a newer Review Editor (schema {version}): opened read-only")
    return LoadedRecord(record, path, found.sha256, read_only, warnings, found.signature)


_KIND_ERRORS = {
    "union_tag_not_found": "missing: say which kind of record this is",
    "union_tag_invalid": "not a kind of record this version knows "
                         "(news_item, review_notice or learning_brief)",
}


def field_problems(error: ValidationError) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for item in error.errors(include_input=False, include_url=False):
        if item["type"] in _KIND_ERRORS:
            # pydantic reports these at the record's root, quoting the value it found.
            problems.append(FieldProblem("kind", _KIND_ERRORS[item["type"]]))
            continue
        location = list(item["loc"])
        # The union's tag ("news_item") leads the location: it is not part of the path.
        if location and location[0] in ("news_item", "review_notice", "learning_brief"):
            location = location[1:]
        path = ".".join(escaped(str(part)) for part in location)
        problems.append(FieldProblem(path, _plain(item["type"], item.get("ctx") or {},
                                                  item["msg"])))
    return problems


def _plain(kind: str, context: dict[str, object], message: str) -> str:
    """Pydantic's wording of the commonest problems in an officer's words."""
    if kind == "missing":
        return "required, but missing"
    if kind == "string_unicode":
        return ("holds a character that is not text (half of a pair, as a broken copy and "
                "paste leaves): delete it in a text editor")
    if kind == "string_too_long":
        return f"too long: at most {context.get('max_length')} characters"
    if kind == "string_too_short":
        return f"too short: at least {context.get('min_length')} characters"
    return message


def save_record(record: RecordModel, path: Path | str, *, expected_sha256: str | None = None,
                overwrite: bool = False) -> str:
    """Write ``record`` to ``path`` atomically and return the new content hash.

    ``expected_sha256`` is the hash of the file as it was loaded: if the file now differs
    (or is gone), ``ConflictError`` is raised and nothing is written. With no expected hash
    the file must not exist, unless ``overwrite`` says the user chose to replace it. The
    comparison and the replace are one step, also against other processes (``claims``).
    """
    return write_checked(Path(path), to_bytes(record), expected_sha256=expected_sha256,
                         overwrite=overwrite)
