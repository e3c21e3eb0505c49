"""Round trips through real files: load(save(r)) == r, and saving again is byte-identical."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from record_strategies import newer_minor_data, record_data

from review_editor.model import parse_record, unknown_keys
from review_editor.storage import load_record, save_record, to_bytes

ROUND_TRIPS = 1200


def _round_trip(record: Any, folder: Path) -> bytes:
    """Save, load, compare, save again; returns the first save's bytes."""
    first = folder / "record.json"
    second = folder / "again.json"
    save_record(record, first, overwrite=True)
    written = first.read_bytes()
    loaded = load_record(first)
    assert loaded.record == record
    assert not loaded.read_only
    save_record(loaded.record, second, overwrite=True)
    assert second.read_bytes() == written
    return written


@settings(max_examples=ROUND_TRIPS, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=record_data())
def test_every_generated_record_survives_a_round_trip_through_a_file(data: dict[str, Any]):
    record = parse_record(data)
    with tempfile.TemporaryDirectory() as folder:
        written = _round_trip(record, Path(folder))
    assert written == to_bytes(record)
    text = written.decode("utf-8")
    assert not written.startswith(b"\xef\xbb\xbf")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert list(json.loads(text))[:3] == ["schema_version", "id", "kind"]


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=newer_minor_data())
def test_unknown_keys_of_a_newer_minor_version_survive_a_round_trip(data: dict[str, Any]):
    record = parse_record(data)
    assert list(unknown_keys(record))
    with tempfile.TemporaryDirectory() as folder:
        written = _round_trip(record, Path(folder))
        loaded = load_record(Path(folder) / "record.json")
    assert loaded.warnings == []  # a newer minor version may add fields: no complaint
    assert loaded.record.model_extra == record.model_extra
    # Unknown keys come after every known one, as the newer version wrote them.
    keys = list(json.loads(written))
    known = [key for key in keys if key in type(record).model_fields]
    assert keys[: len(known)] == known


@settings(max_examples=100, deadline=None)
@given(title=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=120))
def test_a_minimal_draft_writes_only_what_it_holds(title: str):
    record = parse_record({"schema_version": "1.0", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",
                           "kind": "learning_brief", "title": title})
    with tempfile.TemporaryDirectory() as folder:
        written = _round_trip(record, Path(folder))
    data = json.loads(written)
    assert data["title"] == title
    assert "summary" not in data and "review" not in data  # None fields are left out


def test_a_lone_surrogate_in_an_unknown_key_is_written_back_as_the_same_escape(tmp_path: Path):
    path = tmp_path / "future.json"
    original = (
        '{\n  "schema_version": "1.3",\n  "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",\n'
        '  "kind": "news_item",\n  "title": "Annual report published",\n'
        '  "future_note": "half an emoji: \\ud83d"\n}\n'
    )
    path.write_text(original, encoding="utf-8")
    loaded = load_record(path)
    assert loaded.record.model_extra == {"future_note": "half an emoji: \ud83d"}
    save_record(loaded.record, path, expected_sha256=loaded.sha256)
    again = load_record(path)
    assert again.record == loaded.record
    save_record(again.record, tmp_path / "copy.json")
    assert (tmp_path / "copy.json").read_bytes() == path.read_bytes()
