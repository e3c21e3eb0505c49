"""Word export time against the number of sections: linear, or not?

    .venv/bin/python bench/export_docx_speed.py 2000 8000

Each section holds a heading, a paragraph with a link and emphasis, a numbered list and a
bulleted list (fictional text). Prints CPU seconds per size (which a loaded, shared machine
does not inflate; wall time beside it) and the ratio of the last to the first; the target
is at most 5x for 8,000 sections against 2,000.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

from review_editor.export.docx import docx_bytes
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def record(sections: int) -> object:
    body = [{"id": f"s{n}", "heading": f"Section {n}",
             "markdown": f"Paragraph {n} with [a link](https://x.example/{n}) and *emphasis*."
                         "\n\n1. one\n2. two\n\n- a\n- b"} for n in range(sections)]
    return parse_record({"schema_version": "1.0", "kind": "news_item", "title": "Sections",
                         "id": "6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01", "body": body})


def main(sizes: list[int]) -> None:
    docx_bytes(record(10), now=NOW)  # warm up
    times = []
    for size in sizes:
        subject = record(size)
        started, wall = time.process_time(), time.perf_counter()
        docx_bytes(subject, now=NOW)  # type: ignore[arg-type]
        times.append(time.process_time() - started)
        print(f"{size:>6} sections: {times[-1]:.1f} s CPU "
              f"({time.perf_counter() - wall:.1f} s wall)")
    if len(times) > 1:
        print(f"ratio {times[-1] / times[0]:.2f}x for {sizes[-1] / sizes[0]:.0f}x the sections")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [2000, 8000])
