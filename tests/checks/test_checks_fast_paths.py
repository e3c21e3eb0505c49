"""The checks' fast paths find exactly what the plain scans they replace find.

Each shortcut (a pattern tried only where its matches can start, a lower-cased scan instead of
IGNORECASE, a configured pattern left out when the text lacks its leading words, a gate on the
lines or words every match holds) must change the speed and nothing else.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor import textdates
from review_editor.checks import (
    ages,
    community,
    contextual,
    facts,
    identifiers,
    language,
    number_identifiers,
    numbers,
    people,
    people_context,
    places,
    spelling,
)
from review_editor.checks.context import CheckContext
from review_editor.checks.facts import RecordFacts
from review_editor.checks.families import style
from review_editor.checks.sentence_index import SentenceIndex
from review_editor.checks.settings import BOILERPLATE, PLACEHOLDERS_BLOCKING, PLACEHOLDERS_WARNING
from review_editor.checks.text import markdown_field
from review_editor.model import parse_record

#: Pieces that make the patterns' edge cases likely: capitals after apostrophes and hyphens,
#: initials, numbers, @, case words, and the letters that fold oddly ("ı", "ſ", "K", "İ").
_PIECES = [
    " ", "  ", "\n", "\n\n", ",", ".", "'", "’", "-", "(", ")", "@", "A.", "B. ", "J.",
    "Mr ", "Child ", "Adult ", "the ", "The ", "Council", " Police", " Trust", "Sergeant ",
    "PC ", "Team", " team", "St ", "O'", "Mc", "Ann", "Lee", "Bell", "Road", "Kent", "Mary",
    "Jane Smith", "and ", "of ", "12", "3 ", "2019", "07700 900123", "+44 ", "485 777 3456",
    "QQ 12 34 56 C", "case ", "Crime no ", "log ", "AB12", "x", "xx", "X", "XXX", "tbc", "TBC",
    "[insert", "Lorem Ipsum", "skip to content", "We use cookies", "was ", "were ", "walked",
    "is reported", "child", "Girls", "aged 9", "years' and 2 years'", "ı", "ſ", "K", "İ",
    "@jo_99", "jo@example.org", "Year 9", "a", "b", "e", "O'Neil", "MacLeod", "Ellison-Shaw",
    "Jo-ann", "'s", "’s", " and ", "de ", "ap ", "Polish ", "family", "only ", "village",
    "ONLY ", ", 14,", " (6)", "age ", "OLD", "Z", "I", "D", "May", "June", "Jun", "3 March",
    "Sept", "Mayor", "Decembers", "old", "aged", "was", "estate", "flat", "the", "Year", "yrs",
    "CSC/2019/04471", "FD19P00812", "13/290617/21", "SC484912", "WS-2021-118", "/", "0", "+",
    "Board", "Constabulary", " Hospital", "Service", "Local Authority", "-year-old", " months",
    "-week-", "AGE OF 3", "Aged", "manage", "told", "agency", "olde", "١٤", "٠٧",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=30))
def test_matches_at_finds_what_finditer_finds(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for pattern, starts in [
        (people._RUN, people._NAME_CAPITAL),
        (places._RUN, language.WORD_CAPITAL),
        (facts.PSEUDONYM_FORM, language.CAPITAL_AFTER_BOUNDARY),
        (identifiers._AGENCY, identifiers._AGENCY_START),
        (number_identifiers._HANDLE, number_identifiers._AT_SIGN),
        (style._TIME_POSSESSIVE, style._NUMBER_START),
    ]:
        assert _spans(language.matches_at(pattern, text, starts, pos)) == \
            _spans(pattern.finditer(text, pos)), pattern.pattern


#: The runs of capitalised words as ``people._RUN`` finds them, without possessive words.
_W, _P = people_context._WORD, people._PARTICLE
_ONE_RUN_PATTERN = re.compile(rf"(?<![\w-])(?<!\w['’])"
                              rf"(?:{_W}[ ]and[ ]{_W}(?:[ ]{_W}){{1,2}}(?![ ]{_W})|"
                              rf"{_W}(?:[ ](?:{_P}[ ])?{_W}){{0,5}})(?![\w-])")


@settings(max_examples=500, deadline=None)
@given(texts)
def test_capital_runs_are_what_backtracking_words_find(text: str) -> None:
    assert _spans(people._RUN.finditer(text)) == _spans(_ONE_RUN_PATTERN.finditer(text))
    for start in range(len(text)):
        found, plain = people._RUN.match(text, start), _ONE_RUN_PATTERN.match(text, start)
        assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=500, deadline=None)
@given(texts)
def test_detector_gates_pass_every_text_their_patterns_can_match(text: str) -> None:
    n = number_identifiers
    assert (n._ANY_NUMBER.search(text) is None) == all(
        gate.search(text) is None
        for gate in (n._PHONE_START, n._PLUS_DIGIT, n._TEN_DIGITS, n._SIX_DIGITS_LETTER,
                     n._IZ_DIGIT, n._CAPITAL_DIGIT, n._COURT_DIGITS))
    if numbers._SHAPE_GATE.search(text) is None:
        assert numbers._SHAPE_IN_TEXT.search(text) is None
    if not language.holds_any(text, identifiers._AGENCY_WORDS):
        assert identifiers._AGENCY.search(text) is None
    if not n._holds_needle(text, n._CASE_WORDS):
        assert n._CASE_NUMBER.search(text) is None
    read = n._age_patterns(text)
    for pattern, needle in n._AGE_PATTERNS:
        if (pattern, needle) not in read:
            assert pattern.search(text) is None, pattern.pattern
    if not language.holds_any(text, facts.PSEUDONYM_FORM_WORDS):
        assert facts.PSEUDONYM_FORM.search(text) is None
    if not contextual._may_press_age(text):
        assert contextual._PRESS_SITE.search(text) is None
    if n._PRESS_AGE_GATE.search(text) is None:
        assert not any(n._PRESS_AGE.match(text, at) for at in range(len(text) + 1))
    months = textdates._MONTH_WORDS
    every_line = tuple((start, end) for start, end in textdates.digit_lines(text)
                       if not months.isdisjoint(re.findall(r"\w+", text[start:end])))
    assert textdates._month_lines(text) == every_line
    lowered = language.case_blind(text)
    if not community._may_hold(lowered, 0, len(text), community._SMALL_NEEDLES):
        assert community._SMALL.search(text) is None
    if not community._may_hold(lowered, 0, len(text), community._UNIQUE_NEEDLES):
        assert not any(community._UNIQUE.search(text[:at]) for at in range(len(text) + 1))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_sentences_meeting_each_trigger_set_are_those_meeting_it_alone(text: str) -> None:
    index = SentenceIndex(list(language.sentences(text)), text)
    for table in (ages._TRIGGERS, places._TRIGGERS):
        assert index.with_each(table) == [index.with_any(words) for words in table.sets]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_texts_run_words_are_its_tokens_split_at_their_apostrophes(text: str) -> None:
    from_tokens = frozenset(run for token in language.tokens(text)
                            for run in re.findall(r"\w+", token.text))
    assert language._run_words(text) == from_tokens
    lowered = language._lowered(text)
    if lowered is not None:
        assert language._lowered_run_words(text) == frozenset(
            run for token in language.tokens(lowered) for run in re.findall(r"\w+", token.text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "''", "'x'", "_", "a_b", "don't", "'tis"]),
                max_size=40).map("".join))
def test_a_texts_word_list_is_what_the_word_pattern_finds(text: str) -> None:
    assert language.word_list.__wrapped__(text) == tuple(language.WORD.findall(text))
    assert language._run_words.__wrapped__(text) == frozenset(re.findall(r"\w+", text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_sentence_index_holds_each_sentences_words_and_digits(text: str) -> None:
    spans = list(language.sentences(text))
    index = SentenceIndex(spans, text)
    words = [frozenset(re.findall("[a-z]+", text[s:e].lower())) for s, e in spans]
    assert index.words == words
    assert index.vocabulary == frozenset().union(*words)
    assert index.has_digit == [re.search(r"\d", text[s:e]) is not None for s, e in spans]


@settings(max_examples=100, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_a_prose_blocks_words_are_its_sentences_words(paragraphs: list[str]) -> None:
    record = parse_record({
        "schema_version": "1.0", "id": "3b8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a01",
        "kind": "news_item", "title": "Page", "language": "en-GB",
        "body": [{"id": "s0", "heading": "", "markdown": "\n\n".join(paragraphs)}]})
    facts = RecordFacts(record, CheckContext(now=datetime(2026, 11, 25, tzinfo=UTC)))
    detector = identifiers.Detector(facts)
    for field in facts.identify_fields:
        text = field.text
        assert detector.block_words(field) == [
            ((b.start, b.end), frozenset(re.findall("[a-z]+", text[b.start:b.end].lower())))
            for b in field.blocks]
        # the jigsaw's lexicon reads a paragraph's words without the sentences
        assert detector.block_words(field) == [
            ((b.start, b.end), identifiers.paragraph_words(text, b.start, b.end))
            for b in field.blocks]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_lower_cased_scans_find_what_ignorecase_finds(text: str) -> None:
    lowered = language.case_blind(text)
    if lowered is None:
        return
    for blind, lower in [(style._PASSIVE, style._PASSIVE_LOWER),
                         (style._CHILD_WORDS, style._CHILD_WORDS_LOWER)]:
        assert _spans(lower.finditer(lowered)) == _spans(blind.finditer(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_configured_patterns_left_out_only_where_they_cannot_match(text: str) -> None:
    for patterns in (BOILERPLATE, PLACEHOLDERS_BLOCKING, PLACEHOLDERS_WARNING):
        every = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        kept = style.configured_pattern(tuple(patterns), text)
        found = _spans(kept.finditer(text)) if kept is not None else []
        assert found == _spans(every.finditer(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_gated_number_scans_find_what_whole_line_scans_find(text: str) -> None:
    n = number_identifiers
    for pattern, gate in [(n._PHONE, n._PHONE_START), (n._NHS, n._TEN_DIGITS),
                          (n._NI, n._SIX_DIGITS_LETTER), (n._COURT_FORMATS, n._COURT_DIGITS)]:
        assert _spans(language.scan(pattern, text, gate)) == _spans(language.scan(pattern, text))
    assert _spans(language.scan_with(n._CASE_NUMBER, text, n._CASE_WORDS)) == \
        _spans(language.scan(n._CASE_NUMBER, text))


def test_leading_text_is_what_every_match_starts_with() -> None:
    assert style._leading_text(r"Skip to (?:main )?content") == "skip to "
    assert style._leading_text(r"\bX{3,}\b") == "xxx"
    assert style._leading_text(r"\[insert") == "[insert"
    assert style._leading_text(r"Cookies? policy") == "cookie"
    assert style._leading_text(r"ab{,3}c") == "a"
    assert style._leading_text(r"\bto follow\b(?=\s*[.)\]]|\s*$)") == ""  # alternatives
    assert style._leading_text(r"(a)\1") == ""  # a back-reference


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "1", "٣", " ", "-", "'", "’", ".", "é", "_", "x9"]),
                max_size=30).map("".join))
def test_words_with_digits_are_found_as_the_plain_scan_finds_them(text: str) -> None:
    plain = re.compile(r"[\w'’-]*\d[\w'’-]*")  # tried at every character
    assert _spans(spelling._WORD_WITH_DIGITS.finditer(text)) == _spans(plain.finditer(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Read", " ", "the", "&amp;", "*a*", "\n\n", "- ", "é", "[x](y)",
                                 "\\*", "1. ", "  "]), min_size=1, max_size=8).map("".join))
def test_a_span_of_a_paragraph_read_as_written_maps_back_as_the_long_way_maps_it(
        source: str) -> None:
    field = markdown_field("body.0.markdown", source)
    assert field.markdown is not None
    segments = field.markdown.segments
    for start in range(-1, len(field.text) + 2):
        for end in range(start, len(field.text) + 2):
            long_start = segments.to_source(start, end=False)
            long_way = (long_start, max(segments.to_source(end, end=True), long_start))
            assert field.source_span(start, end) == long_way


#: Pieces of the jigsaw lexicon's phrases, and what stands around them.
_LEXICON_PIECES = sorted({word for triggers in identifiers._lexicon_triggers().values()
                          for word in (*triggers.words, *triggers.stems, *triggers.parts)}) + [
    " ", ",", ".", "-", "'", "’", "s", "Jehovah's Witness", "Down's syndrome", "Tourette’s",
    "Polish-speaking", "children's home", "two older brothers", "one of three children",
    "worked as a cleaner", "was a nurse", "spoke Urdu", "Tamil", "Roma", "12", "3 girls",
    "youngest of four", "uses a wheelchair", "in the care of", "Downs", "speakings"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_LEXICON_PIECES),
                          st.sampled_from(_LEXICON_PIECES).map(str.capitalize)),
                max_size=16).map(" ".join))
def test_jigsaw_lexicon_reads_every_category_that_can_match(text: str) -> None:
    """A paragraph's words name every lexicon category whose pattern matches in it."""
    met = identifiers._categories_met(frozenset(re.findall("[a-z]+", text.lower())))
    for category, (case_blind, pattern) in identifiers._jigsaw_lexicon().items():
        if pattern.search(text.lower() if case_blind else text) is not None:
            assert category in met, (category, text)
