"""The workspace index: what the library lists for a folder of records.

Scanning validates every file (so a broken one is reported at once, with its message) and
keeps only what the library shows and searches, not the records themselves. A quick scan
(``validate=False``) reads the files without validating them, and so without the models:
the window lists a folder with it while the models load, then scans again to confirm.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import is_temp_name, sweep_orphans
from .errors import LoadError
from .export_index import exported_copies
from .reading import RecordData, file_signature, read_record_data

if TYPE_CHECKING:
    from ..model import RecordModel
    from .files import LoadedRecord

RECORD_SUFFIX = ".json"


@dataclass
class IndexEntry:
    path: Path
    id: str
    kind: str
    status: str
    title: str
    slug: str | None
    published_on: date | None
    modified_at: datetime | None
    file_mtime: float
    embargo_until: datetime | None
    search_text: str  # case-folded title, summary and body, for search as you type
    # What the workspace checks (C7.6, C7.9, C8.4, C8.5) need to know of the records beside
    # the one checked: they read this index too.
    publish_at: datetime | None = None
    review_type: str | None = None
    panel_notified_on: date | None = None
    final_approval_on: date | None = None
    #: The file's signature (``reading.file_signature``) when it was read for this entry:
    #: a listing that knows this entry reads the file again unless it still has it (a file
    #: rewritten in place may keep its modification time, not its change time).
    file_signature: tuple[int, ...] | None = field(default=None, compare=False, repr=False)

    def matches(self, query: str) -> bool:
        return all(word in self.search_text for word in query.casefold().split())


@dataclass
class FolderScan:
    folder: Path
    entries: list[IndexEntry] = field(default_factory=list)
    problems: list[LoadError] = field(default_factory=list)
    swept: list[Path] = field(default_factory=list)
    #: JSON copies this app exported here, unchanged since: a record's public copy, with
    #: its id, which the library does not list beside the record (``export_index``).
    exported: list[Path] = field(default_factory=list)
    #: A quick scan's reads, by path: ``confirm_scan`` validates them without reading the
    #: files again.
    read: dict[Path, RecordData] = field(default_factory=dict)


def entry_for(record: RecordModel, path: Path, mtime: float) -> IndexEntry:
    review = record.review
    qa = review.home_office_qa if review else None
    # A bilingual record is found by its Welsh as well as its English.
    parts = [record.title, record.summary or "", record.title_cy or "",
             record.summary_cy or ""]
    for section in record.body:
        parts += [section.heading, section.markdown, section.heading_cy or "",
                  section.markdown_cy or ""]
    return IndexEntry(
        path=path,
        id=str(record.id),
        kind=record.kind,
        status=str(record.status),
        title=record.title,
        slug=record.slug,
        published_on=record.published_on,
        modified_at=record.modified_at,
        file_mtime=mtime,
        embargo_until=record.embargo.until if record.embargo else None,
        search_text="\n".join(parts).casefold(),
        publish_at=record.publish_at,
        review_type=str(review.review_type) if review and review.review_type else None,
        panel_notified_on=review.panel_notified_on if review else None,
        final_approval_on=qa.final_approval_on if qa else None,
    )


def entry_from_data(data: dict[str, Any], path: Path, mtime: float) -> IndexEntry:
    """What ``entry_for`` makes of the validated record, read from the file's JSON as it
    stands (a quick scan's entry). Never raises: a value of the wrong type reads as
    missing, and the scan that validates corrects it."""
    title = _text(data.get("title"))
    parts = [title, _text(data.get("summary")), _text(data.get("title_cy")),
             _text(data.get("summary_cy"))]
    body = data.get("body")
    for section in body if isinstance(body, list) else []:
        if isinstance(section, dict):
            parts += [_text(section.get(name))
                      for name in ("heading", "markdown", "heading_cy", "markdown_cy")]
    embargo = data.get("embargo")
    review = _mapping(data.get("review"))
    qa = _mapping(review.get("home_office_qa"))
    return IndexEntry(
        path=path,
        id=_uuid_text(data.get("id")),
        kind=_text(data.get("kind")),
        status=_text(data.get("status")) or "draft",
        title=title,
        slug=data.get("slug") if isinstance(data.get("slug"), str) else None,
        published_on=_parsed(date.fromisoformat, data.get("published_on")),
        modified_at=_aware(data.get("modified_at")),
        file_mtime=mtime,
        embargo_until=_aware(embargo.get("until")) if isinstance(embargo, dict) else None,
        search_text="\n".join(parts).casefold(),
        publish_at=_aware(data.get("publish_at")),
        review_type=_text(review.get("review_type")) or None,
        panel_notified_on=_parsed(date.fromisoformat, review.get("panel_notified_on")),
        final_approval_on=_parsed(date.fromisoformat, qa.get("final_approval_on")),
    )


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _uuid_text(value: Any) -> str:
    try:
        return str(uuid.UUID(value))
    except (TypeError, ValueError, AttributeError):
        return _text(value)


def _parsed(parse: Callable[[str], Any], value: Any) -> Any:
    try:
        return parse(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _aware(value: Any) -> datetime | None:
    moment = _parsed(datetime.fromisoformat, value)
    return moment if moment is not None and moment.tzinfo is not None else None


def is_record_file(name: str) -> bool:
    return (name.lower().endswith(RECORD_SUFFIX) and not name.startswith(".")
            and not is_temp_name(name))


def scan_folder(folder: Path | str, *, validate: bool = True,
                known: Mapping[Path, IndexEntry] | None = None,
                loaded: Iterable[LoadedRecord] = ()) -> FolderScan:
    """Every record file directly in ``folder``; orphan temp files are swept first.

    ``validate=False``: a quick scan, which reads each file as JSON and lists it as it
    stands, reporting only files that are not a record object at all. Its entries are what
    the full scan will most likely find; confirm them with a full scan.
    ``known``: entries listed before; a file whose modification time is still theirs is not
    read again (a folder read again after a colleague's save reads only what changed).
    ``loaded``: records loaded already (the one a command checks); a file that is still
    what one of them was read from is listed from it, not read and validated again."""
    folder = Path(folder)
    unchanged = {record.signature: record for record in loaded if record.signature}
    scan = FolderScan(folder, swept=sweep_orphans(folder))
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if is_record_file(entry.name))
    except OSError as error:
        scan.problems.append(LoadError(folder, "unreadable", error.strerror or str(error)))
        return scan
    exported = exported_copies(folder, names)
    scan.exported = [folder / name for name in names if name in exported]
    for name in names:
        if name in exported:
            continue
        path = folder / name
        try:
            info = os.stat(path)
            before = known.get(path) if known else None
            signature = file_signature(info)
            reused = unchanged.get(signature)
            if before is not None and before.file_mtime == info.st_mtime \
                    and before.file_signature in (None, signature):
                entry = before
            elif reused is not None:
                entry = entry_for(reused.record, path, info.st_mtime)
                entry.file_signature = signature
            elif validate:
                from .files import load_record

                loaded_now = load_record(path)
                entry = entry_for(loaded_now.record, path, os.stat(path).st_mtime)
                entry.file_signature = loaded_now.signature
            else:
                read = read_record_data(path)
                entry = entry_from_data(read.data, path, os.stat(path).st_mtime)
                entry.file_signature = read.signature
                scan.read[path] = read
        except LoadError as error:
            scan.problems.append(error)
            continue
        except OSError:
            continue  # vanished between listing and reading
        scan.entries.append(entry)
    return scan


def confirm_scan(quick: FolderScan) -> FolderScan:
    """What a validating scan of ``quick.folder`` would find, from the quick scan's reads:
    a file is read again only if it changed since it was listed. A file the quick scan
    could not read stays a problem."""
    from .files import load_record, validate_record_data

    full = FolderScan(quick.folder, problems=list(quick.problems),
                      exported=list(quick.exported))
    for listed in quick.entries:
        path = listed.path
        found = quick.read.get(path)
        try:
            mtime = os.stat(path).st_mtime
            loaded = validate_record_data(found) if found is not None \
                and mtime == found.mtime else load_record(path)
        except LoadError as error:
            full.problems.append(error)
            continue
        except OSError:
            continue  # gone since it was listed
        entry = entry_for(loaded.record, path, mtime)
        entry.file_signature = loaded.signature
        full.entries.append(entry)
    return full
