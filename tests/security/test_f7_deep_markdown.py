"""Finding 7 (deep Markdown): Markdown nested 300 list levels or 500 quote levels gave
RecursionError in the text and Word exports.

The public copy caps nesting (``render.public_tree.MAX_NESTING``): deeper lists join the
list at the cap and deeper quotes open into their parent, so every output walks a tree of
bounded depth and no word is lost.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from export_cases import NOW, record

from review_editor.export import export_record
from review_editor.render.public_tree import MAX_NESTING


def deep_list(levels: int) -> str:
    return "\n".join("  " * level + f"- level{level}" for level in range(levels))


def deep_quote(levels: int) -> str:
    return "\n".join(">" * level + f" depth{level}" for level in range(1, levels + 1))


def mixed(levels: int) -> str:
    return "\n".join("  " * level + ("- " if level % 2 else "- > ") + f"mixed{level}"
                     for level in range(levels))


CASES = {"300 list levels": (deep_list(300), [f"level{n}" for n in range(300)]),
         "500 quote levels": (deep_quote(500), [f"depth{n}" for n in range(1, 501)]),
         "lists in quotes": (mixed(200), [f"mixed{n}" for n in range(200)]),
         "emphasis": ("*" * 400 + "deepest" + "*" * 400, ["deepest"])}


@pytest.mark.parametrize("case", sorted(CASES))
def test_deep_markdown_exports_in_every_format_with_every_word(
        case: str, qapp: object, tmp_path: Path) -> None:
    markdown, words = CASES[case]
    subject = record(body=[{"id": "a", "heading": "Deep", "markdown": markdown}],
                     review={"executive_summary": markdown})
    files = {p.suffix: p for p in export_record(
        subject, {"html", "pdf", "docx", "txt", "json"}, tmp_path, now=NOW).files}
    text = files[".txt"].read_text("utf-8")
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(
        files[".docx"].read_bytes())).paragraphs)
    stored = json.loads(files[".json"].read_text("utf-8"))["body"][0]["markdown"]
    for expected in words:
        assert expected in text and expected in word and expected in stored


def test_the_public_copy_is_at_most_max_nesting_deep(tmp_path: Path) -> None:
    subject = record(body=[{"id": "a", "heading": "Deep", "markdown": deep_list(300)}])
    html = export_record(subject, {"html"}, tmp_path, now=NOW).files[0].read_text("utf-8")
    depth = deepest = 0
    for tag in html.split("<")[1:]:
        if tag.startswith("ul"):
            depth += 1
            deepest = max(deepest, depth)
        elif tag.startswith("/ul"):
            depth -= 1
    assert deepest <= MAX_NESTING
