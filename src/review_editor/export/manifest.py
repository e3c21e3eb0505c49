"""The export manifest: what was exported, from which version of the record, when, by which
version of the app, what the checks said, and any override (``manifest.json`` in a bundle)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .. import __version__
from ..checks import BLOCKING, INFO, WARNING, Issue
from ..model.records import RecordModel
from ..render import is_embargoed
from .final import Override

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class Output:
    """One exported file, made in memory before anything is written."""

    fmt: str
    name: str
    data: bytes


def checks_summary(issues: list[Issue]) -> dict[str, Any]:
    counts = {severity: sum(1 for issue in issues if issue.severity == severity)
              for severity in (BLOCKING, WARNING, INFO)}
    codes = sorted(dict.fromkeys(i.code for i in issues if i.severity == BLOCKING),
                   key=_code_order)
    return {"passed": counts[BLOCKING] == 0, "counts": counts, "blocking_codes": codes}


def _code_order(code: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in code.lstrip("C").split("."))


def build_manifest(record: RecordModel, outputs: list[Output], *, record_version: str,
                   now: datetime, final: bool, issues: list[Issue],
                   override: Override | None) -> dict[str, Any]:
    embargo = record.embargo
    return {
        "manifest_version": MANIFEST_VERSION,
        "app_version": __version__,
        "record_id": str(record.id),
        "record_title": record.title,
        "record_version": record_version,
        "exported_at": now.isoformat(timespec="seconds"),
        "final": final,
        "embargoed_until": embargo.until.isoformat()
        if embargo is not None and is_embargoed(record, now) else None,
        "files": [{"name": output.name, "format": output.fmt, "size_bytes": len(output.data),
                   "sha256": hashlib.sha256(output.data).hexdigest()} for output in outputs],
        "checks": checks_summary(issues),
        "override": override.manifest_entry() if override is not None else None,
    }


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
