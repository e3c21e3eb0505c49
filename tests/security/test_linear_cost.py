"""Linear cost: checking a record grows with its size, not with its size squared.

Four times the sections may take at most six times as long (linear is four; the quadratic
steps this guards against, a field looked up by scanning every field and the spelling word
list rebuilt for every field, made eight times the sections take 24 times as long). Times
are CPU times, so a busy machine does not decide the outcome. Every timed record is new to
the checks' caches (its sections name the run), as a record just opened is.

A re-check after one section of a long record was edited reads that section again, not the
whole record: the per-field caches make room for every field of the record being checked.
"""

from __future__ import annotations

import gc
import time
from datetime import UTC, datetime
from itertools import count
from typing import Any

from review_editor.checks import CheckContext, run_checks
from review_editor.checks.facts import RecordFacts
from review_editor.model import parse_record

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
SMALL, LARGE = 2_000, 8_000
MAX_RATIO = 6.0
_RUNS = count()


def _record(sections: int) -> Any:
    run = next(_RUNS)
    return parse_record({
        "schema_version": "1.0", "id": "5d3c0f6e-7b1a-4c2d-8e5f-0a1b2c3d4e5f",
        "kind": "news_item", "title": "Learning from a review", "language": "en-GB",
        "body": [{"id": f"part-{index}", "heading": f"Part {index} of {run}",
                  "markdown": f"The partnership met in March to agree point {index} of the "
                              f"plan {run}, and wrote to every school about it."}
                 for index in range(sections)],
    })


def _seconds(record: Any) -> float:
    gc.collect()
    started = time.process_time()
    run_checks(record, CheckContext(now=NOW))
    return time.process_time() - started


def test_four_times_the_sections_take_at_most_six_times_as_long():
    run_checks(_record(20), CheckContext(now=NOW))  # the one-time dictionary load
    small = min(_seconds(_record(SMALL)) for _ in range(2))
    large = _seconds(_record(LARGE))
    assert large / small <= MAX_RATIO, f"{SMALL}: {small:.2f} s, {LARGE}: {large:.2f} s"


def test_a_recheck_after_an_edit_reads_only_the_edited_section():
    record = _record(2 * SMALL)  # more fields than the caches' smallest sizes
    first = _seconds(record)
    record.body[SMALL].markdown += " The school replied in April."
    again = _seconds(record)
    # the edited section, the runner's look-ups and the sort: a few per cent of the first
    assert again <= first / 5, f"first check {first:.2f} s, re-check {again:.2f} s"


def test_a_field_is_found_without_reading_every_field():
    record = _record(3)
    facts = RecordFacts(record, CheckContext(now=NOW))
    paths = [field.path for field in facts.fields]
    assert all(facts.field(path) is not None and facts.field(path).path == path
               for path in paths)
    assert facts.field("body.99.markdown") is None
    view = facts.only(facts.fields[0])
    assert view.field(paths[0]) is facts.fields[0] and view.field(paths[-1]) is None
    both = facts.subset(facts.fields[:2])
    assert [f.path for f in both.fields] == paths[:2] and both.field(paths[-1]) is None
