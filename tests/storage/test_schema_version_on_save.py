"""A saved file says which version of the format it uses: a record given fields a newer minor
version added is written as that version; one that uses nothing new keeps its own version
(byte for byte); a newer file's version and unknown keys are never lowered or lost."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from review_editor import resources
from review_editor.model import SCHEMA_VERSION, parse_record, parts, records, review
from review_editor.model.migrations import parse_version
from review_editor.model.version import FIELDS_ADDED
from review_editor.storage import load_record, save_record

BILINGUAL = "adult-practice-review-adult-g.json"
ENGLISH_ONLY = "sar-adult-r.json"


def _example(name: str) -> dict[str, Any]:
    return json.loads((resources.examples_dir() / name).read_text(encoding="utf-8"))


def _save(tmp_path: Path, data: dict[str, Any], name: str = "record.json") -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    loaded = load_record(path)
    save_record(loaded.record, path, expected_sha256=loaded.sha256)
    return json.loads(path.read_text(encoding="utf-8"))


def _bilingual_11() -> dict[str, Any]:
    """A 1.1 record: bilingual, a Welsh title, summary and sections, nothing from 1.2."""
    data = _example(ENGLISH_ONLY)
    data["schema_version"] = "1.1"
    data["bilingual"] = True
    data["title_cy"] = "Adolygiad Ymarfer Oedolion"
    data["summary_cy"] = "Crynodeb yn Gymraeg."
    for section in data.get("body", []):
        section["markdown_cy"] = "Testun yn Gymraeg."
    return data


def test_a_record_using_nothing_newer_keeps_its_version(tmp_path: Path) -> None:
    data = _bilingual_11()
    assert _save(tmp_path, data)["schema_version"] == "1.1"
    path = tmp_path / "record.json"
    before = path.read_bytes()
    loaded = load_record(path)
    save_record(loaded.record, path, expected_sha256=loaded.sha256)
    assert path.read_bytes() == before
    old = _example(ENGLISH_ONLY)
    assert old["schema_version"] == "1.0"
    assert _save(tmp_path, old, "old.json")["schema_version"] == "1.0"


@pytest.mark.parametrize(("where", "expected"), [
    (lambda d: d["review"]["recommendations"][0].__setitem__("text_cy", "Argymhelliad"), "1.2"),
    (lambda d: d["review"].__setitem__("good_practice_cy", ["Arfer da"]), "1.2"),
    (lambda d: d.__setitem__("title_cy", "Teitl"), "1.1"),
])
def test_a_field_of_a_newer_minor_version_raises_the_saved_version(
        tmp_path: Path, where: Any, expected: str) -> None:
    data = _example(ENGLISH_ONLY)
    assert data["review"]["recommendations"], "the example has recommendations"
    where(data)
    assert _save(tmp_path, data)["schema_version"] == expected


def test_a_11_record_given_welsh_recommendations_is_saved_as_12(tmp_path: Path) -> None:
    data = _bilingual_11()
    data["review"]["recommendations"][0]["text_cy"] = "Dylai partneriaid gytuno ar un cynllun."
    saved = _save(tmp_path, data)
    assert saved["schema_version"] == SCHEMA_VERSION == "1.2"
    assert saved["review"]["recommendations"][0]["text_cy"].startswith("Dylai")


def test_a_newer_minor_files_version_and_unknown_keys_are_kept(tmp_path: Path) -> None:
    newer = f"1.{parse_version(SCHEMA_VERSION)[1] + 5}"
    data = _example(BILINGUAL)
    data["schema_version"] = newer
    data["audio_summary_cy"] = {"file": "crynodeb.mp3", "minutes": 3}
    data["review"]["recommendations"][0]["owner_team"] = "Business Unit"
    saved = _save(tmp_path, data)
    assert saved["schema_version"] == newer
    assert saved["audio_summary_cy"] == {"file": "crynodeb.mp3", "minutes": 3}
    assert saved["review"]["recommendations"][0]["owner_team"] == "Business Unit"


def test_the_bilingual_example_is_written_as_the_version_it_says() -> None:
    data = _example(BILINGUAL)
    from review_editor.storage import to_bytes

    assert json.loads(to_bytes(parse_record(data)))["schema_version"] == data["schema_version"]


def _model_classes() -> list[type[BaseModel]]:
    return [cls for module in (parts, records, review)
            for _name, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, BaseModel) and cls.__module__ == module.__name__]


def test_every_welsh_field_is_listed_with_the_version_that_added_it() -> None:
    listed = set().union(*FIELDS_ADDED.values())
    declared = {(cls.__name__, name) for cls in _model_classes()
                for name in cls.__annotations__ if not name.startswith("_")}
    welsh = {(owner, name) for owner, name in declared
             if name.endswith("_cy") or name in ("bilingual", "translation_sources")}
    assert welsh <= listed, sorted(welsh - listed)
    assert listed <= declared, sorted(listed - declared)
    assert max(FIELDS_ADDED, key=parse_version) == SCHEMA_VERSION


def test_the_json_export_says_the_version_its_fields_need() -> None:
    from review_editor.export.json import json_text

    data = _bilingual_11()
    data["review"]["recommendations"][0]["text_cy"] = "Dylai partneriaid gytuno."
    assert json.loads(json_text(parse_record(data)))["schema_version"] == "1.2"
    assert json.loads(json_text(parse_record(_bilingual_11())))["schema_version"] == "1.1"
