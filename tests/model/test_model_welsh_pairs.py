"""Welsh partners of the review's texts (schema 1.2): declared like their English, optional,
lists of texts paired item by item, and older files unchanged."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from review_editor import resources
from review_editor.model import MODELS, dump, field_meta, parse_record, unknown_keys
from review_editor.model.bilingual import (
    english_path,
    is_welsh_field,
    language_version,
    mark_all_translated,
    marks_after_edit,
    paired_fields,
    prune_marks,
    text_pairs,
    translation_state,
)
from review_editor.model.migrations import compare
from review_editor.model.records import json_schema
from review_editor.model.version import SCHEMA_VERSION
from review_editor.model.walk import child_models

EXAMPLE = resources.examples_dir() / "adult-practice-review-adult-g.json"


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> None:
    if model in seen:
        return
    seen.add(model)
    for info in model.model_fields.values():
        for inner in _inner(info.annotation):
            _models(inner, seen)


def _inner(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [found for arg in getattr(annotation, "__args__", ()) or () for found in _inner(arg)]


def all_models() -> list[type[BaseModel]]:
    seen: set[type[BaseModel]] = set()
    for model in MODELS.values():
        _models(model, seen)
    return sorted(seen, key=lambda m: m.__name__)


PAIRS = [(model, english, welsh) for model in all_models()
         for english, welsh in paired_fields(model)]


def test_the_review_texts_have_welsh_partners() -> None:
    names = {f"{model.__name__}.{english}" for model, english, _ in PAIRS}
    assert {
        "Recommendation.text", "Recommendation.response_reason", "Recommendation.addressed_to",
        "Action.description", "KeyFinding.text", "ExternalAssessment.quote",
        "ExternalAssessment.body", "FamilyContribution.tribute_text",
        "ReviewDetails.executive_summary", "ReviewDetails.good_practice",
        "ReviewDetails.partnership_response", "LearningBrief.reflective_questions",
        "LearningBrief.practice_points", "LearningBrief.disclaimer",
        "NewsItem.notes_to_editors", "Service.name", "PersonRole.organisation",
    } <= names


@pytest.mark.parametrize(("model", "english", "welsh"), PAIRS,
                         ids=[f"{m.__name__}.{e}" for m, e, _ in PAIRS])
def test_a_welsh_field_is_declared_like_its_english(model: type[BaseModel], english: str,
                                                    welsh: str) -> None:
    english_info, welsh_info = model.model_fields[english], model.model_fields[welsh]
    english_meta, welsh_meta = field_meta(english, english_info), field_meta(welsh, welsh_info)
    assert welsh_meta.label == f"{english_meta.label} (Cymraeg)"
    assert welsh_meta.widget == english_meta.widget
    assert welsh_meta.max_length == english_meta.max_length
    assert welsh_meta.private is english_meta.private is False
    assert not welsh_info.is_required() and welsh_info.get_default() is None
    english_type = english_info.annotation
    assert welsh_info.annotation in (english_type | None, english_type)


def test_the_schema_names_the_welsh_fields_as_optional() -> None:
    definitions = json_schema()["$defs"]
    for model, _, welsh in PAIRS:
        schema = definitions[model.__name__]
        assert welsh in schema["properties"]
        assert welsh not in schema.get("required", [])


def test_a_file_of_an_older_minor_version_loads_unchanged() -> None:
    assert SCHEMA_VERSION == "1.2"
    assert compare("1.1") == compare("1.0") == "current"
    old = {"schema_version": "1.1", "id": "0f3a8a44-2b61-4a4b-9a59-3c1d2e4f5a6b",
           "kind": "review_notice", "title": "Old", "bilingual": True, "title_cy": "Hen",
           "review": {"key_findings": [{"id": "F1", "text": "A finding."}],
                      "recommendations": [{"id": "R1", "text": "Do it.",
                                           "addressed_to": ["The board"]}],
                      "good_practice": ["Good."]}}
    record = parse_record(old)
    assert list(unknown_keys(record)) == []
    data = dump(record)
    assert "text_cy" not in data["review"]["key_findings"][0]
    assert "addressed_to_cy" not in data["review"]["recommendations"][0]
    assert "good_practice_cy" not in data["review"]
    assert data["schema_version"] == "1.1"  # storage writes the record as it is given


def test_the_bilingual_example_validates_with_the_new_fields() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    record = parse_record(data)
    assert record.schema_version == SCHEMA_VERSION
    assert list(unknown_keys(record)) == []
    review = record.review
    assert review is not None and review.recommendations and review.key_findings
    assert all(r.text_cy and r.addressed_to_cy for r in review.recommendations)
    assert all(f.text_cy for f in review.key_findings)
    assert all(translation_state(record, pair) == "current"
               for pair in text_pairs(record) if pair.english.strip())


def _brief(**extra: Any) -> Any:
    return parse_record({
        "schema_version": "1.2", "id": "0f3a8a44-2b61-4a4b-9a59-3c1d2e4f5a6b",
        "kind": "learning_brief", "title": "Brief", "bilingual": True, **extra})


def test_a_list_of_texts_pairs_item_by_item() -> None:
    record = _brief(practice_points=["Ask.", "Record.", "Share."],
                    practice_points_cy=["Gofyn.", "  "])
    pairs = [(p.english_path, p.welsh_path, p.english, p.welsh) for p in text_pairs(record)
             if p.english_path.startswith("practice_points")]
    assert pairs == [("practice_points.0", "practice_points_cy.0", "Ask.", "Gofyn."),
                     ("practice_points.1", "practice_points_cy.1", "Record.", "  "),
                     ("practice_points.2", "practice_points_cy.2", "Share.", "")]
    assert [translation_state(record, pair) for pair in text_pairs(record)
            if pair.english_path.startswith("practice_points")] == \
        ["unknown", "missing", "missing"]
    assert is_welsh_field("practice_points_cy.1") and not is_welsh_field("practice_points.1")
    assert is_welsh_field("review.recommendations.0.addressed_to_cy.2")
    assert english_path("practice_points_cy.1") == "practice_points.1"
    assert english_path("review.recommendations.3.text_cy") == "review.recommendations.3.text"
    assert english_path("review.recommendations.3") == "review.recommendations.3"


def test_a_welsh_copy_of_a_list_falls_back_to_the_english_item_not_yet_written() -> None:
    record = _brief(practice_points=["Ask.", "Record.", "Share."],
                    practice_points_cy=["Gofyn.", " "],
                    reflective_questions=["Why?"], reflective_questions_cy=["Pam?", "Sut?"])
    welsh = language_version(record, "cy")
    assert welsh.practice_points == ["Gofyn.", "Record.", "Share."]
    assert welsh.reflective_questions == ["Pam?", "Sut?"]
    assert welsh.practice_points_cy is None and welsh.reflective_questions_cy is None
    english = language_version(record, "en")
    assert english.practice_points == ["Ask.", "Record.", "Share."]
    assert english.reflective_questions == ["Why?"]


def test_a_welsh_copy_swaps_the_review_texts_at_every_depth() -> None:
    record = parse_record(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    welsh = language_version(record, "cy")
    assert welsh.review is not None and record.review is not None
    for before, after in zip(record.review.recommendations, welsh.review.recommendations,
                             strict=True):
        assert after.text == before.text_cy and after.addressed_to == before.addressed_to_cy
        for old, new in zip(before.actions, after.actions, strict=True):
            assert new.description == old.description_cy
    assert [f.text for f in welsh.review.key_findings] == \
        [f.text_cy for f in record.review.key_findings]

    def no_welsh_left(model: BaseModel) -> None:
        for _english, welsh_name in paired_fields(type(model)):
            assert getattr(model, welsh_name) is None, welsh_name
        for _, _, child in child_models(model):
            no_welsh_left(child)

    no_welsh_left(welsh)


def test_editing_a_welsh_list_marks_only_the_items_just_written() -> None:
    data: dict[str, Any] = {"practice_points": ["Ask.", "Record."],
                            "practice_points_cy": ["Gofyn.", "Cofnodi."]}
    data["translation_sources"] = marks_after_edit(data, ["Ask.", "Record."],
                                                   ["Gofyn.", "Cofnodi."])
    assert len(data["translation_sources"]) == 2
    # The English of the first item changes; then the second Welsh item is rewritten.
    data["practice_points"] = ["Ask the child.", "Record."]
    data["practice_points_cy"] = ["Gofyn.", "Cofnodi'r ateb."]
    data["translation_sources"] = marks_after_edit(data, data["practice_points"],
                                                   data["practice_points_cy"])
    record = _brief(**data)
    states = {pair.welsh_path: translation_state(record, pair) for pair in text_pairs(record)
              if pair.english_path.startswith("practice_points")}
    assert states == {"practice_points_cy.0": "outdated", "practice_points_cy.1": "current"}
    # The mark of the replaced Welsh item ("Cofnodi.") is gone.
    assert len(data["translation_sources"]) == 2


def test_marks_of_welsh_list_items_are_kept_and_pruned_like_other_marks() -> None:
    record = mark_all_translated(_brief(practice_points=["Ask."], practice_points_cy=["Gofyn."],
                                        title_cy="Briff"))
    assert len(record.translation_sources or []) == 2
    pruned = prune_marks(record.model_copy(update={"practice_points_cy": ["Holi."]}))
    assert len(pruned.translation_sources or []) == 1
