"""How copied reports and catalogue pages open, and what is not their headline.

- a report's table of contents, copied as lines that end in page numbers ("Introduction 3"),
  is neither the headline nor a list of reviews;
- a picture's credit line ("Image copyright …") is furniture, not the headline;
- a labelled detail of a catalogue entry or post ("Author: …", "Year: 2031") is no headline;
- a section's heading such as "Foreword" under a document's title is no headline;
- a page that opens with prose (a site's blurb) before its article is headed by the short
  line above the article's dateline or byline.

The pages are made up (a fictional Fenmoor and Harrowby).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.blocks import Block
from review_editor.importers.contents import contents_lines
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
BODY = ("The board asked agencies to reflect on how they worked together and what should "
        "change. Its findings are set out below for practitioners.")


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="harrowby-page.txt", now=NOW)


def _lines(*texts: str) -> list[Block]:
    return [Block("paragraph", text, text) for text in texts]


CONTENTS = ("Introduction 3\n\nCases considered 4\n\nWhere reviews are not being published 7\n\n"
            "Quality of reviews 9\n\nRecommendations for improving review quality 12")


def test_a_contents_page_without_section_numbers_is_neither_headline_nor_listing() -> None:
    page = (f"Harrowby panel of independent experts on case reviews: second annual report\n\n"
            f"June 2031 Contents\n\n{CONTENTS}\n\n2\n\n{BODY}")
    result = _import(page)
    assert result.record.title == ("Harrowby panel of independent experts on case reviews: "
                                   "second annual report")
    assert result.listed == []
    assert "table of contents: Quality of reviews 9" in result.record.model_dump_json()


def test_contents_lines_need_a_run_with_page_numbers_that_never_go_down() -> None:
    blocks = _lines("Contents", "Introduction 3", "Key findings ....... 5", "Next steps 9",
                    "A sentence that ends the run.")
    assert contents_lines(blocks, list(range(len(blocks)))) == {0, 1, 2, 3}
    falling = _lines("Introduction 9", "Key findings 5", "Next steps 2")
    assert contents_lines(falling, [0, 1, 2]) == set()
    two = _lines("Introduction 3", "Key findings 5")
    assert contents_lines(two, [0, 1]) == set()
    years = _lines("Child A 2031", "Child B 2030", "Child C 2029")
    assert contents_lines(years, [0, 1, 2]) == set()


@pytest.mark.parametrize("credit", [
    "harrowby Image copyright JO BLOGGS",
    "Photo credit: Fenmoor Council",
    "Image caption The review was published on Tuesday",
])
def test_a_picture_credit_is_not_the_headline(credit: str) -> None:
    result = _import(f"'Nothing could have predicted the Harrowby killing'\n\n{credit}\n\n"
                     f"{BODY}")
    assert result.record.title == "'Nothing could have predicted the Harrowby killing'"


def test_a_catalogue_entrys_labelled_details_are_not_its_headline() -> None:
    page = ("The Harrowby Practice Review Framework\n\nYear: 2031\n\nTopic: Child protection\n\n"
            "Author: Jo Bloggs, Sam Smith\n\nThis briefing presents the framework's main "
            "features and how boards use it.")
    assert _import(page).record.title == "The Harrowby Practice Review Framework"


@pytest.mark.parametrize("section", ["Foreword", "Executive summary", "Acknowledgements"])
def test_a_documents_section_heading_is_not_its_headline(section: str) -> None:
    page = (f"Harrowby Strategic Plan 2031-2034\n\nHarrowby Strategic Plan 2031-2034\n\n"
            f"{section}\n\nJo Bloggs\n\n{BODY}")
    assert _import(page).record.title == "Harrowby Strategic Plan 2031-2034"


def test_a_blurb_before_the_article_leaves_the_line_over_the_dateline_the_headline() -> None:
    page = ("Our articles are written by experts in their field and include barristers, "
            "solicitors and academics. If you would like to contribute please email us.\n\n"
            "A day in the life Of...\n\nRead on\n\nChild K serious case reviews released\n\n"
            "Date:14 MAR 2031\n\nBy Jo Bloggs, News Editor\n\n"
            "The two serious case reviews into the death of Child K have been published in "
            "full for the first time today. The reviews were commissioned by the board.")
    result = _import(page)
    assert result.record.title == "Child K serious case reviews released"
    assert result.record.published_on is not None
    assert result.record.published_on.isoformat() == "2031-03-14"


def test_a_one_page_summary_after_a_listed_review_is_its_document() -> None:
    page = ("Published Reviews\n\nChild PP - One page learning summary (Dec 2030)\n\n"
            "Child F - Summary report (August 2030)\n\n(The board publishes reviews for a "
            "12-month period only.)")
    result = _import(page)
    assert [result.record.title, *result.listed] == ["Child PP", "Child F"]
