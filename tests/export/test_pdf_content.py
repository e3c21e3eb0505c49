"""The PDF from records written to break it: Typst markup and code in every text field (shown
as text, never run), characters the font lacks, headings that skip levels, images with and
without alternative text, an image that cannot be decoded, and the partnership's branding."""

from __future__ import annotations

import base64
import io
import json
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from export_helpers import NOW, example_data
from pdf_audit import audit_pdf
from pydantic import ValidationError

from review_editor import resources
from review_editor.checks.localfiles import document_facts
from review_editor.export.pdf import compile_pdf, pdf_bytes
from review_editor.export.pdf_data import pdf_data, split_language
from review_editor.model import LONDON, parse_record
from review_editor.render import Branding, Logo

#: Typst markup and code, in the forms that would matter if any text were read as markup.
PAYLOADS = [
    '#read("/etc/passwd")',
    '#import "/etc/hostname": *',
    '#eval("1 + 1")',
    "] #set page(fill: red) [",
    "$x^2$ <label> @label",
    "\\ #{ 1 + 2 } \\",
    "#include \"page.typ\"",
]
PAYLOAD = " ".join(PAYLOADS)
PNG = resources.path("icons", "review-editor.png").read_bytes()


def _with_payload_everywhere(data: Any, record_kind: str) -> Any:
    """Every string leaf that the model accepts with the payload appended gets it."""
    leaves: list[list[Any]] = []

    def walk(value: Any, path: list[Any]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, [*path, key])
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, [*path, index])
        elif isinstance(value, str) and path[-1] not in ("id", "kind", "schema_version"):
            leaves.append(path)

    walk(data, [])
    for path in leaves:
        target = data
        for part in path[:-1]:
            target = target[part]
        before = target[path[-1]]
        target[path[-1]] = f"{before} {PAYLOAD}"[:110] if path == ["title"] \
            else f"{before} {PAYLOAD}"
        try:
            parse_record(data)
        except ValidationError:
            target[path[-1]] = before
    return data


@pytest.mark.parametrize("name", ["d1", "d3"])
def test_typst_markup_in_every_field_is_shown_as_text(name: str) -> None:
    data = _with_payload_everywhere(example_data(name), name)
    record = parse_record(data)
    branding = Branding(organisation_name=f"Board {PAYLOAD}", footer_text=PAYLOAD,
                        logo=Logo(PNG, "image/png"))
    pdf = audit_pdf(pdf_bytes(record, now=NOW, branding=branding))
    text = " ".join(pdf.text.split())
    assert "root:" not in text and "x:0:0" not in text  # /etc/passwd was never read
    assert text.count('#read("/etc/passwd")') + text.count("#read(“/etc/passwd”)") >= 5
    assert text.count("#eval(") >= 5 and "] #set page(fill: red) [" in text
    assert "$x^2$ <label> @label" in text
    assert pdf.title == record.title
    # The page is still the page: one title, section headings, and the structure.
    assert pdf.roles.count("H1") == 1 and "H2" in pdf.roles


def test_the_template_can_read_no_file_but_the_images_it_was_given(tmp_path: Path) -> None:
    """The compiler's root is the private image folder: a path to anything else, in or out
    of the data, is refused."""
    page = pdf_data(parse_record(example_data("d1")), now=NOW)
    page.data["logo"] = {"image": "/../../../../etc/passwd", "alt": "x"}
    with pytest.raises(Exception, match="could not be laid out"):
        compile_pdf(page, now=NOW)


def test_characters_the_font_lacks_are_replaced_not_fatal() -> None:
    data = example_data("d1")
    data["title"] = "Review 😀 中文 ግ"
    data["body"] = [{"id": "s", "heading": "Zero\u200bwidth and soft\u00adhyphen",
                     "markdown": "Emoji 🙂, Ge'ez ግ, CJK 中文; Welsh ŵ ŷ; “quotes” – dash."}]
    record = parse_record(data)
    pdf = audit_pdf(pdf_bytes(record, now=NOW))
    assert pdf.title == record.title  # the metadata keeps every character
    assert "Welsh ŵ ŷ" in pdf.text and "“quotes” – dash" in pdf.text


def test_heading_levels_are_made_consecutive() -> None:
    data = example_data("d1")
    data["body"] = [{"id": "s", "heading": "Section",
                     "markdown": "###### Deep\n\ntext\n\n#### Less deep\n\ntext"}]
    roles = audit_pdf(pdf_bytes(parse_record(data), now=NOW)).roles
    levels = [int(role[1]) for role in roles if len(role) == 2 and role[0] == "H"]
    assert levels[0] == 1
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False))


