"""Listing lines that carry more than a review's name, and lines that name no review.

- a table row gives each review's publication status beside its name ("No longer
  published", "Unpublished*", "Delayed in publication**"): the status is not the title, and
  a colon after a row's last date does not make the row a list's lead-in;
- an entry's date in brackets ("(published March 2031)") is not part of its title;
- a line naming another document of a body ("The Panel's annual report and national
  review", "Home Office feedback letter") is no review of the page's list;
- a review or two among many topics' names, one a line, is a page of topic briefings, not a
  listing of reviews.

Each test is a made-up page (a fictional Fenmoor and Harrowby).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from import_pages import split_page

from review_editor.importers import import_text
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _split(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    return split_page(tmp_path, text, NOW)


@pytest.mark.parametrize("status", [
    "No longer published", "Unpublished*", "Delayed in publication**", "Not yet published",
    "Awaiting publication", "Withdrawn",
])
def test_a_rows_publication_status_is_not_part_of_the_title(tmp_path: Path,
                                                            status: str) -> None:
    text = ("Serious Case Reviews\n\nThe board publishes overview reports for a year.\n\n"
            " Case  Overview Report  Learning Brief\n"
            " Child R  Published 3 May 2029  Published 3 May 2029\n"
            f" Child T  {status}  Published 9 June 2029\n"
            " Child W  Published 1 July 2030  Published 2 March 2030\n")
    titles = sorted(title for title, _kind in _split(tmp_path, text))
    assert titles == ["Child R", "Child T", "Child W"]


def test_a_rows_date_followed_by_a_colon_is_still_a_row(tmp_path: Path) -> None:
    text = ("Serious Case Reviews\n\nThe board publishes overview reports for a year.\n\n"
            " Case  Overview Report  Learning Brief\n"
            " Child R  Published 3 May 2029  Published 3 May 2029\n"
            " Child T  Unpublished*  Published 6 October 2029:\n"
            " Child W  Published 1 July 2030  Published 2 March 2030\n\n"
            "Reviews we are asked about:\n\nThe board answers questions by email.\n")
    titles = sorted(title for title, _kind in _split(tmp_path, text))
    assert titles == ["Child R", "Child T", "Child W"]


def test_a_status_word_inside_a_name_stays(tmp_path: Path) -> None:
    text = ("Safeguarding Adults Reviews\n\nThe board's reviews are listed below.\n\n"
            "SAR 'Removed from care' (2030)\n\nSAR 'Daniel' (2029)\n")
    titles = [title for title, _kind in _split(tmp_path, text)]
    assert any("Removed from care" in title for title in titles)


def test_another_bodys_annual_report_is_no_review_of_the_list(tmp_path: Path) -> None:
    text = ("Child Safeguarding Practice Reviews\n\nThe Harrowby partners decide which cases "
            "need a review.\n\nGuidance and learning\n\n"
            "The national panel's annual report and national review\n\n"
            "The panel's annual report draws on rapid reviews from across England.\n")
    result = import_text(text, source_name="page.txt", now=NOW)
    assert result.record.title == "Child Safeguarding Practice Reviews"
    assert result.listed == []


def test_a_review_among_many_topic_briefings_makes_no_listing(tmp_path: Path) -> None:
    topics = ["Adolescent Neglect", "Cannabis and Parenting", "Child Sexual Abuse",
              "Contextual Safeguarding", "Critical Thinking", "Dark Web", "Domestic Abuse",
              "Forced Marriage", "Hidden Males", "Information Sharing", "Private Fostering",
              "Professional Curiosity", "Safer Sleep for Babies", "Voice of the Child"]
    lines = [*topics[:5], "Child K Serious Case Review", *topics[5:]]
    text = ("7 Minute Briefings\n\nOur briefings help managers lead reflective discussion.\n\n"
            + "\n\n".join(lines) + "\n")
    result = import_text(text, source_name="page.txt", now=NOW)
    assert result.record.title == "7 Minute Briefings"
    assert result.listed == []
    assert _split(tmp_path, text) == [("7 Minute Briefings", None)]


def test_a_list_of_reviews_with_a_few_topics_is_still_a_listing(tmp_path: Path) -> None:
    text = ("7 Minute Briefings\n\nOur briefings help managers lead reflective discussion.\n\n"
            "Child K Serious Case Review\n\nChild L Serious Case Review\n\n"
            "Child M Serious Case Review\n\nDark Web\n\nHidden Males\n")
    titles = sorted(title for title, _kind in _split(tmp_path, text))
    assert titles == ["Child K Serious Case Review", "Child L Serious Case Review",
                      "Child M Serious Case Review"]


def test_a_menu_of_short_lines_above_a_listing_does_not_hide_it(tmp_path: Path) -> None:
    menu = ["Home", "About us", "Our priorities", "Training", "Events", "Newsletters",
            "Policies", "Procedures", "Contact us", "Children", "Adults", "Professionals",
            "Parents and carers"]
    text = ("\n\n".join(menu) + "\n\nPublished reviews\n\nThe partnership publishes each "
            "review's report here for a year.\n\nChild K Serious Case Review\n\n"
            "Child M Serious Case Review\n")
    titles = sorted(title for title, _kind in _split(tmp_path, text))
    assert titles == ["Child K Serious Case Review", "Child M Serious Case Review"]


@pytest.mark.parametrize("date", ["(published March 2031)", "(published: 2031)",
                                  "(updated June 2030)", "(March 2031)"])
def test_an_entrys_date_in_brackets_is_not_part_of_its_title(tmp_path: Path,
                                                           date: str) -> None:
    text = ("Learning Reviews\n\nFenmoor Child Protection Committee publishes the summaries "
            f"of its learning reviews.\n\nLearning Review – Child A {date}\n\n"
            "Learning Review – Child B (published November 2030)\n\n"
            "Learning Review – Child C: briefing (published June 2030)\n")
    titles = sorted(title for title, _kind in _split(tmp_path, text))
    assert titles == ["Learning Review – Child A", "Learning Review – Child B",
                      "Learning Review – Child C"]


def test_a_feedback_letter_listed_with_the_reviews_is_no_review(tmp_path: Path) -> None:
    text = ("Domestic Homicide Reviews\n\nThe Fenmoor Community Safety Partnership publishes "
            "its reviews' reports here.\n\nDHR 'Anna' – Executive Summary (PDF, 310 KB)\n\n"
            "DHR 'Beth' – Executive Summary (PDF, 280 KB)\n\n"
            "Home Office feedback letter (PDF, 90 KB)\n")
    assert sorted(_split(tmp_path, text)) == [("DHR 'Anna'", "dhr"), ("DHR 'Beth'", "dhr")]

