"""Publishers a page names without a publishing verb, late in its text, after "conducted
by", by an abbreviation in its headline, or run into the word before; and the district
community safety partnerships of two-tier counties. The pages are made up; the bodies named
are those of the shipped list (or a fictional Fenmoor)."""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.gazetteer import lookup
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
FILLER = ("Reviews look at how agencies worked together and what could be done differently. "
          "They do not blame anyone; they help services learn. ") * 8


def publisher_of(text: str) -> str | None:
    result: ImportResult = import_text(text, source_name="page.txt", now=NOW)
    return result.record.publisher.name if result.record.publisher else None


@pytest.mark.parametrize(("text", "publisher"), [
    ("Domestic Homicide Reviews\n\nFenmoor Community Safety Partnership (CSP) has completed "
     "four domestic homicide reviews since 2029.", "Fenmoor Community Safety Partnership"),
    ("Learning from reviews\n\nFenmoor Safeguarding Adults Board has developed a "
     "briefing on self-neglect.", "Fenmoor Safeguarding Adults Board"),
    ("Domestic Homicide Reviews\n\nCrawley Community Safety Partnership has completed two "
     "reviews this year.", "Crawley Community Safety Partnership"),
])
def test_a_body_that_completed_or_developed_the_work_publishes_it(text: str,
                                                                   publisher: str) -> None:
    assert publisher_of(text) == publisher


@pytest.mark.parametrize("verb", ["completed", "conducted", "undertaken"])
def test_a_listed_body_after_completed_by_conducted_by_or_undertaken_by(verb: str) -> None:
    text = (f"Review of Adult M\n\nThe review was {verb} by the Ashford Community Safety "
            "Partnership on behalf of local agencies.")
    assert publisher_of(text) == "Ashford Community Safety Partnership"


def test_a_listed_body_named_after_the_opening_is_still_found() -> None:
    text = (f"About our reviews\n\n{FILLER}\n\nWhy we review\n\n{FILLER}\n\nHow to find out "
            "more\n\nContact the Tamworth Community Safety Partnership for copies.")
    assert publisher_of(text) == "Tamworth Community Safety Partnership"


def test_an_abbreviation_in_the_headline_the_text_repeats_names_the_publisher() -> None:
    text = ("SBNI Thematic Review\n\nThe thematic review looked at practice over five years. "
            "The SBNI will report on progress next year.")
    assert publisher_of(text) == "Safeguarding Board for Northern Ireland"


def test_an_abbreviation_only_in_the_headline_is_not_enough() -> None:
    text = "SBNI Thematic Review\n\nThe thematic review looked at practice over five years."
    assert publisher_of(text) is None


def test_a_name_run_into_the_word_before_is_recognised() -> None:
    text = ("Learning brief published\n\nThe County DurhamSafeguarding Children Partnership has "
            "published a learning brief.")
    assert publisher_of(text) == "Durham Safeguarding Children Partnership"


@pytest.mark.parametrize("name", [
    "Preston Community Safety Partnership", "Tunbridge Wells Community Safety Partnership",
    "Newark and Sherwood Community Safety Partnership", "South Warwickshire Community Safety "
    "Partnership", "North Worcestershire Community Safety Partnership"])
def test_district_community_safety_partnerships_are_listed(name: str) -> None:
    entry = lookup(name)
    assert entry is not None and entry.type == "community_safety_partnership"
    assert entry.nation == "england"


def test_a_line_naming_one_review_beats_a_statement_sub_heading_under_it() -> None:
    text = ("Safeguarding Adult Review Report for Adult F\n\nStatement from the Fenmoor SAB "
            "Chair\n\nThe board has published its review and thanks the family.")
    result = import_text(text, source_name="page.txt", now=NOW)
    assert result.record.title == "Safeguarding Adult Review Report for Adult F"
