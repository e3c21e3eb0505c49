"""The per-field checks' gates (``registry.gate``) pass every field where a check finds
something: a record's findings are the same with the gates as with every field read."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.checks import CheckContext, batch, registry, run_checks
from review_editor.checks.batch import most_words
from review_editor.checks.families.gates import _WHITE_RUN
from review_editor.checks.language import count_words
from review_editor.checks.per_field import _CACHE, PER_FIELD
from review_editor.checks.text import plain_field
from review_editor.model import parse_record

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)

#: Pieces that set off each per-field check, its near misses, and what moves offsets.
_PIECES = [
    " ", "\n", "\n\n", "  ", "\u00a0", "\u200b", "\u202e", "\x0b", ".", "!", "&", " & ", "'",
    "’", "\"", "“", "”", "-", "—", "/", "(", ")", "*", "_", "**", "- ", "1. ", "# ",
    "&nbsp;", "&#32;",
    "The review was commissioned in 2019.", "published on 3rd May 2021", "Tue 4 March 2031",
    "Monday 27 July 2021", "27/07/2021", "2021-07-27", "٢٧/٠٧/٢٠٢١", "٢٠٢١-٠٧-٢٧", "2019-20",
    "2019 - 2021", "March–June",
    "a 14-year-old", "14-YEAR-OLD", "10 years' and 2 years' imprisonment", "the 1990's",
    "’90s", "URGENT", "NSPCC", "CSPR", "was reported was asked", "were noted",
    "is assessed", "shown in red", "the amber boxes", "RED", "leverage", "going forward",
    "Going Forward", "risky behaviour", "putting herself at risk", "child", "boyfriend",
    "consensual", "today", "last week", "recently", "announced", "TBC", "tbc", "[insert",
    "lorem ipsum", "XXX", "to follow.", "We use cookies", "skip to content",
    "Learning from a review", "learning  FROM a review", "recieved", "colour", "color",
    "Fenmoor", "3 cases", "two families", "since 2015", "from 2015 to 2019",
    "a sentence of many words " * 3, "ı", "ſ", "İ", "K", "Σ", "straße",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _record(texts: list[str], headings: list[str]) -> Any:
    return parse_record({
        "schema_version": "1.0", "id": "6e4d1f7a-8b2c-4d3e-9f60-1a2b3c4d5e6f",
        "kind": "review_notice", "title": "Learning from a review", "language": "en-GB",
        "review": {"review_type": "sar", "number_of_cases": 2,
                   "period_covered": {"start": "2016", "end": "2018"},
                   "commissioned_on": "2020-01", "completed_on": "2021-02"},
        "body": [{"id": f"s{index}", "heading": heading[:300], "markdown": text}
                 for index, (text, heading) in enumerate(zip(texts, headings, strict=True))],
    })


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(_TEXTS, _TEXTS), min_size=1, max_size=8))
def test_the_gates_pass_every_field_where_a_check_finds_something(
        sections: list[tuple[str, str]]) -> None:
    record = _record([text for text, _ in sections], [heading for _, heading in sections])
    _CACHE.clear()
    gated_from, batch.GATED_FROM = batch.GATED_FROM, 1  # however few the fields
    try:
        gated = run_checks(record, CheckContext(now=NOW), set(PER_FIELD))
    finally:
        batch.GATED_FROM = gated_from
    _CACHE.clear()
    gates = dict(registry._GATES)
    registry._GATES.clear()
    try:
        every_field = run_checks(record, CheckContext(now=NOW), set(PER_FIELD))
    finally:
        registry._GATES.update(gates)
        _CACHE.clear()
    assert gated == every_field


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXTS, st.text(), st.text(st.characters(min_codepoint=0x80)),
                 st.lists(st.sampled_from(["a", "é", "\ud800", "’", "'", "_", "٣", " ", "—"]))
                 .map("".join)))
def test_the_word_count_gates_never_count_fewer_words_than_the_checks(text: str) -> None:
    assert most_words(text) >= count_words(text)


_FIELD_TEXTS = st.lists(st.sampled_from(["a", "é", "’", "\ud800", "\U0001f600", "\n", " ",
                                         "9", "/", "AB"]), max_size=8).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FIELD_TEXTS, min_size=1, max_size=8), st.lists(_FIELD_TEXTS.filter(bool),
                                                                 min_size=1, max_size=4))
def test_the_fields_holding_words_are_found_once_each_in_text_and_in_bytes(
        texts: list[str], needles: list[str]) -> None:
    fields = batch.FieldBatch([plain_field(f"f{index}", text) for index, text in enumerate(texts)])
    every_place = {fields.position(at) for needle in needles
                   for at in range(len(fields.text)) if fields.text.startswith(needle, at)}
    assert fields.holding_any(needles) == sorted(every_place)
    encoded = [needle.encode("utf-8", "surrogatepass") for needle in needles]
    assert fields.holding_bytes(fields.utf8, encoded) == sorted(every_place)


def test_a_run_joins_the_same_fields_once() -> None:
    fields = [plain_field(f"f{index}", f"text {index}") for index in range(3)]
    first = batch.batch_of(fields)
    assert batch.batch_of(list(fields)) is first  # the same fields, another list
    assert batch.batch_of(fields[:2]) is not first
    assert batch.batch_of([*fields[:2], plain_field("f2", "text 2")]) is not first  # equal
    batch.forget()
    assert batch.batch_of(fields) is not first
    batch.forget()


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(" \n\t\u00a0\u2003\u200bab.")))
def test_the_white_runs_are_those_of_three_white_characters_or_more(text: str) -> None:
    assert [run.span() for run in _WHITE_RUN.finditer(text)] \
        == [run.span() for run in re.finditer(r"\s{3,}", text)]
