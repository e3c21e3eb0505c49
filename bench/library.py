"""Library speed: list a folder of 5,000 records, and search them as the user types.

Targets: the folder lists within 1 s (scan + model fill + the view laid out), and each
keystroke of a search answers within 16 ms (one frame at 60 Hz).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/library.py [--records 5000] [--words 600]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from review_editor import resources  # noqa: E402
from review_editor.model import (  # noqa: E402
    LONDON,
    Kind,
    Status,
    dump,
    new_record,
    parse_record,
)
from review_editor.storage import scan_folder, to_bytes  # noqa: E402

#: A word most pages hold, and one few hold (each page without it is searched to the end).
TYPED = ("exploitation", "inquest")


def example_words() -> list[str]:
    """Every word of the bundled examples, repeats kept: sampling from it gives text with
    the frequencies of real pages."""
    words: list[str] = []
    for path in resources.examples_dir().glob("*.json"):
        words += re.findall(r"[A-Za-z][A-Za-z'’-]*", path.read_text(encoding="utf-8"))
    return words


def generate(folder: Path, count: int, words: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocabulary = example_words()
    start = datetime(2020, 1, 1, 9, tzinfo=LONDON)
    kinds = list(Kind)
    statuses = [Status.draft, Status.in_review, Status.approved, Status.published]

    def text(length: int) -> str:
        return " ".join(rng.choices(vocabulary, k=length))

    for number in range(count):
        title = f"Review {number}: {text(5)}"
        data = dump(new_record(rng.choice(kinds), title, start + timedelta(hours=number)))
        data.update(status=rng.choice(statuses), summary=text(20),
                    body=[{"id": "main", "heading": "About", "markdown": text(words)}])
        (folder / f"record-{number:05d}.json").write_bytes(to_bytes(parse_record(data)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--words", type=int, default=600, help="body words per record")
    parser.add_argument("--folder", type=Path, help="reuse (or fill) this folder")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from review_editor.ui.library.panel import LibraryPanel

    app = QApplication([sys.argv[0]])
    folder = args.folder or Path(tempfile.mkdtemp(prefix="review-editor-library-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.json"))) < args.records:
        started = time.perf_counter()
        generate(folder, args.records, args.words)
        print(f"generated {args.records} records of ~{args.words} words in "
              f"{time.perf_counter() - started:.1f} s: {folder}")

    panel = LibraryPanel()
    panel.resize(420, 800)
    panel.show()
    app.processEvents()

    # Cold-ish listing: the folder is read as a user opening it would read it.
    started = time.perf_counter()
    scan = scan_folder(folder)
    scanned = time.perf_counter()
    panel.set_scan(scan)
    app.processEvents()  # the view lays out and paints its first rows
    listed = time.perf_counter()
    per_file = (scanned - started) / max(len(scan.entries), 1) * 1e6
    print(f"scan_folder: {len(scan.entries)} records, {len(scan.problems)} problems in "
          f"{(scanned - started) * 1000:.0f} ms ({per_file:.0f} µs per file)")
    print(f"model fill + first paint: {(listed - scanned) * 1000:.0f} ms")
    total = listed - started
    print(f"listed in {total * 1000:.0f} ms (target ≤ 1000 ms): {'OK' if total <= 1 else 'SLOW'}")
    started = time.perf_counter()
    quick = scan_folder(folder, validate=False)
    print(f"quick scan (how the window's start lists a folder, before validating it): "
          f"{len(quick.entries)} records in {(time.perf_counter() - started) * 1000:.0f} ms")

    # Search as you type, through the panel's own search field (filter + selection + count).
    worst = 0.0
    for word in TYPED:
        timings = []
        for length in range(1, len(word) + 1):
            begin = time.perf_counter()
            panel.search.setText(word[:length])
            timings.append((time.perf_counter() - begin) * 1000)
        shown = panel.proxy.rowCount()
        for _ in range(len(word)):  # and deleting it again, one backspace at a time
            begin = time.perf_counter()
            panel.search.setText(panel.search.text()[:-1])
            timings.append((time.perf_counter() - begin) * 1000)
        worst = max(worst, *timings)
        print(f"typing and deleting \"{word}\" over {len(scan.entries)} rows ({shown} match): "
              f"median {statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms "
              "per keystroke")
    print(f"search as you type: worst {worst:.1f} ms per keystroke (target ≤ 16 ms): "
          f"{'OK' if worst <= 16 else 'SLOW'}")
    two_words = time.perf_counter()
    panel.search.setText("fire neglect")
    print(f"two words at once: {(time.perf_counter() - two_words) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
