"""The workspace index: what the library lists for a folder of records.

Scanning validates every file (so a broken one is reported at once, with its message) and
keeps only what the library shows and searches, not the records themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..model import RecordModel
from .atomic import is_temp_name, sweep_orphans
from .errors import LoadError
from .files import load_record

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

    def matches(self, query: str) -> bool:
        return all(word in self.search_text for word in query.casefold().split())


@dataclass
class FolderScan:
    folder: Path
    entries: list[IndexEntry] = field(default_factory=list)
    problems: list[LoadError] = field(default_factory=list)
    swept: list[Path] = field(default_factory=list)


def entry_for(record: RecordModel, path: Path, mtime: float) -> IndexEntry:
    parts = [record.title, record.summary or ""]
    for section in record.body:
        parts.append(section.heading)
        parts.append(section.markdown)
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
    )


def is_record_file(name: str) -> bool:
    return (name.lower().endswith(RECORD_SUFFIX) and not name.startswith(".")
            and not is_temp_name(name))


def scan_folder(folder: Path | str) -> FolderScan:
    """Every record file directly in ``folder``; orphan temp files are swept first."""
    folder = Path(folder)
    scan = FolderScan(folder, swept=sweep_orphans(folder))
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if is_record_file(entry.name))
    except OSError as error:
        scan.problems.append(LoadError(folder, "unreadable", error.strerror or str(error)))
        return scan
    for name in names:
        path = folder / name
        try:
            loaded = load_record(path)
            mtime = os.stat(path).st_mtime
        except LoadError as error:
            scan.problems.append(error)
            continue
        except OSError:
            continue  # vanished between listing and reading
        scan.entries.append(entry_for(loaded.record, path, mtime))
    return scan
