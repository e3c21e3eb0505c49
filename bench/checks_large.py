"""Time a full check of records with many short sections: 100,000 sections ≤ 10 s.

Each section is what a long record's sections look like: a heading and a sentence or two
of prose, some of them a short list or a sentence with a link. The sentences are
bench/checks_speed.py's (a review's findings and actions, no identifying details). The
record is checked from cold (no section in the caches) after the spelling dictionary's
one-time load; CPU and wall-clock seconds are printed for each size, with the time per
section, so the growth can be read off (linear: the same time per section at every size).
Last, one section of the largest record is edited and the record checked again, as the
editor does while the officer types.

    python bench/checks_large.py [--sections 10000 50000 100000] [--without C1]

The exit status is 0 when the largest record's check takes at most 10 s of CPU time.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks_speed import sentences  # noqa: E402

from review_editor.checks import CheckContext, run_checks, spelling  # noqa: E402
from review_editor.checks.registry import all_checks  # noqa: E402
from review_editor.model import parse_record  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TARGET_SECONDS = 10.0
HEADINGS = ["Background", "What happened", "What the review found", "Learning",
            "Recommendations", "Actions taken", "Next steps", "Practice point"]


def section_markdown(rng: random.Random, pool: list[str]) -> str:
    roll = rng.random()
    if roll < 0.15:
        return "- " + "\n- ".join(rng.sample(pool, rng.randint(2, 3)))
    text = " ".join(rng.sample(pool, rng.randint(1, 3)))
    if roll < 0.25:
        text += " Read [the briefing](https://northmoor-scp.example/briefings/learning)."
    elif roll < 0.3:
        text = f"**{text}**"
    return text


def record_data(sections: int, seed: int = 11) -> dict[str, Any]:
    """A record of ``sections`` sections, no two alike (repeats would only hit the caches)."""
    rng = random.Random(seed)
    pool = sentences()
    texts: dict[str, None] = {}
    while len(texts) < sections:
        texts[section_markdown(rng, pool)] = None
    return {
        "schema_version": "1.0", "id": "8c2d1e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
        "kind": "news_item", "title": "Learning from reviews: every practice point",
        "language": "en-GB",
        "body": [{"id": f"part-{index}",
                  "heading": f"{HEADINGS[index % len(HEADINGS)]} {index // len(HEADINGS) + 1}",
                  "markdown": text}
                 for index, text in enumerate(texts)],
    }


def timed_check(record: Any, codes: set[str] | None = None) -> tuple[float, float, int]:
    """CPU and wall-clock seconds of a check (of ``codes`` only), and the findings' count."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    issues = run_checks(record, CheckContext(now=NOW), codes)
    return time.process_time() - cpu, time.perf_counter() - wall, len(issues)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--without", nargs="+", default=[], metavar="FAMILY",
                        help="leave out these families of checks (C1: time everything else)")
    args = parser.parse_args(argv)
    spelling.preload()
    run_checks(parse_record(record_data(20)), CheckContext(now=NOW))
    codes = {spec.code for spec in all_checks() if spec.family not in args.without} \
        if args.without else None
    cpu, record = 0.0, None
    for sections in args.sections:
        record = parse_record(record_data(sections))
        cpu, wall, found = timed_check(record, codes)
        print(f"{sections:>7} sections: CPU {cpu:6.2f} s, wall {wall:6.2f} s, "
              f"{cpu / sections * 1000:.3f} ms CPU per section, {found} findings", flush=True)
    if record is not None:
        record.body[len(record.body) // 2].markdown += " One more sentence typed."
        again, wall, _ = timed_check(record, codes)
        print(f"re-check after one section was edited: CPU {again:.2f} s, wall {wall:.2f} s")
    print(f"largest record: {cpu:.2f} s CPU (target ≤ {TARGET_SECONDS:.0f} s)")
    return 0 if cpu <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
