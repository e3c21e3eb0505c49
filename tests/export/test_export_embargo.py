"""C8.2: while a record is embargoed every export carries "EMBARGOED UNTIL 00:01 Wednesday
14 May 2031" (HTML banner, PDF, Word first paragraph and page header, first line of the
text), the file names end in -EMBARGOED, the JSON carries ``embargo``, and no
``datePublished`` is given. Once the embargo has lifted, none of that."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from export_helpers import (
    AFTER_EMBARGO,
    EMBARGO_LABEL,
    NOW,
    canary_record,
    example_data,
    exported_examples,
    open_docx,
    read_html,
    read_pdf,
)

from review_editor.export import export_filename, export_record
from review_editor.model import format_datetime, parse_record


@pytest.fixture(scope="module")
def embargoed(qapp: Any) -> dict[str, Path]:
    return exported_examples()["d3"]


@pytest.fixture(scope="module")
def lifted(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("lifted")
    result = export_record(canary_record("d3"), {"html", "pdf", "docx", "txt", "json"}, folder,
                           now=AFTER_EMBARGO)
    return {path.suffix.lstrip("."): path for path in result.files}


def test_the_label_is_the_model_format_of_the_real_time() -> None:
    record = canary_record("d3")
    assert record.embargo is not None
    assert f"EMBARGOED UNTIL {format_datetime(record.embargo.until)}" == EMBARGO_LABEL


def test_embargoed_file_names(embargoed: dict[str, Path]) -> None:
    for fmt in ("html", "pdf", "docx", "txt", "json"):
        assert embargoed[fmt].name == f"dardr-maya-published-EMBARGOED.{fmt}"
    assert embargoed["manifest"].parent.name == \
        "dardr-maya-published-EMBARGOED-bundle-2026-11-25"
    manifest = json.loads(embargoed["manifest"].read_text(encoding="utf-8"))
    assert all(entry["name"].startswith("dardr-maya-published-EMBARGOED.")
               for entry in manifest["files"])


def test_embargoed_exports_carry_the_label(embargoed: dict[str, Path]) -> None:
    page = read_html(embargoed["html"])
    assert EMBARGO_LABEL in page.text
    ld = page.json_ld()
    assert "datePublished" not in json.dumps(ld)
    assert not [a for a in page.with_tag("meta") if a.get("name") == "DCTERMS.issued"]

    pdf = read_pdf(embargoed["pdf"])
    assert pdf.text.lstrip().startswith(EMBARGO_LABEL)
    # On every page: the page header (an @page margin box) repeats it.
    assert pdf.text.count(EMBARGO_LABEL) >= pdf.pages

    document = open_docx(embargoed["docx"])
    first = document.paragraphs[0]
    assert first.text == EMBARGO_LABEL
    assert all(run.bold for run in first.runs)
    header = document.sections[0].header
    assert not header.is_linked_to_previous
    [label] = [p for p in header.paragraphs if p.text == EMBARGO_LABEL]
    assert all(run.bold for run in label.runs)
    assert document.core_properties.content_status == EMBARGO_LABEL

    text = embargoed["txt"].read_text(encoding="utf-8")
    assert text.splitlines()[0] == EMBARGO_LABEL

    data = json.loads(embargoed["json"].read_text(encoding="utf-8"))
    assert data["embargo"]["until"] == "2031-05-14T00:01:00+01:00"
    assert "published_on" not in data


def test_after_the_embargo_lifts_nothing_is_marked(lifted: dict[str, Path]) -> None:
    record = canary_record("d3")
    for fmt, path in lifted.items():
        assert path.name == export_filename(record, fmt, AFTER_EMBARGO)
        assert "EMBARGOED" not in path.name
    assert "EMBARGOED" not in read_html(lifted["html"]).text
    assert "EMBARGOED" not in read_pdf(lifted["pdf"]).text
    document = open_docx(lifted["docx"])
    assert document.paragraphs[0].text != EMBARGO_LABEL
    assert not any("EMBARGOED" in p.text for p in document.sections[0].header.paragraphs)
    assert not any("EMBARGOED" in p.text for p in document.paragraphs)
    assert "EMBARGOED" not in lifted["txt"].read_text(encoding="utf-8")
    assert export_filename(record, "pdf", NOW) == "dardr-maya-published-EMBARGOED.pdf"


def test_no_publication_date_until_the_embargo_lifts(tmp_path: Path) -> None:
    data = example_data("d3")
    data["published_on"] = "2031-05-14"
    record = parse_record(data)
    before = export_record(record, {"html", "docx"}, tmp_path / "before", now=NOW)
    after = export_record(record, {"html", "docx"}, tmp_path / "after", now=AFTER_EMBARGO)
    page_before, page_after = (read_html(result.files[0]) for result in (before, after))
    assert "datePublished" not in json.dumps(page_before.json_ld())
    assert page_after.json_ld()["datePublished"] == "2031-05-14"
    issued = [[a for a in page.with_tag("meta") if a.get("name") == "DCTERMS.issued"]
              for page in (page_before, page_after)]
    assert issued[0] == [] and issued[1]
    # The Word file's dates are when it was made, never a publication date.
    for result, now in ((before, NOW), (after, AFTER_EMBARGO)):
        properties = open_docx(result.files[1]).core_properties
        assert properties.modified == now
        assert "2031-05-14" not in str(properties.created)
