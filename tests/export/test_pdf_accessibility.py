"""Every bundled example's PDF read back as an accessibility checker reads it: tagged
(/MarkInfo Marked, a structure tree of headings, paragraphs, lists, tables and links), its
language, its title shown, PDF/UA-1 declared in XMP, fonts embedded, tab order by structure
on every page, real letters where the fonts print ligatures, bookmarks, and the running
header and footer kept out of the structure as artifacts. And the app's own check (C6.7)
passes the app's own PDF."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from export_helpers import EMBARGO_LABEL, NOW
from pdf_audit import LIGATURES, PdfAudit, audit_pdf

from review_editor import resources
from review_editor.checks import CheckContext, run_checks
from review_editor.export import export_record
from review_editor.model import parse_record
from review_editor.model.records import RecordModel
from review_editor.storage import load_record, to_bytes

#: Every bundled example, by file name without ".json".
NAMES = sorted(path.stem for path in resources.examples_dir().glob("*.json"))
EMBARGOED = "dardr-maya-published"
PAGE_FOOTER = re.compile(r"Page (\d+) of (\d+)")


def example_record(name: str) -> RecordModel:
    return load_record(resources.examples_dir() / f"{name}.json").record


@pytest.fixture(scope="module")
def pdf_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every bundled example exported to PDF from the command line's code path, at a time
    when D3's embargo still holds."""
    folder = tmp_path_factory.mktemp("pdf")
    found = {}
    for name in NAMES:
        result = export_record(example_record(name), {"pdf"}, folder / name, now=NOW,
                               base_dir=resources.examples_dir())
        [found[name]] = result.files
    return found


@pytest.fixture(scope="module")
def audits(pdf_files: dict[str, Path]) -> dict[str, PdfAudit]:
    return {name: audit_pdf(path) for name, path in pdf_files.items()}


def test_every_example_is_covered() -> None:
    assert len(NAMES) >= 4 and EMBARGOED in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_the_pdf_is_tagged_pdf_ua_1(audits: dict[str, PdfAudit], name: str) -> None:
    record = example_record(name)
    pdf = audits[name]
    assert pdf.marked
    assert pdf.structure is not None
    assert pdf.language == record.language
    assert pdf.display_title and pdf.title == record.title
    assert re.search(r"<pdfuaid:part>1</pdfuaid:part>", pdf.xmp)
    assert pdf.fonts_not_embedded == []
    assert pdf.tabs and set(pdf.tabs) == {"/S"}
    assert not LIGATURES.search(pdf.text), "ligature code points in the text layer"


@pytest.mark.parametrize("name", NAMES)
def test_the_structure_holds_the_page(audits: dict[str, PdfAudit], name: str) -> None:
    record = example_record(name)
    pdf = audits[name]
    roles = pdf.roles
    assert roles.count("H1") == 1
    assert "H2" in roles and "P" in roles and "L" in roles and "LI" in roles
    assert "Link" in roles
    # Headings never skip a level, in reading order.
    levels = [int(role[1]) for role in roles if re.fullmatch(r"H[1-6]", role)]
    assert levels[0] == 1
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False))
    # Every section heading is a bookmark, after the title.
    assert pdf.bookmarks[0] == record.title
    for section in record.body:
        if section.heading.strip():
            assert section.heading.strip() in pdf.bookmarks
    assert "Key facts" in pdf.bookmarks or record.review is None


def test_tables_and_quotes_are_real_structure(audits: dict[str, PdfAudit]) -> None:
    table = audits["sar-adult-r"]  # D1 has a recommendations table
    assert {"Table", "THead", "TBody", "TR", "TH", "TD"} <= set(table.roles)
    assert "BlockQuote" in audits[EMBARGOED].roles  # D3 quotes the chair and the family


@pytest.mark.parametrize("name", NAMES)
def test_running_header_and_footer_are_artifacts(audits: dict[str, PdfAudit],
                                                 name: str) -> None:
    record = example_record(name)
    pdf = audits[name]
    pages = len(pdf.pages_content)
    for number, (content, artifacts) in enumerate(
            zip(pdf.pages_content, pdf.pages_artifacts, strict=True), start=1):
        assert f"Page {number} of {pages}" in artifacts
        assert not PAGE_FOOTER.search(content)
        assert record.publisher is not None and record.publisher.name in artifacts
    assert record.title in " ".join(" ".join(pdf.pages_content).split())


def test_the_embargo_label_is_on_every_page_and_in_the_content(
        audits: dict[str, PdfAudit]) -> None:
    pdf = audits[EMBARGOED]
    assert all(EMBARGO_LABEL in artifacts for artifacts in pdf.pages_artifacts)
    assert EMBARGO_LABEL in pdf.pages_content[0]
    assert not any(EMBARGO_LABEL in text for name, audit in audits.items() if name != EMBARGOED
                   for text in audit.pages_artifacts + audit.pages_content)


@pytest.mark.parametrize("name", NAMES)
def test_c6_7_passes_the_apps_own_pdf(pdf_files: dict[str, Path], name: str,
                                      tmp_path: Path) -> None:
    """The exported PDF attached to a record as a local file: C6.7 reads it with pypdf
    (tagged, language, title shown, text on every page, fonts embedded) and finds
    nothing."""
    shutil.copy(pdf_files[name], tmp_path / "copy.pdf")
    assert _c6_7_findings(tmp_path) == []


def test_c6_7_fails_an_untagged_pdf_in_the_same_place(tmp_path: Path) -> None:
    """The control: the same check on a bare, untagged PDF blocks."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with open(tmp_path / "copy.pdf", "wb") as handle:
        writer.write(handle)
    assert [issue.severity for issue in _c6_7_findings(tmp_path)][:1] == ["blocking"]


def _c6_7_findings(tmp_path: Path) -> list[Any]:
    data = {"schema_version": "1.0", "id": "0b7c5a52-8d8e-4f57-9c37-2f1d7e8b9a10",
            "kind": "news_item", "title": "A record with our own PDF attached",
            "attachments": [{"title": "The printed copy", "media_type": "application/pdf",
                             "path": "copy.pdf"}]}
    record = parse_record(data)
    (tmp_path / "record.json").write_bytes(to_bytes(record))
    issues = run_checks(record, CheckContext(now=NOW, base_dir=tmp_path))
    return [issue for issue in issues if issue.code == "C6.7"]
