"""Shared by the export findings' tests (1 to 5 and 7): fictional records built in place,
a pinned clock, the command line run in this process, and every format's text read back."""

from __future__ import annotations

import io
import json
import signal
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from review_editor import cli
from review_editor.model import parse_record
from review_editor.model.records import RecordModel
from review_editor.storage import to_bytes

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
NOW_ARG = ["--now", "2026-11-25T12:00:00+00:00"]
RECORD_ID = "6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01"


def record_data(**fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"schema_version": "1.0", "id": RECORD_ID, "kind": "news_item",
                            "title": "Learning from Adult R", "slug": "adult-r"}
    data.update(fields)
    return data


def record(**fields: Any) -> RecordModel:
    return parse_record(record_data(**fields))


def write_record(folder: Path, name: str = "adult-r-record.json", **fields: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(to_bytes(record(**fields)))
    return path


def run_cli(*argv: str) -> int:
    return cli.main(["export", *argv, *NOW_ARG])


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (a FIFO opened the old way blocks forever)."""
    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def file_text(path: Path) -> str:
    """Everything a file says, whatever its format: a Word file's every XML part, a PDF's
    text and metadata, any other file as UTF-8."""
    data = path.read_bytes()
    if path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                             if name.endswith((".xml", ".rels")))
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        parts = [page.extract_text() or "" for page in reader.pages]
        parts.extend(str(value) for value in (reader.metadata or {}).values())
        xmp = reader.trailer["/Root"].get("/Metadata")
        if xmp is not None:
            parts.append(xmp.get_object().get_data().decode("utf-8", "replace"))
        return "\n".join(parts)
    return data.decode("utf-8")


def json_record(path: Path) -> dict[str, Any]:
    value = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value
