"""The C1 detectors' cheap pre-tests (a word, a digit or a short pattern every finding needs,
looked for before the expensive work) change the speed and nothing else: what a detector
finds with its pre-tests is what it finds with them all passing."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor import textdates
from review_editor.checks import numbers, people, people_context, people_cues, places, spelling
from review_editor.checks.cue_before import NounLedCue
from review_editor.checks.language import sentences
from review_editor.checks.people_words import FAMILY_MODIFIERS, FAMILY_NOUNS
from review_editor.checks.sentence_index import SentenceIndex

#: Words from the detectors' own cue tables, with the pieces that make their edge cases.
_CUES = sorted(
    set(re.split(r"[| ]", places._PLACED_WORDS)) | set(places._TRAVELLED_WORDS.split("|"))
    | set(places._PERSON_FROM_TRIGGERS)
    | {"in", "to", "from", "at", "near", "outside", "the", "on", "The", "Flat", "Unit", "estate",
       "Isle of", "Caravan Park", "of", "area of", "village of", "lived on", "home on"}
    | {key.replace("\\.?", ".") for key in numbers._KEYS.split("|")})
_PIECES = [
    *_CUES, " ", "  ", " ", "\n", ", ", ". ", "'s", "’", "-", "(", ")", ":", "#", "12", "3 ",
    "0447", "12345", "2019", "AB1234", "CSC/2019/04471", "Kendal", "Leeds", "Barrow",
    "Harlow Close", "Mill Lane", "Seacroft", "Creggan", "Mary", "Jo", "Dr ", "Social Care",
    "Penmore", "Hexley", "Brindlewood", "Oakfield Park", "Tollgate",
    "ı", "ſ", "K", "İ", "CASE", "Ref", "ID", "id", "was ", "number ", "no. ", "lived in ",
    "moved to ", "a girl from ", "went to ", "in the ", "3 March 2021", "Jan", "MAY", "Sept",
]
_NAMES = ["Penmore", "Hexley", "Brindlewood", "Oakfield Park", "Tollgate", "Kendal", "Mary",
          "The Paddocks", "Mill Lane", "St Aldwyn's", "AB12", "2", "Wight"]
#: A cue, perhaps a preposition, and a name: what the patterns look for, in one piece.
_PHRASES = st.tuples(st.sampled_from(_CUES), st.sampled_from(["", "in", "to", "of", "from",
                                                              "the", "3,", "12"]),
                     st.sampled_from(_NAMES)).map(" ".join)
_SENTENCES = st.lists(st.one_of(st.sampled_from(_PIECES), _PHRASES),
                      max_size=24).map(" ".join)


def _places_without_pretests(text: str, about: list[bool]) -> list[Any]:
    patterns, named_after = places._PATTERNS, places.NAME_AFTER_PREPOSITION
    without_numbers, also_needs = places._TRIGGERS_WITHOUT_NUMBERS, places._ALSO_NEEDS
    try:
        places._ALSO_NEEDS = {}
        places._PATTERNS = [(kind, pattern, words, False)
                            for kind, pattern, words, _ in patterns]
        places.NAME_AFTER_PREPOSITION = re.compile("")  # found in every sentence
        places._TRIGGERS_WITHOUT_NUMBERS = places._TRIGGERS  # every pattern without a digit
        return _places(text, about)
    finally:
        places._PATTERNS, places.NAME_AFTER_PREPOSITION = patterns, named_after
        places._TRIGGERS_WITHOUT_NUMBERS, places._ALSO_NEEDS = without_numbers, also_needs


def _places(text: str, about: list[bool]) -> list[Any]:
    index = SentenceIndex(list(sentences(text)), text)
    return places.places_in(text, index, about[:len(index.spans)]
                            + [True] * (len(index.spans) - len(about)), [])


@settings(max_examples=400, deadline=None)
@given(_SENTENCES, st.lists(st.booleans(), max_size=6))
def test_places_found_with_the_pretests_are_those_found_without(
        text: str, about: list[bool]) -> None:
    spelling.preload()
    assert _places(text, about) == _places_without_pretests(text, about)


def test_each_place_pattern_is_read_where_its_cue_stands_before_a_name() -> None:
    spelling.preload()
    cues = {cue for _, _, words, _ in places._PATTERNS for cue in words.split("|")}
    for cue in sorted(cues | {"Isle", "Flat", "Unit", "The", "Road", "Caravan Park"}):
        for name in _NAMES:
            for text in (f"{cue} {name}", f"{name} {cue.title()}", f"{cue.title()} of {name}",
                         f"She lived in the {cue} of {name}, a {cue}.",
                         f"Flat 3, {name} {cue.title()} Road", f"{name}, a {cue} near Hexley"):
                assert _places(text, [True]) == _places_without_pretests(text, [True]), text


def _numbers_without_pretests(text: str) -> list[tuple[str, int, int]]:
    holds_any = numbers.holds_any
    try:
        numbers.holds_any = lambda *args, **kwargs: True  # type: ignore[assignment]
        return numbers.find_numbers(text, spelling.is_common_word)
    finally:
        numbers.holds_any = holds_any


@settings(max_examples=400, deadline=None)
@given(_SENTENCES)
def test_numbers_found_with_the_pretests_are_those_found_without(text: str) -> None:
    assert numbers.find_numbers(text, spelling.is_common_word) == \
        _numbers_without_pretests(text)


@pytest.mark.parametrize("key", numbers._KEYS.split("|"))
@pytest.mark.parametrize("form", [str, str.upper, str.title])
def test_a_number_after_each_keyword_is_read(key: str, form: Any) -> None:
    text = form(f"Her {key.replace(chr(92), '')} number was 0447213, then AB 123456.")
    assert numbers.find_numbers(text, spelling.is_common_word) == \
        _numbers_without_pretests(text)


@settings(max_examples=300, deadline=None)
@given(_SENTENCES)
def test_month_lines_are_the_lines_holding_a_month_start(text: str) -> None:
    expected = tuple(
        (start, end) for start, end in textdates.digit_lines(text)
        if any(text.find(first, start, end) >= 0 for first in textdates._MONTH_STARTS)
        and not textdates._MONTH_WORDS.isdisjoint(re.findall(r"\w+", text[start:end])))
    assert textdates._month_lines(text) == expected


#: The family cue as one pattern: possessor, modifiers, noun, then what may follow it.
_WHOLE_FAMILY_CUE = re.compile(
    rf"(?:\b{people_context._POSSESSOR}\s+)?(?:(?:{people_context._FAMILY_MOD})[- ]?\s*)*"
    + people._FAMILY_BEFORE.pattern.pattern, re.IGNORECASE)
_WINDOW_PIECES = [
    *FAMILY_NOUNS[:60], *FAMILY_NOUNS[-20:], *FAMILY_MODIFIERS[:12], "his", "her", "the", "a",
    "Adult G's", "Kai's", "for", "of", "Minister for", "Children", "Mother", "MUM", "Sister",
    " ", "  ", ", ", "(", ":", "–", "-", "'s name", "’s", "at the time", "then", "was", "is",
    "called", "named", "known as", "who was", "Mrs", "Ms.", "A.", "B. ", "lives in", "ſ", "K",
    "İ", "fiancé", "daughter,", "step", "in-law", "x",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=12).map(" ".join),
       st.sampled_from(["", " ", ", ", " (", " called "]))
def test_the_family_cue_is_found_where_the_whole_pattern_matches(
        window: str, end: str) -> None:
    window += end
    assert people._FAMILY_BEFORE.found_in(window) == \
        (_WHOLE_FAMILY_CUE.search(window) is not None)


def test_a_cue_noun_must_start_with_a_word() -> None:
    with pytest.raises(ValueError, match="word character"):
        NounLedCue(("’s mum",), r"(?:{nouns})\Z")


#: Words of the nickname cues and what stands around them.
_NICKNAME_PIECES = [
    "nicknamed", "aka", "a.k.a.", "a.k.a", "alias", "nickname", "nickname at school,", "was",
    "is", "of", "street name", "gang", "went by", "goes by the name of", "known to the family as",
    "knew him as", "known as", "referred to her as", "refers to the boy only as", "to his mum as",
    "she was known as", "called herself", "calls themselves", "called the baby", "calling him",
    "call", "twins", "toddler", "Called", "KNOWN AS", "Nicknamed", "self", "the", "and", "a",
    "ſ", "K", "İ", "x", " ", "  ", "\n", ", ", "(", "'", "‘", "“", "\"", "as'", "him'",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NICKNAME_PIECES), max_size=10).map(" ".join),
       st.sampled_from(["", " ", "  ", " '", " “", "'", ",", "\n"]))
def test_a_nickname_cue_is_read_only_where_its_last_words_may_end_one(
        words: str, end: str) -> None:
    window = words + end
    if not people_cues.may_be_nicknamed(window):
        assert people_cues.NICKNAME_BEFORE.search(window) is None, window
        assert people_cues.QUOTED_NAME_BEFORE.search(window) is None, window


@pytest.mark.parametrize("cue", [p for p in _NICKNAME_PIECES if p.strip() and len(p) > 2])
@pytest.mark.parametrize("end", [" ", " '", "\t“"])
def test_each_nickname_cue_passes_the_pretest(cue: str, end: str) -> None:
    window = f"The review heard she {cue}{end}"
    if people_cues.NICKNAME_BEFORE.search(window) or people_cues.QUOTED_NAME_BEFORE.search(
            window):
        assert people_cues.may_be_nicknamed(window), window


#: The place patterns as first written, each led by ``\b``: their rewrites lead with the
#: letters a match starts with, so that the regex engine skips to those.
_BOUNDARY_FORMS = [
    (places.NAME_AFTER_PREPOSITION, re.compile(
        r"\b(?:in|to|from|at|near|around|outside|above|behind|opposite|beside)\s+(?:the\s+)?"
        r"[A-Z]")),
    (places._WELSH_COMPOUND, re.compile(
        r"\b[A-Z][a-zâêîôûŵŷ]+-(?:y|yr|ar|a|['’]r|dan|uwch|is)-[A-Za-z][a-zâêîôûŵŷ]+\b(?!-)")),
]
_JOINED = st.lists(st.sampled_from(
    [*_PIECES, "Maes-y-Coed", "Tal-y-bont", "Pont-ar-Ddyfi", "-", "-y-", "Bryn", "x", "_",
     "é", "Ŵ", "within", "into", "beside", "behind", "opposite", "around", "aboveA", "in ",
     " the ", "The", "Hexley"]), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_JOINED, st.integers(min_value=0, max_value=40))
def test_place_patterns_led_by_letters_find_what_their_boundary_forms_find(
        text: str, pos: int) -> None:
    for rewritten, boundary in _BOUNDARY_FORMS:
        assert [m.span() for m in rewritten.finditer(text, pos)] == \
            [m.span() for m in boundary.finditer(text, pos)]
