"""GOV.UK display formats: sizes, document details, periods, people, link targets."""

from __future__ import annotations

import pytest

from review_editor.model.parts import Attachment, PersonRole
from review_editor.model.review import PeriodCovered
from review_editor.render.formats import (
    document_details,
    format_name,
    period_text,
    person_text,
    safe_href,
    size_label,
    tel_href,
    temporal_coverage,
)


@pytest.mark.parametrize(("size", "label"), [
    (231_424, "226 KB"), (1_468_006, "1.4 MB"), (512_000, "500 KB"), (214_016, "209 KB"),
    (38_912, "38 KB"), (2_202_009, "2.1 MB"), (402_653, "393 KB"), (120_832, "118 KB"),
    (1024, "1 KB"), (1536, "2 KB"), (1_048_575, "1.0 MB"), (1_048_576, "1.0 MB"),
    (10 * 1024 * 1024, "10.0 MB"), (3 * 1024 ** 3, "3.0 GB"), (500, "500 bytes"),
    (1, "1 byte"), (0, "0 bytes"),
])
def test_size_labels_are_1024_based(size: int, label: str) -> None:
    assert size_label(size) == label


def test_document_details() -> None:
    pdf = Attachment(title="Report", media_type="application/pdf", size_bytes=1_468_006,
                     pages=46)
    assert document_details(pdf) == "(PDF, 1.4 MB, 46 pages)"
    one = Attachment(title="Letter", media_type="application/pdf", pages=1)
    assert document_details(one) == "(PDF, 1 page)"
    docx = Attachment(title="Template", size_bytes=38_912, media_type=(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    assert document_details(docx) == "(MS Word Document, 38 KB)"
    assert document_details(Attachment(title="Nothing known")) == ""
    assert format_name("application/x-unknown-thing") == "X-UNKNOWN-THING"
    assert format_name("text/csv; charset=utf-8") == "CSV"


def test_periods() -> None:
    assert period_text(PeriodCovered(start="2001")) == "since 2001"
    assert period_text(PeriodCovered(start="2021-01", end="2023-06")) == \
        "January 2021 to June 2023"
    assert period_text(PeriodCovered(start="2021-01-04", end="2021")) == \
        "Monday 4 January 2021 to 2021"
    assert period_text(PeriodCovered(end="2020-03")) == "until March 2020"
    assert period_text(PeriodCovered()) is None
    assert temporal_coverage(PeriodCovered(start="2001")) == "2001/.."
    assert temporal_coverage(PeriodCovered(start="2021-01", end="2023-06")) == "2021-01/2023-06"


def test_people() -> None:
    assert person_text(PersonRole(name="Clare Hyde", post_nominals="MBE",
                                  role="independent_reviewer", independent=True)) == \
        "Clare Hyde MBE, independent reviewer"
    assert person_text(PersonRole(name="Joanne Whitcombe", role="chair", independent=True)) \
        == "Joanne Whitcombe, independent chair"
    assert person_text(PersonRole(name="Sam Reed", role="author")) == "Sam Reed, author"
    assert person_text(PersonRole(name="Sam Reed", independent=True)) == \
        "Sam Reed, independent reviewer"


@pytest.mark.parametrize("url", [
    "https://fenmoor-sab.example/reviews/sar-adult-r", "https://a.example",
    "https://a.example:8443/x?y=1#z", "mailto:sab@fenmoor-sab.example", "tel:01632960418",
])
def test_safe_links(url: str) -> None:
    assert safe_href(url) == url


@pytest.mark.parametrize("url", [
    None, "", "http://a.example", "//a.example/x", "/local", "relative/path", "../up",
    "javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x",
    "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "\\\\host\\share",
    "https:\\\\host", "https:///path", "https://user:pass@a.example", "https://a.example/ x",
    "https://a.example/\tx", "mailto:not an email", "tel:call-me", "https://<svg>/",
    "ftp://a.example", "https://[::1]/",
])
def test_unsafe_links_are_refused(url: str | None) -> None:
    assert safe_href(url) is None


def test_telephone_links() -> None:
    assert tel_href("01632 960 418") == "tel:01632960418"
    assert tel_href("+44 (0)1632 960418") == "tel:+4401632960418"
    assert tel_href("ring 999") is None
    assert tel_href("12+34") is None
