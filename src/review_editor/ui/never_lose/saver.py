"""Saves that keep the previous version: the saver the record controller is given."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ...storage import StorageError
from ...storage.versions import DEFAULT_KEEP, BackupStore, save_with_backup
from ..common.settings import Settings

if TYPE_CHECKING:
    from ...model import RecordModel

log = logging.getLogger(__name__)

VERSIONS_SETTING = "versions_kept"  # earlier versions kept per record (default 20)


def versions_kept(settings: Settings) -> int:
    value = settings.data.get(VERSIONS_SETTING)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
        else DEFAULT_KEEP


class VersionedSaver:
    """``save_with_backup``: every save first keeps the file's previous version.

    Runs on the save thread. When the previous version cannot be read or kept (the app-data
    disk is full, say), the record is saved all the same, since that is the work the user
    asked to keep, and ``backup_problem`` says what was missed."""

    def __init__(self, store: BackupStore) -> None:
        self.store = store
        self.backup_problem: str | None = None

    def __call__(self, record: RecordModel, path: Path, *, expected_sha256: str | None,
                 overwrite: bool = False) -> str:
        self.backup_problem = None
        try:
            return save_with_backup(record, path, expected_sha256=expected_sha256,
                                    overwrite=overwrite, store=self.store)
        except StorageError:
            raise
        except OSError as error:
            log.warning("no backup of %s: %s", path, error)
            self.backup_problem = (f"The version of {path.name} before this save could not "
                                   f"be kept in its history: {error.strerror or error}.")
        from ...storage import save_record

        return save_record(record, path, expected_sha256=expected_sha256, overwrite=overwrite)
