"""Time a PDF export of a 10,000-word record (target: 3 s), headless.

The record is D1 (a safeguarding adults review notice) with its body grown to 10,000 words
of prose, lists and a table in 10 sections. Two figures are printed for ``export_record``
(checks, render, Qt WebEngine's printToPdf, pypdf metadata, the atomic write):

- first: the first export of the process, Qt WebEngine's start-up included;
- warm: later exports, which reuse the application, profile and page (median of N).

    python bench/export_pdf.py [--words N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TARGET_S = 3.0

SENTENCES = [
    "The review found that agencies did not share information about risk in the home.",
    "Practitioners should ask who lives in the home and who looks after the adult at night.",
    "Adult R lived alone and had long-standing difficulties with hoarding and self-care.",
    "The fire service visited twice but the referral did not reach adult social care.",
    "Mental capacity was assumed rather than assessed for specific decisions about care.",
    "The community nursing team built a trusting relationship over several months.",
    "The Board has agreed an action plan and will monitor it every quarter.",
    "Professional curiosity means asking again when an answer does not fit the picture.",
]


def long_body(words: int, sections: int, seed: int = 3) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    body = []
    per_section = words // sections
    for index in range(sections):
        blocks: list[str] = []
        written = 0
        while written < per_section:
            if len(blocks) % 8 == 5:
                items = [rng.choice(SENTENCES) for _ in range(4)]
                blocks.append("\n".join(f"- {item}" for item in items))
            elif len(blocks) % 8 == 7:
                rows = [f"| {rng.choice(['Police', 'Health', 'Council'])} | "
                        f"{rng.choice(SENTENCES)} |" for _ in range(3)]
                blocks.append("| Agency | What changed |\n|---|---|\n" + "\n".join(rows))
            else:
                blocks.append(" ".join(rng.choice(SENTENCES) for _ in range(6)))
            written += len(blocks[-1].split())
        body.append({"id": f"part-{index + 1}", "heading": f"Part {index + 1}",
                     "markdown": "\n\n".join(blocks)})
    return body


def record(words: int) -> Any:
    from review_editor.model import parse_record

    data = json.loads((ROOT / "resources" / "examples" / "sar-adult-r.json")
                      .read_text(encoding="utf-8"))
    data["body"] = long_body(words, 10)
    return parse_record(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # Keep the bench away from the user's settings and deny-lists.
    os.environ.setdefault("REVIEW_EDITOR_HOME", tempfile.mkdtemp(prefix="review-editor-bench-"))

    from pypdf import PdfReader

    from review_editor.export import export_record

    rec = record(args.words)
    words = sum(len(section.markdown.split()) for section in rec.body)
    with tempfile.TemporaryDirectory(prefix="review-editor-bench-") as folder:
        out = Path(folder)
        start = time.perf_counter()
        result = export_record(rec, {"pdf"}, out, now=NOW)
        first = time.perf_counter() - start
        warm = []
        for _ in range(args.runs):
            start = time.perf_counter()
            export_record(rec, {"pdf"}, out, now=NOW)
            warm.append(time.perf_counter() - start)
        [path] = result.files
        pages = len(PdfReader(str(path)).pages)
        size = path.stat().st_size
    median = statistics.median(warm)
    print(f"{words} words → {pages} pages, {size / 1024:.0f} KB")
    print(f"first export (Qt WebEngine start included): {first:.2f} s")
    print(f"warm export: median {median:.2f} s, worst {max(warm):.2f} s ({args.runs} runs)")
    ok = first <= TARGET_S and max(warm) <= TARGET_S
    print(f"target {TARGET_S:.0f} s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
