"""Time the PDF copy of a 10,000-word record, headless (targets: the command line at most
1.5x the JSON export of the same record, and the PDF step at most 150 ms warm).

The record is D1 (a safeguarding adults review notice) with its body grown to 10,000 words
of prose, lists and a table in 10 sections, saved to a temporary folder. Two figures:

- command line: ``review-editor export RECORD --format pdf`` against ``--format json`` of the
  same record, each in a fresh process (start-up, loading, the checks, the file written),
  median of N runs each, interleaved so both see the same machine load;
- PDF step: ``pdf_bytes`` in one process after a first export (the page's data from the
  outline, then Typst's layout and PDF/UA-1 writing), median and worst of N runs, with
  the two parts apart; judged on the process's CPU time, which other work on a shared
  machine does not inflate (wall time is shown beside it).

    python bench/export_pdf.py [--words N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
RATIO_TARGET = 1.5
STEP_TARGET_MS = 150.0

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


def command_line(path: Path, fmt: str, out: Path) -> float:
    """Seconds for one ``review-editor export`` in a fresh process."""
    command = [sys.executable, "-m", "review_editor.cli", "export", str(path), "--format",
               fmt, "--out", str(out), "--now", NOW.isoformat()]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"export --format {fmt} failed: {result.stderr.strip()}")
    return elapsed


def pdf_step(rec: Any, runs: int) -> dict[str, list[float]]:
    """Milliseconds for the page's data and for Typst per warm run, wall and CPU time (the
    process's CPU time, all its threads: what a busy shared machine does not inflate)."""
    from review_editor.export.pdf import compile_pdf
    from review_editor.export.pdf_data import pdf_data

    compile_pdf(pdf_data(rec, now=NOW), now=NOW)  # the first: imports, fonts, caches
    times: dict[str, list[float]] = {"data": [], "typst": [], "wall": [], "cpu": []}
    for run in range(runs):
        # A different clock each run, so Typst cannot reuse a whole earlier result.
        now = NOW.replace(minute=run % 60)
        start, start_cpu = time.perf_counter(), time.process_time()
        page = pdf_data(rec, now=now)
        middle = time.perf_counter()
        compile_pdf(page, now=now)
        end, end_cpu = time.perf_counter(), time.process_time()
        times["data"].append((middle - start) * 1000)
        times["typst"].append((end - middle) * 1000)
        times["wall"].append((end - start) * 1000)
        times["cpu"].append((end_cpu - start_cpu) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # Keep the bench (and its child processes) away from the user's settings and deny-lists.
    os.environ.setdefault("REVIEW_EDITOR_HOME", tempfile.mkdtemp(prefix="review-editor-bench-"))

    from pypdf import PdfReader

    from review_editor.storage import to_bytes

    rec = record(args.words)
    words = sum(len(section.markdown.split()) for section in rec.body)
    with tempfile.TemporaryDirectory(prefix="review-editor-bench-") as folder:
        path = Path(folder) / "long-record.json"
        path.write_bytes(to_bytes(rec))
        timings: dict[str, list[float]] = {"json": [], "pdf": []}
        for run in range(args.runs):
            for fmt in ("json", "pdf"):
                timings[fmt].append(command_line(path, fmt, Path(folder) / f"out-{run}"))
        [pdf_file] = (Path(folder) / "out-0").glob("*.pdf")
        pages = len(PdfReader(str(pdf_file)).pages)
        size = pdf_file.stat().st_size
    step = pdf_step(rec, args.runs)
    median = {name: statistics.median(values) for name, values in step.items()}

    json_s, pdf_s = statistics.median(timings["json"]), statistics.median(timings["pdf"])
    ratio = pdf_s / json_s
    print(f"{words} words → {pages} pages, {size / 1024:.0f} KB")
    print(f"command line, median of {args.runs}: json {json_s:.2f} s, pdf {pdf_s:.2f} s "
          f"→ {ratio:.2f}x (target ≤ {RATIO_TARGET}x)")
    print(f"PDF step warm, median of {args.runs}: {median['cpu']:.0f} ms CPU (target ≤ "
          f"{STEP_TARGET_MS:.0f} ms), {median['wall']:.0f} ms wall, worst "
          f"{max(step['wall']):.0f} ms (data {median['data']:.0f} ms + Typst "
          f"{median['typst']:.0f} ms, wall)")
    ok = ratio <= RATIO_TARGET and median["cpu"] <= STEP_TARGET_MS
    print(f"targets: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
