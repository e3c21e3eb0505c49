"""Schema versions and migrations: pure functions from one version's data to the next.

Version 1.0 is the first, so the table is empty; a v2 adds ``MIGRATIONS[1] = v1_to_v2``
(taking and returning plain JSON data) with a test of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .version import SCHEMA_VERSION

Data = dict[str, Any]

#: major version N -> function turning N data into N+1 data.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {}


def parse_version(text: str) -> tuple[int, int]:
    major, minor = text.split(".")
    return int(major), int(minor)


CURRENT = parse_version(SCHEMA_VERSION)


def compare(version: str) -> str:
    """"older-major", "current" (same major, minor ≤ ours), "newer-minor" or "newer-major"."""
    major, minor = parse_version(version)
    if major > CURRENT[0]:
        return "newer-major"
    if major < CURRENT[0]:
        return "older-major"
    return "newer-minor" if minor > CURRENT[1] else "current"


def migrate(data: Data) -> Data:
    """Bring data of an older major version up to the current one."""
    major, _ = parse_version(str(data["schema_version"]))
    while major < CURRENT[0]:
        step = MIGRATIONS.get(major)
        if step is None:
            raise ValueError(f"no migration from schema version {major}")
        data = step(data)
        major += 1
    return data
