"""Messy sources: what drafts and copied pages really hold, in each format."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from import_pages import add_hyperlink

from review_editor.importers import ImportResult, import_file, import_text
from review_editor.model import LONDON
from review_editor.render.markdown import to_html

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def body_of(text: str) -> str:
    result = import_text(text, source_name="Pasted text", now=NOW)
    return "\n\n".join(section.markdown for section in result.record.body)


# plain text -------------------------------------------------------------------------------

def test_markdown_characters_in_text_stay_literal_when_rendered() -> None:
    text = ("Fenmoor review of waiting times\n\n"
            "Waits fell by 50%* in 2030 [see note] and <b>not bold</b> stays as typed.\n\n"
            "2029. A year of change for _everyone_ at # the front door.\n\n"
            "# not a heading inside the text, because it follows a title")
    html = to_html(body_of(text))
    assert "50%* in 2030 [see note] and &lt;b&gt;not bold&lt;/b&gt;" in html
    assert "2029. A year of change for _everyone_" in html
    assert "<ol" not in html and "<em>" not in html


def test_web_addresses_in_text_become_links() -> None:
    markdown = body_of("Page title here\n\nRead more at https://fenmoor-sab.example/reviews. "
                       "Thank you.")
    assert "<https://fenmoor-sab.example/reviews>." in markdown


def test_word_smart_quotes_and_apostrophes_are_kept() -> None:
    text = ("Children’s services improve\n\n"
            "‘It’s a start,’ she said of the council’s “first steps”.\n")
    assert body_of(text) == "‘It’s a start,’ she said of the council’s “first steps”."


def test_hard_wrapped_lines_stay_one_paragraph() -> None:
    text = ("Briefing for staff\n\n"
            "This paragraph was wrapped by an email program\n"
            "so its lines are short, but it is one paragraph\n"
            "of three lines.\n\nA second paragraph.")
    paragraphs = body_of(text).split("\n\n")
    assert paragraphs[0].count("\n") == 2 and len(paragraphs) == 2


def test_text_without_blank_lines_has_a_paragraph_per_line() -> None:
    text = ("Kestrel Vale update\nFirst paragraph ends here.\nSecond paragraph ends here.\n")
    assert body_of(text) == "First paragraph ends here.\n\nSecond paragraph ends here."


def test_word_plain_text_bullets_nest_by_symbol_and_indent() -> None:
    text = ("Learning points\n\n"
            "• Share information early\n"
            "o Use the escalation policy\n"
            "▪ Record the decision\n"
            "• Ask about fathers\n"
            "    - and partners\n")
    assert body_of(text) == ("- Share information early\n"
                             "  - Use the escalation policy\n"
                             "    - Record the decision\n"
                             "- Ask about fathers\n"
                             "  - and partners")


def test_short_lines_before_paragraphs_become_section_headings() -> None:
    result = import_text("Annual update\n\nBackground\n\nThe board met four times.\n\n"
                         "What happens next\n\n- A new strategy\n- A new chair\n",
                         source_name="update.txt", now=NOW)
    body = result.record.body
    assert [(s.id, s.heading) for s in body] == [("background", "Background"),
                                                 ("what-happens-next", "What happens next")]
    assert body[1].markdown == "- A new strategy\n- A new chair"


def test_a_long_title_is_shortened_with_a_warning() -> None:
    title = "Independent " * 8 + "safeguarding review headline without a full stop"
    assert 120 < len(title) <= 150
    result = import_text(f"{title}\n\nBody text.", source_name="long.txt", now=NOW)
    assert len(result.record.title) <= 120 and result.record.title.endswith("…")
    assert any("shortened" in warning for warning in result.warnings)


def test_without_a_title_the_file_name_is_used() -> None:
    result = import_text("This page starts with a sentence, not a headline.\n\nMore text.",
                         source_name="wrenmouth_csp-update.txt", now=NOW)
    assert result.record.title == "Wrenmouth csp update"
    assert any("No title found" in warning for warning in result.warnings)
    assert any("No publication date" in warning for warning in result.warnings)


def test_a_dateline_with_the_wrong_weekday_is_flagged() -> None:
    result = import_text("Board news Monday 27 Jul 2021\n\nText.", source_name="x.txt", now=NOW)
    assert result.record.published_on is not None
    assert result.record.published_on.isoformat() == "2021-07-27"
    assert any("was a Tuesday" in warning for warning in result.warnings)


def test_uk_date_forms_are_read() -> None:
    for dateline in ("Tue 27 Jul 2021", "27/07/2021", "27th July 2021", "Tuesday, 27 July 2021",
                     "Published on 27.07.2021", "Date: 2021-07-27", "July 27, 2021"):
        result = import_text(f"Board news\n\n{dateline}\n\nText.", source_name="x.txt", now=NOW)
        assert result.record.published_on is not None, dateline
        assert result.record.published_on.isoformat() == "2021-07-27", dateline


def test_a_windows_1252_file_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old-page.txt"
    path.write_bytes("Harrowdale news\r\n\r\nThe board’s “plan” costs £5.\r\n".encode("cp1252"))
    result = import_file(path, now=NOW)
    assert result.record.body[0].markdown == "The board’s “plan” costs £5."
    assert "Windows-1252" in result.warnings[0]


def test_zero_width_characters_and_soft_hyphens_are_removed() -> None:
    result = import_text("Safe\u00adguarding news\n\nThe re\u200bview is out.",
                         source_name="x.txt", now=NOW)
    assert result.record.title == "Safeguarding news"
    assert result.record.body[0].markdown == "The review is out."
    assert result.record.provenance is not None
    assert any("invisible" in note for note in result.record.provenance.cleanups)


# HTML -------------------------------------------------------------------------------------

MESSY_HTML = """<html><head><title>Learning review published - Fenmoor SAB</title>
<meta property="og:site_name" content="Fenmoor Safeguarding Adults Board">
<meta name="description" content="Fenmoor SAB publishes learning from a review.">
<link rel="canonical" href="https://fenmoor-sab.example/news/learning-review">
</head><body>
<nav class="breadcrumbs">Home &gt; News</nav>
<div class="content">
<p><time class="published" datetime="2031-02-03T09:00">3 days ago</time>
<p>The board has <strong>today</strong> published <em>learning</em> from a
<a href="/reviews/adult-k">learning review</a> &amp; its <a href="javascript:alert(1)">action
plan</a>.<span hidden>hidden words</span><br>A second line.
<h3>Why it matters</h3>
<p>Practitioners<script>document.write("x")</script> told us:
<ul><li>one</li><ul><li>nested without its li</li></ul><li>two &pound;5</li></ul>
<h3>  </h3>
<p><img src="chart.png" alt="A chart"></p>
</div></body></html>"""


def test_html_inline_formatting_links_and_structure() -> None:
    result = import_text(MESSY_HTML, source_name="page.html", now=NOW)
    record = result.record
    assert result.source_format == "html"
    assert record.title == "Learning review published"  # from <title>, site name cut
    assert record.published_on is not None and record.published_on.isoformat() == "2031-02-03"
    assert record.publisher is not None
    assert record.publisher.name == "Fenmoor Safeguarding Adults Board"
    assert record.publisher.publisher_type == "safeguarding_adults_board"
    assert record.provenance is not None
    assert record.provenance.source_url == "https://fenmoor-sab.example/news/learning-review"
    intro, why = record.body
    assert intro.markdown.startswith(
        "3 days ago\n\nThe board has **today** published *learning* from a "
        "[learning review](https://fenmoor-sab.example/reviews/adult-k) & its action "
        "plan.\\\nA second line.")
    assert why.heading == "Why it matters"
    assert why.markdown == ("Practitioners told us:\n\n"
                            "- one\n  - nested without its li\n- two £5")
    assert "hidden words" not in result.source_text and "document.write" not in result.source_text
    assert any("image" in warning for warning in result.warnings)
    assert record.provenance.removed_boilerplate == ["navigation: Home > News"]
    summary = [s.value for s in result.suggestions if s.field_path == "summary"]
    assert summary == ["Fenmoor SAB publishes learning from a review."]
    assert "<a href=\"https://fenmoor-sab.example/reviews/adult-k\"" in to_html(intro.markdown)


def test_pasted_html_fragment_is_read_as_html() -> None:
    result = import_text("<h1>Board news</h1><p>Hello <b>everyone</b></p>",
                         source_name="Clipboard", now=NOW)
    assert result.source_format == "html"
    assert result.record.title == "Board news"
    assert result.record.body[0].markdown == "Hello **everyone**"


def test_word_saved_html_conditional_comments_are_ignored() -> None:
    html = ("<html><body><h1>Review published</h1><p class=MsoListParagraph>"
            "<![if !supportLists]>1.<![endif]>First point</p><p>a<![bogus[ x ]]>b</p>"
            "</body></html>")
    result = import_text(html, source_name="word.htm", now=NOW)
    assert result.record.body[0].markdown == "1.First point\n\nab"


def test_the_page_language_is_kept() -> None:
    welsh = import_text('<html lang="cy"><body><h1>Adolygiad</h1><p>Testun.</p></body></html>',
                        source_name="cy.html", now=NOW)
    odd = import_text('<html lang="not a tag"><body><h1>Review</h1></body></html>',
                      source_name="x.html", now=NOW)
    assert (welsh.record.language, odd.record.language) == ("cy", "en-GB")


def test_html_headings_below_sections_become_subheadings() -> None:
    html = ("<article><h1>Annual report</h1><h2>Our year</h2><p>Text.</p>"
            "<h3>Training</h3><p>More.</p><h2>Next year</h2><p>Plans.</p></article>")
    body = import_text(html, source_name="a.html", now=NOW).record.body
    assert [(s.heading, s.markdown) for s in body] == [
        ("Our year", "Text.\n\n### Training\n\nMore."), ("Next year", "Plans.")]


# Word -------------------------------------------------------------------------------------

def _docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _import_docx(tmp_path: Path, document: docx.document.Document, name: str = "draft.docx"
                 ) -> ImportResult:
    path = tmp_path / name
    path.write_bytes(_docx_bytes(document))
    return import_file(path, now=NOW)


def _run(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False) -> None:
    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None


def test_word_inline_formatting_smart_quotes_and_links(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Review published", style="Title")
    paragraph = document.add_paragraph()
    _run(paragraph, "The board’s ")
    _run(paragraph, "independent chair ", bold=True)
    _run(paragraph, "said “thank you”", italic=True)
    _run(paragraph, "\u00a0to staff; read ")
    add_hyperlink(paragraph, "the report", "https://fenmoor-sab.example/report")
    _run(paragraph, ".")
    result = _import_docx(tmp_path, document)
    assert result.record.body[0].markdown == (
        "The board’s **independent chair** *said “thank you”* to staff; read "
        "[the report](https://fenmoor-sab.example/report).")


def _field_hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    p = paragraph._p

    def run_with(child: BaseOxmlElement) -> None:
        run = OxmlElement("w:r")
        run.append(child)
        p.append(run)

    for kind, extra in (("begin", None), ("instr", f' HYPERLINK "{url}" '), ("separate", None),
                        ("text", text), ("end", None)):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.text = extra
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = extra
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run_with(element)


def test_word_field_hyperlinks_and_tracked_changes(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Review published", style="Title")
    paragraph = document.add_paragraph("See ")
    _field_hyperlink(paragraph, "our page", "https://fenmoor-sab.example/page")
    inserted = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = " now"
    run.append(text)
    inserted.append(run)
    paragraph._p.append(inserted)
    deleted = OxmlElement("w:del")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = " (deleted words)"
    run.append(text)
    deleted.append(run)
    paragraph._p.append(deleted)
    result = _import_docx(tmp_path, document)
    assert result.record.body[0].markdown == (
        "See [our page](https://fenmoor-sab.example/page) now")


def _numbering(document: docx.document.Document, fmt: str) -> str:
    """Add a numbering definition with one level format; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for level in range(2):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        start = OxmlElement("w:start")
        start.set(qn("w:val"), "1")
        num_fmt = OxmlElement("w:numFmt")
        num_fmt.set(qn("w:val"), fmt if level == 0 else "bullet")
        lvl.append(start)
        lvl.append(num_fmt)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "91")
    abstract_id = OxmlElement("w:abstractNumId")
    abstract_id.set(qn("w:val"), "90")
    num.append(abstract_id)
    numbering.append(num)
    return "91"


