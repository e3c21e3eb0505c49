"""A plural after two places ("… with Fenmoor and Harrowby Safeguarding Adults Boards") names
several bodies, none of them the page's publisher, even where the last one is in the shipped
list (here North Tyneside's board)."""

from __future__ import annotations

from datetime import datetime

from review_editor.importers import import_text
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def test_boards_in_the_plural_name_no_publisher() -> None:
    text = ("The board has agreed an updated policy which is launched today.\n\n"
            "The previous policy (agreed with Northumberland and North Tyneside Safeguarding "
            "Adult Boards) had been in place since 2026.\n\nIt is an important document.")
    result = import_text(text, source_name="news.txt", now=NOW)
    assert result.record.publisher is None or "Tyneside" not in result.record.publisher.name


def test_the_board_in_the_singular_is_still_the_publisher() -> None:
    text = ("North Tyneside Safeguarding Adults Board has agreed an updated policy which is "
            "launched today.\n\nThe previous policy had been in place since 2026.")
    result = import_text(text, source_name="news.txt", now=NOW)
    assert result.record.publisher is not None
    assert "North Tyneside" in result.record.publisher.name
