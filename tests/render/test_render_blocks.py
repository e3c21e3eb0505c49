"""Blocks with stable ids for the live preview, and the page structure that decides between
swapping blocks and reloading."""

from __future__ import annotations

import pytest
from render_helpers import EXAMPLES, NOW, audit, example, example_data, safety_problems

from review_editor.model import parse_record
from review_editor.render import page_structure, render_blocks, render_page, render_preview
from review_editor.render.blocks import block_lines, split_top_level


def _record(body: list[dict], **extra: object) -> object:
    return parse_record({"schema_version": "1.0", "kind": "review_notice", "title": "A review",
                         "id": "22222222-2222-4222-8222-222222222222", "body": body, **extra})


LONG_TEXT = "\n\n".join(
    [f"Paragraph {i} about what the review found." for i in range(6)]
    + ["- a list item\n- another item", "## A sub-heading", "| a | b |\n|---|---|\n| 1 | 2 |",
       "> a quotation", "```\ncode\n```", "---"])


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_block_appears_verbatim_in_the_page(name: str) -> None:
    record = example(name)
    blocks = render_blocks(record, now=NOW)
    html = render_page(record, now=NOW)
    ids = audit(html).ids
    for block_id, block_html in blocks.items():
        assert block_html in html, block_id
        assert block_html.startswith("<")
        assert f'id="{block_id}"' in block_html.split(">", 1)[0]
        assert block_id in ids
    # Page order is dict order.
    positions = [html.index(f'id="{block_id}"') for block_id in blocks]
    assert positions == sorted(positions)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_preview_render_is_the_blocks_the_structure_and_the_page_at_once(name: str) \
        -> None:
    record = example(name)
    structure, blocks, page = render_preview(record, now=NOW)
    assert structure == page_structure(record)
    assert blocks == render_blocks(record, now=NOW)
    assert page == render_page(record, now=NOW)
    # The structure already shown: the blocks are swapped, no page is made.
    assert render_preview(record, now=NOW, known=structure) == (structure, blocks, None)


def test_every_top_level_block_of_a_section_has_an_id() -> None:
    record = _record([{"id": "main", "heading": "Findings", "markdown": LONG_TEXT}])
    blocks = render_blocks(record, now=NOW)
    section_blocks = [key for key in blocks if key.startswith("b-main-")]
    assert section_blocks == [f"b-main-{n}" for n in range(12)]
    tags = [blocks[key].split(" ", 1)[0] for key in section_blocks]
    assert tags == ["<p"] * 6 + ["<ul", "<h2", "<table", "<blockquote", "<pre", "<hr"]
    assert blocks["h-main"] == '<h2 id="h-main">Findings</h2>'
    html = render_page(record, now=NOW)
    section = html.split('<section id="section-main" class="body-section" '
                         'aria-labelledby="h-main">')[1].split("</section>")[0]
    for key in section_blocks:
        assert blocks[key] in section
    assert safety_problems(html) == []


def test_editing_one_paragraph_changes_exactly_one_block() -> None:
    body = [{"id": "a", "heading": "First", "markdown": LONG_TEXT},
            {"id": "b", "heading": "", "markdown": LONG_TEXT}]
    before = _record(body)
    edited_text = LONG_TEXT.replace("Paragraph 3 about", "Paragraph 3, now longer, about")
    after = _record([body[0], {**body[1], "markdown": edited_text}])
    old, new = render_blocks(before, now=NOW), render_blocks(after, now=NOW)
    assert old.keys() == new.keys()
    assert [key for key in old if old[key] != new[key]] == ["b-b-3"]
    assert page_structure(before) == page_structure(after)


def test_a_new_line_inside_a_paragraph_does_not_disturb_the_blocks_below() -> None:
    before = _record([{"id": "s", "markdown": LONG_TEXT}])
    after = _record([{"id": "s", "markdown": LONG_TEXT.replace(
        "Paragraph 1 about", "Paragraph 1\nabout")}])
    old, new = render_blocks(before, now=NOW), render_blocks(after, now=NOW)
    assert [key for key in old if old[key] != new[key]] == ["b-s-1"]
    assert "data-sourcepos" not in "".join(new.values())


