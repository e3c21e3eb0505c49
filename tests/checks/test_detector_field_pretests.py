"""The C1 detectors' field-level pre-tests (a word, a capitalised street word or a shape every
finding needs, looked for in the field before it is split into sentences or blocks) change the
speed and nothing else: what the detectors find with them is what they find with them all
passing, on sentences built from the detectors' own word tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor import textdates
from review_editor.checks import (
    CheckContext,
    ages,
    identifiers,
    language,
    name_identifiers,
    number_identifiers,
    numbers,
    places,
    spelling,
)
from review_editor.checks.facts import RecordFacts
from review_editor.checks.field_words import lower_words
from review_editor.checks.sentence_index import SentenceIndex
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, tzinfo=UTC)


@contextmanager
def _replaced(module: Any, **values: Any) -> Iterator[None]:
    """``module``'s names set to ``values`` within the block: a pre-test made to pass."""
    kept = {name: getattr(module, name) for name in values}
    try:
        for name, value in values.items():
            setattr(module, name, value)
        yield
    finally:
        for name, value in kept.items():
            setattr(module, name, value)

_STREET_WORDS = sorted(name_identifiers._STREET_WORDS)
_WORK_WORDS = sorted(name_identifiers._WORKPLACE_WORDS)
_PIECES = [
    "at", "for", "the", "of", "and", "in", "a", "as", "his", "her", "was", ",", ".", ". ", "\n",
    "\n\n", "- ", "12", "3a", "Flat 3", "LS6 2AB", "ls6 2ab", "postcode", "Postcode", "area",
    "Mill", "Harlow", "Amy", "Dr Ruth", "Sandy", "Kendal", "Tesco", "Boots", "KFC", "The Crown",
    "St", "St.", "Rd", "Rd.", "ST", "ROAD", "worked15", "15worked", "ı", "İ", "é", "K",
    "Ysgol", "school", "School", "Primary", "Nursery", "Section", "! ", "? ", "Mr.", "NE6",
    "district", "B12", "worked at", "the victim's employer,", "Crown Court", "Ave. John's",
    "Rd.\n\nJohn's", "Sq.' Amy's",
    # a name before a setting's word, read back up to punctuation or a line's end
    "O'", "’", "'", "(", ")", ";", ":", "Oakfield", "Youth Club", "club", "Arms", "King's",
    "Rock’n’", "Pen-y-graig RFC", "Children's Home", "Riverside boxing", "local", "Birchwood",
    "Special School", "Hospital", "hospital", "_", "Ward",
]
_TEXTS = st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_STREET_WORDS),
                            st.sampled_from(_STREET_WORDS).map(str.capitalize),
                            st.sampled_from(_WORK_WORDS)), max_size=16).map(" ".join)


def _facts(texts: list[str]) -> RecordFacts:
    record = parse_record({
        "schema_version": "1.0", "id": "3b8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a01",
        "kind": "news_item", "title": "Page", "language": "en-GB",
        "body": [{"id": f"s{i}", "heading": text.split("\n")[0], "markdown": text}
                 for i, text in enumerate(texts)]})
    return RecordFacts(record, CheckContext(now=NOW))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_a_fields_words_hold_every_blocks_and_sentences_words(texts: list[str]) -> None:
    facts = _facts(texts)
    detector = identifiers.Detector(facts)
    for field in facts.identify_fields:
        words = lower_words(field.text)
        for _, block in detector.block_words(field):
            assert block <= words
        index = SentenceIndex(list(language.sentences(field.text)), field.text)
        assert index.vocabulary <= words


def _found(texts: list[str]) -> list[Any]:
    facts = _facts(texts)
    detector = identifiers.Detector(facts)
    return [(field.path, detector.addresses(field), detector.settings_and_workplaces(field))
            for field in facts.identify_fields]


