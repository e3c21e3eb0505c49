"""Running the pre-publication checks for a record on disk: the one place that gathers
what the checks need (the partnership's settings, the record's deny-list, the other
records of its folder). The CLI, the Checks dock and export all come through here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from . import paths
from .checks import (
    CheckContext,
    CheckSettings,
    Issue,
    WorkspaceEntry,
    load_denylist,
    run_checks,
)
from .model import RecordModel
from .storage import IndexEntry, LoadedRecord, scan_folder


def load_check_settings(path: Path | None = None) -> CheckSettings:
    """The partnership's settings, or the defaults when there are none (or they are
    unreadable: checks must still run)."""
    path = path or paths.check_settings_file()
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    try:
        return CheckSettings.from_dict(data if isinstance(data, dict) else None)
    except ValueError:
        return CheckSettings.from_dict(None)


def folder_index(folder: Path | None, current: RecordModel | None = None,
                 source: LoadedRecord | None = None,
                 listed: dict[Path, IndexEntry] | None = None) -> dict[str, WorkspaceEntry]:
    """The records beside this one, by id (the current record as it is being edited), from
    the folder's index: the same one the window's library lists. ``source``: the file the
    current record was loaded from, which is not read again while it is unchanged.
    ``listed``: the folder's entries listed before (a command checking many files of one
    folder), by path; a file still as it was is not read again, and what this listing
    finds is added."""
    index: dict[str, WorkspaceEntry] = {}
    if folder is not None and folder.is_dir():
        loaded = [source] if source is not None else []
        scan = scan_folder(folder, known=listed, loaded=loaded)
        if listed is not None:
            listed.update((entry.path, entry) for entry in scan.entries)
        index = workspace_from(scan.entries)
    if current is not None:
        index[str(current.id)] = WorkspaceEntry.from_record(current)
    return index


def workspace_from(entries: Iterable[IndexEntry]) -> dict[str, WorkspaceEntry]:
    """The workspace checks' view of a folder's index, by record id."""
    return {entry.id: WorkspaceEntry.from_index(entry) for entry in entries}


def context_for(record: RecordModel, *, now: datetime, folder: Path | None,
                target_status: str | None = None, settings: CheckSettings | None = None,
                workspace: dict[str, WorkspaceEntry] | None = None,
                source: LoadedRecord | None = None,
                listed: dict[Path, IndexEntry] | None = None) -> CheckContext:
    if workspace is None:
        workspace = folder_index(folder, record, source, listed)
    return CheckContext(
        now=now,
        settings=settings or load_check_settings(),
        denylist=load_denylist(record.id),
        workspace=workspace,
        target_status=target_status,
        base_dir=folder,
    )


def check_record(record: RecordModel, *, now: datetime, folder: Path | None,
                 target_status: str | None = None, source: LoadedRecord | None = None,
                 listed: dict[Path, IndexEntry] | None = None) -> list[Issue]:
    """The record's findings; ``source``: the file it was loaded from, as it was read;
    ``listed``: its folder's entries listed before (``folder_index``)."""
    return run_checks(record, context_for(record, now=now, folder=folder,
                                          target_status=target_status, source=source,
                                          listed=listed))
