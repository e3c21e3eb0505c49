"""The sentence index's trigger bits answer just what reading each sentence's words answers.

A trigger set is given its bit when it is first asked about, so a set may be new to an index
whose bits were found before it had one; and past ``TriggerBits.LIMIT`` sets are read word by
word. Both must change the speed and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.checks import language
from review_editor.checks.sentence_index import BITS, SentenceIndex, TriggerTable

_WORDS = ["the", "child", "mother", "was", "aged", "old", "school", "ward", "only", "zq",
          "family", "she", "st", "nd", "known", "form", "pub", "is", "at", "year"]
_PIECES = [*(w + " " for w in _WORDS), "The ", "Kai ", "Ward 7", "10RJ ", "9/K ", ". ", "! ",
           "\n\n", "'Tank' ", "“Big J” ", "‘Dazza’ ", "\"Ellie\" ", "it's ", "4th ", "12 ",
           "K", "İ", "ſ", "é "]
texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
word_sets = st.frozensets(st.sampled_from([*_WORDS, "unseen", "never"]), max_size=6)


def _read(index: SentenceIndex, triggers: frozenset[str]) -> list[int]:
    return [i for i, words in enumerate(index.words) if not words.isdisjoint(triggers)]


@contextmanager
def _no_more_bits() -> Iterator[None]:
    """No set asked about from now on is given a bit."""
    limit = BITS.LIMIT
    BITS.LIMIT = len(BITS.bit_of)
    try:
        yield
    finally:
        BITS.LIMIT = limit


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(word_sets, min_size=1, max_size=4))
def test_the_sentences_meeting_a_set_are_those_whose_words_meet_it(
        text: str, sets: list[frozenset[str]]) -> None:
    index = SentenceIndex(list(language.sentences(text)), text)
    for triggers in sets:  # each asked before and after the others have bits
        assert index.with_any(triggers) == _read(index, triggers)
    fresh = SentenceIndex(list(language.sentences(text)), text)
    for triggers in reversed(sets):
        assert fresh.with_any(triggers) == _read(fresh, triggers)


@settings(max_examples=100, deadline=None)
@given(texts, st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3))
def test_a_set_new_to_an_index_whose_bits_are_found_is_answered(text: str,
                                                                words: list[str]) -> None:
    index = SentenceIndex(list(language.sentences(text)), text)
    index.with_any(frozenset({"the"}))  # the index's bits are found
    new = frozenset([*words, f"new{len(BITS.bit_of)}"])  # a set no index has met
    assert new not in BITS.bit_of
    assert index.with_any(new) == _read(index, new)


@settings(max_examples=100, deadline=None)
@given(texts, st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3))
def test_a_set_past_the_limit_is_read_word_by_word(text: str, words: list[str]) -> None:
    index = SentenceIndex(list(language.sentences(text)), text)
    beyond = frozenset([*words, f"beyond{len(BITS.bit_of)}"])
    with _no_more_bits():
        assert index.with_any(beyond) == _read(index, beyond)
        table = TriggerTable([beyond, frozenset(words)])
    assert table.numbers is None
    assert index.with_each(table) == [_read(index, beyond), _read(index, frozenset(words))]


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(word_sets, min_size=1, max_size=6))
def test_the_sets_a_field_meets_are_listed_in_order_with_their_sentences(
        text: str, sets: list[frozenset[str]]) -> None:
    table = TriggerTable([*sets, sets[0]])  # a set twice: both numbers share its bit
    index = SentenceIndex(list(language.sentences(text)), text)
    expected = [(number, _read(index, words)) for number, words in enumerate(table.sets)
                if _read(index, words)]
    assert index.met(table) == expected
    assert index.with_each(table) == [_read(index, words) for words in table.sets]


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.text(max_size=60)))
def test_each_sentences_words_are_its_runs_of_letters_in_lower_case(text: str) -> None:
    spans = list(language.sentences(text))
    assert SentenceIndex(spans, text).words == [
        frozenset(re.findall("[a-z]+", text[start:end].lower())) for start, end in spans]
