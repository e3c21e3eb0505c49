"""``names.escaped`` gives exactly what its character-by-character definition gives, on text
full of the characters that matter (controls, format characters, line and paragraph
separators, direction overrides, astral characters, lone surrogates) and on long text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.storage.names import escaped

INTERESTING = (
    [chr(c) for c in range(0x00, 0x20)] + ["\x7f", "\x85", "\x9f", "\xa0", "\xad"]
    + ["\u061c", "\u180e", "\u200b", "\u200d", "\u200e", "\u2028", "\u2029", "\u202a",
       "\u202e", "\u2060", "\u2066", "\u2069", "\ufeff", "\ufff9", "\u3000"]
    + ["\U000110bd", "\U0001d173", "\U000e0001", "\U000e0041", "\U0001f600", "\U00020000",
       "\ue000", "\U000f0000", "\ud800", "\udfff", "\u0378"]
    + list("aé漢 .:\\")
)


def by_definition(text: str, keep: str = "") -> str:
    """Each character alone: a control, format or line/paragraph separator character not
    in ``keep`` becomes its code (beyond U+FFFF, its two UTF-16 halves' codes)."""
    return "".join(
        _utf16_code(c)
        if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c not in keep else c
        for c in text)


def _utf16_code(char: str) -> str:
    """The character's UTF-16 code units, each as ``\\uXXXX``: what JSON reads back as it."""
    units = char.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))


texts = st.lists(st.one_of(st.sampled_from(INTERESTING), st.characters()), max_size=60) \
    .map("".join)
keeps = st.sampled_from(["", "\n", "\n\t", "\t", "\u202e", "\n\u2028", "a"]) | \
    st.text(st.sampled_from(INTERESTING), max_size=4)


@settings(max_examples=400)
@given(texts, keeps)
def test_escaped_is_its_definition(text: str, keep: str) -> None:
    assert escaped(text, keep) == by_definition(text, keep)
    assert escaped(text) == by_definition(text)


@given(st.lists(texts, min_size=2, max_size=5))
def test_escaping_a_text_in_pieces_is_escaping_it_whole(pieces: list[str]) -> None:
    # What the console writes in chunks reads the same as the whole text escaped.
    assert "".join(escaped(p, "\n\t") for p in pieces) == escaped("".join(pieces), "\n\t")


def test_every_code_point_is_escaped_as_defined() -> None:
    every = "".join(chr(c) for c in range(0x110000))
    assert escaped(every, "\n\t") == by_definition(every, "\n\t")


def test_plain_text_comes_back_as_it_is() -> None:
    text = "report.json: C4.9 warning: title: 70 characters\n\tnext line é 漢\n"
    assert escaped(text, "\n\t") is text
