"""The record envelope: the union on ``kind``, what a draft needs, hard limits, defaults,
field metadata and the JSON Schema export."""

from __future__ import annotations

import json
import re
import typing
from datetime import datetime
from typing import Any

import pytest
from model_fill import filled_data
from pydantic import BaseModel, ValidationError

from review_editor.model import (
    LONDON,
    MODELS,
    SCHEMA_VERSION,
    LearningBrief,
    NewsItem,
    ReviewNotice,
    dump,
    field_meta,
    json_schema,
    new_record,
    parse_record,
)
from review_editor.model.records import SUMMARY_MAX, TITLE_MAX

DRAFT = {"schema_version": "1.0", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",
         "kind": "news_item", "title": "Annual report published"}
REQUIRED = ("schema_version", "id", "kind", "title")


def _error_locations(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    with pytest.raises(ValidationError) as caught:
        parse_record(data)
    return [tuple(error["loc"]) for error in caught.value.errors()]


@pytest.mark.parametrize("kind, model", [("news_item", NewsItem),
                                         ("review_notice", ReviewNotice),
                                         ("learning_brief", LearningBrief)])
def test_the_kind_picks_the_model(kind: str, model: type[BaseModel]):
    record = parse_record({**DRAFT, "kind": kind})
    assert type(record) is model
    assert record.kind == kind


@pytest.mark.parametrize("kind", ["annual_report", "News_Item", "", 5, None, ["news_item"]])
def test_an_unknown_kind_fails_naming_kind(kind: Any):
    with pytest.raises(ValidationError) as caught:
        parse_record({**DRAFT, "kind": kind})
    (error,) = caught.value.errors()
    assert error["type"] in ("union_tag_invalid", "union_tag_not_found")
    assert error["ctx"]["discriminator"] == "'kind'"


def test_a_missing_kind_fails_naming_kind():
    data = {key: value for key, value in DRAFT.items() if key != "kind"}
    with pytest.raises(ValidationError) as caught:
        parse_record(data)
    (error,) = caught.value.errors()
    assert error["type"] == "union_tag_not_found"
    assert "kind" in error["msg"]


def test_a_kind_specific_field_is_an_unknown_key_on_another_kind():
    record = parse_record({**DRAFT, "kind": "review_notice", "is_press_release": True})
    assert record.model_extra == {"is_press_release": True}


@pytest.mark.parametrize("kind", list(MODELS))
def test_a_draft_with_only_the_four_required_fields_is_valid(kind: str):
    record = parse_record({**DRAFT, "kind": kind})
    assert record.status == "draft"
    assert record.summary is None and record.review is None and record.body == []
    assert set(dump(record)) >= set(REQUIRED)


@pytest.mark.parametrize("missing", [name for name in REQUIRED if name != "kind"])
def test_each_required_field_is_required(missing: str):
    data = {key: value for key, value in DRAFT.items() if key != missing}
    assert _error_locations(data) == [("news_item", missing)]


def test_the_title_and_summary_limits_are_the_absurd_ones():
    assert TITLE_MAX == 120 and SUMMARY_MAX == 300
    parse_record({**DRAFT, "title": "t" * 120, "summary": "s" * 300})
    assert _error_locations({**DRAFT, "title": "t" * 121}) == [("news_item", "title")]
    assert _error_locations({**DRAFT, "summary": "s" * 301}) == [("news_item", "summary")]
    # Characters, not bytes or UTF-16 units: 120 astral characters fit.
    parse_record({**DRAFT, "title": "😀" * 120})


def test_the_model_enforces_types_and_formats_only():
    # A published record with no summary, no body and no publisher still loads: what is
    # required before publication is the checks' business.
    record = parse_record({**DRAFT, "status": "published"})
    assert record.status == "published"


def test_text_is_kept_exactly_as_given():
    title = "  Leading and trailing spaces, \"quotes\", \\ and a NUL \x00 "
    assert parse_record({**DRAFT, "title": title}).title == title


@pytest.mark.parametrize("kind", list(MODELS))
def test_a_record_with_every_field_filled_is_valid(kind: str):
    record = parse_record(filled_data(kind))
    assert record.model_extra == {}
    data = dump(record)
    assert json.loads(json.dumps(data)) == data


def _all_models() -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in found:
                return
            found.add(annotation)
            for info in annotation.model_fields.values():
                visit(info.annotation)
        for argument in typing.get_args(annotation):
            visit(argument)

    for model in MODELS.values():
        visit(model)
    return found


@pytest.mark.parametrize("model", sorted(_all_models(), key=lambda model: model.__name__),
                         ids=lambda model: model.__name__)
def test_every_default_is_itself_valid(model: type[BaseModel]):
    # pydantic does not validate defaults: one that breaks its own pattern would be written
    # to the file and refused when the file is opened again.
    instance = model.model_construct()
    for name, info in model.model_fields.items():
        if info.is_required():
            continue
        default = info.get_default(call_default_factory=True)
        model.__pydantic_validator__.validate_assignment(instance, name, default)


def test_new_record_makes_a_valid_draft_with_a_fresh_id():
    now = datetime(2031, 5, 14, 9, 0, tzinfo=LONDON)
    first = new_record("review_notice", "Adult R", now)
    second = new_record("review_notice", "Adult R", now)
    assert isinstance(first, ReviewNotice)
    assert first.schema_version == SCHEMA_VERSION
    assert first.id != second.id and first.id.version == 4
    assert first.created_at == now and first.modified_at == now
    assert parse_record(dump(first)) == first


def test_every_field_has_a_label():
    for model in _all_models():
        for name, info in model.model_fields.items():
            meta = field_meta(name, info)
            assert info.title, f"{model.__name__}.{name} has no label"
            assert meta.label == info.title


def test_json_schema_is_a_discriminated_union_with_labels():
    schema = json_schema()
    assert json.loads(json.dumps(schema)) == schema
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["discriminator"]["propertyName"] == "kind"
    mapping = schema["discriminator"]["mapping"]
    assert set(mapping) == set(MODELS)
    assert sorted(option["$ref"] for option in schema["oneOf"]) == sorted(mapping.values())
    definitions = schema["$defs"]
    for kind, model in MODELS.items():
        definition = definitions[model.__name__]
        assert definition["type"] == "object"
        assert definition["required"] == list(REQUIRED)
        assert definition["properties"]["kind"]["const"] == kind
        properties = definition["properties"]
        assert set(properties) == set(model.model_fields)
        assert properties["title"]["title"] == "Title"
        assert properties["title"]["maxLength"] == TITLE_MAX
        assert properties["summary"]["anyOf"][0]["maxLength"] == SUMMARY_MAX
        assert properties["sensitivity"]["x-private"] is True
        assert properties["body"]["title"] == "Body"
    for definition in definitions.values():
        for name, prop in definition.get("properties", {}).items():
            # pydantic leaves out a title that repeats the referenced definition's.
            referenced = definitions[prop["$ref"].rsplit("/", 1)[1]] if "$ref" in prop else {}
            assert prop.get("title") or referenced.get("title"), name


def test_json_schema_references_all_resolve():
    schema = json_schema()
    text = json.dumps(schema)
    references = set(re.findall(r'"\$ref": "#/\$defs/([^"]+)"', text))
    assert references and references <= set(schema["$defs"])


def test_json_schema_describes_partial_dates_and_datetimes():
    definitions = json_schema()["$defs"]
    commissioned = definitions["ReviewDetails"]["properties"]["commissioned_on"]["anyOf"][0]
    pattern = re.compile(commissioned["pattern"])
    assert all(pattern.search(value) for value in ["2001", "2019-04", "2021-07-27"])
    assert not any(pattern.search(value) for value in ["21", "2021-1", "2021/04", "April"])
    until = definitions["Embargo"]["properties"]["until"]
    assert until["type"] == "string" and until["format"] == "date-time"
    assert definitions["NewsItem"]["properties"]["id"]["format"] == "uuid"


CANARY = "Zebracanary7731"


@pytest.mark.parametrize("field, value", [
    ("title", CANARY * 9), ("summary", CANARY * 21), ("slug", f"Bad {CANARY}"),
    ("status", CANARY), ("id", CANARY), ("published_on", CANARY), ("language", CANARY * 2),
    ("embargo", {"until": CANARY}), ("audience", [CANARY]),
    ("review", {"commissioned_on": CANARY, "number_of_cases": CANARY}),
    ("attachments", [{"sha256": CANARY, "size_bytes": CANARY}]),
])
def test_validation_errors_never_show_the_input(field: str, value: Any):
    with pytest.raises(ValidationError) as caught:
        parse_record({**DRAFT, field: value})
    assert CANARY not in str(caught.value)
    assert CANARY not in repr(caught.value)
