"""The Word and text copies follow the Markdown as the preview renders it: headings, runs
of bold and italic, links, nested and numbered lists, quotes, tables and images."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest
from export_helpers import NOW, docx_from_bytes

from review_editor.export.docx import docx_bytes
from review_editor.export.outline import (
    Facts,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    Table,
    outline,
    plain,
)
from review_editor.export.txt import txt_text
from review_editor.model import parse_record
from review_editor.model.records import RecordModel

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

MARKDOWN = """### What changed

Paragraph with **bold**, *italic*, `code`, ~~gone~~ and a [guidance page](https://example.org/guidance).
Second line after a soft break.

- one
  - nested
    - deeper
- two

1. first
2. second

> Quoted words.

| Agency | Action |
|---|---|
| Police | Train staff |
| Health | Audit notes |

3. third
4. fourth

Write to [the team](mailto:team@fenmoor-sab.example) or read
[the guidance page](https://example.org/guidance) again.
"""


def record(markdown: str = MARKDOWN, **extra: object) -> RecordModel:
    return parse_record({
        "schema_version": "1.0", "id": "00000000-0000-4000-8000-000000000001",
        "kind": "news_item", "title": "Markdown in every shape",
        "body": [{"id": "s", "heading": "Section", "markdown": markdown}], **extra})


@pytest.fixture(scope="module")
def document():  # noqa: ANN201
    return docx_from_bytes(docx_bytes(record(), now=NOW))


@pytest.fixture(scope="module")
def text() -> str:
    return txt_text(record(), now=NOW)


# -- the outline ----------------------------------------------------------------------------

def test_inline_formats_links_and_white_space() -> None:
    [paragraph] = outline('<p>A  <strong>bold <em>move</em></strong>\n to <a href="https://x.example/">'
                          'the <em>site</em></a>.<br>\nNext   line</p>')
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == [
        Run("A "), Run("bold ", bold=True), Run("move", bold=True, italic=True),
        Run(" to "), Run("the ", href="https://x.example/"),
        Run("site", italic=True, href="https://x.example/"), Run("."), Run("\n"),
        Run("Next line")]


def test_blocks_of_the_page_templates() -> None:
    blocks = outline(
        '<section class="key-facts"><h2>Key facts</h2><dl><div class="fact"><dt>Review</dt>'
        '<dd>Adult R</dd></div><div class="fact"><dt>Reviewers</dt><dd>A</dd><dd>B</dd></div>'
        '</dl></section><div hidden>secret</div>'
        '<figure class="quote"><blockquote><p>Words.</p></blockquote>'
        '<figcaption>Chair, <cite>Report</cite></figcaption></figure>'
        '<table><thead><tr><th>N</th><th>Text</th></tr></thead><tbody><tr><th scope="row">R1'
        '</th><td>Do it<p class="response-reason">Because</p></td></tr></tbody></table>')
    heading, facts, quote, table = blocks
    assert isinstance(heading, Heading) and heading.level == 2
    assert isinstance(facts, Facts)
    assert [(term, [plain(v) for v in values]) for term, values in facts.items] == [
        ("Review", ["Adult R"]), ("Reviewers", ["A", "B"])]
    assert isinstance(quote, Quote)
    assert [plain(p) for p in quote.paragraphs] == ["Words."]
    assert quote.attribution == [Run("Chair, "), Run("Report", italic=True)]
    assert isinstance(table, Table)
    assert [plain(c.paragraphs[0]) for c in table.header] == ["N", "Text"]
    [[number, cell]] = table.rows
    assert number.header and plain(number.paragraphs[0]) == "R1"
    assert [plain(p) for p in cell.paragraphs] == ["Do it", "Because"]


def test_nested_lists_keep_their_levels_and_numbers() -> None:
    [bullets] = outline("<ul><li>one<ul><li>nested<ol start='4'><li>four</li></ol></li></ul>"
                        "</li><li><p>loose</p><p>second paragraph</p></li></ul>")
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    first, second = bullets.items
    assert plain(first.blocks[0]) == "one"
    nested = first.blocks[1]
    assert isinstance(nested, ListBlock)
    deeper = nested.items[0].blocks[1]
    assert isinstance(deeper, ListBlock) and deeper.ordered and deeper.start == 4
    assert [plain(b) for b in second.blocks] == ["loose", "second paragraph"]


# -- Word -----------------------------------------------------------------------------------

def paragraphs(document) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_word_headings_and_runs(document) -> None:  # noqa: ANN001
    styles = paragraphs(document)
    assert ("Title", "Markdown in every shape") in styles
    assert ("Heading 1", "Section") in styles
    assert ("Heading 2", "What changed") in styles
    [body] = [p for p in document.paragraphs if p.text.startswith("Paragraph with")]
    runs = {run.text: run for run in body.runs}
    assert runs["bold"].bold and not runs["bold"].italic
    assert runs["italic"].italic
    assert runs["code"].font.name == "Consolas"
    assert runs["gone"].font.strike
    [link] = body.hyperlinks
    assert (link.url, link.text) == ("https://example.org/guidance", "guidance page")
    [element] = body._p.iter(f"{W}hyperlink")
    assert element.get(R_ID)
    assert link.runs[0].style.name == "Hyperlink"


def test_word_lists(document) -> None:  # noqa: ANN001
    styles = paragraphs(document)
    assert ("List Bullet", "one") in styles
    assert ("List Bullet 2", "nested") in styles
    assert ("List Bullet 3", "deeper") in styles
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["first", "second", "third", "fourth"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] and num_ids[2] == num_ids[3] != num_ids[0]
    starts = {}
    for num in document.part.numbering_part.element.num_lst:
        starts[num.numId] = num.xpath("./w:lvlOverride/w:startOverride/@w:val")
    assert starts[num_ids[0]] == ["1"] and starts[num_ids[2]] == ["3"]


def test_word_quote_and_table(document) -> None:  # noqa: ANN001
    assert ("Quote", "Quoted words.") in paragraphs(document)
    [table] = document.tables
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Agency", "Action"], ["Police", "Train staff"], ["Health", "Audit notes"]]
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None


def tiny_png(width: int = 4, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = b"".join(b"\x00" + b"\x1d\x70\xb8" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def test_images_beside_the_record_are_embedded_with_their_alt_text(tmp_path: Path) -> None:
    (tmp_path / "chart.png").write_bytes(tiny_png())
    markdown = ('![Referrals rose each year](chart.png "Referrals 2019 to 2023")\n\n'
                "Text with ![a small icon](chart.png) inside.\n\n![](chart.png)")
    document = docx_from_bytes(docx_bytes(record(markdown), now=NOW, base_dir=tmp_path))
    descriptions = [element.get("descr") for element in document.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert descriptions == ["Referrals rose each year", "a small icon", ""]
    assert ("Caption", "Referrals 2019 to 2023") in paragraphs(document)
    assert len(document.inline_shapes) == 3
    text = txt_text(record(markdown), now=NOW, base_dir=tmp_path)
    assert "[Image: Referrals rose each year]\nReferrals 2019 to 2023" in text
    assert "Text with [Image: a small icon] inside." in text


# -- plain text -----------------------------------------------------------------------------

def test_text_structure(text: str) -> None:
    assert "Section\n-------\n" in text
    assert "What changed\n~~~~~~~~~~~~\n" in text
    assert "- one\n  - nested\n    - deeper\n- two\n" in text
    assert "1. first\n2. second\n" in text
    assert "3. third\n4. fourth\n" in text
    assert "    Quoted words.\n" in text
    assert "Police\n  Action: Train staff\n\nHealth\n  Action: Audit notes\n" in text


def test_text_links_are_numbered_once_and_listed_at_the_end(text: str) -> None:
    assert "a guidance page [1]." in text
    assert "the guidance page [1] again." in text  # the same address keeps its number
    assert "the team [2]" in text  # an address the text does not show is footnoted
    assert text.endswith("Links\n-----\n\n[1] https://example.org/guidance\n"
                         "[2] mailto:team@fenmoor-sab.example\n")


def test_text_does_not_footnote_what_it_already_shows() -> None:
    markdown = ("Email <team@fenmoor-sab.example> or see <https://fenmoor-sab.example> "
                "or ring [01632 960 418](tel:01632960418).")
    text = txt_text(record(markdown), now=NOW)
    assert "[1]" not in text and "\nLinks\n" not in text


def test_text_wraps_long_paragraphs_at_72_columns() -> None:
    words = " ".join(f"word{index}" for index in range(400))
    long_item = " ".join(["item"] * 60)
    text = txt_text(record(f"{words}\n\n- {long_item}\n\n1. {long_item}"), now=NOW)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 72
    assert " ".join(line for line in lines if line.startswith("word")).startswith(words[:200])
    bullet = [line for line in lines if line.startswith(("- item", "  item"))]
    assert bullet[0].startswith("- item") and all(b.startswith("  item") for b in bullet[1:])
    numbered = [line for line in lines if line.startswith(("1. item", "   item"))]
    assert len(numbered) > 1 and all(n.startswith("   item") for n in numbered[1:])


HOSTILE = ["\x00<script>alert(1)</script>", "A\x0bB\x0c\x1b[31mred\x7f\x85", "\ufffe\uffff",
           "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "line\u2028sep"]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_cannot_break_the_word_or_text_copy(payload: str) -> None:
    data = {"title": f"T {payload}"[:120], "summary": payload,
            "quotes": [{"text": payload, "attributed_to": payload}],
            "links": [{"text": payload, "url": payload}],
            "publisher": {"name": payload}, "themes": [{"id": "x", "label": payload}]}
    hostile = record(f"{payload}\n\n- {payload}\n\n| {payload} |\n|---|\n| {payload} |",
                     **data)
    document = docx_from_bytes(docx_bytes(hostile, now=NOW))
    assert document.core_properties.title.startswith("T ")
    text = txt_text(hostile, now=NOW)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text)
    # Only sanitised addresses become footnotes (the text itself may say anything).
    assert not re.search(r"^\[\d+\] (?!https://|mailto:|tel:)", text, re.MULTILINE)
    for paragraph in document.paragraphs:
        for link in paragraph.hyperlinks:
            assert link.url.startswith(("https://", "mailto:", "tel:"))
