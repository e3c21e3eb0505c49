"""Five fictional pages, each imported from text, saved HTML and a Word draft."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from import_pages import PAGES, Page, as_docx, as_html, as_text

from review_editor.importers import ImportResult, apply_suggestions, import_file
from review_editor.model import LONDON, dump, parse_record
from review_editor.render.markdown import to_html

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
FORMATS: dict[str, tuple[str, Callable[[Page], str | bytes]]] = {
    "text": (".txt", as_text),
    "html": (".html", as_html),
    "docx": (".docx", as_docx),
}
CASES = [pytest.param(page, fmt, id=f"{page.key}-{fmt}") for page in PAGES for fmt in FORMATS]


def _import(tmp_path: Path, page: Page, fmt: str) -> ImportResult:
    extension, write = FORMATS[fmt]
    path = tmp_path / f"{page.key}{extension}"
    content = write(page)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return import_file(path, now=NOW)


@pytest.mark.parametrize(("page", "fmt"), CASES)
def test_the_page_states_title_date_publisher(tmp_path: Path, page: Page, fmt: str) -> None:
    result = _import(tmp_path, page, fmt)
    record = result.record
    assert result.source_format == fmt
    assert record.kind == "news_item" and record.status == "draft"
    assert record.title == page.title
    assert record.published_on is not None
    assert record.published_on.isoformat() == page.published_on
    assert record.publisher is not None
    assert record.publisher.name == page.publisher
    assert record.publisher.publisher_type == page.publisher_type
    assert record.slug and len(record.slug) <= 80
    assert record.review is None and record.quotes == []
    assert result.warnings == []


@pytest.mark.parametrize(("page", "fmt"), CASES)
def test_the_body_keeps_paragraphs_headings_and_lists(tmp_path: Path, page: Page,
                                                      fmt: str) -> None:
    record = _import(tmp_path, page, fmt).record
    markdown = "\n\n".join(section.markdown for section in record.body)
    assert [s.heading for s in record.body if s.heading] == page.headings
    assert record.body[0].id == "intro" and record.body[0].heading == ""
    paragraphs = [p for p in page.paragraphs if p != page.title]
    for paragraph in paragraphs:
        assert paragraph in markdown.split("\n\n")
    assert page.title not in markdown.split("\n\n")  # the repeated title went
    assert "\u00a0" not in markdown
    for block in page.blocks:
        if block[0] in ("ul", "ol"):
            marker = "-" if block[0] == "ul" else "1."
            first = block[1][0] if isinstance(block[1][0], str) else block[1][0][0]
            assert f"{marker} {first}" in markdown
            for item in block[1]:
                if not isinstance(item, str):  # nested one level down
                    indent = " " * (len(marker) + 1)
                    child_marker = "-" if block[0] == "ul" else "1."
                    assert f"\n{indent}{child_marker} {item[1][0]}" in markdown


@pytest.mark.parametrize(("page", "fmt"), CASES)
def test_boilerplate_goes_and_is_logged(tmp_path: Path, page: Page, fmt: str) -> None:
    result = _import(tmp_path, page, fmt)
    record = result.record
    text = json.dumps(dump(record)["body"], ensure_ascii=False)
    for furniture in ("Skip to main content", "Share this page", "All rights reserved",
                      "We use cookies", "Related news", "Accept all"):
        assert furniture not in text
    provenance = record.provenance
    assert provenance is not None and provenance.source_file == f"{page.key}{FORMATS[fmt][0]}"
    assert provenance.imported_on == NOW
    assert "non-breaking spaces replaced" in provenance.cleanups
    assert any(note.endswith("empty paragraphs removed") for note in provenance.cleanups)
    assert any(note.startswith("dateline '") for note in provenance.cleanups)
    if fmt == "text":
        assert {"Skip to main content", "Share this page"} <= set(provenance.removed_boilerplate)
    if fmt == "html":
        removed = " ".join(provenance.removed_boilerplate)
        for what in ("cookie notice:", "site header: Home News Reviews", "footer:",
                     "sidebar: Related news"):
            assert what in removed
        assert "tracking" not in removed and "color" not in result.source_text


@pytest.mark.parametrize(("page", "fmt"), CASES)
def test_link_lines_become_links_with_roles(tmp_path: Path, page: Page, fmt: str) -> None:
    record = _import(tmp_path, page, fmt).record
    assert [(link.text, link.url) for link in record.links] == page.links
    roles = {link.text: str(link.role) for link in record.links}
    expected = {
        "Read the full report": "full_report", "Easy Read summary": "easy_read",
        "7-minute briefing: Baby M": "seven_minute_briefing", "Overview report": "full_report",
        "Read the partnership’s response": "partnership_response",
        "Contact the partnership": "other",
    }
    assert roles == {text: expected[text] for text in roles}


@pytest.mark.parametrize(("page", "fmt"), CASES)
def test_review_facts_are_suggested(tmp_path: Path, page: Page, fmt: str) -> None:
    result = _import(tmp_path, page, fmt)
    for path, expected in page.suggestions.items():
        values = [s.value for s in result.suggestions if s.field_path == path]
        if isinstance(expected, dict):
            assert any(expected.items() <= v.items() for v in values), (path, values)
        else:
            assert expected in values, (path, values)
    if not page.suggestions:
        assert not [s for s in result.suggestions if s.field_path.startswith("review.")]
    for suggestion in result.suggestions:
        if suggestion.span is not None:
            start, end = suggestion.span
            assert result.source_text[start:end] == suggestion.evidence


@pytest.mark.parametrize(("page", "fmt"), CASES)
def test_the_record_round_trips_and_renders(tmp_path: Path, page: Page, fmt: str) -> None:
    result = _import(tmp_path, page, fmt)
    for record in (result.record, apply_suggestions(result.record, result.suggestions)):
        data = dump(record)
        assert dump(parse_record(json.loads(json.dumps(data)))) == data
    for section in result.record.body:
        to_html(section.markdown)  # valid Markdown for the renderer


def test_tables_from_html_and_word_become_markdown_tables(tmp_path: Path) -> None:
    page = next(p for p in PAGES if p.key == "harrowdale-lcspr")
    for fmt in ("html", "docx"):
        record = _import(tmp_path, page, fmt).record
        section = next(s for s in record.body if s.heading == "Recommendations")
        assert section.markdown == (
            "| Number | Recommendation | Response |\n"
            "| --- | --- | --- |\n"
            "| R1 | Review the safe sleep pathway | Accepted |\n"
            "| R2 | Train staff in working with fathers | Accepted |")
        html = to_html(section.markdown)
        assert "<table" in html and "<th" in html


def test_nested_ordered_lists_keep_their_numbers(tmp_path: Path) -> None:
    page = next(p for p in PAGES if p.key == "harrowdale-lcspr")
    expected = ("1. Ask about safe sleep at every contact\n"
                "2. Involve fathers in every assessment\n"
                "3. Record who lives in the household\n"
                "   1. adults\n"
                "   2. visitors")
    for fmt in FORMATS:
        record = _import(tmp_path, page, fmt).record
        section = next(s for s in record.body if s.heading == "Learning for practitioners")
        assert section.markdown == expected, fmt


def test_all_suggestions_apply_to_a_valid_record(tmp_path: Path) -> None:
    page = next(p for p in PAGES if p.key == "harrowdale-lcspr")
    result = _import(tmp_path, page, "docx")
    record = apply_suggestions(result.record, result.suggestions)
    assert record.review is not None
    assert [r.name for r in record.review.reviewers] == ["Tom Reeve", "Asha Lindqvist"]
    assert record.review.review_type == "lcspr"
    data: dict[str, Any] = dump(record)
    assert data["review"]["review_name"] == "Baby M"
