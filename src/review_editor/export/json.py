"""The data copy: the canonical record without its private fields.

While the record is embargoed it carries ``embargo`` (a record field) and its file name the
``-EMBARGOED`` suffix; the label itself is derived, never stored.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from ..model import public_dump
from ..model.records import RecordModel
from .files import write_output
from .names import export_filename


def json_text(record: RecordModel) -> str:
    return json.dumps(public_dump(record), indent=2, ensure_ascii=False) + "\n"


def json_bytes(record: RecordModel) -> bytes:
    return json_text(record).encode("utf-8")


def export_json(record: RecordModel, folder: Path, *, now: datetime) -> Path:
    return write_output(Path(folder) / export_filename(record, "json", now), json_bytes(record))
