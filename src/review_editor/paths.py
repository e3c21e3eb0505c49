"""Every location the app uses on disk, in one place (appdirs).

Records live wherever the user keeps them; everything else (settings, backups, recovery
snapshots, deny-lists, logs) lives in the user's local app-data folders, never beside the
records, so nothing private lands in a synced folder. Set ``REVIEW_EDITOR_HOME`` to move all
of it under one folder (tests and portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

APP_NAME = "Review Editor"
APP_AUTHOR = "ReviewEditor"
WORKSPACE_NAME = "Review Editor"


def _home_override() -> Path | None:
    value = os.environ.get("REVIEW_EDITOR_HOME")
    return Path(value) if value else None


def _dir(kind: str) -> Path:
    override = _home_override()
    if override is not None:
        path = override / kind
    elif kind == "data":
        path = Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    elif kind == "config":
        path = Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))
    elif kind == "logs":
        path = Path(appdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    else:
        raise ValueError(kind)
    return path


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def log_dir() -> Path:
    return _dir("logs")


def backups_dir() -> Path:
    return data_dir() / "backups"


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def denylist_dir() -> Path:
    return data_dir() / "denylists"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def workspace_dir(documents: Path) -> Path:
    """The first-run workspace: a "Review Editor" folder in the user's documents.

    The UI layer finds the documents folder (``QStandardPaths``, which follows a OneDrive
    redirect) and passes it here.
    """
    return documents / WORKSPACE_NAME


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_settings_file() -> Path:
    """The partnership's check settings (thresholds, word lists, allow-lists)."""
    return config_dir() / "checks.json"
