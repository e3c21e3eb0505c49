"""An author line that gives the author's body after their name ("Author: Jo Bloggs,
Research in Practice Associate") names the publisher when that body is in the shipped list;
a line naming a person and a role only names none. The body that commissioned "this briefing"
(or report, guide …) publishes it, wherever the page says so; a national body publishing
something else further down is news. A guide's "we" explaining to its reader ("Here we intend
to help you understand …") is not the body the guide keeps describing.

The page is made up; the bodies named are of the shipped list.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import import_text
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _publisher(author: str) -> str | None:
    text = (f"Making reviews clearer\n\nPublished: 18/09/2031\n\n{author}\n\nSections\n\n"
            "In this briefing we explain how the project maps the local review process. "
            "Partners told us the process was not clear enough.")
    record = import_text(text, source_name="briefing.txt", now=NOW).record
    return record.publisher.name if record.publisher else None


@pytest.mark.parametrize("author", ["Author: Jo Bloggs, Research in Practice Associate",
                                    "Author: Jo Bloggs, Research in Practice"])
def test_the_authors_listed_body_is_the_publisher(author: str) -> None:
    assert _publisher(author) == "Research in Practice"


def test_an_author_line_naming_no_body_gives_none() -> None:
    assert _publisher("Author: Jo Bloggs, independent reviewer") is None


def _briefing_publisher(sentence: str) -> str | None:
    text = ("Briefing for Fenmoor practitioners: what national analysis found\n\n"
            "This briefing summarises the key findings of a national study of reviews. It "
            "aims to support practitioners.\n\nPurpose\n\nThe study builds on an earlier "
            f"analysis of 231 reviews.\n\n{sentence}\n\nBackground\n\nReviews are required "
            "by law.")
    record = import_text(text, source_name="briefing.txt", now=NOW).record
    return record.publisher.name if record.publisher else None


def test_the_body_that_commissioned_this_document_is_its_publisher() -> None:
    assert _briefing_publisher("The analysis and this briefing were commissioned by the Local "
                               "Government Association (LGA).") == "Local Government Association"


def test_a_national_body_that_commissioned_another_document_is_news() -> None:
    assert _briefing_publisher("The Local Government Association has published a report on "
                               "the workforce.") is None


SBNI_GUIDE = ("A Guide to Case Management Reviews\n\nThroughout the UK, formal inquiries are "
              "carried out when a child has died. {we}\n\nSafeguarding panels are committees of "
              "the Safeguarding Board for Northern Ireland (SBNI). Each panel reports to the SBNI "
              "so that it can decide whether a review is required.\n\nThe SBNI publishes "
              "guidance on reviews.")


def test_a_guides_we_explaining_to_its_reader_is_not_the_body_it_describes() -> None:
    text = SBNI_GUIDE.format(we="Here we intend to help you understand current policy.")
    record = import_text(text, source_name="guide.txt", now=NOW).record
    assert record.publisher is None


def test_a_body_speaking_as_we_is_still_the_publisher() -> None:
    text = SBNI_GUIDE.format(we="We have reviewed how we notify cases to panels.")
    record = import_text(text, source_name="guide.txt", now=NOW).record
    assert record.publisher is not None
    assert record.publisher.name == "Safeguarding Board for Northern Ireland"
