"""How long rendering takes for long records: the whole page, all blocks, and the blocks
again after a one-word edit (what the live preview does on a keystroke).

Run: .venv/bin/python bench/render_speed.py
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from review_editor.model import parse_record
from review_editor.model.records import RecordModel
from review_editor.render import page_structure, render_blocks, render_page
from review_editor.render.blocks import clean_block, raw_blocks

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TEXT = ("agencies shared information about risk with the family and the review found that "
        "practitioners did not always ask who lived in the home or look after the baby at "
        "night so the partnership has agreed new guidance for every carer")
WORDS = TEXT.split()


def paragraph(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[:1].upper() + text[1:] + "."


def section_text(rng: random.Random, words: int) -> str:
    blocks: list[str] = []
    written = 0
    while written < words:
        size = min(100, words - written)
        if len(blocks) % 10 == 9:
            blocks.append("\n".join(f"- {paragraph(rng, 10)}" for _ in range(size // 10 or 1)))
        else:
            blocks.append(paragraph(rng, size))
        written += size
    return "\n\n".join(blocks)


def record(words: int, sections: int, seed: int = 1) -> RecordModel:
    rng = random.Random(seed)
    per_section = words // sections
    return parse_record({
        "schema_version": "1.0", "id": str(uuid.UUID(int=seed)), "kind": "review_notice",
        "title": "Safeguarding Adults Review: Adult R", "summary": "A long review.",
        "published_on": "2025-03-12",
        "publisher": {"name": "Fenmoor Safeguarding Adults Board",
                      "url": "https://fenmoor-sab.example"},
        "review": {"review_type": "sar", "review_name": "Adult R",
                   "period_covered": {"start": "2021-01", "end": "2023-06"}},
        "body": [{"id": f"s{i}", "heading": f"Part {i + 1}",
                  "markdown": section_text(rng, per_section)} for i in range(sections)],
    })


def edited(rec: RecordModel, word: str) -> RecordModel:
    """The record with one word changed in the middle paragraph of the middle section."""
    body = list(rec.body)
    middle = len(body) // 2
    paragraphs = body[middle].markdown.split("\n\n")
    paragraphs[len(paragraphs) // 2] = f"{word} {paragraphs[len(paragraphs) // 2]}"
    body[middle] = body[middle].model_copy(update={"markdown": "\n\n".join(paragraphs)})
    return rec.model_copy(update={"body": body})


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and worst time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def clear_caches() -> None:
    raw_blocks.cache_clear()
    clean_block.cache_clear()


def main() -> None:
    print(f"{'words':>7} {'sections':>8}  {'page cold':>10} {'page warm':>10} "
          f"{'blocks warm':>12} {'keystroke':>14}   (median / worst ms)")
    for words in (1_000, 10_000, 100_000):
        for sections in (1, max(1, words // 500)):
            rec = record(words, sections)
            repeat = 5 if words == 100_000 else 20
            cold = []
            for _ in range(3):
                clear_caches()
                start = time.perf_counter()
                render_page(rec, now=NOW)
                cold.append((time.perf_counter() - start) * 1000)
            page = timed(lambda rec=rec: render_page(rec, now=NOW), repeat)
            blocks = timed(lambda rec=rec: render_blocks(rec, now=NOW), repeat)
            counter = iter(range(10**6))

            def keystroke(rec: RecordModel = rec, counter: Iterator[int] = counter) -> None:
                changed = edited(rec, f"w{next(counter)}")
                page_structure(changed)
                render_blocks(changed, now=NOW)

            key = timed(keystroke, repeat)
            print(f"{words:>7} {sections:>8}  {statistics.median(cold):>10.1f} "
                  f"{page[0]:>10.1f} {blocks[0]:>12.1f} {key[0]:>7.1f} / {key[1]:<5.1f}")


if __name__ == "__main__":
    main()
