"""Pages per language: a Welsh page, an English page, or one bilingual page (either order),
with ``lang`` on each language's element, Welsh dates and Welsh fixed words."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from typing import Any

import pytest

from review_editor import resources
from review_editor.model import parse_record
from review_editor.render import page_structure, render_blocks, render_page
from review_editor.render.wording import WELSH, date_text, partial_text, speaking, t

NOW = datetime(2026, 1, 6, 12, 0, tzinfo=UTC)
EXAMPLE = resources.examples_dir() / "adult-practice-review-adult-g.json"


def example() -> Any:
    return parse_record(json.loads(EXAMPLE.read_text(encoding="utf-8")))


class _Languages(HTMLParser):
    """The language of each text node: the nearest ``lang`` above it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, str]] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if tag in ("br", "img", "meta", "link", "input", "hr"):
            return
        self.stack.append((tag, values.get("lang")))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if data.strip() and not any(tag in ("style", "script", "title") for tag, _ in self.stack):
            lang = next((lang for _, lang in reversed(self.stack) if lang), "")
            self.texts.append((lang, data.strip()))


def languages_of(page: str) -> _Languages:
    parser = _Languages()
    parser.feed(page)
    return parser


@pytest.mark.parametrize(("day", "expected"), [
    (date(2021, 7, 27), "dydd Mawrth 27 Gorffennaf 2021"),
    (date(2025, 6, 9), "dydd Llun 9 Mehefin 2025"),
    (date(2024, 2, 29), "dydd Iau 29 Chwefror 2024"),
    (date(2025, 12, 21), "dydd Sul 21 Rhagfyr 2025"),
])
def test_welsh_dates_have_welsh_day_and_month_names(day: date, expected: str) -> None:
    with speaking("cy"):
        assert date_text(day) == expected
    assert date_text(day) == day.strftime("%A ") + f"{day.day} " + day.strftime("%B %Y")


def test_welsh_partial_dates() -> None:
    with speaking("cy"):
        assert partial_text("2019-04") == "Ebrill 2019"
        assert partial_text("2001") == "2001"
        assert partial_text("2021-07-27") == "dydd Mawrth 27 Gorffennaf 2021"
        assert t("Key facts") == "Ffeithiau allweddol"
    assert t("Key facts") == "Key facts"


def test_a_welsh_page_is_welsh_throughout() -> None:
    page = render_page(example(), now=NOW, language="cy", mode="html")
    assert '<html lang="cy"' in page
    assert "Cyhoeddwyd dydd Mawrth 10 Mehefin 2025" in page
    assert "<h1 id=\"f-title\">Cyhoeddi Adolygiad Ymarfer Oedolion: Oedolyn G</h1>" in page
    body = page[page.index("<body"):]
    for english in ("Published", "Key facts", "Updates to this page", "Skip to main content",
                    "Adult practice review", "Contact</h2>", "Tuesday"):
        assert english not in body
    assert "Neidio i&#39;r prif gynnwys" in page and "Ffeithiau allweddol" in page


def test_an_english_page_of_a_bilingual_record_has_no_welsh() -> None:
    page = render_page(example(), now=NOW, language="en", mode="html")
    assert '<html lang="en-GB"' in page
    assert "Published Tuesday 10 June 2025" in page
    assert "Cyhoeddi" not in page and "Bwrdd Diogelu" not in page


@pytest.mark.parametrize(("order", "first", "second"), [
    ("welsh_first", "cy", "en-GB"), ("english_first", "en-GB", "cy")])
def test_a_bilingual_page_holds_both_languages_each_marked(order: str, first: str,
                                                            second: str) -> None:
    page = render_page(example(), now=NOW, language="bilingual", order=order, mode="html")
    assert f'<html lang="{first}"' in page
    articles = re.findall(r'<article class="record" lang="([^"]+)">', page)
    assert articles == [first, second]
    found = languages_of(page)
    welsh_words = {"Cyhoeddwyd", "Ffeithiau allweddol", "Dolenni", "Cysylltu"}
    english_words = {"Key facts", "Links", "Contact"}
    by_text: dict[str, set[str]] = {}
    for lang, text in found.texts:
        by_text.setdefault(text, set()).add(lang)
    for word in welsh_words & set(by_text):
        assert by_text[word] <= {"cy"}, word
    for word in english_words:
        assert by_text[word] == {"en-GB"}, word
    # The Welsh text sits in Welsh elements and the English in English ones.
    record = example()
    assert by_text[record.title_cy] == {"cy"} and by_text[record.title] == {"en-GB"}
    assert len(found.ids) == len(set(found.ids)), "ids are unique across the two copies"


def test_bilingual_blocks_and_structure_match_the_page() -> None:
    record = example()
    blocks = render_blocks(record, now=NOW, language="bilingual", order="welsh_first")
    assert "cy-f-title" in blocks and "en-f-title" in blocks
    page = render_page(record, now=NOW, language="bilingual", order="welsh_first")
    for html in blocks.values():
        assert html in page
    assert page_structure(record, language="bilingual") != page_structure(record)
    assert page_structure(record, language="bilingual") == page_structure(
        record, language="bilingual")


def test_a_single_language_record_refuses_the_other_language() -> None:
    record = parse_record({"schema_version": "1.0", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",
                           "kind": "news_item", "title": "English only"})
    with pytest.raises(ValueError, match="English only"):
        render_page(record, now=NOW, language="cy")
    with pytest.raises(ValueError, match="language must be"):
        render_page(record, now=NOW, language="fr")


def test_a_welsh_record_gets_welsh_words_without_a_language_asked() -> None:
    record = parse_record({"schema_version": "1.0", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",
                           "kind": "news_item", "title": "Adolygiad newydd", "language": "cy",
                           "published_on": "2021-07-27"})
    page = render_page(record, now=NOW)
    assert "Cyhoeddwyd dydd Mawrth 27 Gorffennaf 2021" in page and "Newyddion" in page


def test_every_welsh_word_has_a_translation() -> None:
    assert all(value.strip() for value in WELSH.values())


def test_the_profiles_order_comes_with_its_branding() -> None:
    from review_editor.render import Branding

    page = render_page(example(), now=NOW, language="bilingual",
                       branding=Branding(bilingual_order="welsh_first"))
    assert re.findall(r'<article class="record" lang="([^"]+)">', page) == ["cy", "en-GB"]
    page = render_page(example(), now=NOW, language="bilingual")
    assert re.findall(r'<article class="record" lang="([^"]+)">', page) == ["en-GB", "cy"]
