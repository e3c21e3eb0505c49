"""Record-level gates for the C1 detectors that read a field on their own: one scan of the
short fields' joined text (``FieldBatch``, ``batch.SHORT_FIELD``) per test finds every field
where a detector can find anything, and the other fields never call it. A longer field calls
every detector, whose own first tests cost about what a gate's would for it; a gate that
passes most of the record's first fields is given up (it would cost more than it saves).

Each gate is the union of tests that its detector's own pre-tests, or its patterns, cannot
pass without: a field that none of them finds returns nothing from the detector, so leaving
it out changes no finding (``tests/checks/test_c1_gates.py`` compares the findings with the
gates and with every gate open). Tests that read lower case give up (every field passes)
when lower-casing the joined text would move its offsets, as the detectors' own tests then
read the text as it is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import batch as batches
from .batch import LETTERS, WORD_CHARACTERS, FieldBatch, batch_of, union
from .facts import PSEUDONYM_FORM
from .language import cached_phrases
from .name_identifiers import _DIGIT_CAPITALS, _STREET_WORDS, _WORKPLACE_WORDS
from .number_identifiers import (
    _CAPITAL_DIGIT,
    _CASE_WORDS,
    _IZ_DIGIT,
    _PHONE_START,
    _PLUS_DIGIT,
    _PRESS_AGE_GATE,
    _SIX_DIGITS_LETTER,
    _TEN_DIGITS,
)
from .numbers import _KEY_WORDS, _NHS_WORDS, _NI_WORDS, _PLATFORM_WORDS
from .text import FieldText

if TYPE_CHECKING:
    from .facts import RecordFacts

#: The detectors gated here (``Detector`` methods, and ``number_detections``).
ADDRESSES = "addresses"
SETTINGS = "settings_and_workplaces"
DIRECT = "direct_identifiers"
NUMBERS = "number_detections"
AGES = "ages"
DATES = "dates"
PSEUDONYMS = "pseudonym_forms"
GATED = frozenset({ADDRESSES, SETTINGS, DIRECT, NUMBERS, AGES, DATES, PSEUDONYMS})


def _word_pattern(words: frozenset[str] | tuple[str, ...], letters: str) -> re.Pattern[str]:
    """Any of ``words`` (lower case) standing alone: not inside a longer run of ``letters``
    (a regex class), as a text's words are runs of those."""
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!{letters})(?:{alternation})(?!{letters})")


#: The block words' street and workplace words: runs of a-z in lower case
#: (``DetectorBase.block_words``).
_STREET_WORD = _word_pattern(_STREET_WORDS, "[a-z]")
_WORKPLACE_WORD = _word_pattern(_WORKPLACE_WORDS, "[a-z]")
#: ``numbers``' National Insurance words and keywords, runs of word characters
#: (``language.holds_any``).
_NUMBER_WORDS = _NI_WORDS | _KEY_WORDS
_NUMBER_WORD = _word_pattern(_NUMBER_WORDS, r"\w")


def _led_patterns(*alternations: tuple[re.Pattern[str] | str, ...]) -> tuple[re.Pattern[str], ...]:
    """One pattern for each of ``alternations`` (its items' alternation). The regex engine
    skips to the places where a pattern can start only when each of its branches starts
    with a literal, or all of them with the same class (which it factors out): a pattern
    mixing branches led by digits, capitals and "+" is tried at every character of the
    text. Grouped by what leads them, the same branches find the same fields (a field holds
    a match of the whole alternation when it holds one of a branch), each group at the
    speed of the engine's skipping."""
    return tuple(re.compile("|".join(item if isinstance(item, str) else item.pattern
                                     for item in items)) for items in alternations)


#: What every match of ``numbers._SHAPE`` holds, its lookarounds left out (so that a match
#: inside a token is one in the whole text), by what leads it.
_SHAPE_CORES = _led_patterns((r"[A-Z]\d{5}", r"[A-Z]\d\d[A-Z]\d{4}"),
                             (r"[A-Z0-9][/-][A-Z0-9]{1,8}[/-][A-Z0-9]",), (r"\d\d/\d{5}",))
#: What every match of ``number_identifiers``' shape patterns holds (the parts of their
#: gates that read no lookaround), by what leads it: telephone numbers (``_PHONE_START``,
#: ``_PLUS_DIGIT``), NHS and National Insurance numbers (``_TEN_DIGITS``,
#: ``_SIX_DIGITS_LETTER``), registrations ("AB12 CDE", "LXZ 4312", "partial index KX19": a
#: capital before a digit, or "I 4"), and court numbers ("AB12C34567", "T20217001" hold a
#: capital before a digit, "12/3456/21" holds ``\d\d/\d{4}``).
_IDENTIFIER_CORES = _led_patterns((_PHONE_START, _PLUS_DIGIT),
                                  (_TEN_DIGITS, _SIX_DIGITS_LETTER, r"\d\d/\d{4}"),
                                  (_IZ_DIGIT,), (_CAPITAL_DIGIT,))
#: What every match of ``INITIALS`` (initials, "J. S.") holds.
_CAPITAL_STOP = re.compile(r"[A-Z]\.")
_POSTCODE_WORDS = ("ostcode", "ost code", " area", " district", "postcode")
#: The substrings ``number_identifiers`` looks for in lower case before a case number or an
#: age.
_CASE_WORD = re.compile("|".join(_CASE_WORDS))
_AGE_WORD = re.compile("age|old")


