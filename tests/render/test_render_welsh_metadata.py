"""The metadata in a page's head (Dublin Core and schema.org JSON-LD) is worded in the
language of the page it describes: a Welsh copy's kind, review type, period, audiences,
rights and accessibility summary are Welsh, as its visible labels are."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from render_helpers import audit

from review_editor import resources
from review_editor.model import label, parse_record
from review_editor.model.vocab import AltFormat, Audience, BriefFormat, Kind, ReviewType
from review_editor.render import render_page
from review_editor.render.wording import WELSH

NOW = datetime(2026, 1, 6, 12, 0, tzinfo=UTC)
EXAMPLE = resources.examples_dir() / "adult-practice-review-adult-g.json"


def example(**changes: Any) -> Any:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(changes)
    return parse_record(data)


def _metadata_words(html: str) -> dict[str, Any]:
    page = audit(html)
    ld = page.json_ld()
    return {
        "types": page.meta("DC.type"),
        "temporal": page.meta("DCTERMS.temporal"),
        "audiences": page.meta("DCTERMS.audience"),
        "rights": page.meta("DC.rights"),
        "language": page.meta("DC.language"),
        "in_language": ld["inLanguage"],
        "genre": ld["about"]["genre"],
        "audience_types": [a["audienceType"] for a in ld["audience"]],
        "summary": ld["accessibilitySummary"],
    }


def _footer_rights(html: str) -> str:
    [rights] = re.findall(r'<p class="rights">([^<]*)</p>', html)
    return rights


def test_a_welsh_copys_metadata_is_in_welsh() -> None:
    html = render_page(example(), now=NOW, language="cy", mode="html")
    words = _metadata_words(html)
    assert words == {
        "types": ["Eitem newyddion", "Adolygiad ymarfer oedolion", "Text"],
        "temporal": ["Ionawr 2022 – Ionawr 2024"],
        "audiences": ["Ymarferwyr", "Y cyhoedd"],
        "rights": ["© Bwrdd Diogelu Dyffryn Ogwen 2025"],
        "language": ["cy"],
        "in_language": "cy",
        "genre": "Adolygiad ymarfer oedolion",
        "audience_types": ["Ymarferwyr", "Y cyhoedd"],
        "summary": "Tudalen we gyda phenawdau, tirnodau ac un prif bennawd.",
    }
    # the rights in the head are the footer's, word for word
    assert words["rights"] == [_footer_rights(html)]


def test_an_english_copys_metadata_stays_english() -> None:
    words = _metadata_words(render_page(example(), now=NOW, language="en", mode="html"))
    assert words["types"] == ["News item", "Adult practice review (Wales)", "Text"]
    assert words["temporal"] == ["January 2022 to January 2024"]
    assert words["audiences"] == words["audience_types"] == ["Practitioners", "Public"]
    assert words["rights"] == ["© OVSB 2025"]  # English keeps the short name
    assert words["language"] == ["en-GB"]
    assert words["summary"].startswith("Web page with headings")


@pytest.mark.parametrize(("order", "head"), [("welsh_first", "cy"), ("english_first", "en-GB")])
def test_a_bilingual_pages_head_speaks_its_first_language(order: str, head: str) -> None:
    words = _metadata_words(render_page(example(), now=NOW, language="bilingual",
                                        order=order, mode="html"))
    assert words["language"] == [head]
    assert words["in_language"] == head
    welsh = head == "cy"
    assert (words["types"][0] == "Eitem newyddion") is welsh
    assert (words["temporal"] == ["Ionawr 2022 – Ionawr 2024"]) is welsh


def test_a_welsh_copy_without_a_publication_date_or_short_name() -> None:
    record = example(published_on=None)
    record.publisher.short_name = None
    html = render_page(record, now=NOW, language="cy", mode="html")
    assert audit(html).meta("DC.rights") == ["© Bwrdd Diogelu Dyffryn Ogwen"]
    assert _footer_rights(html) == "© Bwrdd Diogelu Dyffryn Ogwen"


@pytest.mark.parametrize("vocabulary", [Kind, ReviewType, Audience, BriefFormat, AltFormat],
                         ids=lambda v: v.__name__)
def test_every_label_the_metadata_names_has_a_welsh_wording(vocabulary: Any) -> None:
    missing = [label(value) for value in vocabulary if label(value) not in WELSH]
    assert not missing, f"no Welsh wording for {missing}"
