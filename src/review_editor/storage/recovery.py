"""Recovery snapshots of the record being edited, and when to take them.

A snapshot is the editor's in-memory data, written atomically to local app data
(``paths.recovery_dir()``), never to the record's folder. It is removed on save or close;
any left at start were left by a crash and are offered back.

Timing (``AutosavePolicy``): a snapshot 2 s after the last edit, and while edits keep
coming, at least every 4 s, so what a crash loses is at most about 5 s of typing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import paths
from .atomic import write_atomic

IDLE_DELAY = 2.0
MAX_INTERVAL = 4.0


@dataclass(frozen=True)
class Snapshot:
    path: Path  # the snapshot file in app data
    record_path: str | None  # the record file it belongs to (None: never saved)
    base_sha256: str | None  # the record file's hash when the editing began
    saved_at: datetime
    data: dict[str, Any]

    @property
    def title(self) -> str:
        return str(self.data.get("title", "Untitled"))


def snapshot_name(record_id: str, record_path: Path | None) -> str:
    key = f"{record_id}|{record_path or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + ".json"


class RecoveryStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else paths.recovery_dir()

    def path_for(self, record_id: str, record_path: Path | None) -> Path:
        return self.root / snapshot_name(record_id, record_path)

    def write(self, data: dict[str, Any], record_path: Path | None,
              base_sha256: str | None) -> Path:
        paths.ensure(self.root)
        target = self.path_for(str(data.get("id", "")), record_path)
        payload = {
            "record_path": str(record_path) if record_path else None,
            "base_sha256": base_sha256,
            "saved_at": datetime.now(UTC).isoformat(),
            "data": data,
        }
        write_atomic(target, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        return target

    def discard(self, record_id: str, record_path: Path | None) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.path_for(record_id, record_path))

    def discard_file(self, snapshot: Path) -> None:
        with contextlib.suppress(OSError):
            os.unlink(snapshot)

    def leftovers(self) -> list[Snapshot]:
        """Snapshots on disk, newest first; unreadable ones are skipped, not deleted."""
        if not self.root.is_dir():
            return []
        found: list[Snapshot] = []
        for path in self.root.glob("*.json"):
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                found.append(Snapshot(path, raw.get("record_path"), raw.get("base_sha256"),
                                      datetime.fromisoformat(raw["saved_at"]), raw["data"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(found, key=lambda s: s.saved_at, reverse=True)


class AutosavePolicy:
    """Decides when to snapshot, given edit times (seconds on a monotonic clock)."""

    def __init__(self, idle_delay: float = IDLE_DELAY, max_interval: float = MAX_INTERVAL):
        self.idle_delay = idle_delay
        self.max_interval = max_interval
        self.last_edit: float | None = None
        self.first_unsaved_edit: float | None = None
        self.last_snapshot: float | None = None

    def edited(self, now: float) -> None:
        self.last_edit = now
        if self.first_unsaved_edit is None:
            self.first_unsaved_edit = now

    def due_at(self) -> float | None:
        """When the next snapshot is due, or None when everything is snapshotted."""
        if self.first_unsaved_edit is None or self.last_edit is None:
            return None
        idle = self.last_edit + self.idle_delay
        since = self.last_snapshot if self.last_snapshot is not None else self.first_unsaved_edit
        return min(idle, max(since, self.first_unsaved_edit) + self.max_interval)

    def is_due(self, now: float) -> bool:
        due = self.due_at()
        return due is not None and now >= due

    def snapshotted(self, now: float) -> None:
        self.last_snapshot = now
        self.first_unsaved_edit = None

    def saved(self) -> None:
        self.first_unsaved_edit = None
        self.last_edit = None
