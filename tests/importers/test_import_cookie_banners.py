"""A cookie or consent banner's lines, as a scraped page keeps them above or below its text.

Its buttons ("Hide this message", "Manage preferences", "Got it!", "Accept all", consent
categories such as "Strictly necessary" and "Analytics" on lines of their own), its headings
("We value your privacy", "Privacy overview"), Welsh banners ("Rydym yn defnyddio cwcis",
"Derbyn pob cwci", "Gwrthod") and its whole paragraph about cookies, even a long one, are
furniture; sentences and headings that only share a word with them are content.

The page is made up (a fictional Fenmoor).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import import_text
from review_editor.importers.boilerplate import text_boilerplate
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
LONG_NOTICE = ("We use cookies to give you the best experience on our website. If you continue "
               "without changing your settings, we will assume that you are happy to receive "
               "all cookies on this website. However, if you would like to, you can change your "
               "cookie settings at any time.")


@pytest.mark.parametrize("line", [
    "Hide this message", "Manage preferences", "Change cookie settings", "Save and close",
    "Got it!", "OK, I agree", "I accept", "Dismiss", "Close this message", "Reject all",
    "Strictly necessary", "Analytics", "We value your privacy", "Privacy overview",
    "Your privacy choices", "Do not sell my personal information", "Powered by Civic",
    "Rydym yn defnyddio cwcis ar y wefan hon", "Derbyn pob cwci", "Gwrthod", LONG_NOTICE,
])
def test_a_banner_line_is_furniture(line: str) -> None:
    assert text_boilerplate(line) is not None


@pytest.mark.parametrize("line", [
    "Analytics of serious case reviews", "Privacy and information sharing",
    "We agreed an action plan for every agency, which the review group will monitor each "
    "quarter until the actions are complete and have been reported to the partnership's "
    "executive group, and the findings will be shared with practitioners at the annual "
    "learning event.",
])
def test_content_sharing_a_banners_words_stays(line: str) -> None:
    assert text_boilerplate(line) is None


def test_a_banner_between_the_headline_and_the_text_leaves_the_headline() -> None:
    text = ("Learning Review: Child T\n\nWe value your privacy\n\n" + LONG_NOTICE
            + "\n\nManage preferences\n\nGot it!\n\nThe Fenmoor Safeguarding Children "
            "Partnership has published a learning review about Child T. It found that "
            "agencies did not share information.")
    result = import_text(text, source_name="page.txt", now=NOW)
    assert result.record.title == "Learning Review: Child T"
    assert "cookies" not in str(result.record.body)
