"""C1 by context: who a name belongs to decides whether it is a finding. Family wins over a
title; professionals (by title, post-nominals, role, or the record's own lists) are not
findings; ages, places and numbers are found in the forms people write them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from review_editor.checks import CheckContext, findings, run_checks
from review_editor.checks.people import find_people
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def record(text: str, **extra: Any) -> Any:
    data: dict[str, Any] = {
        "schema_version": "1.0", "id": "2b8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a01",
        "kind": "news_item", "title": "Learning from a local review",
        "publisher": {"name": "Greyhaven Safeguarding Children Partnership",
                      "url": "https://greyhaven-scp.example"},
        "body": [{"id": "main", "heading": "", "markdown": text}],
    }
    data.update(extra)
    return parse_record(data)


def c1(text: str, **extra: Any) -> list[tuple[str, str]]:
    rec = record(text, **extra)
    return [(i.code, text[i.span[0]:i.span[1]]) for i in findings(
        run_checks(rec, CheckContext(now=NOW), {"C1"})) if i.span]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.kind) for p in find_people(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Dr Tamsin Orrell, the child's father, did not attend.", [("Tamsin Orrell", "family")]),
    ("Mr Quennell, the baby's grandfather, was not asked.", [("Mr Quennell", "family")]),
    ("Dr Tamsin Orrell, the independent reviewer, wrote the report.",
     [("Tamsin Orrell", "professional")]),
    ("The report was written by Tamsin Orrell MBE.", [("Tamsin Orrell", "professional")]),
    ("Her half-sister, Roxanne, was not spoken to.", [("Roxanne", "family")]),
    ("Roxanne Quill told the review she had asked for help.", [("Roxanne Quill", "person")]),
])
def test_family_roles_win_over_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_professional_is_not_a_finding_but_a_relative_is() -> None:
    assert c1("Professor Ivo Dancey, Chair of the Board, thanked the family.") == []
    assert ("C1.1", "Ivo Dancey") in c1("Ivo Dancey, the girl's uncle, thanked the panel.")


def test_people_listed_in_the_record_are_not_findings() -> None:
    text = "Wenna Polglaze and Idris Arkwright met the family twice."
    assert [code for code, _ in c1(text)] == ["C1.1", "C1.1"]
    listed = {"sensitivity": {"named_professionals": ["Wenna Polglaze", "Idris Arkwright"]}}
    assert c1(text, **listed) == []
    not_names = {"sensitivity": {"not_names": ["Wenna Polglaze"]}}  # "not a name here"
    assert c1(text, **not_names) == [("C1.1", "Idris Arkwright")]
    reviewers = {"review": {"reviewers": [{"name": "Wenna Polglaze"},
                                          {"name": "Idris Arkwright"}]}}
    assert c1(text, **reviewers) == []


@pytest.mark.parametrize("text, detail", [
    ("She was only eleven when the abuse began.", "eleven"),
    ("Child A, then 14, was not in school.", "then 14"),
    ("By the time he was in Year 10 he had stopped attending.", "Year 10"),
    ("He spent his sixteenth birthday in custody.", "sixteenth birthday"),
])
def test_ages_in_words(text: str, detail: str) -> None:
    assert any(code == "C1.2" and detail in found or found in detail
               for code, found in c1(text))


def test_bands_and_years_of_school_in_general_are_not_ages() -> None:
    assert c1("Children under five are most at risk.") == []
    assert c1("Year 9 lessons across the county now cover consent.") == []


@pytest.mark.parametrize("text, detail", [
    ("The family moved to Haltwhistle in the spring.", "Haltwhistle"),
    ("She lived on the Ferncliffe estate with her mother.", "Ferncliffe"),
    ("They had a pitch at Gull Point Caravan Park.", "Gull Point"),
    ("His National Insurance number, QQ 12 34 56 C, was on the form.", "QQ 12 34 56 C"),
    ("Her Snapchat username was mizz_t_2008.", "mizz_t_2008"),
    ("Crime reference 44/118203/22 was closed.", "44/118203/22"),
    ("He was the only Tigrinya-speaking pupil in the village school.", "Tigrinya-speaking"),
])
def test_places_numbers_and_combinations(text: str, detail: str) -> None:
    assert any(detail in found or found in detail for _, found in c1(text))


def test_places_that_are_organisations_or_not_about_a_person_pass() -> None:
    assert c1("Learning events were held in Haltwhistle and Hexham.") == []
    assert c1("Leeds Safeguarding Children Partnership published the review.") == []
