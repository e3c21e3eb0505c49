"""The sentence-context detectors' gate (``contextual_gate.may_find``) passes every field in
which they find something: what they find with it is what they find with it always passing,
on sentences built from the detectors' own cue tables, on every identification sentence and
on those sentences with every capital but the first lowered (where only the cue words can
let a field through)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from check_samples import identification_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.checks import (
    CheckContext,
    ages,
    contextual,
    contextual_gate,
    identifiers,
    people,
    places,
    spelling,
)
from review_editor.checks.facts import RecordFacts
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, tzinfo=UTC)

_WORDS = sorted(contextual_gate.WORDS)
_PIECES = [
    "of", "section", "text", "the", "and", "a", "was", "in", "at", "by", "for", "then", "with",
    "me and", "told", "she", "they", ",", ".", ". ", ", the", "(", ")", "'", "“", "”", "’s",
    "#", "#JusticeForKai", "#SaferInternetDay", "12", "2019", "14th", "3rd", "09-03-2012",
    "3 May 2021", "14/03/2019", "Boxing Day", "at 14, the", "I'm 14", "I am", "aged 9",
    "15yo", "Year 9", "ward 12", "Section", "Text", "The", "Mary", "Teigan", "Kendal", "Dr",
    "Child A", "St Mark's", "Harlow Close", "Broadwater", "Hexley", "HMP Leeds", "R v Dempsey",
    "Ysgol Uwchradd Caergybi", "Tal-y-bont", "jayden", "tiana", "ı", "ſ", "K", "é",
    "Łukasz", "٤", "\u00a0", "\n", "\n\n", "- ",
]
_TEXTS = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_PIECES)),
                  max_size=14).map(" ".join)


def _record(texts: list[str], subjects: bool) -> Any:
    data: dict[str, Any] = {
        "schema_version": "1.0", "id": "3b8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a01",
        "kind": "news_item", "title": "Page", "language": "en-GB",
        "body": [{"id": f"s{i}", "heading": "", "markdown": text}
                 for i, text in enumerate(texts)]}
    if subjects:
        data["pseudonyms"] = ["Child A"]
    return parse_record(data)


def _found(texts: list[str], subjects: bool = False) -> list[Any]:
    facts = RecordFacts(_record(texts, subjects), CheckContext(now=NOW))
    detector = identifiers.Detector(facts)
    return [(field.path, contextual.contextual_detections(detector, field, [], False))
            for field in facts.identify_fields if field.prose]


def _found_without_gate(texts: list[str], subjects: bool = False) -> list[Any]:
    gate = contextual_gate.may_find
    try:
        contextual_gate.may_find = lambda text, subject_refs: True  # type: ignore[assignment]
        return _found(texts, subjects)
    finally:
        contextual_gate.may_find = gate  # type: ignore[assignment]


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(_TEXTS, min_size=1, max_size=6), st.booleans())
def test_the_gate_passes_every_field_where_the_detectors_find_something(
        texts: list[str], subjects: bool) -> None:
    spelling.preload()
    assert _found(texts, subjects) == _found_without_gate(texts, subjects)


def _first_capital_only(text: str) -> str:
    return text[:1] + text[1:].lower()


@pytest.mark.parametrize("variant", [str, _first_capital_only])
def test_the_gate_passes_every_identification_sentence_where_something_is_found(
        variant: Any) -> None:
    spelling.preload()
    texts = [variant(text) for text in identification_sentences()]
    found = _found(texts)
    assert found == _found_without_gate(texts)
    assert sum(bool(detections) for _, detections in found) > len(texts) // 10


def test_a_field_without_capitals_persons_or_cues_is_passed_over() -> None:
    spelling.preload()
    for text in ("Text of section 12.", "Section 12", "Background 4", "What happened 1003"):
        assert not contextual_gate.may_find(text, lambda: [])
    for text in ("Teigan stopped attending school.", "Text of section 12, said Mary.",
                 "she was 14.", "Text of section 12 (born 2010).", "#JusticeForKai",
                 "Section 12 of Łódź", "Dr Lee", "Broadwater estate", "I am 14.",
                 "celebrated his 18th", "At 14, the", "“me and jayden”"):
        assert contextual_gate.may_find(text, lambda: []), text
    assert contextual_gate.may_find("Text of section 12.", lambda: [(0, 4)])


def _literal_words(pattern: str) -> set[str]:
    """The lower-case words a pattern's source spells out (escapes and groups' flags left
    out)."""
    source = re.sub(r"\\[a-zA-Z]|\(\?[a-zA-Z<=!:-]*[:)]?|\{[^}]*\}", " ", pattern)
    return {word.lower() for word in re.findall(r"[A-Za-z]+", source)}


def _each_alternative_meets(pattern: str, words: frozenset[str]) -> bool:
    """Whether each alternative of a list of words (``\\b(?:born|birth|d\\.o\\.b)\\b``)
    spells out one of ``words``, or needs two capitals ("J.K."), one of which the gate finds
    past the field's first character."""
    inner = pattern[pattern.index("(?:") + 3:pattern.rindex(")")]
    return all(_literal_words(alternative) & words
               or re.search(r"\[A-Z\][^|]*\)\{[2-9]", alternative)
               for alternative in inner.split("|"))


def test_the_gate_words_hold_the_cue_words_of_the_detectors_that_need_no_capital() -> None:
    words = contextual_gate.WORDS
    assert _each_alternative_meets(contextual._LIFE_WORDS.pattern, words)
    assert words >= contextual._DATE_WORDS
    assert _each_alternative_meets(contextual._ROLE_BEFORE.pattern, words)
    ordinal_or_the = {"celebrated", "celebrating", "for", "at", "by", "of"}
    for _, triggers, *_ in ages._ALWAYS:
        assert triggers <= words or triggers & ordinal_or_the, triggers
    for kind, pattern, triggers, _ in places._PATTERNS:
        if re.match(r"\\b\(\?P<name>", pattern.pattern):  # a name may open the match
            assert set(triggers.split("|")) <= words, (kind, triggers)
    assert people.opens_with_everyday_word("Section 12")
    assert not people.opens_with_everyday_word("Teigan stopped")
