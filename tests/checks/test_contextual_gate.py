"""The sentence-context detectors' gate (``contextual_gate.may_find``) passes every field in
which they find something: what they find with it is what they find with it always passing,
on sentences built from the detectors' own cue tables, on every identification sentence and
on those sentences with every capital but the first lowered (where only the cue words can
let a field through)."""

from __future__ import annotations

import random
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
from review_editor.checks import batch as batches
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


def _short_texts(seed: int, count: int, ascii_only: bool = False) -> list[str]:
    """``count`` short fields (at most ``batch.SHORT_FIELD`` characters) made of the cue
    words and pieces above, a few with every capital but the first lowered, and headings
    ("Section 12") between them."""
    rng = random.Random(seed)
    pieces = [piece for piece in _PIECES if piece.isascii() or not ascii_only]
    words = [word for word in _WORDS if word.isascii() or not ascii_only]
    texts = []
    for number in range(count):
        text = " ".join(rng.choice(words if rng.random() < 0.3 else pieces)
                        for _ in range(rng.randint(1, 6)))[:batches.SHORT_FIELD]
        texts.append(_first_capital_only(text) if rng.random() < 0.3 else text)
        if number % 3 == 0:
            texts.append(f"Section {number}")
    return texts


@pytest.mark.parametrize("seed", range(6))
def test_the_record_gate_passes_every_short_field_the_field_gate_passes(seed: int) -> None:
    spelling.preload()
    texts = _short_texts(seed, 2 * batches.GATED_FROM, ascii_only=seed % 3 != 0)
    facts = RecordFacts(_record(texts, subjects=seed % 2 == 0), CheckContext(now=NOW))
    gate = contextual_gate.RecordGate()
    fields = [field for field in facts.identify_fields if field.prose]
    early = [gate.passes(facts, field) for field in fields]  # the first pass whatever
    assert gate.built and all(early[:batches.GATED_FROM - 1])
    passed = [gate.passes(facts, field) for field in fields]
    for field, passes in zip(fields, passed, strict=True):
        if contextual_gate.may_find(field.text, lambda field=field: facts.subject_refs(field)):
            assert passes, field.text
    if seed % 3 != 0:  # the gate reads an ASCII record, and passes the headings over
        assert not any(passes for field, passes in zip(fields, passed, strict=True)
                       if re.fullmatch(r"Section \d+", field.text))


@pytest.mark.parametrize("seed", range(3))
def test_the_detectors_find_the_same_with_and_without_the_record_gate(seed: int) -> None:
    spelling.preload()
    texts = _short_texts(100 + seed, 2 * batches.GATED_FROM, ascii_only=seed > 0) + [
        text[:batches.SHORT_FIELD] for text in identification_sentences()]
    may_pass = contextual_gate.may_pass
    try:
        contextual_gate.may_pass = lambda facts, field: True  # type: ignore[assignment]
        without = _found(texts, subjects=True)
    finally:
        contextual_gate.may_pass = may_pass  # type: ignore[assignment]
    assert _found(texts, subjects=True) == without
