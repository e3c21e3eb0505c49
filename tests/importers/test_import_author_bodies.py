"""An author line that gives the author's body after their name ("Author: Jo Bloggs,
Research in Practice Associate") names the publisher when that body is in the shipped list;
a line naming a person and a role only names none. The body that commissioned "this briefing"
(or report, guide …) publishes it, wherever the page says so; a national body publishing
something else further down is news.

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
