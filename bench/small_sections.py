"""Time a full check of a record of many one-sentence sections, as an outside tester would
build one: "Section i" headings over the same kind of text in every section.

    python bench/small_sections.py 100000 tiny|lorem|same

Shapes: ``tiny`` ("Text of section i."), ``lorem`` (one lorem-ipsum sentence: a spelling
warning for almost every word) and ``same`` (one plain English sentence about a review).
The record is a news item; it is checked after the spelling dictionary's one-time load, and
the CPU seconds and the number of findings are printed (target: 100,000 sections ≤ 10 s).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from datetime import UTC, datetime
from typing import Any

from review_editor.checks import CheckContext, run_checks, spelling
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, tzinfo=UTC)
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua.")
SAME = "The review found that agencies did not share information about the risks to the child."


def body(shape: str, i: int) -> str:
    if shape == "tiny":
        return f"Text of section {i}."
    return LOREM if shape == "lorem" else SAME


def record(sections: int, shape: str) -> dict[str, Any]:
    return {"schema_version": "1.0", "id": "8c2d1e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
            "kind": "news_item", "title": "Many sections", "language": "en-GB",
            "body": [{"id": f"part-{i}", "heading": f"Section {i}", "markdown": body(shape, i)}
                     for i in range(sections)]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", type=int)
    parser.add_argument("shape", choices=["tiny", "lorem", "same"])
    args = parser.parse_args()
    spelling.preload()
    model = parse_record(record(args.sections, args.shape))
    gc.collect()
    started = time.process_time()
    found = run_checks(model, CheckContext(now=NOW))
    print(f"{args.shape} {args.sections} {time.process_time() - started:.2f}s {len(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
