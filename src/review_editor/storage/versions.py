"""Version history: every save keeps the previous version as a rotating backup.

Backups live in local app data (``paths.backups_dir()/<record id>/``), never beside the
record. Each is the file's exact bytes, so restoring one is byte-exact, with a small
sidecar saying when, by whom and from where it was saved.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from .atomic import write_atomic
from .canonical import sha256
from .identity import host_name, user_name
from .reading import MAX_FILE_BYTES
from .special import read_regular

if TYPE_CHECKING:
    from ..model import RecordModel
    from .files import LoadedRecord

DEFAULT_KEEP = 20
NOTES_NAME = "notes.json"  # beside a record's backups: sha256 of a saved version → its note


@dataclass(frozen=True)
class Backup:
    path: Path
    saved_at: datetime
    user: str
    host: str
    source: str
    sha256: str
    #: The officer's display name from the profile when the version was kept, if recorded.
    officer: str | None = None
    #: What the officer said of this version when saving it ("Save with a note…"), if anything.
    note: str | None = None

    def load(self) -> LoadedRecord:
        from .files import load_record

        return load_record(self.path)

    def data(self) -> bytes:
        return self.path.read_bytes()


class BackupStore:
    def __init__(self, root: Path | None = None, keep: int = DEFAULT_KEEP) -> None:
        self.root = root if root is not None else paths.backups_dir()
        self.keep = keep

    def folder(self, record_id: str) -> Path:
        return self.root / record_id

    def add_note(self, record_id: str, sha256: str, note: str) -> None:
        """Remember ``note`` for the content with ``sha256``: the version a save just wrote,
        which becomes a backup when a later save replaces it."""
        notes = self._notes(record_id)
        notes[sha256] = note.strip()
        folder = paths.ensure(self.folder(record_id))
        write_atomic(folder / NOTES_NAME, json.dumps(notes, ensure_ascii=False).encode("utf-8"))

    def _notes(self, record_id: str) -> dict[str, str]:
        try:
            data = json.loads((self.folder(record_id) / NOTES_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)} \
            if isinstance(data, dict) else {}

    def add(self, record_id: str, data: bytes, source: Path) -> Backup:
        """Keep ``data`` (the file's content before a save) and rotate old backups."""
        folder = paths.ensure(self.folder(record_id))
        now = datetime.now(UTC)
        stem = now.strftime("%Y%m%dT%H%M%S.%fZ")
        target = folder / f"{stem}.json"
        counter = 1
        while target.exists():
            target = folder / f"{stem}-{counter}.json"
            counter += 1
        write_atomic(target, data)
        from .profile import officer_display_name

        meta = {"saved_at": now.isoformat(), "user": user_name(), "host": host_name(),
                "source": str(source), "sha256": sha256(data),
                "officer": officer_display_name()}
        write_atomic(target.with_suffix(".meta"), json.dumps(meta).encode("utf-8"))
        self._rotate(folder)
        return self._read(target)

    def list(self, record_id: str) -> list[Backup]:
        """Newest first."""
        folder = self.folder(record_id)
        if not folder.is_dir():
            return []
        notes = self._notes(record_id)
        found = [self._read(p, notes) for p in sorted(folder.glob("*.json"), reverse=True)
                 if p.name != NOTES_NAME]
        return [backup for backup in found if backup is not None]

    def _read(self, path: Path, notes: dict[str, str] | None = None) -> Backup:
        try:
            meta = json.loads(path.with_suffix(".meta").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        saved_at = meta.get("saved_at")
        return Backup(
            path=path,
            saved_at=datetime.fromisoformat(saved_at) if saved_at else
            datetime.fromtimestamp(path.stat().st_mtime, UTC),
            user=meta.get("user", "unknown"),
            host=meta.get("host", "unknown"),
            source=meta.get("source", ""),
            sha256=meta.get("sha256", ""),
            officer=meta.get("officer") if isinstance(meta.get("officer"), str) else None,
            note=(notes or {}).get(meta.get("sha256", "")) or None,
        )

    def _rotate(self, folder: Path) -> None:
        backups = sorted((p for p in folder.glob("*.json") if p.name != NOTES_NAME),
                         reverse=True)
        for old in backups[self.keep:]:
            for victim in (old, old.with_suffix(".meta")):
                with contextlib.suppress(OSError):
                    os.unlink(victim)


def save_with_backup(record: RecordModel, path: Path, *, expected_sha256: str | None,
                     overwrite: bool = False, store: BackupStore | None = None) -> str:
    """``save_record``, first keeping the file's previous content as a backup.

    The backup is taken only when the previous content is the one the editor loaded (or
    the user chose to overwrite), so a colleague's version is never mistaken for ours.
    """
    store = store if store is not None else BackupStore()
    try:
        previous: bytes | None = read_regular(path, MAX_FILE_BYTES)
    except OSError:  # missing, or a pipe or device: save_record says which
        previous = None
    if previous is not None and (overwrite or sha256(previous) == expected_sha256):
        store.add(str(record.id), previous, path)
    from .files import save_record

    return save_record(record, path, expected_sha256=expected_sha256, overwrite=overwrite)