def _matching(batch: FieldBatch, pattern: re.Pattern[str], lower: bool = False) \
        -> list[int] | None:
    """The fields where ``pattern`` (which looks around nothing but word characters, as the
    blank line between two fields is none) matches their text, or their lower-cased text."""
    text = batch.lowered if lower else batch.text
    return None if text is None else batch.holding(pattern, text)


def _words(batch: FieldBatch, words: frozenset[str], letters: str,
           pattern: re.Pattern[str]) -> list[int] | None:
    """The fields holding any of ``words`` as a run of ``letters`` in lower case (``pattern``
    finds them where the batch cannot split its text into runs)."""
    found = batch.holding_words(words, letters)
    return _matching(batch, pattern, lower=True) if found is None else found


def _lower_needles(batch: FieldBatch, needles: tuple[str, ...]) -> list[int] | None:
    return None if batch.lowered is None else batch.holding_any(needles, batch.lowered)


Test = Callable[[FieldBatch], "list[int] | None"]


def _tests(facts: RecordFacts) -> dict[str, list[Test]]:
    """Each gated detector's tests: a field that none of them passes gives it nothing."""
    settings = facts.settings
    places = cached_phrases(tuple(settings.places), False)
    setting_words = cached_phrases(tuple(settings.setting_words))
    employers = cached_phrases(tuple(settings.employers), False)
    return {
        ADDRESSES: [
            lambda b: _matching(b, _DIGIT_CAPITALS),  # postcodes
            lambda b: b.holding_any(_POSTCODE_WORDS),  # postcodes by name, districts
            lambda b: _words(b, _STREET_WORDS, LETTERS, _STREET_WORD),
            lambda b: b.holding_phrases(places)],
        SETTINGS: [
            lambda b: b.holding_phrases_read_whole(setting_words),
            lambda b: _words(b, _WORKPLACE_WORDS, LETTERS, _WORKPLACE_WORD),
            lambda b: b.holding_phrases(employers)],
        DIRECT: [  # each identifier holds a digit, save emails and handles ("@")
            lambda b: b.holding_any(("@",)),
            *(lambda b, core=core: _matching(b, core) for core in _IDENTIFIER_CORES),
            lambda b: _matching(b, _CASE_WORD, lower=True)],
        NUMBERS: [  # National Insurance, NHS and keyed numbers hold a digit
            lambda b: _words(b, _NUMBER_WORDS, WORD_CHARACTERS, _NUMBER_WORD),
            lambda b: _lower_needles(b, _NHS_WORDS),
            *(lambda b, core=core: _matching(b, core) for core in _SHAPE_CORES),
            lambda b: _lower_needles(b, _PLATFORM_WORDS)],  # user names
        AGES: [  # each pattern reads a number in figures
            lambda b: _matching(b, _PRESS_AGE_GATE),
            lambda b: _matching(b, _AGE_WORD, lower=True)],
        DATES: [FieldBatch.holding_dates],
        PSEUDONYMS: [
            lambda b: b.holding(_CAPITAL_STOP),
            lambda b: b.holding(PSEUDONYM_FORM) if facts.pseudonyms else []],
    }


#: A gate is first tried on the record's first ``_SAMPLE`` fields: one that passes more
#: than ``_MOST`` of them would cost more to scan the record with than it saves.
_SAMPLE = 400
_MOST = 0.3


class C1Gates:
    """For each gated detector, the fields (of ``fields``) it may find something in."""

    def __init__(self, facts: RecordFacts, fields: list[FieldText]) -> None:
        batch = batch_of(fields)
        sample = FieldBatch(fields[:_SAMPLE]) if len(fields) > 2 * _SAMPLE else None
        self._read = {id(field) for field in fields}
        open_to: dict[str, set[int] | None] = {}
        for name, tests in _tests(facts).items():
            if sample is not None:
                tried = union(*(test(sample) for test in tests))
                if tried is None or len(tried) > _MOST * _SAMPLE:
                    open_to[name] = None
                    continue
            found = union(*(test(batch) for test in tests))
            open_to[name] = None if found is None else {id(fields[p]) for p in found}
        #: The detectors every field needs (those not gated, or whose gate gave up), and
        #: those each field some gate passes needs besides.
        self._always = frozenset(name for name in GATED if open_to.get(name) is None)
        passed: dict[int, set[str]] = {}
        for name, keys in open_to.items():
            for key in keys or ():
                passed.setdefault(key, set()).add(name)
        self._passed = {key: self._always | names for key, names in passed.items()}

    def runs(self, field: FieldText) -> frozenset[str]:
        """The gated detectors that may find something in ``field`` (all of them for a field
        the gates did not read)."""
        key = id(field)
        if key not in self._read:
            return GATED
        return self._passed.get(key, self._always)


#: The longest field the gates read (``batch.SHORT_FIELD``).
SHORT = batches.SHORT_FIELD


def gated_runs(facts: RecordFacts, fields: list[FieldText]) -> Callable[[FieldText],
                                                                        frozenset[str]]:
    """Which gated detectors each of ``fields`` needs: all of them when the short fields are
    too few for a gate to be worth its scans."""
    short = [field for field in fields if len(field.text) <= SHORT]
    if len(short) < batches.GATED_FROM:
        return _every
    return C1Gates(facts, short).runs


def _every(field: FieldText) -> frozenset[str]:
    return GATED