def _image_markdown(alt: str, data: bytes = PNG) -> str:
    return f"![{alt}](data:image/png;base64,{base64.b64encode(data).decode()})"


def test_images_carry_their_alt_text_and_decorative_ones_are_artifacts() -> None:
    data = example_data("d1")
    data["body"] = [{"id": "s", "heading": "Pictures", "markdown": "\n\n".join([
        _image_markdown("A chart of referrals by month"),
        _image_markdown(""),
        _image_markdown("A broken picture", PNG[:40]),
    ])}]
    pdf = audit_pdf(pdf_bytes(parse_record(data), now=NOW))
    figures = pdf.nodes("Figure")
    assert [figure.alt for figure in figures] == ["A chart of referrals by month"]
    # The undecodable image: its description stands in for it, and the PDF is still made.
    assert "[A broken picture]" in pdf.text


def test_branding_logo_colours_name_and_footer() -> None:
    branding = Branding(organisation_name="Northmoor Safeguarding Children Partnership",
                        logo=Logo(PNG, "image/png"), primary_colour="#5a1e6e",
                        footer_text="Northmoor SCP, Civic Centre, Northmoor")
    record = parse_record(example_data("d1"))
    data = pdf_data(record, now=NOW, branding=branding)
    assert data.data["colours"]["primary"] == "#5a1e6e"
    assert len(data.images) == 1
    pdf = audit_pdf(compile_pdf(data, now=NOW))
    assert [figure.alt for figure in pdf.nodes("Figure")] == [
        "Northmoor Safeguarding Children Partnership logo"]
    assert "Northmoor Safeguarding Children Partnership" in pdf.pages_content[0]
    for artifacts in pdf.pages_artifacts:  # (text extraction may space out kerned pairs)
        assert "NorthmoorSCP,CivicCentre,Northmoor" in "".join(artifacts.split())
    # The primary colour fills the masthead band.
    with pikepdf.open(io.BytesIO(compile_pdf(data, now=NOW))) as document:
        stream = document.pages[0].Contents.read_bytes()
    assert b"0.35294 0.11765 0.43137" in stream or b"0.3529" in stream


def test_a_welsh_record_declares_welsh() -> None:
    data = example_data("d1")
    data["language"] = "cy-GB"
    pdf = audit_pdf(pdf_bytes(parse_record(data), now=NOW))
    assert pdf.language == "cy-GB"
    assert split_language("cy") == ("cy", None) and split_language("en-GB") == ("en", "GB")


def test_the_same_record_gives_the_same_pdf() -> None:
    """Only bundled fonts, a pinned clock, images under names of our own in a folder of
    its own each time: two exports match byte for byte (and so a copy made on Windows
    matches one made on Linux)."""
    record = parse_record(example_data("d3"))
    branding = Branding(logo=Logo(PNG, "image/png"))
    first = pdf_bytes(record, now=NOW, branding=branding)
    assert first == pdf_bytes(record, now=NOW, branding=branding)
    assert b"review-editor-pdf-" not in first  # the private folder's name is not in it
    later = datetime(2027, 1, 1, tzinfo=UTC)
    assert pdf_bytes(record, now=later) != pdf_bytes(record, now=NOW)


def test_a_london_clock_is_accepted() -> None:
    """The window and the command line pass London time (a named zone, not a fixed
    offset): the PDF carries that moment (Typst writes it in UTC)."""
    summer = datetime(2026, 7, 1, 12, 0, 0, 250_000, tzinfo=LONDON)
    with pikepdf.open(io.BytesIO(pdf_bytes(parse_record(example_data("d1")),
                                            now=summer))) as document:
        assert str(document.docinfo["/CreationDate"]).startswith("D:20260701110000")


def test_c6_7_sees_a_composite_font_left_out(tmp_path: Path) -> None:
    source = pdf_bytes(parse_record(example_data("d1")), now=NOW)
    with pikepdf.open(io.BytesIO(source)) as document:
        for font in document.pages[0].Resources.Font.values():
            for part in font.get("/DescendantFonts", []):
                del part.FontDescriptor["/FontFile2"]
        document.save(tmp_path / "stripped.pdf")
    (tmp_path / "whole.pdf").write_bytes(source)
    whole = document_facts(tmp_path / "whole.pdf")
    stripped = document_facts(tmp_path / "stripped.pdf")
    assert whole is not None and whole.fonts_not_embedded == 0 and whole.tagged
    assert stripped is not None and stripped.fonts_not_embedded > 0


