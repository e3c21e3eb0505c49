"""The C1 detectors' field-level pre-tests (a word, a capitalised street word or a shape every
finding needs, looked for in the field before it is split into sentences or blocks) change the
speed and nothing else: what the detectors find with them is what they find with them all
passing, on sentences built from the detectors' own word tables."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.checks import CheckContext, identifiers, language, name_identifiers, spelling
from review_editor.checks.facts import RecordFacts
from review_editor.checks.field_words import lower_words
from review_editor.checks.sentence_index import SentenceIndex
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, tzinfo=UTC)

_STREET_WORDS = sorted(name_identifiers._STREET_WORDS)
_WORK_WORDS = sorted(name_identifiers._WORKPLACE_WORDS)
_PIECES = [
    "at", "for", "the", "of", "and", "in", "a", "as", "his", "her", "was", ",", ".", ". ", "\n",
    "\n\n", "- ", "12", "3a", "Flat 3", "LS6 2AB", "ls6 2ab", "postcode", "Postcode", "area",
    "Mill", "Harlow", "Amy", "Dr Ruth", "Sandy", "Kendal", "Tesco", "Boots", "KFC", "The Crown",
    "St", "St.", "Rd", "Rd.", "ST", "ROAD", "worked15", "15worked", "ı", "İ", "é", "K",
    "Ysgol", "school", "School", "Primary", "Nursery", "Section",
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


def _found_without_pretests(texts: list[str]) -> list[Any]:
    suffix, words = name_identifiers._STREET_SUFFIX, name_identifiers.lower_words
    try:
        name_identifiers._STREET_SUFFIX = re.compile("")  # found in every text
        name_identifiers.lower_words = lambda text: name_identifiers._WORKPLACE_WORDS
        return _found(texts)
    finally:
        name_identifiers._STREET_SUFFIX, name_identifiers.lower_words = suffix, words


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
