"""The export manifest (``manifest.json`` in a bundle): what was exported, from which version
of the record, when and by whom, and what the checks found — and nothing else.

It goes out with the copies, so it holds only what may leave the machine: the files (name,
format, size, SHA-256), the record's id and version hash, the export time, the officer's
display name ("not recorded" without one; never the login name), the count of findings by
severity, the codes of public findings (never the legal family C2, never a finding on a
private field), and for an override only that one was recorded, by whom and when. The codes
overridden and the reason stay in the record's private approvals.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from ..checks import BLOCKING, INFO, WARNING, Issue
from ..model import private_paths
from ..model.records import RecordModel
from .final import Override

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 2
NOT_RECORDED = "not recorded"
#: Findings whose very code says too much: active proceedings, reporting restrictions.
PRIVATE_FAMILIES = frozenset({"C2"})


@dataclass(frozen=True)
class Output:
    """One exported file, made in memory before anything is written."""

    fmt: str
    name: str
    data: bytes


def checks_summary(record: RecordModel, issues: list[Issue]) -> dict[str, Any]:
    """How many findings of each severity, and the codes of the public ones."""
    counts = {severity: sum(1 for issue in issues if issue.severity == severity)
              for severity in (BLOCKING, WARNING, INFO)}
    public = [issue.code for issue in issues if is_public_finding(record, issue)]
    return {"counts": counts, "codes": sorted(set(public), key=_code_order)}


def is_public_finding(record: RecordModel, issue: Issue) -> bool:
    if issue.code.split(".")[0] in PRIVATE_FAMILIES:
        return False
    path = issue.field_path or ""
    return not any(_under(path, private) for private in _private_patterns(type(record)))


@cache
def _private_patterns(model: type[RecordModel]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(path.split(".")) for path in private_paths(model))


def _under(path: str, pattern: tuple[str, ...]) -> bool:
    parts = path.split(".") if path else []
    if len(parts) < len(pattern):
        return False
    return all(want == got or (want == "*" and got.isdigit())
               for want, got in zip(pattern, parts, strict=False))


def _code_order(code: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in code.lstrip("C").split("."))


def build_manifest(record: RecordModel, outputs: list[Output], *, record_version: str,
                   now: datetime, issues: list[Issue], override: Override | None,
                   officer: str | None) -> dict[str, Any]:
    by = (officer or "").strip() or NOT_RECORDED
    return {
        "manifest_version": MANIFEST_VERSION,
        "record_id": str(record.id),
        "record_version": record_version,
        "exported_at": now.isoformat(timespec="seconds"),
        "exported_by": by,
        "files": [{"name": output.name, "format": output.fmt, "size_bytes": len(output.data),
                   "sha256": hashlib.sha256(output.data).hexdigest()} for output in outputs],
        "checks": checks_summary(record, issues),
        "override": None if override is None else {
            "recorded": True, "by": override.user or NOT_RECORDED,
            "at": override.at.isoformat(timespec="seconds")},
    }


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