def _whole_blocks(detector: Any, field: Any,
                  words: frozenset[str]) -> list[tuple[int, int, int]]:
    """The blocks holding one of ``words``, each read whole (not sentence by sentence)."""
    return [(start, end, end) for (start, end), block_words in detector.block_words(field)
            if not block_words.isdisjoint(words)]


def _found_without_pretests(texts: list[str]) -> list[Any]:
    every = re.compile("")  # found in every text
    with _replaced(name_identifiers, _STREET_SUFFIX=every, _CAPITAL_DIGIT=every,
                   lower_words=lambda text: name_identifiers._WORKPLACE_WORDS,
                   _tokens_before=lambda text, end: language.tokens(text)), \
            _replaced(name_identifiers.NameDetectors, _spans_holding=_whole_blocks):
        return _found(texts)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_addresses_and_workplaces_found_with_the_pretests_are_those_found_without(
        texts: list[str]) -> None:
    spelling.preload()
    assert _found(texts) == _found_without_pretests(texts)


def test_every_street_word_is_looked_for_as_the_street_pattern_spells_it() -> None:
    for word in _STREET_WORDS:
        text = f"She lived at 12 Harlow {word.capitalize()}."
        assert name_identifiers._STREET_SUFFIX.search(text) is not None
        assert _found([text]) == _found_without_pretests([text])


_NUMBER_PIECES = [
    "Section", "case", "Case", "CASE", "log", "crime number", "ref", "police", "court", "of",
    "the", "12", "1234", "12345", "1234567890", "07700 900123", "+44 7700", "AB12C34567",
    "T20217001", "12/3456/21", "13/290617/21", "CSC/2019/04471", "FD19P00812", "SC484912",
    "WS-2021-118", "LB-2023-04", "03/05/21", "2021-05-03", "3.5.2021", "14/03/2019",
    "٢٧/٠٧/٢٠٢١", "٢٠٢١-٠٧-٢٧", "2019", "3 May 2021", "May 2021", "_x", "x_", "/", "-", ".",
    ",", " ", "\n", "AB 12 34 56 C", "KX19", "I 4312", "@kai_b", "K", "ı",
]
_NUMBER_TEXTS = st.lists(st.sampled_from(_NUMBER_PIECES), max_size=12).map(
    lambda pieces: "".join(f"{p} " if i % 3 else p for i, p in enumerate(pieces)))


def _numbered(texts: list[str]) -> list[Any]:
    facts = _facts(texts)
    detector = identifiers.Detector(facts)
    return [(field.path, detector.direct_identifiers(field),
             numbers.find_numbers(field.text, spelling.is_common_word),
             textdates.find_dates.__wrapped__(field.text))  # type: ignore[attr-defined]
            for field in facts.identify_fields]


def _numbered_without_pretests(texts: list[str]) -> list[Any]:
    every = re.compile("")  # found in every text and line
    with _replaced(number_identifiers, _COURT_DIGITS=every, _ANY_NUMBER=every), \
            _replaced(numbers, _SHAPE_IN_TEXT=every, _SHAPE_GATE=every), \
            _replaced(textdates, _SEPARATED_DIGITS=every):
        return _numbered(texts)


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(_NUMBER_TEXTS, min_size=1, max_size=3))
def test_numbers_and_dates_found_with_the_pretests_are_those_found_without(
        texts: list[str]) -> None:
    spelling.preload()
    assert _numbered(texts) == _numbered_without_pretests(texts)


def test_each_number_shape_is_read_alone_and_in_a_heading() -> None:
    spelling.preload()
    for piece in _NUMBER_PIECES:
        texts = [piece, f"Section {piece}", f"The case ref {piece}."]
        assert _numbered(texts) == _numbered_without_pretests(texts), piece


_TOWNS = sorted(places.gazetteer())[::40]  # a sample of the gazetteer's names, in every form
_TOWN_FORMS = st.sampled_from(_TOWNS).flatmap(lambda town: st.sampled_from([
    town, f"{town}'s", f"{town}’s", town.replace(" ", "-"), f"{town},", town.upper()]))