def _numbered(document: docx.document.Document, text: str, num_id: str, level: int) -> None:
    paragraph = document.add_paragraph(text)
    properties = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num_id_element = OxmlElement("w:numId")
    num_id_element.set(qn("w:val"), num_id)
    num_pr.append(ilvl)
    num_pr.append(num_id_element)
    properties.append(num_pr)


def test_word_numbering_definitions_decide_list_kinds(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Action plan", level=1)
    num_id = _numbering(document, "decimal")
    _numbered(document, "Agree the plan", num_id, 0)
    _numbered(document, "with health", num_id, 1)
    _numbered(document, "with police", num_id, 1)
    _numbered(document, "Publish the plan", num_id, 0)
    result = _import_docx(tmp_path, document)
    record = result.record
    assert record.title == "Action plan"
    assert record.body[0].markdown == ("1. Agree the plan\n"
                                       "   - with health\n"
                                       "   - with police\n"
                                       "2. Publish the plan")


def test_word_headings_subtitle_images_and_merged_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Not used: the Title paragraph wins"
    document.add_paragraph("Briefing: professional curiosity", style="Title")
    document.add_paragraph("What to ask, and when", style="Subtitle")
    document.add_paragraph("")
    document.add_heading("Briefing: professional curiosity", level=1)  # repeated title
    document.add_heading("Background", level=1)
    document.add_paragraph("Text.")
    document.add_heading("Detail", level=2)
    document.add_paragraph("More text.")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Spanning header"
    table.cell(0, 2).text = "Status"
    table.cell(1, 0).text = "A"
    table.cell(1, 1).text = "B | C"
    table.cell(1, 2).text = "Done"
    paragraph = document.add_paragraph()
    drawing = OxmlElement("w:drawing")
    run = OxmlElement("w:r")
    run.append(drawing)
    paragraph._p.append(run)
    result = _import_docx(tmp_path, document)
    record = result.record
    assert record.title == "Briefing: professional curiosity"
    assert [s.heading for s in record.body] == ["", "Background"]
    assert record.body[0].markdown == "What to ask, and when"
    assert record.body[1].markdown == (
        "Text.\n\n### Detail\n\nMore text.\n\n"
        "| Spanning header |   | Status |\n| --- | --- | --- |\n| A | B \\| C | Done |")
    assert "title repeated in the body removed" in record.provenance.cleanups
    assert any("1 image not imported" in w for w in result.warnings)
    summary = [s for s in result.suggestions
               if s.field_path == "summary"]
    assert [s.value for s in summary] == ["What to ask, and when"]


def test_word_without_title_style_uses_the_first_heading(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Neglect strategy launched", level=1)
    document.add_paragraph("Published 3 March 2031")
    document.add_heading("Why", level=1)
    document.add_paragraph("Because.")
    record = _import_docx(tmp_path, document).record
    assert record.title == "Neglect strategy launched"
    assert record.published_on.isoformat() == "2031-03-03"
    assert [(s.id, s.heading, s.markdown) for s in record.body] == [("why", "Why", "Because.")]


def test_word_core_title_is_used_when_the_text_has_none(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Harrowdale safeguarding week"
    document.add_paragraph("The partnership ran twelve sessions for staff during the week.")
    record = _import_docx(tmp_path, document).record
    assert record.title == "Harrowdale safeguarding week"
    assert record.body[0].markdown.startswith("The partnership ran twelve sessions")
