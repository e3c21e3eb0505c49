"""The C4.16 warning ("text that readers will not see") names every hidden construct the
public copy leaves out: each canary the source holds and the page does not show lies in a
span the check reports, and the public copy holds none of it."""

from __future__ import annotations

import pytest
from markdown_strategies import hidden_block_kinds, hidden_inline_kinds

from review_editor.checks.hidden import hidden_content
from review_editor.checks.text import parse_markdown
from review_editor.render.public_markdown import public_markdown

CANARY = "CANARY-5e1f"
# Where a hidden construct stands: alone, after text, inside a list item or a quote, and
# after a heading whose "[" is left open (a label holds no bracket).
PLACES = ["{}", "Text before.\n\n{}", "0. {}", "- {}", "> {}", "[ review\n===\n\n{}"]


def _canaries(text: str) -> list[int]:
    found: list[int] = []
    start = text.find(CANARY)
    while start >= 0:
        found.append(start)
        start = text.find(CANARY, start + 1)
    return found


def _in_item(hidden: str, place: str) -> str:
    """``hidden`` at ``place``, its later lines indented to stay inside a list item."""
    indent = " " * (len(place) - 2) if place.endswith(". {}") or place == "- {}" else ""
    prefix = "> " if place == "> {}" else indent
    return place.format(hidden.replace("\n", "\n" + prefix))


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("hidden", [kind for kind in [*hidden_inline_kinds(CANARY),
                                                      *hidden_block_kinds(CANARY)]
                                    if CANARY in kind])
def test_every_hidden_canary_is_in_a_reported_span(hidden: str, place: str) -> None:
    source = _in_item(hidden, place)
    spans = hidden_content(parse_markdown(source))
    for offset in _canaries(source):
        if source.startswith("```", offset - 3):
            continue  # a code block's language: reported from its first character
        assert any(h.start <= offset and offset + len(CANARY) <= h.end for h in spans), \
            (source, spans)
    assert CANARY not in public_markdown(source)
