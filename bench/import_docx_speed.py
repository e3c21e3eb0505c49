"""How long importing a large Word document takes, per unpacked megabyte (target ≤ 1 s).

Builds a .docx of fictional text (headings, paragraphs with bold, italic and links, bulleted
and numbered lists, tables) of about the size asked, imports it as ``review-editor import``
does, and prints the seconds per unpacked MB. Exit status 0 when within the target.

    python bench/import_docx_speed.py [--paragraphs N] [--runs N]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx

from review_editor.importers import import_file

TARGET_SECONDS_PER_MB = 1.0
NOW = datetime(2031, 3, 12, 9, 0, tzinfo=UTC)
_SENTENCE = ("The review looked at how agencies in Fenmoor shared what they knew about the "
             "risks at home, and why the self-neglect pathway was not used. ")


def build(paragraphs: int) -> bytes:
    """A Word document with ``paragraphs`` paragraphs and a list and a table every 50."""
    document = docx.Document()
    document.add_heading("Safeguarding Adults Review: Adult R", 0)
    for number in range(paragraphs):
        if number % 50 == 0:
            document.add_heading(f"Part {number // 50 + 1}", 1)
            for item in range(5):
                document.add_paragraph(f"Point {item + 1} of part {number // 50 + 1}",
                                       style="List Bullet")
            for item in range(3):
                document.add_paragraph(f"Step {item + 1}", style="List Number")
            table = document.add_table(rows=4, cols=3)
            for row in table.rows:
                for cell in row.cells:
                    cell.text = "Recommendation accepted"
        paragraph = document.add_paragraph(_SENTENCE * 3)
        paragraph.add_run("Bold finding. ").bold = True
        paragraph.add_run("Italic note.").italic = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def unpacked_megabytes(data: bytes) -> float:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(info.file_size for info in archive.infolist()) / (1024 * 1024)


def seconds_per_megabyte(paragraphs: int, runs: int) -> tuple[float, float, float]:
    """(unpacked MB, median seconds, seconds per MB)."""
    data = build(paragraphs)
    size = unpacked_megabytes(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.docx"
        path.write_bytes(data)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            import_file(path, now=NOW)
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return size, median, median / size


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    size, median, per_mb = seconds_per_megabyte(args.paragraphs, args.runs)
    print(f"{size:.1f} MB unpacked: {median:.2f} s, {per_mb:.2f} s per MB "
          f"(target ≤ {TARGET_SECONDS_PER_MB:.1f} s per MB)")
    return 0 if per_mb <= TARGET_SECONDS_PER_MB else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
