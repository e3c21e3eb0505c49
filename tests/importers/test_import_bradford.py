"""Importing the real Bradford page gives the bundled example's record on what the page states."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from review_editor import resources
from review_editor.importers import ImportResult, apply_suggestions, import_file, import_text
from review_editor.model import LONDON, SCHEMA_VERSION, NewsItem, dump, parse_record

# A byte-for-byte copy of the scraped page (cookie line and non-breaking spaces included).
SAMPLE = Path(__file__).with_name("samples") / "bradford-cse-review-news.txt"
EXAMPLE = resources.examples_dir() / "thematic-review-into-cse-in-bradford.json"
NOW = datetime(2025, 1, 6, 10, 0, tzinfo=LONDON)

# What the page states (DOMAIN B9); the bundled example must agree.
STATED = ("kind", "status", "language", "title", "slug", "published_on", "publisher", "body",
          "links")


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return import_file(SAMPLE, now=NOW)


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_the_record_matches_the_bundled_example_on_what_the_page_states(
        result: ImportResult, example: dict[str, Any]) -> None:
    record = dump(result.record)
    for field in STATED:
        assert record[field] == example[field], field


def test_the_stated_fields_have_domain_b9_values(result: ImportResult) -> None:
    record = result.record
    assert isinstance(record, NewsItem)
    assert record.title == "Publication of the Thematic Review into CSE in Bradford"
    assert record.published_on is not None and record.published_on.isoformat() == "2021-07-27"
    assert record.publisher is not None
    assert record.publisher.name == "The Bradford Partnership"
    assert record.publisher.publisher_type == "safeguarding_children_partnership"
    assert record.status == "draft" and record.schema_version == SCHEMA_VERSION
    assert record.created_at == record.modified_at == NOW
    [link] = record.links
    assert (link.text, link.role) == ("Link to Report", "full_report")
    assert link.url == "https://saferbradford.co.uk/learning-resources/learning-reviews/"


def test_the_body_is_one_section_of_eight_verbatim_paragraphs(result: ImportResult) -> None:
    [section] = result.record.body
    assert section.heading == ""
    paragraphs = section.markdown.split("\n\n")
    assert len(paragraphs) == 8
    assert "\u00a0" not in section.markdown
    assert "Cookie" not in section.markdown and "Link to Report" not in section.markdown
    assert "these two young woman" in paragraphs[5]  # the page's own words, kept
    assert "Council.  The victim" in paragraphs[3]  # "&nbsp; " became two spaces
    assert paragraphs[1].endswith("not aware of.")  # a trailing nbsp went


def test_provenance_says_what_was_removed_and_tidied(result: ImportResult,
                                                     example: dict[str, Any]) -> None:
    provenance = result.record.provenance
    assert provenance is not None
    assert provenance.source_file == "bradford-cse-review-news.txt"
    assert provenance.source_url is None
    assert provenance.imported_on == NOW
    assert provenance.removed_boilerplate == ["Cookie Consent by FreePrivacyPolicy.com"]
    assert provenance.cleanups == example["provenance"]["cleanups"]


def test_review_facts_are_suggested_not_filled(result: ImportResult) -> None:
    assert result.record.review is None
    assert result.record.themes == [] and result.record.summary is None
    assert result.record.sensitivity is None
    suggested = {(s.field_path, json.dumps(s.value, sort_keys=True)) for s in result.suggestions}
    expected = [
        ("review.review_type", "thematic_review"),
        ("review.review_name", "Thematic review into child sexual exploitation in Bradford"),
        ("review.commissioned_on", "2019-04"),
        ("review.reviewers", {"name": "Clare Hyde", "post_nominals": "MBE",
                              "role": "independent_reviewer", "independent": True}),
        ("review.period_covered", {"start": "2001"}),
        ("review.publication_delay_reason", "COVID-19 pandemic"),
        ("review.external_assessments", {
            "body": "Ofsted", "inspection": "ILACS", "year": 2018,
            "quote": "the response to children at risk of child sexual exploitation is a "
                     "strength"}),
        ("summary", "The Bradford Partnership has published a review into child sexual "
                    "exploitation within the Bradford District."),
        ("themes", {"id": "child-sexual-exploitation", "label": "Child sexual exploitation"}),
        ("location", "Bradford District"),
        ("sensitivity.sexual_offence_context", True),
    ]
    for path, value in expected:
        assert (path, json.dumps(value, sort_keys=True)) in suggested, path
    assert not any(s.field_path == "quotes" for s in result.suggestions)  # Ofsted's is kept
    trigger = next(s for s in result.suggestions if s.field_path == "review.trigger")
    assert trigger.value.startswith("The sentencing of nine men in 2019")
    assert trigger.value.endswith("in the care of the Council")


def test_each_suggestion_points_at_its_evidence(result: ImportResult) -> None:
    for suggestion in result.suggestions:
        assert suggestion.span is not None, suggestion.field_path
        start, end = suggestion.span
        assert result.source_text[start:end] == suggestion.evidence
    evidence = {s.field_path: s.evidence for s in result.suggestions}
    assert evidence["review.commissioned_on"] == "commissioned in April 2019"
    assert evidence["review.reviewers"] == "carried out independently by Clare Hyde MBE"
    assert evidence["review.period_covered"] == "since 2001"
    assert evidence["review.review_type"] == "Thematic Review"


def test_detections_name_the_source_words(result: ImportResult) -> None:
    detected = {d.field_path: d for d in result.detected}
    assert {"title", "slug", "published_on", "publisher.name", "publisher.publisher_type",
            "body.0.markdown", "links.0"} <= set(detected)
    date = detected["published_on"]
    assert date.evidence == "Tue 27 Jul 2021" and date.value == "2021-07-27"
    assert date.span is not None
    assert result.source_text[date.span[0]:date.span[1]] == "Tue 27 Jul 2021"
    publisher = detected["publisher.name"]
    assert publisher.evidence == ("The Bradford Partnership – Working Together to Safeguard "
                                  "Children")
    assert "Cookie Consent by FreePrivacyPolicy.com" in result.source_text  # shown, not kept


def test_accepting_every_suggestion_gives_the_examples_review_facts(
        result: ImportResult, example: dict[str, Any]) -> None:
    record = dump(apply_suggestions(result.record, result.suggestions))
    review, expected = record["review"], example["review"]
    for field in ("review_type", "review_name", "commissioned_on", "period_covered",
                  "reviewers", "publication_delay_reason", "external_assessments"):
        assert review[field] == expected[field], field
    for field in ("summary", "themes", "location"):
        assert record[field] == example[field], field
    assert record["sensitivity"]["sexual_offence_context"] is True
    # The trigger keeps the page's words; the example's editor rephrased them.
    assert "sentencing of nine men in 2019" in review["trigger"]


def test_the_record_round_trips_through_parse_record(result: ImportResult) -> None:
    data = dump(result.record)
    assert dump(parse_record(json.loads(json.dumps(data)))) == data
    accepted = dump(apply_suggestions(result.record, result.suggestions))
    assert dump(parse_record(json.loads(json.dumps(accepted)))) == accepted


def test_pasting_the_text_gives_the_same_record(result: ImportResult) -> None:
    pasted = import_text(SAMPLE.read_text(encoding="utf-8"), source_name="Pasted text", now=NOW)
    original = dump(result.record)
    again = dump(pasted.record)
    for field in STATED:
        assert again[field] == original[field]
    assert again["provenance"]["source_file"] == "Pasted text"
    assert len(pasted.suggestions) == len(result.suggestions)


def test_each_import_is_a_new_record() -> None:
    first = import_file(SAMPLE, now=NOW).record
    second = import_file(SAMPLE, now=NOW).record
    assert first.id != second.id
