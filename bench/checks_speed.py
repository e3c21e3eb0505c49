"""Time every check on a 10,000-word record: first check ≤ 150 ms, re-check after an edit
≤ 25 ms, not counting the one-time spelling-dictionary load.

The record is D1 (a safeguarding adults review notice) with its body grown to 10,000 words of
varied prose in 20 sections, a deny-list of five protected terms and D1–D3 in the workspace.
The spelling dictionary is loaded first (once per session, about a second, in the
background in the app). Three figures are printed:

- first run: every section is new to the caches (opening a record);
- one section edited: the editor re-checks after a keystroke (sections are cached, as
  DESIGN asks);
- unchanged: the same record again.

Wall-clock and CPU milliseconds are both printed: on a shared machine the wall clock also
counts time spent waiting for a core, so CPU time is the steadier figure. The exit status is 0
when both medians (wall clock) meet their targets.

    python bench/checks_speed.py [--words N] [--runs N]
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from review_editor.checks import CheckContext, DenyList, run_checks, spelling, workspace_index
from review_editor.model import parse_record

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "checks" / "fixtures"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
FIRST_TARGET_MS = 150.0
EDIT_TARGET_MS = 25.0
#: The ceiling tests/checks/test_checks_benchmarks.py holds for a re-check's CPU time on a
#: shared, loaded test machine (about 15 ms here; contention for the cores inflates it).
TARGET_MS = 50.0

SENTENCES = [  # a record about an adult's self-neglect, in plain words
    "The review found that agencies did not share information about risk in the home.",
    "Practitioners should ask who lives in the home and who looks after the baby at night.",
    "Adult R lived alone and had long-standing difficulties with hoarding and self-care.",
    "Several agencies knew about risks in his home, including fire risk.",
    "They did not share a single picture of that risk or agree who would lead.",
    "Mental capacity was assumed rather than assessed for specific decisions.",
    "His wish to be left alone was not explored with enough curiosity.",
    "The community nursing team visited consistently and built a trusting relationship.",
    "The self-neglect pathway was not used because no agency saw itself as the lead.",
    "Fenmoor Safeguarding Adults Board has agreed an action plan, which it will monitor.",
    "Northmarsh Fire and Rescue Service referrals should trigger a risk meeting.",
    "All partners should audit decision-specific mental capacity assessments.",
    "Housing officers raised concerns twice, but the referrals were closed without a visit.",
    "The GP practice recorded a decline in his weight over several months.",
    "Family members told the review that they had found it hard to get help.",
    "Training on professional curiosity has been given to practitioners across the area.",
    "The Board will review progress in its annual report and publish the results.",
    "Escalation between agencies was rare, and disagreements were not recorded.",
    "Where risks are high, a named lead agency must hold the overall picture.",
    "Staff turnover meant that relationships with Adult R had to be rebuilt several times.",
]


def sentences() -> list[str]:
    """The sentences above, the fixtures' paragraphs without identifiers, and D1–D3 prose."""
    found = list(SENTENCES)
    fixture = json.loads((FIXTURES / "identification.json").read_text(encoding="utf-8"))
    found += [item["text"] for item in fixture["items"] if not item["expected"]]
    for name in ("d1", "d2", "d3"):
        data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        review = data.get("review") or {}
        for text in [review.get("executive_summary") or "",
                     *(f["text"] for f in review.get("key_findings", [])),
                     *(r["text"] for r in review.get("recommendations", []))]:
            found += [s.strip() + "." for s in text.split(". ") if len(s.split()) > 4]
    return [s if s.endswith(".") else s + "." for s in found]


def ten_thousand_words(words: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = sentences()
    sections: list[str] = []
    per_section = words // 20
    for index in range(20):
        paragraphs: list[str] = []
        count = 0
        while count < per_section:
            chosen = rng.sample(pool, 4)
            paragraph = " ".join(chosen)
            if rng.random() < 0.2:
                paragraph = "- " + "\n- ".join(chosen)
            elif rng.random() < 0.1:
                paragraph += (" Read [the full report (PDF, 1.4 MB, 46 pages)](https://"
                              "fenmoor-sab.example/files/report.pdf).")
            paragraphs.append(paragraph)
            count += sum(len(s.split()) for s in chosen)
        sections.append(f"Section {index + 1} notes.\n\n" + "\n\n".join(paragraphs))
    return sections


def build(words: int) -> tuple[Any, list[Any]]:
    data = json.loads((FIXTURES / "d1.json").read_text(encoding="utf-8"))
    data["body"] = [{"id": f"part-{i + 1}", "heading": f"Part {i + 1}", "markdown": text}
                    for i, text in enumerate(ten_thousand_words(words))]
    others = [parse_record(json.loads((FIXTURES / f"{n}.json").read_text(encoding="utf-8")))
              for n in ("d2", "d3")]
    return data, others


def timed(record: Any, ctx: CheckContext) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds (CPU time is steadier on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    run_checks(record, ctx)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    spelling.preload()
    data, others = build(args.words)
    denylist = DenyList.create()
    for term in ("Jayden Okafor", "Harlow Close", "St Aldwyn's", "Okafor", "Amy Bell"):
        denylist.add(term)

    def context(record: Any) -> CheckContext:
        return CheckContext(now=NOW, denylist=denylist,
                            workspace=workspace_index([record, *others]))

    firsts, edits, unchanged = [], [], []
    for run in range(args.runs):
        fresh = copy.deepcopy(data)
        for section in fresh["body"]:
            section["markdown"] += f" Run {run} marker."
        record = parse_record(fresh)
        firsts.append(timed(record, context(record)))
        record.body[3].markdown += " One more sentence typed by the officer."
        edits.append(timed(record, context(record)))
        unchanged.append(timed(record, context(record)))
    words = sum(len(s.markdown.split()) for s in parse_record(data).body)
    print(f"record: {words} words in {len(data['body'])} sections, {args.runs} runs")
    for label, values in (("first run", firsts), ("one section edited", edits),
                          ("unchanged", unchanged)):
        wall = [w for w, _ in values]
        cpu = [c for _, c in values]
        print(f"{label:<19} median {statistics.median(wall):6.1f} ms (CPU "
              f"{statistics.median(cpu):6.1f} ms), best {min(wall):6.1f} ms")
    first = statistics.median(w for w, _ in firsts)
    edit = statistics.median(w for w, _ in edits)
    print(f"first check: {first:.1f} ms (target ≤ {FIRST_TARGET_MS:.0f} ms); re-check after "
          f"an edit: {edit:.1f} ms (target ≤ {EDIT_TARGET_MS:.0f} ms)")
    return 0 if first <= FIRST_TARGET_MS and edit <= EDIT_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
