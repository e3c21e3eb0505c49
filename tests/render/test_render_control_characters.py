"""Control characters pasted into a field (bell, NUL, escape, backspace, DEL, C1) are left
out of the preview as they are out of the exported web page: in HTML each is a parse error,
and the preview showed them as boxes the export never has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from render_helpers import NOW, example_data

from review_editor.export.html import html_text
from review_editor.model import parse_record
from review_editor.render import render_blocks, render_page, render_preview

#: Every C0 control but tab, line feed and carriage return; DEL; every C1 control.
CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                                    *range(0x7F, 0xA0)])
SHOWN_AS_BOXES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def noisy_record(name: str, noise: str) -> Any:
    """An example with ``noise`` inside its title, summary, body headings and text, and
    keywords (which reach the page's head)."""
    data = example_data(name)
    data["title"] = f"Safer{noise} sleep"
    data["summary"] = f"A fictional{noise} summary."
    data["keywords"] = [f"key{noise}word"]
    for section in data.get("body", []):
        section["heading"] = f"Back{noise}ground"
        section["markdown"] = f"A fictional{noise} paragraph.\n\n- an{noise} item"
    return parse_record(data)


@pytest.mark.parametrize("name", ["bradford", "d1", "d2", "d3"])
@pytest.mark.parametrize("noise", [CONTROLS, "\x07", "\x00", "\x1b[31m", "\x08\x7f\x85"],
                         ids=["all", "bell", "nul", "escape", "backspace-del-nel"])
def test_the_preview_leaves_out_what_the_export_leaves_out(name: str, noise: str,
                                                          tmp_path: Path) -> None:
    record = noisy_record(name, noise)
    structure, blocks, page = render_preview(record, now=NOW, base_dir=tmp_path)
    assert page is not None
    for html in [page, *blocks.values()]:
        assert not SHOWN_AS_BOXES.search(html)
    assert "Safer" + re.sub(SHOWN_AS_BOXES, "", noise) + " sleep" in page
    # every block the preview shows is in the exported page, character for character
    exported = html_text(record, now=NOW, base_dir=tmp_path)
    for block_id, html in blocks.items():
        assert html in exported, block_id
    # a later edit swaps blocks into the page: those are clean as well
    assert render_preview(record, now=NOW, known=structure, base_dir=tmp_path)[1] == blocks
    assert render_blocks(record, now=NOW, base_dir=tmp_path) == blocks


def test_tab_and_line_breaks_are_kept() -> None:
    record = noisy_record("d1", "\t")
    assert "Safer\t sleep" in render_page(record, now=NOW)


def test_a_nul_in_markdown_is_no_box_but_a_typed_one_stays(tmp_path: Path) -> None:
    """CommonMark reads a NUL as U+FFFD; the page leaves it out like any control character,
    and keeps a U+FFFD the writer typed."""
    record = noisy_record("d1", "\x00")
    page = render_page(record, now=NOW)
    exported = html_text(record, now=NOW, base_dir=tmp_path)
    for html in (page, exported):
        assert "\ufffd" not in html
        assert "A fictional paragraph." in html and "an item" in html
    typed = noisy_record("d1", "\ufffd")
    assert "A fictional\ufffd paragraph." in render_page(typed, now=NOW)
