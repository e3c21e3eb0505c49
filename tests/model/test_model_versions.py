"""Schema versions: newer minor versions keep their unknown keys, a newer major version
opens read-only, older ones go through the migrations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from model_fill import filled_data

from review_editor.model import SCHEMA_VERSION, dump, migrations, parse_record, unknown_keys
from review_editor.storage import LoadError, load_record, save_record, to_bytes


def _file_bytes(data: dict[str, Any]) -> bytes:
    """The canonical layout, written by hand as another version of the app would."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _newer_minor_data() -> dict[str, Any]:
    data = dump(parse_record(filled_data("review_notice")))
    data["schema_version"] = "1.7"
    # A newer minor version appends its fields after the ones this version knows.
    data["review"]["recommendations"][0]["actions"][0]["rag_rating"] = "amber"
    data["review"]["evidence_quality"] = {"score": 4, "notes": ["mixed", None, 2.5, True]}
    data["body"][0]["layout"] = "two-column"
    data["translations"] = {"cy": {"title": "Adolygiad ‘Oedolyn R’"}}
    data["reading_time_minutes"] = 7
    return data


@pytest.mark.parametrize("version, relation", [
    ("1.0", "current"), (SCHEMA_VERSION, "current"), ("1.7", "newer-minor"),
    ("1.10", "newer-minor"), ("2.0", "newer-major"), ("10.0", "newer-major"),
    ("0.9", "older-major"),
])
def test_versions_compare_numerically(version: str, relation: str):
    assert migrations.compare(version) == relation


def test_unknown_keys_of_a_newer_minor_version_survive_byte_exact(tmp_path: Path):
    original = _file_bytes(_newer_minor_data())
    path = tmp_path / "future.json"
    path.write_bytes(original)
    loaded = load_record(path)
    assert loaded.warnings == [] and not loaded.read_only
    assert sorted(unknown_keys(loaded.record)) == [
        "body.0.layout", "reading_time_minutes",
        "review.evidence_quality", "review.recommendations.0.actions.0.rag_rating",
        "translations",
    ]
    save_record(loaded.record, path, expected_sha256=loaded.sha256)
    assert path.read_bytes() == original
    assert to_bytes(load_record(path).record) == original


def test_unknown_keys_among_the_known_ones_move_after_them_once(tmp_path: Path):
    data = _newer_minor_data()
    mixed = {"schema_version": data.pop("schema_version"), "early_extra": 1, **data}
    path = tmp_path / "mixed.json"
    path.write_bytes(_file_bytes(mixed))
    loaded = load_record(path)
    save_record(loaded.record, path, expected_sha256=loaded.sha256)
    keys = list(json.loads(path.read_bytes()))
    known = [key for key in keys if key in type(loaded.record).model_fields]
    assert keys[: len(known)] == known
    assert keys[len(known):] == ["early_extra", "translations", "reading_time_minutes"]
    first_save = path.read_bytes()
    again = load_record(path)
    save_record(again.record, path, expected_sha256=again.sha256)
    assert path.read_bytes() == first_save


def test_unknown_keys_in_a_current_version_file_load_with_a_warning(tmp_path: Path):
    data = dump(parse_record(filled_data("news_item")))
    data["mystery"] = "kept"
    data["review"]["reviewers"][0]["nickname"] = "kept too"
    path = tmp_path / "typo.json"
    original = _file_bytes(data)
    path.write_bytes(original)
    loaded = load_record(path)
    (warning,) = loaded.warnings
    assert "mystery" in warning and "review.reviewers.0.nickname" in warning
    save_record(loaded.record, path, expected_sha256=loaded.sha256)
    assert path.read_bytes() == original  # nothing dropped


def test_a_newer_major_version_that_validates_opens_read_only(tmp_path: Path):
    data = dump(parse_record(filled_data("learning_brief")))
    data["schema_version"] = "2.0"
    data["new_in_v2"] = {"anything": True}
    path = tmp_path / "v2.json"
    path.write_bytes(_file_bytes(data))
    loaded = load_record(path)
    assert loaded.read_only
    assert any("2.0" in warning and "read-only" in warning for warning in loaded.warnings)
    assert loaded.record.model_extra == {"new_in_v2": {"anything": True}}


def test_a_newer_major_version_that_does_not_validate_is_unsupported(tmp_path: Path):
    data = dump(parse_record(filled_data("learning_brief")))
    data["schema_version"] = "2.0"
    data["title"] = {"en": "Titles became objects in v2"}
    path = tmp_path / "v2.json"
    before = _file_bytes(data)
    path.write_bytes(before)
    with pytest.raises(LoadError) as caught:
        load_record(path)
    assert caught.value.category == "unsupported_version"
    assert "2.0" in str(caught.value) and "v2.json" in str(caught.value)
    assert path.read_bytes() == before


def test_an_older_major_version_without_a_migration_is_unsupported(tmp_path: Path):
    path = tmp_path / "v0.json"
    path.write_bytes(_file_bytes({"schema_version": "0.3", "headline": "Old"}))
    with pytest.raises(LoadError) as caught:
        load_record(path)
    assert caught.value.category == "unsupported_version"


def test_an_older_major_version_is_migrated_on_load(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch):
    def v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
        upgraded = {key: value for key, value in data.items() if key != "headline"}
        upgraded.update(schema_version="1.0", title=data["headline"])
        return upgraded

    monkeypatch.setitem(migrations.MIGRATIONS, 0, v0_to_v1)
    path = tmp_path / "v0.json"
    original = _file_bytes({"schema_version": "0.3", "kind": "news_item",
                            "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1", "headline": "Old"})
    path.write_bytes(original)
    loaded = load_record(path)
    assert loaded.record.title == "Old" and loaded.record.schema_version == "1.0"
    assert path.read_bytes() == original  # migrating never writes by itself
