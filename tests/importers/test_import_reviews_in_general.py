"""Pages whose facts are not one review's: news of several reviews published together, and
headlines about how reviews are done ("Conducting a domestic homicide review: online
learning", "Commissioning a Safeguarding Adults Review").

Their review type and subjects stay suggestions for the officer (never "high", so
``--accept-suggestions`` leaves them out); a page about one review keeps its sure facts. The
pages are made up (a fictional Fenmoor).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.facts import several_reviews
from review_editor.model import LONDON
from review_editor.reviewkinds import page_review_type

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="page.txt", now=NOW)


def _sure(result: ImportResult, path: str) -> list[object]:
    return [s.value for s in result.suggestions
            if s.field_path == path and s.confidence == "high"]


@pytest.mark.parametrize("text", [
    "SAR Reports\n\nTuesday, May 6, 2031\n\nToday we publish the overview reports of three "
    "Safeguarding Adults Reviews: Adult F; Adult H; and Adult J.\n\nKey learning is shared.",
    "Publication of Learning Briefs for Child P and R\n\nThursday, May 8, 2031\n\nToday we "
    "publish the learning briefs from two SCRs carried out by independent reviewers.",
])
def test_news_of_several_reviews_gives_no_sure_subject_or_type(text: str) -> None:
    result = _import(text)
    assert _sure(result, "sensitivity.subjects") == []
    assert _sure(result, "review.review_type") == []
    assert [s for s in result.suggestions if s.field_path == "sensitivity.subjects"]


def test_news_of_one_review_keeps_its_sure_facts() -> None:
    result = _import("SAR Publication: Adult K\n\nTuesday, May 6, 2031\n\nThe final report of "
                     "the Safeguarding Adults Review in relation to Adult K is published today."
                     "\n\nTwo agencies have changed how they share information.")
    assert _sure(result, "sensitivity.subjects") == [{"pseudonym": "Adult K", "role": "adult"}]
    assert _sure(result, "review.review_type") == ["sar"]


@pytest.mark.parametrize(("texts", "several"), [
    (["the overview reports of four Serious Case Reviews: Child A; B; C and D"], True),
    (["the learning briefs from two SCRs"], True),
    (["three new reviews are published today"], True),
    (["two agencies changed their practice"], False),
    (["the review took two years"], False),
])
def test_a_count_of_reviews_says_the_page_is_about_several(texts: list[str],
                                                           several: bool) -> None:
    assert several_reviews(texts) is several


@pytest.mark.parametrize("title", [
    "Conducting a domestic homicide review: online learning",
    "Commissioning a Safeguarding Adults Review",
    "Taking part in a Child Practice Review",
    "Safeguarding Adults Reviews: e-learning for practitioners",
])
def test_a_headline_about_doing_a_kind_of_review_gives_no_sure_type(title: str) -> None:
    assert all(found.confidence != "high" for found in page_review_type(title, [], None))


def test_a_headline_naming_the_review_conducted_is_still_sure() -> None:
    found = page_review_type("Conducting the Safeguarding Adults Review into Adult K", [], None)
    assert found[0].confidence == "high"


def test_a_count_of_earlier_reviews_on_one_reviews_page_keeps_its_subject() -> None:
    result = _import("Safeguarding Adults Review: Adult K\n\nThe board publishes its review "
                     "of the care of Adult K today. Two earlier Safeguarding Adults Reviews "
                     "raised the same concerns about discharge from hospital.")
    assert _sure(result, "sensitivity.subjects") == [{"pseudonym": "Adult K", "role": "adult"}]
