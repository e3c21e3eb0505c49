"""The Welsh versions of a review's findings, recommendations and lists of texts are read as
Welsh: Welsh spelling (C4.15), never English spelling or plain English; the identification
check (C1) reads them; a missing one is a C3.15 finding."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from review_editor.checks import CheckContext, run_checks
from review_editor.checks.welsh import field_language
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ENGLISH_ONLY = {"C4.1", "C4.2", "C4.3", "C4.4", "C4.5", "C4.6", "C4.8", "C4.11", "C4.12"}


def record() -> Any:
    return parse_record({
        "schema_version": "1.2", "id": "2a6f0c7e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
        "kind": "review_notice", "title": "Learning from a review", "bilingual": True,
        "title_cy": "Dysgu o adolygiad",
        "review": {
            "key_findings": [{
                "id": "F1", "text": "Staff did not share what they knew.",
                "text_cy": "Roedd y teulu'n byw yn LL57 4AA pan ddechreuodd y pryderon."}],
            "good_practice": ["The bank acted quickly.", "The school listened."],
            "good_practice_cy": ["Gweithredodd y banc yn gyflym."],
            "recommendations": [
                {"id": "R1", "text": "Partners should agree one plan.",
                 "text_cy": "Dylai partneriaid gytuno ar un cynllun ar gyfer pob oedolyn sydd "
                            "mewn perygl o gam-drin ariannol.",
                 "addressed_to": ["All partner agencies"],
                 "addressed_to_cy": ["Pob asiantaeth bartner"], "response": "accepted"},
                {"id": "R2", "text": "The Board should check the training.",
                 "text_cy": "Dylai'r Bwrdd wirio'r hyfforddiantt."}],
        }})


def findings() -> list[tuple[str, str, str]]:
    subject = record()
    return [(issue.code, issue.field_path, issue.severity)
            for issue in run_checks(subject, CheckContext(now=NOW))]


def test_welsh_list_items_and_review_texts_are_welsh() -> None:
    subject = record()
    assert field_language(subject, "review.good_practice_cy.0") == "cy"
    assert field_language(subject, "review.recommendations.0.addressed_to_cy.0") == "cy"
    assert field_language(subject, "review.key_findings.0.text_cy") == "cy"
    assert field_language(subject, "review.good_practice.0") == "en-GB"


def test_welsh_review_texts_get_welsh_checks_and_no_english_ones() -> None:
    found = findings()
    welsh = [(code, path) for code, path, _ in found if ("_cy" in path)]
    assert not [item for item in welsh if item[0] in ENGLISH_ONLY], welsh
    assert ("C4.15", "review.recommendations.1.text_cy") in welsh  # "hyfforddiantt"
    assert [path for code, path in welsh if code == "C4.15"] == \
        ["review.recommendations.1.text_cy"]


def test_identification_reads_the_welsh_review_texts() -> None:
    assert ("C1.4", "review.key_findings.0.text_cy", "blocking") in findings()


def test_a_welsh_list_item_not_yet_written_is_a_translation_finding() -> None:
    translation = [path for code, path, _ in findings() if code == "C3.15"]
    assert translation == ["review.good_practice_cy.1"]
