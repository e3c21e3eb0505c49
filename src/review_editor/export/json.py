"""The data copy: the record's public copy (``render.public_copy``) as a v1 record that
``review-editor validate`` accepts: no private field, and Markdown written again from what
readers see, never the source as typed.

While the record is embargoed it carries ``embargo`` (a record field) and its file name the
``-EMBARGOED`` suffix; the label itself is derived, never stored.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from ..model import public_dump
from ..model.records import RecordModel
from ..model.walk import version_to_write
from ..render import public_copy
from .files import write_output
from .names import export_filename


def json_text(record: RecordModel, base_dir: Path | None = None) -> str:
    copy = public_copy(record, base_dir)
    public = public_dump(copy)
    public["schema_version"] = version_to_write(copy)  # as a saved file says it
    return json.dumps(public, indent=2, ensure_ascii=False) + "\n"


def json_bytes(record: RecordModel, base_dir: Path | None = None) -> bytes:
    return json_text(record, base_dir).encode("utf-8")


def export_json(record: RecordModel, folder: Path, *, now: datetime,
                base_dir: Path | None = None) -> Path:
    return write_output(Path(folder) / export_filename(record, "json", now),
                        json_bytes(record, base_dir))