def test_the_data_is_plain_json() -> None:
    page = pdf_data(parse_record(example_data("d3")), now=NOW)
    assert json.loads(json.dumps(page.data)) == page.data


def test_table_columns_share_the_line_by_their_text() -> None:
    from review_editor.export.outline import Cell, Run, Table
    from review_editor.export.pdf_data import column_widths

    def cell(text: str) -> Cell:
        return Cell([[Run(text)]])

    table = Table([cell("No."), cell("Recommendation"), cell("Addressed to")], [
        [cell("R1"), cell("The Board should relaunch the self-neglect pathway " * 2),
         cell("Fenmoor Borough Council")],
        [cell("R2"), cell("Partners should audit capacity assessments " * 2),
         cell("All partners")],
    ])
    number, recommendation, addressed = column_widths(table)
    assert number == "auto"
    assert isinstance(recommendation, float) and isinstance(addressed, float)
    assert recommendation > addressed > 1


@pytest.mark.parametrize("markdown", [
    "### ![](data:image/png;base64,{png})\n\ntext",  # a heading of a picture only
    "### ![Logo](data:image/png;base64,{png})\n\ntext",
    "[![](data:image/png;base64,{png})](https://example.org)",  # a decorative linked picture
    ">\n\ntext",  # an empty quote
    "- \n- b",  # an empty list item
    "1. a\n   - b\n     1. c\n        > q",
    "| a | |\n|---|---|\n| | |",
    "```\n#read(\"/etc/passwd\")\n```\n\n`inline #x`",
    "[x](javascript:alert(1)) <script>x</script>",
    "### 😀\n\ntext",
    "a" * 3000,
])
def test_awkward_markdown_still_makes_a_pdf_ua_file(markdown: str) -> None:
    data = example_data("d1")
    png = base64.b64encode(PNG).decode()
    data["body"] = [{"id": "s", "heading": "Section", "markdown": markdown.format(png=png)}]
    pdf = audit_pdf(pdf_bytes(parse_record(data), now=NOW))
    assert pdf.marked and re.search(r"<pdfuaid:part>1</pdfuaid:part>", pdf.xmp)


def test_a_failure_inside_typst_is_an_export_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever goes wrong in the compiler reaches the user as a message (the command line
    and the window both report an ExportError), never as a traceback."""
    import typst

    from review_editor.export import ExportError

    class PanicException(BaseException):  # how a Rust panic reaches Python
        pass

    def panic(*args: Any, **kwargs: Any) -> bytes:
        raise PanicException("index out of bounds")

    monkeypatch.setattr(typst.Compiler, "compile", panic)
    with pytest.raises(ExportError, match="could not be laid out"):
        pdf_bytes(parse_record(example_data("d1")), now=NOW)


def test_format_characters_pdf_ua_forbids_or_must_draw_are_not_fatal() -> None:
    """A byte-order mark pasted into text (PDF/UA-1 forbids U+FEFF) becomes a word joiner;
    format characters that are drawn but missing from the font are replaced like others."""
    data = example_data("d1")
    data["title"] = "\ufeffReview\ufeff notice"
    data["summary"] = "A summary\ufeff with a mark \u0890 and \U00013430 in it."
    data["body"] = [{"id": "s", "heading": "Heading\ufeff", "markdown": "Text\ufeff here."}]
    record = parse_record(data)
    pdf = audit_pdf(pdf_bytes(record, now=NOW))
    assert "\ufeff" not in pdf.text and "Text" in pdf.text


def test_every_drawn_format_character_is_replaced_or_shown() -> None:
    """Unicode's format characters that are not default-ignorable are drawn (the Arabic
    number signs, the end-of-ayah marks, annotation anchors): none of them stops the PDF."""
    formats = [chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Cf"]
    assert "\u08e2" in formats and "\u0600" in formats
    data = example_data("d1")
    data["body"] = [{"id": "s", "heading": "Signs",
                     "markdown": "Signs " + " ".join(formats) + " end."}]
    pdf = audit_pdf(pdf_bytes(parse_record(data), now=NOW))
    assert "Signs" in pdf.text and "end." in pdf.text
