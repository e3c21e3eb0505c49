"""No private (🔒) field reaches any export: with a canary in every private field, at any
depth, of every example, no exported file holds it — the PDF's text and metadata, every
XML part of the Word file (its properties included), the HTML, the text and the JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from export_helpers import (
    CANARY,
    CANARY_DATE,
    CANARY_MARKS,
    EXAMPLES,
    canary_record,
    docx_parts,
    docx_text,
    exported_examples,
    private_values,
    read_pdf,
)

from review_editor.model import MODELS, private_paths
from review_editor.model.parts import Approval, Sensitivity
from review_editor.model.review import HomeOfficeQA

NAMES = sorted(EXAMPLES)


@pytest.fixture(scope="module")
def exports(qapp: Any) -> dict[str, dict[str, Path]]:
    return exported_examples()


@pytest.mark.parametrize("name", NAMES)
def test_every_private_field_holds_a_canary(name: str) -> None:
    record = canary_record(name)
    values = private_values(record)
    # One value per private path, and one per item for a path inside a list.
    assert len(values) >= len(list(private_paths(type(record)))) > 0
    assert all(value not in (None, "", []) for value in values)
    assert record.internal_notes == CANARY
    assert record.sensitivity is not None
    for field in Sensitivity.model_fields:
        assert getattr(record.sensitivity, field) not in (None, "", []), field
    [approval] = record.approvals
    for field in Approval.model_fields:
        assert getattr(approval, field) not in (None, "", []), field
    assert record.review is not None and record.review.home_office_qa is not None
    for field in HomeOfficeQA.model_fields:
        assert getattr(record.review.home_office_qa, field) is not None, field
    assert str(record.review.panel_notified_on) == CANARY_DATE


def test_the_canaries_cover_every_kind() -> None:
    kinds = {canary_record(name).kind for name in NAMES}
    assert kinds == set(MODELS)


def _assert_clean(where: str, text: str) -> None:
    for mark in CANARY_MARKS:
        assert mark not in text, f"{mark!r} found in {where}"


@pytest.mark.parametrize("name", NAMES)
def test_no_canary_in_any_export(exports: dict[str, dict[str, Path]], name: str) -> None:
    files = exports[name]
    for fmt in ("html", "txt", "json"):
        _assert_clean(fmt, files[fmt].read_text(encoding="utf-8"))
    pdf = read_pdf(files["pdf"])
    _assert_clean("the PDF text", pdf.text)
    _assert_clean("the PDF metadata", " ".join(pdf.metadata.values()))
    assert pdf.xmp_text
    _assert_clean("the PDF's XMP", pdf.xmp_text)
    for part, xml in docx_parts(files["docx"]).items():
        # Word's own XML holds numbers (sizes, ids) that may contain "1911" by chance;
        # the canary string and the dates as written are what must never appear.
        for mark in (CANARY, CANARY_DATE, "November 1911"):
            assert mark not in xml, f"{mark!r} found in {part}"
    _assert_clean("the Word text", docx_text(files["docx"]))
