"""Characters the bundled font cannot draw are replaced before the PDF is laid out, white
space included when it is drawn (the Ogham space mark), so the PDF is still written."""

from __future__ import annotations

from export_helpers import NOW

from review_editor.export.glyphs import OGHAM_SPACE, REPLACEMENT, covered, displayable
from review_editor.export.pdf import pdf_bytes
from review_editor.model import parse_record

OGHAM = "᚛ᚄᚓᚐᚋ\u1680ᚑᚄᚂ᚜"


def test_a_drawn_space_the_font_lacks_is_replaced_and_plain_spaces_are_kept() -> None:
    assert ord(OGHAM_SPACE) not in covered()
    shown = displayable(OGHAM + " a\u2003b")
    assert OGHAM_SPACE not in shown and REPLACEMENT in shown
    assert shown.endswith(" a\u2003b")


def test_a_pdf_with_ogham_text_is_written() -> None:
    record = parse_record({
        "schema_version": "1.2", "id": "6bdf4702-822f-4fa1-8caa-59e07f447f6d",
        "kind": "learning_brief", "title": "Brief", "thematic_source": OGHAM})
    assert pdf_bytes(record, now=NOW).startswith(b"%PDF")
