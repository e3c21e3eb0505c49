"""The form's shipped description of the models (resources/form-fields.json) is what the
models say, and the window can build a form from it without loading pydantic."""

from __future__ import annotations

import json

import pytest
from window_helpers import run_python

from review_editor import resources
from review_editor.model import schema
from review_editor.model.describe import describe_records, description_text
from review_editor.model.schema import DESCRIPTION, ModelSpec, from_json, to_json


def test_the_shipped_description_is_current():
    shipped = resources.read_text(*DESCRIPTION)
    assert shipped == description_text(), (
        "the models changed: run `python -m review_editor.model.describe` and commit "
        "resources/form-fields.json")


def test_the_description_reads_back_equal_to_the_models():
    live = describe_records()
    read = from_json(json.loads(resources.read_text(*DESCRIPTION)))
    assert read == live
    assert to_json(read) == to_json(live)
    assert set(read.records) == {"news_item", "review_notice", "learning_brief"}
    review = next(s for s in read.records["review_notice"].fields if s.name == "review")
    assert isinstance(review.type, ModelSpec) and review.shape == "group"
    recommendations = next(s for s in review.type.fields if s.name == "recommendations")
    assert recommendations.shape == "list" and recommendations.type.name == "Recommendation"


def test_an_unreadable_description_falls_back_to_the_models(monkeypatch: pytest.MonkeyPatch):
    def unreadable(*parts: str) -> str:
        raise OSError("gone")

    schema.description.cache_clear()
    monkeypatch.setattr(schema.resources, "read_text", unreadable)
    try:
        assert schema.description() == describe_records()
    finally:
        schema.description.cache_clear()


def test_reading_the_description_loads_no_pydantic():
    script = ("import json, sys\n"
              "from review_editor.model.schema import record_spec\n"
              "from review_editor.storage import scan_folder\n"
              "from review_editor import resources\n"
              "assert record_spec('news_item') is not None\n"
              "assert scan_folder(resources.examples_dir(), validate=False).entries\n"
              "print(json.dumps(sorted(m for m in sys.modules if m.startswith(("
              "'pydantic', 'review_editor.model.records')))))\n")
    assert run_python(script) == []


def _fields_without_help(model: ModelSpec, path: str, seen: set[str]) -> list[str]:
    missing = []
    for spec in model.fields:
        where = f"{path}.{spec.name}" if path else spec.name
        if not spec.meta.help.strip():
            missing.append(where)
        for inner in (spec.type, spec.item_type):
            if isinstance(inner, ModelSpec) and inner.name not in seen:
                in_list = spec.shape == "list" or inner is spec.item_type
                missing += _fields_without_help(inner, f"{where}.*" if in_list else where,
                                                seen | {inner.name})
    return missing


def test_every_field_the_form_shows_has_a_help_line():
    read = from_json(json.loads(resources.read_text(*DESCRIPTION)))
    missing = {kind: _fields_without_help(model, "", {model.name})
               for kind, model in read.records.items()}
    assert all(model.fields for model in read.records.values())
    assert {kind: paths for kind, paths in missing.items() if paths} == {}, (
        "give each of these fields a help line (the second argument of `meta`)")
