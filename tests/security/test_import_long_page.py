"""A long page imports in seconds: the publisher's finders read each paragraph again for
every partnership name they looked for, trying every length of name at every word (a page
of 100,000 words took 6.5 s of CPU, and 2 MB pages minutes on a busy machine; the importer
accepts pages of up to 10 MB). Now a word that starts no listed name is passed over at
once, and a paragraph's names are found once: 0.6 s."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from review_editor.importers.files import import_file

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SMALL, LARGE = 2_500, 10_000  # words in each of ten paragraphs
MAX_RATIO = 6.0  # for four times the words
MAX_SECONDS = 3.0  # of CPU for 100,000 words (before: 6.5)


def _page(folder: Path, words: int) -> Path:
    path = folder / f"page-{words}.txt"
    paragraph = " ".join(["Word"] * words)
    text = "Learning from Adult R\n\n"  # no publisher named: every finder reads it all
    path.write_text(text + "\n\n".join([paragraph] * 10) + "\n", encoding="utf-8")
    return path


def _seconds(path: Path) -> float:
    started = time.process_time()
    result = import_file(path, now=NOW)
    elapsed = time.process_time() - started
    assert result.record.body  # the page was read
    return elapsed


def test_a_long_page_imports_in_seconds_and_in_time_linear_in_its_length(
        tmp_path: Path) -> None:
    _seconds(_page(tmp_path, 300))  # the importer's tables load once
    small = _seconds(_page(tmp_path, SMALL))
    large = _seconds(_page(tmp_path, LARGE))
    assert large <= max(small, 0.05) * MAX_RATIO, f"{small:.2f} s, then {large:.2f} s"
    assert large < MAX_SECONDS, f"{large:.2f} s of CPU for {LARGE * 10} words"
