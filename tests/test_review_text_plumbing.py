"""The faster text plumbing of the checks reads exactly what the plain definitions it replaced
read, on text made of what real pages rarely hold but sometimes do: characters whose lower
case is longer ("İ") or folds to ASCII ("K" Kelvin sign), combining marks, astral
characters, no-break and other non-ASCII spaces, line and paragraph separators, control and
format characters, right-to-left text, Welsh letters, quotation marks and Markdown marks.

Each reference below is the definition the faster code stands in for (the code as it was
before it was made faster), kept here so that the two are compared on generated text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.checks import language, places, spelling
from review_editor.checks.sentence_index import span_words
from review_editor.storage import reading

#: Pieces that put the unusual characters next to words, sentence ends and each other.
_PIECES = [
    " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "\u3000", "\u2028", "\u2029", "\x0b",
    "\x1c", "\x1f", "\x85", "\x07", "\u200b", "\u200e", "\u202e", "\ufeff", "\u00ad",
    ".", "..", "!", "?", "?!", "'", "’", "\"", "”", ")", "]", "(", "“", "‘", "-", "—", ",",
    ";", ":", "#", "- ", "> ", "* ", "1. ", "`", "```", "[a](b)", "**", "_", "@", "://",
    "www.", "x.org", "a@b.uk", "9", "2019", "x9", "٣",
    "İ", "İstanbul", "ı", "ſ", "\u212a", "Σ", "ς", "ß", "ẞ", "ŉ", "ﬁ", "ǅ", "e\u0301",
    "\u0301", "𝐀", "😀", "\U000e0067", "مرحبا", "שלום", "ŵ", "ŷ", "â", "Llŷr", "Dŵr",
    "Tal-y-bont", "Pen-y-graig", "Maes-y-Coed", "Bryn-ar-Ddyfi",
    "a", "b", "I", "A", "Mr", "mr", "e.g", "Dr.", "St", "the ", "The ", "he ", "She ",
    "review", "Review", "REVIEW", "recieve", "Recieve", "teh", "Anna", "Smith", "lived in ",
    "moved to the ", "from ", "in", "to", "into", "Leeds", "Cardiff", "Wrexham", "at ",
    "don't", "'tis", "o'clock", "O'Neil", "well-being", "Ty'n", "cymraeg", "Cymraeg",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


# -- sentences ---------------------------------------------------------------------------

_OLD_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")


def _old_sentences(text: str, start: int, stop: int) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    begin = start
    for match in _OLD_SENTENCE_END.finditer(text, start, stop):
        if text[match.start()] == ".":
            last_word = language._last_word(text, begin, match.start())
            if last_word in language._ABBREVIATIONS or (
                    len(last_word) == 1 and "a" <= last_word <= "z"):
                continue
        following = re.compile(r"\S").search(text, match.end(), stop)
        if following and following.group().islower():
            continue
        if re.compile(r"\S").search(text, begin, match.end()):
            found.append(language._trim(text, begin, match.end()))
        begin = match.end()
    if re.compile(r"\S").search(text, begin, stop):
        found.append(language._trim(text, begin, stop))
    return tuple(found)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 40))
def test_sentences_are_those_of_the_previous_end_pattern(text: str, first: int,
                                                         last: int) -> None:
    start, stop = sorted((min(first, len(text)), min(last, len(text))))
    assert language.sentences(text) == _old_sentences(text, 0, len(text))
    assert language.sentences(text, start, stop) == _old_sentences(text, start, stop)


# -- words -------------------------------------------------------------------------------

def _old_block_words(text: str, spans: list[tuple[int, int]]) -> list[frozenset[str]]:
    lowered = text.lower()
    if len(lowered) != len(text):
        return [frozenset(re.findall("[a-z]+", text[s:e].lower())) for s, e in spans]
    return [frozenset(re.findall("[a-z]+", lowered[s:e])) for s, e in spans]


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4))
def test_span_words_are_each_spans_lower_case_letter_runs(
        text: str, bounds: list[tuple[int, int]]) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in bounds] \
        or [(0, len(text))]
    assert span_words(text, spans) == _old_block_words(text, spans)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_word_lists_and_runs_are_what_the_word_patterns_find(text: str) -> None:
    assert language.word_list.__wrapped__(text) == tuple(language.WORD.findall(text))
    ascii_only = text.encode("ascii", "ignore").decode()
    assert language.word_list.__wrapped__(ascii_only) == tuple(language.WORD.findall(ascii_only))
    for sample in (text, ascii_only):
        assert language._run_words(sample) == frozenset(re.findall(r"\w+", sample))


# -- spelling ----------------------------------------------------------------------------

_OLD_MAY_SKIP = re.compile(r"@|://|www\.|\.[A-Za-z]{2}")


def _old_misspellings(speller: spelling.Speller, text: str) -> list[tuple[int, int, str]]:
    skipped = [(m.start(), m.end()) for m in spelling._SKIP.finditer(text)] \
        if _OLD_MAY_SKIP.search(text) else []
    if re.search(r"\d", text):
        skipped += [(m.start(), m.end()) for m in spelling._WORD_WITH_DIGITS.finditer(text)]
    result = []
    for match in spelling._WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if any(s <= start < e for s, e in skipped) or len(word) < 2 or word.isupper():
            continue
        if word[0].isupper() and not spelling._SENTENCE_START.search(
                text[max(0, start - 3):start]):
            continue
        if not speller.known(word):
            result.append((start, end, word))
    return result


_SPELLER = spelling.Speller(["Llŷr"])


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=3))
def test_unknown_words_are_those_the_word_by_word_reading_reports(samples: list[str]) -> None:
    for text in samples:  # one speller for all: what it remembers must not change a verdict
        expected = _old_misspellings(_SPELLER, text)
        assert _SPELLER.misspellings(text) == expected
        if _SPELLER.spelt_right(text):
            assert expected == []


# -- places' patterns --------------------------------------------------------------------

_OLD_NAME_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|to|from|at|near|around|outside|above|behind|opposite|beside)\s+(?:the\s+)?"
    r"[A-Z]")
_OLD_WELSH_COMPOUND = re.compile(r"\b[A-Z][a-zâêîôûŵŷ]+-(?:y|yr|ar|a|['’]r|dan|uwch|is)-[A-Za-z]"
                                 r"[a-zâêîôûŵŷ]+\b(?!-)")


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 30))
def test_place_patterns_match_where_the_previous_ones_did(text: str, pos: int) -> None:
    for new, old in ((places.NAME_AFTER_PREPOSITION, _OLD_NAME_AFTER_PREPOSITION),
                     (places._WELSH_COMPOUND, _OLD_WELSH_COMPOUND)):
        assert [m.span() for m in new.finditer(text, pos)] \
            == [m.span() for m in old.finditer(text, pos)]


# -- reading a record --------------------------------------------------------------------

def _old_depth(value: Any) -> int:
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        stack.extend((child, depth + 1) for child in children)
    return deepest


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner,
                                                                max_size=3),
    max_leaves=25)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_depth_is_the_deepest_nesting(value: Any) -> None:
    assert reading._depth(value) == _old_depth(value)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "İ", "i̇", "\u212a", "k", ""]),
                          st.integers(0, 3)), max_size=6))
def test_a_repeated_key_is_the_first_one_repeated(pairs: list[tuple[str, int]]) -> None:
    seen: set[str] = set()
    repeated = next((key for key, _ in pairs if key in seen or seen.add(key)), None)
    if repeated is None:
        assert reading._no_duplicates(pairs) == dict(pairs)
    else:
        try:
            reading._no_duplicates(pairs)
        except reading._DuplicateKey as error:
            assert error.args[0] == repeated
        else:
            raise AssertionError(f"{json.dumps(pairs)}: the repeated key was not found")
