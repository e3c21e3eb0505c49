"""An author line that gives the author's body after their name ("Author: Jo Bloggs,
Research in Practice Associate") names the publisher when that body is in the shipped list;
a line naming a person and a role only names none.

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
