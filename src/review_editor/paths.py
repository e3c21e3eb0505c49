"""Every location the app uses on disk, in one place (appdirs).

Records live wherever the user keeps them; everything else (settings, backups, recovery
snapshots, deny-lists, logs) lives in the user's local app-data folders, never beside the
records, so nothing private lands in a synced folder. Set ``REVIEW_EDITOR_HOME`` to move all
of it under one folder (tests and portable use).

The one shared file is the organisation profile, in the workspace folder beside the records:
colleagues who work in that folder see the same branding. The workspace folder is recorded
in a small JSON file in the config folder, so the command line finds the profile too.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import appdirs

APP_NAME = "Review Editor"
APP_AUTHOR = "ReviewEditor"
WORKSPACE_NAME = "Review Editor"
#: The organisation profile's file name in a workspace folder (a dot name: not a record).
PROFILE_NAME = ".review-editor-profile.json"


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


def officer_file() -> Path:
    """This user's own details (the display name that goes into export manifests)."""
    return data_dir() / "officer.json"


def workspace_config_file() -> Path:
    return config_dir() / "workspace.json"


def profile_file(workspace: Path) -> Path:
    """The organisation profile of a workspace folder."""
    return workspace / PROFILE_NAME


def recorded_workspace() -> Path | None:
    """The workspace folder the window last recorded, or None (never recorded, or the file
    cannot be read)."""
    try:
        value = json.loads(workspace_config_file().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    folder = value.get("workspace") if isinstance(value, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def record_workspace(folder: Path) -> None:
    """Remember ``folder`` as the workspace (atomically); raises ``OSError`` if it cannot."""
    from .storage.atomic import write_atomic

    if recorded_workspace() == folder:
        return
    target = ensure(config_dir()) / workspace_config_file().name
    text = json.dumps({"workspace": str(folder)}, ensure_ascii=False, indent=2) + "\n"
    write_atomic(target, text.encode("utf-8"))


def path_key(path: Path | str) -> str:
    """A path as the file system compares it: absolute, and without case on Windows."""
    return os.path.normcase(os.path.abspath(path))


def same_path(a: Path | str, b: Path | str) -> bool:
    """The same file or folder: by identity on disk when both exist, else by ``path_key``."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return path_key(a) == path_key(b)
