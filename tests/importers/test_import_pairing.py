"""A Welsh and an English page of one publication become one bilingual record
(``import CY EN --out FILE``); a page holding both languages does too."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from review_editor.cli import main
from review_editor.importers import ImportFailed
from review_editor.importers.files import import_file
from review_editor.importers.pairing import (
    bilingual_page_halves,
    import_bilingual_page,
    import_pair,
    pair_records,
)
from review_editor.model import parse_record
from review_editor.model.bilingual import text_pairs, translation_state

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PAGES = Path(__file__).parents[1] / "fixtures" / "real-pages"
WELSH = PAGES / "gwent-cy-beth-yw-adolygiad-ymarfer.txt"
ENGLISH = PAGES / "gwent-en-what-is-a-practice-review.txt"


@pytest.mark.parametrize("order", [(WELSH, ENGLISH), (ENGLISH, WELSH)])
def test_the_gwent_pair_becomes_one_bilingual_record(order: tuple[Path, Path]) -> None:
    record = import_pair(*order, now=NOW).record
    assert record.bilingual and record.language == "en-GB"
    assert record.title == "What is a Practice Review?"
    assert record.title_cy == "Beth yw Adolygiad Ymarfer?"
    assert record.body[0].markdown.startswith("In accordance with the Social Services")
    assert (record.body[0].markdown_cy or "").startswith("Yn unol â Deddf Gwasanaethau")
    states = {translation_state(record, pair) for pair in text_pairs(record)
              if pair.welsh.strip()}
    assert states == {"current"}
    assert parse_record(json.loads(record.model_dump_json())) == record


def test_two_pages_in_one_language_do_not_pair(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="both are in Welsh"):
        import_pair(WELSH, PAGES / "nwsb-cy-adolygiadau-ymarfer-plant.txt", now=NOW)
    with pytest.raises(ImportFailed, match="neither is in Welsh"):
        import_pair(ENGLISH, ENGLISH, now=NOW)


def test_links_pair_by_address_and_missing_partners_are_reported() -> None:
    english = parse_record({
        "schema_version": "1.1", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",
        "kind": "news_item", "title": "Review published",
        "body": [{"id": "a", "markdown": "One."}, {"id": "b", "markdown": "Two."}],
        "links": [{"text": "Full report", "url": "https://board.example/report.pdf"},
                  {"text": "Easy read", "url": "https://board.example/easy.pdf"}]})
    welsh = parse_record({
        "schema_version": "1.1", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a2",
        "kind": "news_item", "title": "Cyhoeddi adolygiad", "language": "cy",
        "body": [{"id": "a", "markdown": "Un."}],
        "links": [{"text": "Fersiwn hawdd ei ddarllen", "url": "https://board.example/easy.pdf"},
                  {"text": "Adroddiad llawn", "url": "https://board.example/report.pdf/"}]})
    record, warnings = pair_records(welsh, english)
    assert [link.text_cy for link in record.links] == ["Adroddiad llawn",
                                                       "Fersiwn hawdd ei ddarllen"]
    assert record.body[0].markdown_cy == "Un." and record.body[1].markdown_cy is None
    assert any("sections" in warning for warning in warnings)


def test_a_page_holding_both_languages(tmp_path: Path) -> None:
    page = tmp_path / "both.txt"
    page.write_text(WELSH.read_text(encoding="utf-8") + "\n\n"
                    + ENGLISH.read_text(encoding="utf-8"), encoding="utf-8")
    result = import_bilingual_page(page, now=NOW)
    assert result is not None
    record = result.record
    assert record.bilingual and record.title_cy == "Beth yw Adolygiad Ymarfer?"
    assert "Practice Review" in record.title
    assert "Yn unol â Deddf" in (record.body[0].markdown_cy or "")
    assert "Yn unol" not in record.body[0].markdown


def test_pages_in_one_language_are_not_taken_for_bilingual_pages() -> None:
    checked = 0
    for path in sorted(PAGES.glob("*.txt")) + sorted(PAGES.glob("*.html")):
        text = import_file(path, now=NOW).source_text
        assert bilingual_page_halves(text) is None, path.name
        checked += 1
    assert checked >= 40


def test_cli_import_pairs_two_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pair.json"
    assert main(["import", str(WELSH), str(ENGLISH), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["bilingual"] is True and data["title_cy"] == "Beth yw Adolygiad Ymarfer?"
    assert main(["validate", str(out)]) == 0
