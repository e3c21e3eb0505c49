"""The spelling gate (C4.12's ``registry.gate``) passes the same fields whether it reads each
field or first the fields' joined text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.checks import CheckContext, registry, run_checks
from review_editor.checks.batch import FieldBatch
from review_editor.checks.families import style
from review_editor.model import parse_record

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)

#: Known words, unknown words in lower case and capitalised (a name, or a misspelling at a
#: sentence's start), and what may stand before a sentence's first word.
_PIECES = ["the", "review", "found", "Review", "recieved", "Recieved", "Fenmoor", "fenmoor",
           "Zorbling", "NSPCC", "a", "2019", "5.", " ", " ", "  ", "\n", "\n\n", ". ", ".",
           "! ", ": ", "“", "\"", "(", "‘", "-", "’s", "'", "Fenmoor’s"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)


def _gated(bodies: list[str]) -> tuple[Any, CheckContext, list[Any], Any]:
    """A record of sections holding ``bodies``, its context, its prose fields and what the
    spelling gate passes of them."""
    record = parse_record({
        "schema_version": "1.0", "id": "6e4d1f7a-8b2c-4d3e-9f60-1a2b3c4d5e6f",
        "kind": "news_item", "title": "Learning from a review", "language": "en-GB",
        "body": [{"id": f"s{index}", "heading": "", "markdown": text}
                 for index, text in enumerate(bodies)]})
    ctx = CheckContext(now=NOW)
    fields = ctx.facts(record).prose_fields
    spelling_gate = registry.gate_for("C4.12")
    assert spelling_gate is not None
    return record, ctx, fields, spelling_gate(record, ctx, FieldBatch(fields))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXTS, min_size=1, max_size=12), st.integers(0, 130))
def test_the_spelling_gate_passes_the_fields_read_one_by_one(
        texts: list[str], clean: int) -> None:
    record, ctx, fields, passed = _gated(["The review was published."] * clean + texts)
    speller = style.record_speller(record, ctx)
    expected = [position for position, field in enumerate(fields)
                if not speller.spelt_right(field.text)]
    assert passed == expected


def test_fields_mostly_misspelt_are_all_read_and_report_the_same() -> None:
    record, ctx, _, passed = _gated(["Recieved the reveiw." if index % 2
                                     else "The review was published." for index in range(160)])
    assert passed is None  # every field is read
    found = run_checks(record, ctx, {"C4.12"})
    assert [issue.field_path for issue in found] == \
        [f"body.{index}.markdown" for index in range(1, 160, 2) for _ in range(2)]
