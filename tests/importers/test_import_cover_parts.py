"""A cover naming which part of a larger document it is ("Appendix 1", "Part II") is headed
by the part's own title on the line below, not by the region or framework above it.

The document is made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import import_text
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
BODY = ("Contents:\n\nSection / Description / Page\n1 / Introduction / 4\n2 / Planning / 6\n\n"
        "1. Introduction\n\nThe purpose of this document is to give guidance to those "
        "involved in the review process. It sets out the order of events and timescales.")


@pytest.mark.parametrize("part", ["Appendix 1", "Annex 2", "Part II"])
def test_the_line_under_a_part_label_heads_the_cover(part: str) -> None:
    page = f"Fenmoor Peninsula\n\nLearning & Improvement Framework\n\n{part}\n\n" \
           f"Case Review Toolkit\n\n{BODY}"
    assert import_text(page, source_name="doc.txt", now=NOW).record.title \
        == "Case Review Toolkit"


def test_a_cover_without_a_part_label_keeps_its_first_line() -> None:
    page = f"Case Review Toolkit\n\nFenmoor Peninsula\n\n{BODY}"
    assert import_text(page, source_name="doc.txt", now=NOW).record.title \
        == "Case Review Toolkit"