def test_field_edits_change_only_their_element() -> None:
    data = example_data("d1")
    before = parse_record(data)
    changes = {
        "title": ("f-title", "Safeguarding Adults Review: Adult R (updated)"),
        "summary": ("f-summary", "A shorter summary."),
    }
    for field, (block_id, value) in changes.items():
        after = parse_record({**data, field: value})
        old, new = render_blocks(before, now=NOW), render_blocks(after, now=NOW)
        assert [k for k in old if old[k] != new[k]] == [block_id]
        assert page_structure(before) == page_structure(after)
    heading = parse_record({**data, "body": [{**data["body"][0], "heading": "About it"},
                                             *data["body"][1:]]})
    old, new = render_blocks(before, now=NOW), render_blocks(heading, now=NOW)
    assert [k for k in old if old[k] != new[k]] == ["h-about"]


def test_structure_changes_when_the_layout_does() -> None:
    data = example_data("d1")
    base = page_structure(parse_record(data))
    added_paragraph = {**data, "body": [
        {**data["body"][0], "markdown": data["body"][0]["markdown"] + "\n\nMore."},
        *data["body"][1:]]}
    added_section = {**data, "body": [*data["body"], {"id": "more", "markdown": "More."}]}
    added_quote = {**data, "quotes": [{"text": "Said.", "attributed_to": "A chair"}]}
    dropped_heading = {**data, "body": [{**data["body"][0], "heading": ""},
                                        *data["body"][1:]]}
    welsh = {**data, "language": "cy"}
    for variant in (added_paragraph, added_section, added_quote, dropped_heading, welsh):
        assert page_structure(parse_record(variant)) != base


def test_structure_does_not_depend_on_the_clock() -> None:
    record = example("d3")
    before = render_blocks(record, now=NOW)
    after = render_blocks(record, now=NOW.replace(year=2032))
    assert before.keys() == after.keys()
    assert "EMBARGOED" in before["f-embargo"] and "EMBARGOED" not in after["f-embargo"]


def test_duplicate_section_ids_still_give_unique_page_ids() -> None:
    record = _record([{"id": "s", "heading": "One", "markdown": "Text."},
                      {"id": "s", "heading": "Two", "markdown": "Text."},
                      {"id": "s-2", "heading": "Three", "markdown": "Text."}])
    html = render_page(record, now=NOW)
    ids = audit(html).ids
    assert len(ids) == len(set(ids))
    assert {"section-s", "section-s-2", "section-s-2-2"} <= set(ids)


def test_level_one_headings_in_the_text_become_level_two() -> None:
    record = _record([{"id": "s", "markdown": "# Not a second title\n\n> # Nor this"}])
    page = audit(render_page(record, now=NOW))
    assert [e.attrs.get("id") for e in page.elements_with("h1")] == ["f-title"]
    assert len(page.elements_with("h2")) == 2


def test_empty_section_keeps_its_wrapper() -> None:
    record = _record([{"id": "empty", "heading": "", "markdown": ""}])
    html = render_page(record, now=NOW)
    assert '<section id="section-empty" class="body-section">\n</section>' in html
    assert page_structure(record)[6] == (("section-empty", ()),)


def test_block_lines_map_blocks_back_to_the_text() -> None:
    text = "First paragraph.\n\n- one\n- two\n\nThird\nspans two lines."
    assert block_lines(text) == [(1, 1), (3, 4), (6, 7)]


def test_split_top_level_keeps_nesting_together() -> None:
    raw = ('<ul>\n<li><p>a</p><ul><li>b</li></ul></li>\n</ul>\n<hr />\n'
           '<!-- raw HTML omitted -->\n<p>x<br />y</p>\n')
    assert split_top_level(raw) == [
        "<ul>\n<li><p>a</p><ul><li>b</li></ul></li>\n</ul>", "<hr />",
        "<!-- raw HTML omitted -->", "<p>x<br />y</p>"]


def test_a_hundred_thousand_words_render(benchmark_words: int = 100_000) -> None:
    paragraph = " ".join(["word"] * 100)
    record = _record([{"id": "long", "markdown": "\n\n".join([paragraph] * (
        benchmark_words // 100))}])
    blocks = render_blocks(record, now=NOW)
    assert len([k for k in blocks if k.startswith("b-long-")]) == 1000
    html = render_page(record, now=NOW)
    assert blocks["b-long-999"] in html
