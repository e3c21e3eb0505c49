"""A news report about a body is not the body's page.

- a report that quotes the body or its report in the third person ("the partnership wrote",
  "the review said", "a spokesman said", "Authorities in X say") and reports the courts
  ("Crown Court", "was jailed") names no publisher by the bodies it reports on, even one it
  says has published a review; a body's own page ("we", its chair quoted) keeps its publisher,
  and one kind of reporting words alone proves nothing;
- a news site named in its furniture ("This article has been reviewed according to Fenmoor
  Echo's editorial process"), a writer's credit ("Jo Bloggs, who writes for The Harrowby
  Echo") or a photograph's caption ("Harrowby Echo: the court. Credit: police") is the
  publisher;
- a site's editorial note, a "Read more:" link and "This post is also available in: Welsh"
  are furniture, never the headline.

The pages and outlets are made up; the board named is one of the shipped list.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.outlets import credited_outlet, reports_on_others
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
BOARD = "Safeguarding Board for Northern Ireland"

REPORT = ("Failings found before baby's death\n\n"
          f"The {BOARD} has published a case management review into the death of Baby T.\n\n"
          "Read more: Couple jailed over baby death\n\n"
          "Harrowby Crown Court heard the baby suffered injuries over several weeks.\n\n"
          "The review said agencies did not share what they knew. The board wrote: “We accept "
          "every recommendation.”")

OWN_PAGE = ("Case management review: Baby T\n\n"
            f"Today the {BOARD} has published a case management review into the death of "
            "Baby T.\n\nThe review found that agencies did not share what they knew, after "
            "the trial at Harrowby Crown Court.\n\n“We accept every recommendation,” said Jo "
            "Bloggs, Chair of the board. We will report on our progress next year.")


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="story.txt", now=NOW)


def _publisher(result: ImportResult) -> str | None:
    return result.record.publisher.name if result.record.publisher else None


def test_a_news_report_names_no_publisher_by_the_board_it_reports_on() -> None:
    result = _import(REPORT)
    assert _publisher(result) is None
    assert any("reports on the bodies it names" in warning for warning in result.warnings)


def test_the_boards_own_page_keeps_its_publisher() -> None:
    assert _publisher(_import(OWN_PAGE)) == BOARD


@pytest.mark.parametrize(("lines", "reported"), [
    (["Authorities in Harrowby say they have changed their procedures.",
      "A spokesman said: “Lessons have been learned.”"], True),
    (["The partnership wrote: “We accept the findings.”", "She was jailed for six years."], True),
    (["The review said agencies should work together.", "The partnership wrote that it agreed."],
     False),  # one kind of reporting words
    (["We have published the review.", "The review said agencies should work together.",
      "The trial at Harrowby Crown Court ended in March."], False),  # the page's own "we"
])
def test_reporting_words_of_two_kinds_without_a_we_make_a_report(lines: list[str],
                                                                  reported: bool) -> None:
    assert reports_on_others(lines) is reported


@pytest.mark.parametrize(("line", "outlet"), [
    ("This article has been reviewed according to Fenmoor Echo's editorial process and "
     "policies.", "Fenmoor Echo"),
    ("Jo Bloggs, who writes for The Harrowby Echo, puts the case for publication.",
     "The Harrowby Echo"),
    ("Harrowby Echo: Jo Bloggs outside court. Credit: Harrowby Police", "Harrowby Echo"),
])
def test_a_credited_outlet_names_the_publisher(line: str, outlet: str) -> None:
    assert credited_outlet([line]) == outlet
    result = _import(f"Board takes on more reviews\n\n{line}\n\nThe {BOARD} took on case "
                     "management reviews in 2030. Since then the board has referred four cases "
                     "for review.")
    assert _publisher(result) == outlet


@pytest.mark.parametrize("line", ["The review said it was published in March.",
                                  "Jo Bloggs writes about reviews for the board."])
def test_no_credit_names_no_outlet(line: str) -> None:
    assert credited_outlet([line]) is None


@pytest.mark.parametrize("furniture", [
    "This article has been reviewed according to Fenmoor Echo's editorial process and "
    "policies. Editors have highlighted the following attributes:",
    "Read more: Couple jailed over baby death",
    "This post is also available in: Welsh",
])
def test_site_notes_and_links_are_not_the_headline(furniture: str) -> None:
    result = _import(f"{furniture}\n\nBoard takes on more reviews\n\nThe {BOARD} took on case "
                     "management reviews in 2030.")
    assert result.record.title == "Board takes on more reviews"
