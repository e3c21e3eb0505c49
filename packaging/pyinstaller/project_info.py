"""Name and version of the project, read from pyproject.toml, for the build scripts.

``python packaging/pyinstaller/project_info.py version`` prints the version (the Windows
workflow passes it to the installer compiler as ``/DAppVersion=...``).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PRODUCT_NAME = "Review Editor"


def pyproject(path: Path = REPO / "pyproject.toml") -> dict[str, Any]:
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def name(path: Path = REPO / "pyproject.toml") -> str:
    return str(pyproject(path)["project"]["name"])


def version(path: Path = REPO / "pyproject.toml") -> str:
    """``project.version``, or, when the version is dynamic, the file hatch reads it from."""
    data = pyproject(path)
    if "version" in data["project"]:
        return str(data["project"]["version"])
    source = path.parent / data["tool"]["hatch"]["version"]["path"]
    # hatch's default pattern: a line `__version__ = "1.2.3"` (or VERSION = ...).
    match = re.search(r"""^(?:__version__|VERSION)\s*=\s*["']([^"']+)["']""",
                      source.read_text(encoding="utf-8"), re.MULTILINE)
    if match is None:
        raise ValueError(f"no version string in {source}")
    return match.group(1)


def windows_version(text: str) -> tuple[int, int, int, int]:
    """The four numbers Windows version resources hold: "1.2.3rc1" → (1, 2, 3, 0)."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", text)
    if match is None:
        raise ValueError(f"not a version: {text!r}")
    numbers = tuple(int(part or 0) for part in match.groups())
    if any(number > 65535 for number in numbers):
        raise ValueError(f"each part of a Windows version is at most 65535: {text!r}")
    return numbers  # type: ignore[return-value]


if __name__ == "__main__":
    if sys.argv[1:] == ["version"]:
        print(version())
    elif sys.argv[1:] == ["name"]:
        print(name())
    else:
        sys.exit("usage: project_info.py version|name")
