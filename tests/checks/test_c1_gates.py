"""The C1 detectors' record-level gates (``c1_gates``) change the speed and nothing else:
the detections of a record are the same with the gates as with every detector asked about
every field."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.checks import CheckContext, batch, c1_gates, number_identifiers, numbers
from review_editor.checks.families import identification
from review_editor.checks.name_identifiers import _STREET_WORDS, _WORKPLACE_WORDS
from review_editor.checks.settings import SETTING_WORDS
from review_editor.checks.text import FieldText
from review_editor.model import parse_record

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"

#: Words from the detectors' own cue tables (each in lower case and capitalised), and the
#: shapes of what they find, with near misses and characters that move offsets.
_WORDS = sorted(_STREET_WORDS | _WORKPLACE_WORDS | set(numbers._KEY_WORDS)
                | set(numbers._PLATFORM_WORDS) | set(numbers._NI_WORDS)
                | set(number_identifiers._CASE_WORDS)
                | set(list(SETTING_WORDS)[:60]) | {"age", "aged", "old", "postcode", "area"})
_SHAPES = [
    "12", "3 ", "0447", "12345", "2019", "07700 900123", "+44 7700 900123", "+48 512 345 678",
    "943 476 5919", "AB 12 34 56 C", "KX19 ABC", "LXZ 4312", "I 4", "T20217001",
    "12/3456/21", "CSC/2019/04471", "FD19P00812", "WS-2021-118", "NE6 4QT", "ne6 4qt",
    "3 May 2010", "14/03/2019", "2019-03-14", "5.3.31", "٢٧/٠٧/٢٠٢١", "٣", "@kai_b",
    "kai@example.com", "J. S.", "Mr R", "Child A", "Adult R.", ", 14,", "(6)", "14-year-old",
    "aged 9", "nhs number", "NI number", "jj_smoke09", "#4411", " ", "\n", "\n\n", ", ", ". ",
    "'s", "’", "-", "/", "(", ")", ":", "ı", "ſ", "İ", "K", "Σ", "straße", "Jayden", "Leeds",
    "Harlow Close", "12 Mill Lane", "Oak St.", "St Mary's School", "his mum", "the girl",
    "worked at Greggs", "he", "she", "born", "lived at",
]
_PIECES = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS).map(str.title),
                    st.sampled_from(_SHAPES), st.sampled_from(_SHAPES))
_TEXTS = st.lists(_PIECES, max_size=10).map(" ".join)


def _record(texts: list[str], headings: list[str], pseudonym: str = "") -> Any:
    data: dict[str, Any] = {
        "schema_version": "1.0", "id": "6e4d1f7a-8b2c-4d3e-9f60-1a2b3c4d5e6f",
        "kind": "news_item", "title": "Learning from a review", "language": "en-GB",
        "body": [{"id": f"s{index}", "heading": heading, "markdown": text}
                 for index, (text, heading) in enumerate(zip(texts, headings, strict=True))]}
    if pseudonym:
        data["kind"] = "review_notice"
        data["sensitivity"] = {"subjects": [{"role": "child", "pseudonym": pseudonym}]}
    return parse_record(data)


@contextmanager
def _gated(every_field: bool) -> Iterator[None]:
    """Gates read however few fields, however long; or no gate at all."""
    saved = batch.GATED_FROM, c1_gates.SHORT, c1_gates.gated_runs
    batch.GATED_FROM, c1_gates.SHORT = 1, 10**9
    if every_field:
        c1_gates.gated_runs = lambda facts, fields: c1_gates._every  # type: ignore[assignment]
    identification._FIELD_CACHE.clear()
    try:
        yield
    finally:
        batch.GATED_FROM, c1_gates.SHORT, c1_gates.gated_runs = saved
        identification._FIELD_CACHE.clear()


def _detections(record: Any, every_field: bool) -> dict[str, Any]:
    with _gated(every_field):
        return identification.detections(CheckContext(now=NOW).facts(record))


def _same_with_and_without_gates(record: Any) -> None:
    gated = _detections(record, every_field=False)
    assert gated == _detections(record, every_field=True)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(_TEXTS, _TEXTS), min_size=1, max_size=8),
       st.sampled_from(["", "Child A", "Adult R"]))
def test_the_gates_pass_every_field_where_a_detector_finds_something(
        sections: list[tuple[str, str]], pseudonym: str) -> None:
    _same_with_and_without_gates(_record([text for text, _ in sections],
                                         [heading for _, heading in sections], pseudonym))


def _sentences() -> list[str]:
    texts = [item["text"] for item in
             json.loads((FIXTURES / "identification.json").read_text(encoding="utf-8"))["items"]]
    for folder in ("identification-fresh", "identification-heldout"):
        for path in sorted((FIXTURES / folder).glob("*.jsonl")):
            texts += [json.loads(line)["text"] for line in
                      path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_the_gates_pass_every_identification_sentence_where_something_is_found() -> None:
    texts = _sentences()
    headings = [re.sub(r"[.!?].*", "", text)[:40] for text in texts]
    _same_with_and_without_gates(_record(texts, headings, "Child A"))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda path: path.name)
def test_the_gates_pass_every_field_of_the_examples_where_something_is_found(
        path: Path) -> None:
    _same_with_and_without_gates(parse_record(json.loads(path.read_text(encoding="utf-8"))))


def test_a_long_record_of_short_sections_is_gated_and_finds_the_same() -> None:
    """Without the test's settings: the record's first fields are sampled, and the gates
    read only its short fields."""
    texts = [f"Text of section {i}." for i in range(600)] + [
        "Jayden, 14, lived at 12 Harlow Close.", "Call 07700 900123.", "Born 3 May 2010.",
        "Case ref CSC/2019/04471.", "His snap was jj_smoke09.", "He worked at Greggs."]
    record = _record(texts, [f"Section {i}" for i in range(len(texts))])
    facts = CheckContext(now=NOW).facts(record)
    runs = c1_gates.gated_runs(facts, facts.identify_fields)
    assert runs is not c1_gates._every
    assert runs(facts.identify_fields[1]) == frozenset()  # "Section 0"
    identification._FIELD_CACHE.clear()
    gated = identification.detections(facts)
    assert gated == _detections(record, every_field=True)
    assert any(gated.values())


_REFERENCES = ["Child A", "Child B", "Adult R", "Mr R", "Mrs", "Ms", "Young Person", "mother",
               "Mother", "the child", "his father", "baby", "grandmother", "step-father",
               "the young person", "Sibling", "Masters", "MR", "Ms.", "CHILD", "childminder",
               "Kai", "Kai’s", "Kaiden"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.lists(st.one_of(_PIECES, st.sampled_from(_REFERENCES)), max_size=8)
                .map(" ".join), min_size=1, max_size=12),
       st.sampled_from(["", "Child A", "Adult R.", "Kai"]))
def test_the_subject_references_gate_passes_every_field_holding_one(
        texts: list[str], pseudonym: str) -> None:
    record = _record(texts, texts[::-1], pseudonym)
    facts = CheckContext(now=NOW).facts(record)
    saved = batch.GATED_FROM, batch.SHORT_FIELD
    batch.GATED_FROM, batch.SHORT_FIELD = 1, 10**9  # however few the fields, however long
    try:
        for field in facts.fields:
            assert facts.subject_refs(field) == facts._find_subject_refs(field.text)
    finally:
        batch.GATED_FROM, batch.SHORT_FIELD = saved
    assert "subject refs gate" in facts._cache  # the fields were read once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["road", "Road", "st", "1st", "_st", "roads", "job",
                                          "a-z", "Jobs", "x", " ", "\n", "-", "K", "é", "9"]),
                         max_size=6).map("".join), min_size=1, max_size=6),
       st.sampled_from([batch.LETTERS, batch.WORD_CHARACTERS]))
def test_a_batch_finds_the_fields_holding_a_word_as_a_pattern_does(
        texts: list[str], letters: str) -> None:
    record = _record(texts, [""] * len(texts))
    fields = CheckContext(now=NOW).facts(record).fields
    words = frozenset({"road", "st", "job"})
    found = batch.FieldBatch(fields).holding_words(words, letters)
    pattern = c1_gates._word_pattern(words, "[a-z]" if letters == batch.LETTERS else r"\w")
    if found is not None:
        assert found == [position for position, field in enumerate(fields)
                         if pattern.search(field.text.lower()) is not None]


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=12))
def test_the_patterns_grouped_by_what_leads_them_find_the_fields_of_their_alternation(
        texts: list[str]) -> None:
    fields = [FieldText(path=f"f{index}", text=text, blocks=[])
              for index, text in enumerate(texts)]
    found = batch.FieldBatch(fields)
    for groups in (c1_gates._IDENTIFIER_CORES, c1_gates._SHAPE_CORES):
        alternation = re.compile("|".join(group.pattern for group in groups))
        assert batch.union(*(found.holding(group) for group in groups)) \
            == found.holding(alternation)
