"""Every bundled example exported to every format, and each file read back as its reader
would: the HTML parsed, the PDF through pypdf, the Word file through python-docx and as a
zip of XML parts, the text and JSON as text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from export_helpers import (
    EXAMPLES,
    NOW,
    canary_record,
    docx_parts,
    exported_examples,
    open_docx,
    read_html,
    read_pdf,
)

from review_editor.model import public_dump
from review_editor.model.records import RecordModel
from review_editor.render import CSP, document_details

NAMES = sorted(EXAMPLES)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@pytest.fixture(scope="module")
def exports(qapp: Any) -> dict[str, dict[str, Path]]:
    return exported_examples()


def section_headings(record: RecordModel) -> list[str]:
    return [section.heading for section in record.body if section.heading.strip()]


# -- HTML -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_html_is_one_sealed_standalone_file(exports: dict[str, dict[str, Path]],
                                            name: str) -> None:
    page = read_html(exports[name]["html"])
    csp = [attrs["content"] for attrs in page.with_tag("meta")
           if attrs.get("http-equiv", "").lower() == "content-security-policy"]
    assert csp == [CSP]
    for directive in ("default-src 'none'", "img-src data:", "style-src 'unsafe-inline'",
                      "base-uri 'none'", "form-action 'none'"):
        assert directive in csp[0]
    # No executable script: one JSON-LD data block only.
    assert [attrs for attrs, _ in page.scripts] == [{"type": "application/ld+json"}]
    assert page.json_ld()["inLanguage"]
    # Nothing loaded from outside: resources are inline; only <a> may point at https pages.
    assert not page.with_tag("link") and not page.with_tag("base")
    assert not page.with_tag("iframe") and not page.with_tag("object")
    for tag, attrs in page.elements:
        for attribute in ("src", "srcset", "poster", "data", "action", "background"):
            if attribute in attrs:
                assert attrs[attribute].startswith("data:"), (tag, attribute)
        if tag != "a":
            assert "href" not in attrs, tag
        assert not any(key.startswith("on") for key in attrs), (tag, attrs)
    for attrs in page.with_tag("a"):
        assert re.match(r"^(https://|mailto:|tel:|#)", attrs["href"]), attrs["href"]
    # Valid enough to trust: one document, ids unique, the title the only h1.
    ids = [attrs["id"] for _, attrs in page.elements if "id" in attrs]
    assert len(ids) == len(set(ids))
    assert len(page.with_tag("html")) == 1 and len(page.with_tag("h1")) == 1
    record = canary_record(name)
    assert record.title in page.text
    for heading in section_headings(record):
        assert heading in page.text


def test_html_export_is_the_preview_page(exports: dict[str, dict[str, Path]]) -> None:
    from review_editor.render import render_page

    record = canary_record("d1")
    expected = render_page(record, now=NOW, mode="html")
    assert exports["d1"]["html"].read_text(encoding="utf-8") == expected


# -- PDF ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_pdf_has_the_page_text_and_our_metadata(exports: dict[str, dict[str, Path]],
                                                name: str) -> None:
    record = canary_record(name)
    pdf = read_pdf(exports[name]["pdf"])
    assert pdf.pages >= 1
    text = " ".join(pdf.text.split())
    # Selectable text: the title and every section heading come out of the text layer.
    assert " ".join(record.title.split()) in text
    for heading in section_headings(record):
        assert " ".join(heading.split()) in text
    assert re.search(r"Page 1 of \d+", text)
    assert pdf.metadata["/Title"] == record.title
    assert pdf.metadata["/Author"] == (record.publisher.name if record.publisher else "")
    assert pdf.metadata["/Subject"] == (record.summary or "")
    themes = [theme.label for theme in record.themes]
    assert pdf.metadata["/Keywords"].split("; ")[:len(themes)] == themes
    assert "Chromium" not in pdf.metadata.get("/Creator", "")
    assert pdf.catalog["/Lang"] == record.language
    assert bool(pdf.catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    assert pdf.xmp_title == record.title
    assert pdf.xmp_language == [record.language]


# -- Word -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_docx_uses_real_styles_links_and_properties(exports: dict[str, dict[str, Path]],
                                                    name: str) -> None:
    record = canary_record(name)
    path = exports[name]["docx"]
    document = open_docx(path)
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", record.title) in styles
    headings = [text for style, text in styles if style == "Heading 1"]
    for heading in section_headings(record):
        assert heading in headings
    # Hyperlinks are real w:hyperlink elements bound to external relationships.
    links = list(document.element.body.iter(f"{W}hyperlink"))
    assert links
    rels = document.part.rels
    for link in links:
        rel = rels[link.get(R_ID)]
        assert rel.is_external and rel.target_ref.startswith(("https://", "mailto:", "tel:"))
    # Core properties are the record's, none of python-docx's.
    properties = document.core_properties
    assert properties.title == record.title
    assert properties.author == record.publisher.name
    assert properties.subject == (record.summary or "")
    assert properties.keywords.split("; ")[:1] == [t.label for t in record.themes][:1]
    assert properties.language == record.language
    assert properties.identifier == f"urn:uuid:{record.id}"
    assert str(record.id) in properties.comments
    assert properties.last_modified_by == record.publisher.name
    assert properties.modified == NOW
    assert properties.created is not None and properties.created.year >= 2020
    parts = docx_parts(path)
    everything = "".join(parts.values())
    assert "python-docx" not in everything
    assert "Macintosh" not in parts["docProps/app.xml"]
    assert not any("thumbnail" in part for part in parts)
    # A4, and the record's language for proofing.
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert f'w:val="{record.language}"' in parts["word/styles.xml"]


def test_docx_recommendations_table_has_a_repeating_header_row(
        exports: dict[str, dict[str, Path]]) -> None:
    record = canary_record("d1")
    document = open_docx(exports["d1"]["docx"])
    [table] = document.tables
    recommendations = record.review.recommendations
    assert len(table.rows) == len(recommendations) + 1
    assert [c.text for c in table.rows[0].cells] == ["Number", "Recommendation",
                                                     "Addressed to", "Response"]
    header = table.rows[0]._tr
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)
    for row, recommendation in zip(table.rows[1:], recommendations, strict=True):
        assert row.cells[0].text == recommendation.id
        assert row.cells[1].text == recommendation.text


def test_docx_lists_quotes_documents_facts_and_contact(
        exports: dict[str, dict[str, Path]]) -> None:
    record = canary_record("d1")
    document = open_docx(exports["d1"]["docx"])
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("List Bullet", "No single agency held an overall view of fire risk.") in styles
    numbered = [text for style, text in styles if style == "List Number"]
    assert numbered == [finding.text for finding in record.review.key_findings]
    details = document_details(record.attachments[0])
    assert details == "(PDF, 1.4 MB, 46 pages)"
    assert any(style == "List Bullet" and text.endswith(details) for style, text in styles)
    assert ("Normal", "Type of review: Safeguarding adults review") in styles
    assert ("List Bullet", "Email: sab.business@fenmoor-sab.example") in styles
    quotes = open_docx(exports["d3"]["docx"])
    quoted = [(p.style.name, p.text) for p in quotes.paragraphs if p.style.name == "Quote"]
    assert quoted and quoted[-1][1] == "— Maya's family"


def test_docx_numbered_lists_each_start_at_one(exports: dict[str, dict[str, Path]]) -> None:
    document = open_docx(exports["d2"]["docx"])
    num_ids = []
    for paragraph in document.paragraphs:
        if paragraph.style.name == "List Number":
            num_pr = paragraph._p.pPr.numPr
            num_ids.append(num_pr.numId.val)
    # Questions for reflection and "What you should do": two lists, two numberings.
    assert len(set(num_ids)) >= 2
    numbering = document.part.numbering_part.element
    for num_id in set(num_ids):
        [num] = [n for n in numbering.num_lst if n.numId == num_id]
        assert num.xpath("./w:lvlOverride/w:startOverride/@w:val") == ["1"]


# -- plain text -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_text_is_wrapped_underlined_and_footnoted(exports: dict[str, dict[str, Path]],
                                                  name: str) -> None:
    record = canary_record(name)
    text = exports[name]["txt"].read_text(encoding="utf-8")
    lines = text.splitlines()
    for line in lines:
        assert len(line) <= 72 or line.startswith("[") or "://" in line, line
    index = lines.index(record.title)
    assert lines[index + 1] == "=" * len(record.title)
    for heading in section_headings(record):
        position = lines.index(heading)
        assert lines[position + 1] == "-" * len(heading)
    # Links become numbered footnotes, listed under the last "Links" heading.
    last = max(index for index, line in enumerate(lines) if line == "Links")
    body = "\n".join(lines[:last])
    numbered = [line for line in lines[last:] if re.match(r"^\[\d+\] https://", line)]
    assert numbered
    for line in numbered:
        assert line.split(" ")[0] in body
    assert text.endswith("\n") and not re.search(r"<[a-z/]", text)


def test_text_lists_use_dashes_and_numbers(exports: dict[str, dict[str, Path]]) -> None:
    text = exports["d1"]["txt"].read_text(encoding="utf-8")
    assert "\n- No single agency held an overall view of fire risk.\n" in text
    assert "\n1. No single agency held an overall view of fire risk in the home.\n" in text
    assert "\n2. Capacity was assumed for decisions about care at home without a\n   " in text


# -- JSON -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_json_is_the_public_record(exports: dict[str, dict[str, Path]], name: str) -> None:
    record = canary_record(name)
    text = exports[name]["json"].read_text(encoding="utf-8")
    assert json.loads(text) == public_dump(record)
    assert text == json.dumps(public_dump(record), indent=2, ensure_ascii=False) + "\n"
    for key in ("sensitivity", "approvals", "internal_notes"):
        assert key not in json.loads(text)


# -- bundle ---------------------------------------------------------------------------------

def test_bundle_manifest_describes_every_file(exports: dict[str, dict[str, Path]]) -> None:
    import hashlib

    from review_editor.storage import sha256, to_bytes

    files = exports["d1"]
    folder = files["manifest"].parent
    assert folder.name == "sar-adult-r-bundle-2026-11-25"
    manifest = json.loads(files["manifest"].read_text(encoding="utf-8"))
    record = canary_record("d1")
    assert manifest["record_id"] == str(record.id)
    assert manifest["record_version"] == sha256(to_bytes(record))
    assert manifest["exported_at"] == "2026-11-25T12:00:00+00:00"
    assert [entry["format"] for entry in manifest["files"]] == ["html", "pdf", "docx", "txt",
                                                                 "json"]
    for entry in manifest["files"]:
        data = (folder / entry["name"]).read_bytes()
        assert entry["size_bytes"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert set(manifest["checks"]["counts"]) == {"blocking", "warning", "info"}
    assert manifest["override"] is None
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [entry["name"] for entry in manifest["files"]]
        + ["manifest.json", ".review-editor-exports.json"])


def test_a_bare_draft_exports_to_every_format(qapp: Any, tmp_path: Path) -> None:
    """A record with nothing but a kind and a title: no publisher, summary or body."""
    from review_editor.export import export_record
    from review_editor.model import new_record

    record = new_record("news_item", "A draft with nothing in it yet", NOW)
    result = export_record(record, {"html", "pdf", "docx", "txt", "json"}, tmp_path, now=NOW)
    files = {path.suffix.lstrip("."): path for path in result.files}
    assert read_pdf(files["pdf"]).metadata["/Title"] == record.title
    properties = open_docx(files["docx"]).core_properties
    assert (properties.title, properties.author, properties.comments) == (
        record.title, "", f"News item urn:uuid:{record.id}")
    assert "python-docx" not in "".join(docx_parts(files["docx"]).values())
    assert files["txt"].read_text(encoding="utf-8").startswith("News\n\n" + record.title)
    assert json.loads(files["json"].read_text(encoding="utf-8"))["title"] == record.title


def test_the_web_page_holds_no_control_characters(qapp: Any, tmp_path: Path) -> None:
    """A bell, NUL, escape or backspace pasted into a field is a parse error in HTML (a NUL
    shows as a replacement box); the page leaves them out, as the Word and text copies do."""
    from review_editor.export import export_record
    from review_editor.model import new_record

    noise = "\x07\x00\x1b[31m\x08\x7f\x85"
    record = new_record("news_item", f"Safer{noise} sleep", NOW).model_copy(update={
        "summary": f"A fictional{noise} summary.",
        "body": [{"id": "intro", "heading": f"Back{noise}ground",
                  "markdown": f"A fictional{noise} paragraph.\n\n- an{noise} item"}]})
    record = type(record).model_validate(record.model_dump(warnings=False))
    html = export_record(record, {"html"}, tmp_path, now=NOW).files[0].read_text("utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", html)
    for words in ("Safer[31m sleep", "A fictional[31m summary.", "Back[31mground"):
        assert words in html
    for words in ("A fictional[31m paragraph.", "an[31m item"):  # Markdown: NUL reads U+FFFD
        assert words in html.replace("\ufffd", "")
