"""Who speaks on a news site's page or in a council's answer.

- a news site names itself on a line of its own ("Keep up with Fenmoor i", "More from Social
  Work Weekly", "Subscribe to The Harrowby Echo"): it is the publisher, even where the page
  keeps naming a safeguarding board it reports on;
- "In an interview with The Harrowby Echo, the board's chair confirmed …": the outlet that
  asked the questions is the publisher, not the board whose chair answered (a person
  interviewed, "In an interview with Jo Bloggs, …", names no outlet);
- a headline in which a council answers ("… : Fenmoor Council responds", "Statement from The
  Harrowby Council", "Fenmoor Borough Council's response to …") names the council as speaker.

The pages and outlets are made up; the board named is one of the shipped list.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.outlets import answering_council, self_named_outlet
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
BOARD_NEWS = ("The Safeguarding Board for Northern Ireland (SBNI) took on case management "
              "reviews in 2030. Since then the SBNI has referred four cases for review.")


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="story.txt", now=NOW)


def _publisher(result: ImportResult) -> str | None:
    return result.record.publisher.name if result.record.publisher else None


@pytest.mark.parametrize(("line", "outlet"), [
    ("Keep up with Fenmoor i", "Fenmoor i"), ("More from Social Work Weekly", "Social Work Weekly"),
    ("Subscribe to The Harrowby Echo", "The Harrowby Echo"),
])
def test_a_line_naming_the_site_names_the_publisher(line: str, outlet: str) -> None:
    assert self_named_outlet([line]) == outlet
    result = _import(f"{line}\n\nBoard takes on more reviews\n\n{BOARD_NEWS}")
    assert _publisher(result) == outlet


@pytest.mark.parametrize("line", ["Sign up for email updates", "More from this author",
                                  "Keep up with the latest news from the board today.",
                                  "More from News", "More from Safeguarding Adults",
                                  "More from Policy and Practice"])
def test_lines_that_name_no_site(line: str) -> None:
    assert self_named_outlet([line]) is None


def test_the_outlet_that_interviews_is_the_publisher_not_the_board() -> None:
    text = ("Signposts for Harrowby\n\n" + BOARD_NEWS + "\n\nIn an interview with The Harrowby "
            "Echo, the SBNI chair confirmed that two cases will be reviewed.")
    assert _publisher(_import(text)) == "The Harrowby Echo"


@pytest.mark.parametrize("line", [
    "In an interview with Jo Bloggs, the chair explained the process.",
    "The interview with the family, held in March, shaped the review.",
])
def test_a_person_interviewed_names_no_outlet(line: str) -> None:
    assert self_named_outlet([line]) is None


@pytest.mark.parametrize(("title", "council"), [
    ("Child T update report: Fenmoor Council responds", "Fenmoor Council"),
    ("Statement from The Harrowby Council", "The Harrowby Council"),
    ("Fenmoor Borough Council's response to the review", "Fenmoor Borough Council"),
])
def test_a_council_answering_in_the_headline_is_the_speaker(title: str, council: str) -> None:
    assert answering_council(title) == council
    text = (f"{title}\n\nAn independent review described what happened to Child T. The council "
            "was not named in the review but led the response to its recommendations.")
    assert _publisher(_import(text)) == council


@pytest.mark.parametrize("title", ["Council responds to consultation on reviews",
                                   "Fenmoor Council tax rises agreed"])
def test_headlines_where_no_named_council_answers(title: str) -> None:
    assert answering_council(title) is None
