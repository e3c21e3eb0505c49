"""The user's settings: a small JSON file in the app's config folder.

JSON rather than ``QSettings`` (the registry on Windows): readable, testable, portable, and
it moves with ``REVIEW_EDITOR_HOME``. Keys this module does not know are kept as they are,
so other parts of the app can store their own settings in the same file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ...storage import write_atomic

MAX_RECENT = 10


class Settings:
    def __init__(self, path: Path | None, data: dict[str, Any] | None = None) -> None:
        self.path = path  # None: kept in memory only
        self.data: dict[str, Any] = dict(data or {})

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The settings in ``path``; an unreadable or damaged file counts as empty."""
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            value = {}
        return cls(path, value if isinstance(value, dict) else {})

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"
        write_atomic(self.path, text.encode("utf-8"))

    # folders and files -----------------------------------------------------------------------

    @property
    def last_folder(self) -> Path | None:
        return _path_or_none(self.data.get("last_folder"))

    @last_folder.setter
    def last_folder(self, folder: Path | None) -> None:
        self.data["last_folder"] = str(folder) if folder else None

    @property
    def last_file(self) -> Path | None:
        return _path_or_none(self.data.get("last_file"))

    @last_file.setter
    def last_file(self, path: Path | None) -> None:
        self.data["last_file"] = str(path) if path else None

    @property
    def recent_files(self) -> list[Path]:
        return _paths(self.data.get("recent_files"))

    @property
    def recent_folders(self) -> list[Path]:
        return _paths(self.data.get("recent_folders"))

    def add_recent_file(self, path: Path) -> None:
        self.data["recent_files"] = _push(self.recent_files, path)

    def add_recent_folder(self, folder: Path) -> None:
        self.data["recent_folders"] = _push(self.recent_folders, folder)

    def forget_recent_file(self, path: Path) -> None:
        self.data["recent_files"] = [str(p) for p in self.recent_files if p != path]

    def forget_recent_folder(self, folder: Path) -> None:
        self.data["recent_folders"] = [str(p) for p in self.recent_folders if p != folder]

    # window layout (Qt's saveGeometry / saveState, base64) --------------------------------

    @property
    def window_geometry(self) -> str | None:
        return _str_or_none(self.data.get("window_geometry"))

    @window_geometry.setter
    def window_geometry(self, value: str | None) -> None:
        self.data["window_geometry"] = value

    @property
    def window_state(self) -> str | None:
        return _str_or_none(self.data.get("window_state"))

    @window_state.setter
    def window_state(self, value: str | None) -> None:
        self.data["window_state"] = value


def _push(items: list[Path], item: Path) -> list[str]:
    kept = [item] + [existing for existing in items if existing != item]
    return [str(path) for path in kept[:MAX_RECENT]]


def _paths(value: Any) -> list[Path]:
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item]


def _path_or_none(value: Any) -> Path | None:
    return Path(value) if isinstance(value, str) and value else None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
