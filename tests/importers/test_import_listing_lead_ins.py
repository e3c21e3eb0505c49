"""A few words ending in a colon over a listing's entries ("CSPR Reports:", "Learning
Review's 7-point Briefings:") give the entries below them their kind, whatever the number of
the words naming it; a table row's date before a colon is no lead-in.

The page is made up (a fictional Fenmoor).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from import_pages import split_page

from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)

PAGE = ("Fenmoor Safeguarding Children Partnership\n\nCSPRs and Learning Reviews\n\n"
        "Child Safeguarding Practice Reviews are a statutory process. The partnership's review "
        "group decides whether a review should be commissioned.\n\n"
        "CSPR Reports:\n\nCSPR Holly and Jade\n\nHolly and Jade 7 Minute Briefing\n\n"
        "Child KT - Report\n\nChild KT - 7 Minute Briefing\n\n"
        "Learning Review's 7-point Briefings:\n\nBaby R\n\nChild W\n\n"
        "Comments\n\nNo comments have been left for this article")


def test_each_lead_in_gives_its_entries_their_kind(tmp_path: Path) -> None:
    found = dict(split_page(tmp_path, PAGE, NOW))
    assert found["Baby R"] == "learning_review_non_statutory"
    assert found["Child W"] == "learning_review_non_statutory"
    assert found["Child KT"] == "lcspr"
