"""A national body named as the author of the work a page reports is not the page's publisher.

- a local page telling practitioners of the national panel's report by its title ("… has
  published a report titled …"), and never speaking as the panel, names no publisher;
- a page reposting another's post under a "Source:" line names no publisher by the body the
  post is about, even where the reposter says "us";
- the panel's own page ("we have published …") and a page naming the panel's report without
  citing it keep the panel as publisher.

The pages are made up; the panel is one of the shipped list.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import import_text
from review_editor.importers.publisher import cites_others
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
PANEL = "Child Safeguarding Practice Review Panel"

LOCAL_NEWS = ("Strengthening learning from reviews\n\n9 Jun 2031\n\n"
              f"The {PANEL} has published a report titled Learning Together, offering insights "
              "into how local partners learn from serious incidents.\n\nPartners are encouraged "
              "to read the full report.")
REPOST = (f"Summary of key learning from the {PANEL}\n\nPosted: 4th July 2031\n\n"
          "Source: Key learning in two minutes | a social network\n\n"
          "The review identifies themes from many reviews. Two of them struck us as new.")
OWN_PAGE = (f"Annual report published\n\nThe {PANEL} has published its annual report titled "
            "Learning Together. We thank everyone who contributed to our work this year.")
NAMED_ONLY = (f"Annual report published\n\nThe {PANEL} has published its annual report, "
              "Learning Together, setting out themes from reviews this year.")


def _publisher(text: str) -> str | None:
    record = import_text(text, source_name="page.txt", now=NOW).record
    return record.publisher.name if record.publisher else None


@pytest.mark.parametrize("page", [LOCAL_NEWS, REPOST])
def test_a_page_citing_the_panels_work_names_no_publisher(page: str) -> None:
    title, *paragraphs = page.split("\n\n")
    assert cites_others(title, paragraphs)
    assert _publisher(page) is None


@pytest.mark.parametrize("page", [OWN_PAGE, NAMED_ONLY])
def test_the_panels_own_page_keeps_its_publisher(page: str) -> None:
    title, *paragraphs = page.split("\n\n")
    assert not cites_others(title, paragraphs)
    assert _publisher(page) == PANEL
