"""Welsh text (the record's language, or an attachment's own) gets no English spelling,
plain-English or GOV.UK style findings; every other check still reads it."""

from __future__ import annotations

from datetime import UTC, datetime

from review_editor.checks import CheckContext, run_checks
from review_editor.checks.welsh import ENGLISH_ONLY, is_welsh
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
WELSH = ("Mae'r adolygiad yn edrych ar sut y bu asiantaethau'n cydweithio i gefnogi'r teulu "
         "rhwng 2019 a 2021, ac mae'n gwneud argymhellion i'r bwrdd diogelu rhanbarthol er mwyn "
         "gwella'r ffordd y mae gweithwyr proffesiynol yn rhannu gwybodaeth am risg. "
         "Cysylltwch â 07700 900461.")


def record(language: str, attachment_language: str | None = None) -> object:
    return parse_record({
        "schema_version": "1.0", "id": "1d3c0f6e-7b1a-4c2d-8e5f-0a1b2c3d4e5f",
        "kind": "news_item", "title": "Adolygiad ymarfer plant: dysgu i bawb",
        "language": language,
        "body": [{"id": "main", "heading": "Cefndir", "markdown": WELSH}],
        "attachments": [{"title": "Adroddiad llawn yr adolygiad ymarfer plant",
                         "language": attachment_language}],
    })


def codes(rec: object) -> set[tuple[str, str]]:
    return {(i.code, i.field_path) for i in run_checks(rec, CheckContext(now=NOW))}


def test_welsh_tags() -> None:
    assert is_welsh("cy") and is_welsh("cy-GB") and is_welsh("CYM") and is_welsh("wel")
    assert not is_welsh("en-GB") and not is_welsh("") and not is_welsh(None)


def test_english_checks_report_welsh_text_when_it_is_labelled_english() -> None:
    found = {code for code, _ in codes(record("en-GB"))}
    assert "C4.12" in found  # the control: Welsh words are not English words


def test_a_welsh_record_gets_no_english_only_findings_but_keeps_the_others() -> None:
    found = codes(record("cy"))
    assert not {code for code, _ in found} & ENGLISH_ONLY
    assert ("C1.6", "body.0.markdown") in found  # a phone number is a phone number in Welsh


def test_the_welsh_version_of_a_text_is_welsh() -> None:
    from review_editor.checks.welsh import field_language

    rec = record("en-GB")
    assert is_welsh(field_language(rec, "body.0.markdown_cy"))
    assert is_welsh(field_language(rec, "title_cy"))
    assert not is_welsh(field_language(rec, "body.0.markdown"))


def test_an_attachment_in_welsh_in_an_english_record() -> None:
    found = codes(record("en-GB", attachment_language="cy"))
    assert not [path for code, path in found
                if code in ENGLISH_ONLY and path.startswith("attachments.")]
    english = codes(record("en-GB", attachment_language="en"))
    assert [path for code, path in english if code == "C4.12" and path.startswith("attachments.")]
