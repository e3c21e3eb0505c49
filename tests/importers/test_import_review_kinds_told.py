"""A review's kind told by the panel that carried it out, and a headline of lessons from many.

- "… published a summary report on a review carried out by a Domestic Homicide Review Panel",
  "The Domestic Homicide Review Panel examined the circumstances relating to the death of
  'Lena'": one review of that kind, sure even where the page has no headline (a release
  republished without one); a panel named as a body ("The … Panel meets monthly") is not;
- "Domestic homicide review: lessons learned", "…: common themes" with no subject: lessons
  from many reviews, no sure kind; with a subject ("Adult K SAR: lessons learned") one.

The pages are made up (a fictional Fenmoor).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _sure_type(text: str) -> list[object]:
    result: ImportResult = import_text(text, source_name="release.txt", now=NOW)
    return [s.value for s in result.suggestions
            if s.field_path == "review.review_type" and s.confidence == "high"]


@pytest.mark.parametrize("sentence", [
    "The Fenmoor Community Safety Partnership has today published a summary report on a "
    "review carried out by a Domestic Homicide Review Panel.",
    "The Domestic Homicide Review Panel examined the circumstances relating to the death of "
    "‘Lena', a pseudonym used to protect the identity of the victim.",
])
def test_a_review_told_by_its_panel_is_of_that_kind(sentence: str) -> None:
    text = (f"{sentence}\nThe panel made seven recommendations, three of them for the "
            "partnership.\nThe executive summary is on the partnership's website.")
    assert _sure_type(text) == ["dhr"]


def test_a_panel_named_as_a_body_gives_no_sure_kind() -> None:
    text = ("The Fenmoor Domestic Homicide Review Panel meets monthly to consider referrals.\n"
            "Its members come from the police, health and the council.")
    assert _sure_type(text) == []


@pytest.mark.parametrize("title", ["Domestic homicide review: lessons learned",
                                   "Safeguarding adults reviews: common themes"])
def test_a_headline_of_lessons_from_many_reviews(title: str) -> None:
    text = (f"{title}\n\nReports received up to March 2030 have been analysed and some common "
            "themes identified. Partnerships should be aware of them.")
    assert _sure_type(text) == []


def test_lessons_from_one_named_review_keep_its_kind() -> None:
    text = ("Adult K Safeguarding Adults Review: lessons learned\n\nThe board published the "
            "review into the death of Adult K today. It found that agencies did not share "
            "information.")
    assert _sure_type(text) == ["sar"]