_TOWN_TEXTS = st.lists(st.one_of(
    _TOWN_FORMS, st.sampled_from(["She lived in", "he moved to", "the", "The", "and", "in",
                                  "Over", "March", "Borough", "St", ",", ".", "'s", "-",
                                  "Mary", "Kendal", "Street", "Hope"])),
    max_size=12).map(" ".join)


def _places(text: str) -> list[Any]:
    index = SentenceIndex(list(language.sentences(text)), text)
    return places.places_in(text, index, [True] * len(index.spans), [])


@settings(max_examples=300, deadline=None)
@given(_TOWN_TEXTS)
def test_settlements_found_with_the_pretest_are_those_found_without(text: str) -> None:
    spelling.preload()
    with _replaced(places, holds_any=lambda *args, **kwargs: True):
        without = _places(text)
    assert _places(text) == without


def test_every_gazetteer_name_holds_its_needle() -> None:
    needles = places.settlement_needles()
    for name in places.gazetteer():
        assert needles & set(re.findall(r"\w+", name)), name


_AGE_WORDS = sorted({word for _, triggers, _, also, _ in ages._ALWAYS + ages._NEAR_PERSON
                     for word in triggers | also})
_AGE_PIECES = ["3", "14", "18th", "1ST", "fifteen", "twenty-one", "P6", "S3", "S7", "Year 4",
               "Yr 9", "Year 1", "months", "weeks", ",", ".", "(", ")", "his", "her", "the",
               "Baby", "CHILD", "At", "at", "and", "İ", "ı", "K", "١٤", "she", "He"]
_AGE_TEXTS = st.lists(st.one_of(st.sampled_from(_AGE_WORDS), st.sampled_from(_AGE_PIECES)),
                      max_size=14).map(" ".join)


def _ages(text: str, about: list[bool]) -> list[tuple[int, int]]:
    index = SentenceIndex(list(language.sentences(text)), text)
    return ages.ages_in(text, index, (about * len(index.spans))[:len(index.spans)]
                        or [True] * len(index.spans))


@settings(max_examples=500, deadline=None)
@given(_AGE_TEXTS, st.lists(st.booleans(), min_size=1, max_size=3))
def test_ages_found_with_the_pretests_are_those_found_without(
        text: str, about: list[bool]) -> None:
    assert _ages(text, about) == _ages_without_pretests(text, about)


def _ages_without_pretests(text: str, about: list[bool]) -> list[tuple[int, int]]:
    with _replaced(ages, _PATTERNS=[(pattern, number, near, frozenset(), None)
                                    for pattern, number, near, _, _ in ages._PATTERNS]):
        return _ages(text, about)


def test_each_age_pattern_with_a_pretest_still_finds_its_ages() -> None:
    for text in ("She celebrated her 18th with friends.", "They went out for his 16TH.",
                 "A CHILD OF 3 was there.", "a boy of just 9 months", "They were 12 and 14.",
                 "He was in P6 then.", "By S3 she had left.", "until Year 4 he stayed",
                 "From Yr 9, she was absent.", "a spiral fracture at 7 months old",
                 "At 14 months Baby V was seen.", "At 3 years, he spoke."):
        for form in (text, text.upper(), text + " İ"):
            found = _ages(form, [True])
            assert found == _ages_without_pretests(form, [True]), form
        assert _ages(text, [True]), text


def test_a_text_whose_lower_case_is_longer_keeps_its_words() -> None:
    """"İ" lower-cases to two characters; the text's words are still found in lower case,
    so a street after a Turkish name is read as in any other text."""
    spelling.preload()
    for text in ["İ ave !  Ave Ave", "İpek lived at 12 Mill Lane before the move."]:
        assert _found([text]) == _found_without_pretests([text])
    streets = [d.text for _, found, _ in _found(["İpek lived at 12 Mill Lane before the move."])
               for d in found]
    assert "12 Mill Lane" in streets
