"""Bilingual records: Welsh fields beside the English, language copies, translation marks."""

from __future__ import annotations

import json
from typing import Any

import pytest

from review_editor import resources, storage
from review_editor.model import dump, parse_record, unknown_keys
from review_editor.model.bilingual import (
    english_path,
    fingerprint,
    is_welsh_field,
    language_version,
    languages,
    mark_all_translated,
    mark_translated,
    prune_marks,
    text_pairs,
    translation_state,
)
from review_editor.model.walk import public_dump

EXAMPLE = resources.examples_dir() / "adult-practice-review-adult-g.json"


def bilingual_data(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": "1.1", "id": "0f3a8a44-2b61-4a4b-9a59-3c1d2e4f5a6b",
        "kind": "review_notice", "title": "Learning from Adult T",
        "title_cy": "Dysgu gan Oedolyn T",
        "bilingual": True,
        "body": [{"id": "one", "heading": "What happened", "heading_cy": "Beth ddigwyddodd",
                  "markdown": "Agencies met.", "markdown_cy": "Cyfarfu asiantaethau."},
                 {"id": "two", "heading": "Next", "markdown": "More to come."}],
        "links": [{"text": "Read the report", "text_cy": "Darllen yr adroddiad",
                   "url": "https://board.example/r"}],
        "change_log": [{"date": "2025-01-07", "note": "Corrected a date.",
                        "note_cy": "Cywirwyd dyddiad."}],
    }
    data.update(extra)
    return data


def test_old_files_load_unchanged_and_have_no_welsh_fields() -> None:
    old = {"schema_version": "1.0", "id": "0f3a8a44-2b61-4a4b-9a59-3c1d2e4f5a6b",
           "kind": "news_item", "title": "Old", "body": [{"id": "a", "markdown": "Text"}]}
    record = parse_record(old)
    assert not record.bilingual and record.title_cy is None
    assert record.body[0].markdown_cy is None
    assert "title_cy" not in dump(record) and "markdown_cy" not in dump(record)["body"][0]
    assert list(unknown_keys(record)) == []


def test_welsh_fields_are_declared_not_extras() -> None:
    record = parse_record(bilingual_data())
    assert list(unknown_keys(record)) == []
    assert record.body[0].markdown_cy == "Cyfarfu asiantaethau."


def test_text_pairs_cover_every_listed_kind_of_text() -> None:
    record = parse_record(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    welsh = {pair.welsh_path for pair in text_pairs(record) if pair.welsh}
    expected = {"title_cy", "summary_cy", "body.1.heading_cy", "body.1.markdown_cy",
                "quotes.0.text_cy", "quotes.0.attributed_to_cy", "links.0.text_cy",
                "contact.name_cy", "change_log.0.note_cy", "publisher.name_cy",
                "review.review_name_cy", "review.trigger_cy"}
    assert expected <= welsh
    assert all(is_welsh_field(path) for path in welsh)
    assert english_path("body.1.markdown_cy") == "body.1.markdown"
    assert english_path("title") == "title"


def test_language_versions_put_one_language_in_the_main_fields() -> None:
    record = parse_record(bilingual_data())
    assert languages(record) == ["cy", "en"]
    welsh = language_version(record, "cy")
    english = language_version(record, "en")
    assert welsh.language == "cy" and english.language == "en-GB"
    assert not welsh.bilingual and not english.bilingual
    assert welsh.title == "Dysgu gan Oedolyn T" and english.title == "Learning from Adult T"
    assert welsh.body[0].markdown == "Cyfarfu asiantaethau."
    assert welsh.links[0].text == "Darllen yr adroddiad"
    assert welsh.change_log[0].note == "Cywirwyd dyddiad."
    # Not yet translated: the English stands in (the checks block a final copy meanwhile).
    assert welsh.body[1].markdown == "More to come."
    for copy in (welsh, english):
        assert not any(pair.welsh for pair in text_pairs(copy))
        assert "_cy" not in json.dumps(dump(copy))
    assert parse_record(dump(welsh)) == welsh


def test_single_language_records_give_only_their_own_language() -> None:
    english = parse_record({**bilingual_data(), "bilingual": False})
    assert languages(english) == ["en"]
    assert language_version(english, "en") is english
    with pytest.raises(ValueError, match="English only"):
        language_version(english, "cy")
    welsh = parse_record({**bilingual_data(), "bilingual": False, "language": "cy"})
    assert languages(welsh) == ["cy"]
    with pytest.raises(ValueError, match="Welsh only"):
        language_version(welsh, "en")


def test_translation_state_follows_the_english_it_was_written_from() -> None:
    data = bilingual_data()
    record = mark_all_translated(parse_record(data))
    pairs = {pair.welsh_path: pair for pair in text_pairs(record)}
    assert translation_state(record, pairs["title_cy"]) == "current"
    assert translation_state(record, pairs["body.1.heading_cy"]) == "missing"
    # The English changes: the Welsh is out of date until it is edited or confirmed.
    data = dump(record)
    data["title"] = "Learning from Adult T: update"
    changed = parse_record(data)
    pair = next(p for p in text_pairs(changed) if p.welsh_path == "title_cy")
    assert translation_state(changed, pair) == "outdated"
    mark_translated(data, data["title"], data["title_cy"])
    confirmed = parse_record(data)
    pair = next(p for p in text_pairs(confirmed) if p.welsh_path == "title_cy")
    assert translation_state(confirmed, pair) == "current"


def test_marks_survive_reordering_and_are_pruned_when_the_welsh_goes() -> None:
    record = mark_all_translated(parse_record(bilingual_data()))
    data = dump(record)
    data["body"].reverse()
    moved = parse_record(data)
    pair = next(p for p in text_pairs(moved) if p.welsh_path == "body.1.markdown_cy")
    assert translation_state(moved, pair) == "current"
    data["title_cy"] = "Teitl newydd"
    pruned = prune_marks(parse_record(data))
    assert fingerprint("Dysgu gan Oedolyn T") not in {m.welsh for m in pruned.translation_sources}
    pair = next(p for p in text_pairs(pruned) if p.welsh_path == "title_cy")
    assert translation_state(pruned, pair) == "unknown"


def test_fingerprint_ignores_line_endings_and_trailing_space() -> None:
    assert fingerprint("Un\r\nDau  \n") == fingerprint("Un\nDau")
    assert fingerprint("Un") != fingerprint("Dau")


def test_translation_marks_are_private() -> None:
    record = mark_all_translated(parse_record(bilingual_data()))
    assert record.translation_sources
    assert "translation_sources" not in public_dump(record)


def test_bilingual_example_is_canonical_and_fully_translated() -> None:
    raw = EXAMPLE.read_bytes()
    record = parse_record(json.loads(raw))
    assert raw == storage.to_bytes(record)
    states = {translation_state(record, pair) for pair in text_pairs(record)
              if pair.english.strip()}
    assert states == {"current"}
