"""Checks per language: each text's own language decides which checks read it; Welsh
spelling (C4.15); Welsh family words and ordinary Welsh words in C1; a missing or out-of-date
Welsh version in a bilingual record (C3.15)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from review_editor import resources
from review_editor.checks import CheckContext, run_checks
from review_editor.checks.welsh import field_language
from review_editor.checks.welsh_words import WELSH_FAMILY_NOUNS, mutations
from review_editor.model import dump, parse_record
from review_editor.model.bilingual import mark_all_translated

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
EXAMPLE = resources.examples_dir() / "adult-practice-review-adult-g.json"


def example() -> Any:
    return parse_record(json.loads(EXAMPLE.read_text(encoding="utf-8")))


def issues(record: Any) -> list[Any]:
    return run_checks(record, CheckContext(now=NOW))


def bilingual(english: str, welsh: str, **extra: Any) -> Any:
    return parse_record({
        "schema_version": "1.1", "id": "2a6f0c7e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
        "kind": "news_item", "title": "Learning from a review", "bilingual": True,
        "title_cy": "Dysgu o adolygiad",
        "body": [{"id": "main", "heading": "Background", "heading_cy": "Cefndir",
                  "markdown": english, "markdown_cy": welsh}], **extra})


def test_each_text_has_its_own_language() -> None:
    record = bilingual("Agencies met.", "Cyfarfu asiantaethau.")
    assert field_language(record, "body.0.markdown") == "en-GB"
    assert field_language(record, "body.0.markdown_cy") == "cy"
    assert field_language(record, "title_cy") == "cy"


def test_the_examples_welsh_gets_no_spelling_or_name_findings() -> None:
    found = issues(example())
    welsh = [i for i in found if i.field_path.endswith("_cy")]
    assert not [i for i in welsh if i.code in ("C4.12", "C4.15", "C1.1")], welsh
    assert not [i for i in found if i.code in ("C4.12", "C4.15", "C3.15")]


def test_english_only_checks_skip_welsh_fields_and_welsh_spelling_skips_english() -> None:
    record = bilingual("The agencys met and shared informaton.",
                       "Mae'r asiantaethau'n rhannu gwybodaeth. Cyfarfu'r bwrdd yn gyflym. "
                       "Roedd camgymmeriad yno.")
    found = {(i.code, i.field_path) for i in issues(record)}
    assert ("C4.12", "body.0.markdown") in found  # English spelling on the English
    assert ("C4.15", "body.0.markdown_cy") in found  # "camgymmeriad"
    assert ("C4.12", "body.0.markdown_cy") not in found
    assert ("C4.15", "body.0.markdown") not in found
    welsh = [i for i in issues(record) if i.code == "C4.15"]
    assert [record.body[0].markdown_cy[i.span[0]:i.span[1]] for i in welsh] == ["camgymmeriad"]


def test_a_welsh_record_gets_welsh_spelling_in_every_field() -> None:
    record = parse_record({
        "schema_version": "1.1", "id": "2a6f0c7e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
        "kind": "news_item", "title": "Adolygiad ymarfer plant", "language": "cy",
        "body": [{"id": "main", "markdown": "Mae'r bwrdd wedi cyhoeddi adroddidad heddiw."}]})
    found = [(i.code, i.field_path) for i in issues(record) if i.code in ("C4.12", "C4.15")]
    assert found == [("C4.15", "body.0.markdown")]


@pytest.mark.parametrize(("radical", "forms"), [
    ("tad", {"tad", "dad", "nhad", "thad"}),
    ("brawd", {"brawd", "frawd", "mrawd"}),
    ("mam", {"mam", "fam"}),
    ("chwaer", {"chwaer"}),
    ("ewythr", {"ewythr", "hewythr"}),
    ("llystad", {"llystad", "lystad"}),
    ("gwraig", {"gwraig", "wraig", "ngwraig"}),
])
def test_welsh_family_words_come_with_their_mutations(radical: str, forms: set[str]) -> None:
    assert mutations(radical) == forms
    assert forms <= set(WELSH_FAMILY_NOUNS) | {radical}


@pytest.mark.parametrize("sentence", [
    "Dywedodd ei mam, Siân Morgan, fod y teulu'n poeni.",
    "Roedd ei thad, Gethin, yn byw gerllaw.",
    "Symudodd at ei nain, Gwenllian, yn 2019.",
    "Roedd Carys, ei chwaer hŷn, yn gofalu amdano.",
    "Bu fy nhad, Emyr, yn siarad â'r adolygiad.",
])
def test_names_beside_welsh_family_words_are_found(sentence: str) -> None:
    record = bilingual("Agencies met.", sentence)
    names = [i for i in issues(record)
             if i.code == "C1.1" and i.field_path == "body.0.markdown_cy"]
    assert names and "relative" in names[0].message


def test_capitalised_welsh_words_are_not_names() -> None:
    welsh = ("Mae Bwrdd Diogelu Dyffryn Ogwen wedi cyhoeddi Adolygiad Ymarfer Oedolion. "
             "Beth sy'n digwydd nesaf? Cadeirydd Annibynnol y Bwrdd sy'n arwain.")
    record = bilingual("Agencies met.", welsh)
    assert not [i for i in issues(record) if i.code == "C1.1"]


def publishing(record: Any) -> Any:
    return record.model_copy(update={"status": "approved"})


def test_a_missing_welsh_version_blocks_a_final_copy() -> None:
    record = mark_all_translated(bilingual("Agencies met.", ""))
    found = [i for i in issues(publishing(record)) if i.code == "C3.15"]
    assert [(i.field_path, i.severity) for i in found] == [("body.0.markdown_cy", "blocking")]
    draft = [i for i in issues(record) if i.code == "C3.15"]
    assert [i.severity for i in draft] == ["info"]  # a draft is told, not blocked


def test_an_english_text_changed_after_its_welsh_blocks_a_final_copy() -> None:
    record = mark_all_translated(bilingual("Agencies met.", "Cyfarfu asiantaethau."))
    assert not [i for i in issues(publishing(record)) if i.code == "C3.15"]
    data = dump(record)
    data["body"][0]["markdown"] = "Agencies met twice."
    changed = publishing(parse_record(data))
    found = [i for i in issues(changed) if i.code == "C3.15"]
    assert [i.field_path for i in found] == ["body.0.markdown_cy"]
    assert "changed after" in found[0].message


def test_a_single_language_record_needs_no_translation() -> None:
    record = parse_record({**dump(bilingual("Agencies met.", "")), "bilingual": False})
    assert not [i for i in issues(publishing(record)) if i.code == "C3.15"]
