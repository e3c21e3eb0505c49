"""Time a full check of a record of many short sections, as an outside tester would build
one: "Section i" headings over placeholder or plain text in every section.

    python bench/small_sections.py 100000 tiny|lorem|same|generated [--without C1]

Shapes: ``tiny`` ("Text of section i."), ``lorem`` (the same lorem-ipsum sentence in every
section: a spelling warning for almost every word), ``same`` (one plain English sentence
about a review) and ``generated`` (what a lorem-ipsum generator writes: every section
different, one to three sentences of 6-14 words drawn from the lorem-ipsum vocabulary, the
first word capitalised; a fixed seed, so every run checks the same record). ``generated`` is
the shape to measure records full of findings by: the repeated sentence of ``lorem`` meets
the caches kept by text in every section after the first, which real records never do.
The record is a news item; it is checked after the one-time loads (the spelling dictionary,
the checks' modules), and the CPU seconds and the number of findings are printed (target:
100,000 sections ≤ 10 s).
``--without C1`` leaves out a family of checks (C1: time everything else).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from datetime import UTC, datetime
from typing import Any

from review_editor.checks import CheckContext, run_checks, spelling
from review_editor.checks.registry import all_checks
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, tzinfo=UTC)
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua.")
SAME = "The review found that agencies did not share information about the risks to the child."
#: The words of the usual lorem-ipsum passage, which generators draw from.
LOREM_WORDS = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt "
    "ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco "
    "laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate "
    "velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident "
    "sunt culpa qui officia deserunt mollit anim id est laborum").split()
SEED = 5


def generated_sentence(rng: random.Random) -> str:
    words = rng.choices(LOREM_WORDS, k=rng.randint(6, 14))
    return " ".join(words).capitalize() + "."


def bodies(sections: int, shape: str) -> list[str]:
    if shape == "generated":
        rng = random.Random(SEED)
        return [" ".join(generated_sentence(rng) for _ in range(rng.randint(1, 3)))
                for _ in range(sections)]
    if shape == "tiny":
        return [f"Text of section {i}." for i in range(sections)]
    return [LOREM if shape == "lorem" else SAME] * sections


def record(sections: int, shape: str) -> dict[str, Any]:
    return {"schema_version": "1.0", "id": "8c2d1e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
            "kind": "news_item", "title": "Many sections", "language": "en-GB",
            "body": [{"id": f"part-{i}", "heading": f"Section {i}", "markdown": text}
                     for i, text in enumerate(bodies(sections, shape))]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", type=int)
    parser.add_argument("shape", choices=["tiny", "lorem", "same", "generated"])
    parser.add_argument("--without", nargs="+", default=[], metavar="FAMILY",
                        help="leave out these families of checks (C1: time everything else)")
    args = parser.parse_args()
    spelling.preload()
    every = all_checks()  # imports the checks' modules
    codes = {spec.code for spec in every if spec.family not in args.without} \
        if args.without else None
    model = parse_record(record(args.sections, args.shape))
    gc.collect()
    started = time.process_time()
    found = run_checks(model, CheckContext(now=NOW), codes)
    print(f"{args.shape} {args.sections} {time.process_time() - started:.2f}s {len(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
