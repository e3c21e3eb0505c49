"""The reference records: Bradford (DOMAIN B9) and D1–D3 with their seeded defects."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from check_samples import (
    check,
    describe,
    finding_codes,
    mutated,
    sample_data,
    span_text,
)

from review_editor import resources
from review_editor.checks import BLOCKING, INFO, WARNING, findings

# -- Bradford ---------------------------------------------------------------------------------

BRADFORD_EXPECTED = [
    ("C4.4", WARNING, "title", "CSE"),
    ("C5.1", WARNING, "body.0.markdown", "27 July"),
    ("C4.4", WARNING, "body.0.markdown", "CSE"),
    ("C4.13", WARNING, "body.0.markdown", "132 years’ and 8 months’"),
    ("C4.4", WARNING, "body.0.markdown", "ILACS"),
    ("C6.3", BLOCKING, "links.0.text", None),
]


def _table(data: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    issues = findings(check(data))
    return [(i.code, i.severity, i.field_path, span_text(data, i) if i.span else None)
            for i in issues]


def test_bradford_yields_exactly_the_expected_findings_in_page_order() -> None:
    data = sample_data("bradford")
    assert _table(data) == BRADFORD_EXPECTED


def test_bradford_suggestions_follow_the_reference_table() -> None:
    issues = {(i.code, i.field_path): i for i in findings(check(sample_data("bradford")))}
    assert "child sexual exploitation" in issues["C4.4", "title"].suggestion
    assert "27 July 2021" in issues["C5.1", "body.0.markdown"].suggestion
    assert "132 years and 8 months in prison" in issues["C4.13", "body.0.markdown"].suggestion
    assert "say where the link goes" in issues["C6.3", "links.0.text"].suggestion


def test_bradford_information_notes_say_anonymity_applies_and_what_is_missing() -> None:
    issues = check(sample_data("bradford"))
    notes = [i for i in issues if i.severity == INFO]
    assert any(i.code == "C2.1" and "lifelong anonymity" in i.message for i in notes)
    c3 = {i.field_path for i in notes if i.code == "C3.9"}
    assert {"contact", "publisher.url", "sensitivity.proceedings_status"} <= c3
    assert not [i for i in issues if i.code.startswith("C3.") and i.severity != INFO]


def test_bradford_with_the_cookie_line_kept_adds_scrape_hygiene() -> None:
    def keep_cookie_line(data: dict[str, Any]) -> None:
        body = data["body"][0]
        body["markdown"] = "Cookie Consent by FreePrivacyPolicy.com\n\n" + body["markdown"]

    data = mutated("bradford", keep_cookie_line)
    c47 = [i for i in findings(check(data)) if i.code == "C4.7"]
    assert [span_text(data, i) for i in c47] == ["Cookie Consent by FreePrivacyPolicy.com"]


def correct_bradford(data: dict[str, Any]) -> None:
    data["title"] = "Thematic review into child sexual exploitation in Bradford"
    text = data["body"][0]["markdown"]
    replacements = {
        "has published today (27 July) a review into child sexual exploitation within":
            "has published today (27 July 2021) a review into child sexual exploitation (CSE) "
            "within",
        "132 years’ and 8 months’ imprisonment": "132 years and 8 months in prison",
        "acknowledged by Ofsted in their ILACS inspection of 2018 which said":
            "acknowledged by Ofsted in their 2018 inspection of local authority children’s "
            "services (ILACS), which said",
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    data["body"][0]["markdown"] = text
    data["links"][0]["text"] = "Read the thematic review into child sexual exploitation"


def test_bradford_corrected_copy_has_no_blocking_or_warning_finding() -> None:
    data = mutated("bradford", correct_bradford)
    assert len(data["title"]) == 58
    issues = check(data)
    assert findings(issues) == [], describe(findings(issues))
    assert any(i.code == "C2.1" for i in issues)


def test_bundled_bradford_example_matches_the_reference_findings() -> None:
    path = resources.examples_dir() / "thematic-review-into-cse-in-bradford.json"
    if not path.exists():
        pytest.skip("the bundled example is not in this checkout yet")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [(c, s, f) for c, s, f, _ in _table(data)] == [
        (c, s, f) for c, s, f, _ in BRADFORD_EXPECTED]


# -- D1 to D3 ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["d1", "d2", "d3"])
def test_sample_records_yield_no_finding(name: str) -> None:
    issues = check(sample_data(name))
    assert findings(issues) == [], describe(findings(issues))


def _append(section: int, text: str, separator: str = " ") -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["body"][section]["markdown"] += separator + text
    return change


def _replace(section: int, old: str, new: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        markdown = data["body"][section]["markdown"]
        assert old in markdown
        data["body"][section]["markdown"] = markdown.replace(old, new)
    return change


D1_REPORT = "https://fenmoor-sab.example/files/fenmoor-sab-sar-adult-r-full-report-2025-03-12.pdf"
D3_SUMMARY_163 = ("Wrenmouth Community Safety Partnership has published a review into the death "
                  "of a woman in her 30s, known as Maya, and the actions agencies are taking in "
                  "response.")

DEFECTS: dict[str, tuple[str, Callable[[dict[str, Any]], None], set[str]]] = {
    "d1a": ("d1", _append(0, "Mr R, 74, of Harlow Close, lived alone."),
            {"C1.2", "C1.4", "C1.7", "C1.8"}),
    "d1b": ("d1", lambda d: d["review"]["recommendations"][3].update(response_reason=None),
            {"C3.4"}),
    "d1c": ("d1", lambda d: d["body"][2].update(markdown=f"[click here]({D1_REPORT})"),
            {"C6.3"}),
    "d1d": ("d1", lambda d: d.update(published_on="2023-09-01"), {"C5.5", "C2.4"}),
    "d1e": ("d1", lambda d: d["attachments"][0]["accessibility"].update(tagged_pdf=False),
            {"C6.7"}),
    "d1f": ("d1", _append(0, "The review was published on Tue 12 Mar 2025."), {"C5.1", "C5.2"}),
    "d1g": ("d1", _append(0, "The next review date is [insert date]."), {"C4.10"}),
    "d2a": ("d2", lambda d: d.update(reflective_questions=[]), {"C3.8"}),
    "d2b": ("d2", _replace(0, "a baby under 3 months old",
                           "a baby 7 weeks old, born on 2 March 2023,"),
            {"C1.2", "C1.3", "C1.7"}),
    "d2c": ("d2", _append(0, "Baby M attended St Aldwyn's Nursery."), {"C1.5"}),
    "d2d": ("d2", lambda d: d.pop("disclaimer"), {"C3.8"}),
    "d2e": ("d2", lambda d: d["source_reviews"][0].update(published_on="2025-06-20"), {"C7.6"}),
    "d2f": ("d2", _replace(5, "the health visitor", "the HV"), {"C4.4"}),
    "d3a": ("d3", lambda d: d.update(publish_at="2031-05-13T18:00:00+01:00"), {"C8.1"}),
    "d3b": ("d3", lambda d: d.pop("media_contact"), {"C3.9"}),
    "d3c": ("d3", lambda d: d["sensitivity"].update(family_consent_for_quotes=False), {"C2.5"}),
    "d3d": ("d3", _replace(0, "Her family chose this name.",
                           "Her family chose this name. Maya, 34, worked as a receptionist at "
                           "the Wrenmouth Road surgery."),
            {"C1.2", "C1.4", "C1.5", "C1.7"}),
    "d3e": ("d3", lambda d: d["sensitivity"].update(proceedings_status="unknown"), {"C2.2"}),
    "d3f": ("d3", lambda d: d["embargo"].update(until="2031-05-14T00:00:00+01:00"), {"C8.3"}),
    "d3g": ("d3", lambda d: d["body"][0].update(
        markdown="Cookie Consent by FreePrivacyPolicy.com\n\n" + d["body"][0]["markdown"]),
        {"C4.7"}),
    "d3h": ("d3", _append(0, "The partnership announced today that it will hold a practitioner "
                             "event.", "\n\n"), {"C5.4"}),
    "d3i": ("d3", lambda d: d.update(summary=D3_SUMMARY_163), {"C4.9"}),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_each_seeded_defect_alone_yields_the_listed_findings(defect: str) -> None:
    name, change, expected = DEFECTS[defect]
    issues = check(mutated(name, change))
    assert finding_codes(issues) == expected, describe(findings(issues))


def _by_code(defect: str) -> dict[str, list[Any]]:
    name, change, _ = DEFECTS[defect]
    data = mutated(name, change)
    grouped: dict[str, list[Any]] = {}
    for issue in findings(check(data)):
        text = span_text(data, issue) if issue.span else None
        grouped.setdefault(issue.code, []).append((issue.severity, text, issue))
    return grouped


def test_d1a_points_at_the_age_the_street_and_the_mixed_pseudonym() -> None:
    found = _by_code("d1a")
    assert [t for _, t, _ in found["C1.2"]] == ["74"]
    assert [t for _, t, _ in found["C1.4"]] == ["Harlow Close"]
    assert [t for _, t, _ in found["C1.8"]] == ["Mr R"]
    assert "score 6" in found["C1.7"][0][2].message or "score 7" in found["C1.7"][0][2].message


def test_d2b_date_of_birth_blocks_and_the_jigsaw_score_is_six() -> None:
    found = _by_code("d2b")
    assert found["C1.3"][0][:2] == (BLOCKING, "2 March 2023")
    assert found["C1.2"][0][1] == "7 weeks old"
    assert "score 6" in found["C1.7"][0][2].message


def test_d2c_named_nursery_is_a_warning_without_a_sexual_offence_context() -> None:
    found = _by_code("d2c")
    assert [(s, t) for s, t, _ in found["C1.5"]] == [(WARNING, "St Aldwyn's Nursery")]


def test_d3d_scores_age_occupation_workplace_and_street() -> None:
    found = _by_code("d3d")
    assert [t for _, t, _ in found["C1.2"]] == ["34"]
    assert [t for _, t, _ in found["C1.4"]] == ["Wrenmouth Road"]
    assert [t for _, t, _ in found["C1.5"]] == ["Wrenmouth Road surgery"]
    message = found["C1.7"][0][2].message
    for part in ("exact age “34” (3)", "occupation", "setting “Wrenmouth Road surgery” (3)",
                 "address “Wrenmouth Road” (3)"):
        assert part in message


def test_d1c_and_d3e_are_blocking() -> None:
    assert {s for s, _, _ in _by_code("d1c")["C6.3"]} >= {BLOCKING}
    assert [s for s, _, _ in _by_code("d3e")["C2.2"]] == [BLOCKING]
    assert [s for s, _, _ in _by_code("d1g")["C4.10"]] == [BLOCKING]
    assert [s for s, _, _ in _by_code("d1f")["C5.2"]] == [BLOCKING]
