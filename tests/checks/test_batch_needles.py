"""A batch looks through its joined text only for the needles it may hold
(``FieldBatch.may_hold``): the fields found are the same as when every needle is looked for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.checks.batch import FieldBatch, _holding_any
from review_editor.checks.text import plain_field

_WORDS = ["lorem", "ipsum", "Skip", "to", "content", "going", "forward", "ongoing", "Mon",
          "Monday", "TBC", "children’s", "straße", "İstanbul", "K", "café", "x", "in", "tin"]
_TEXTS = st.lists(st.sampled_from([*_WORDS, " ", ", ", ".", "\n", "-", "2021", "’"]),
                  max_size=12).map("".join)
_NEEDLES = st.lists(st.lists(st.sampled_from([*_WORDS, " ", "-", "’", "9", "ips", "orw",
                                              "ing f", "to c", "Ä"]),
                             min_size=1, max_size=3).map("".join), max_size=10)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, max_size=8), _NEEDLES)
def test_the_needles_left_out_are_in_no_field(texts: list[str], needles: list[str]) -> None:
    batch = FieldBatch([plain_field(f"body.{i}.markdown", text) for i, text in enumerate(texts)])
    for text in (batch.text, batch.lowered):
        if text is None:
            continue
        assert batch.holding_any(needles, text) == _holding_any(needles, text, batch.starts)
        left_out = set(needles) - set(batch.may_hold(needles, text))
        assert not any(needle in text for needle in left_out)


def test_a_word_no_field_holds_is_not_looked_for() -> None:
    batch = FieldBatch([plain_field(f"body.{i}.markdown", "Lorem ipsum dolor sit amet.")
                        for i in range(3)])
    needles = ("skip to content", "going forward", "sum do", "rem ip", "tbc", "ipsum", "!")
    assert batch.may_hold(needles, batch.lowered or "") == ("sum do", "rem ip", "ipsum", "!")
    assert batch.holding_any(needles, batch.lowered) == [0, 1, 2]


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXTS, max_size=8))
def test_the_fields_beyond_ascii_are_those_whose_text_is_not_ascii(texts: list[str]) -> None:
    batch = FieldBatch([plain_field(f"body.{i}.markdown", text) for i, text in enumerate(texts)])
    assert batch.beyond_ascii() == [i for i, text in enumerate(texts) if not text.isascii()]
