"""The library finds a bilingual record by its Welsh as well as its English, in the quick
scan's entry and in the validated one alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from review_editor import resources
from review_editor.storage import load_record
from review_editor.storage.index import entry_for, entry_from_data, scan_folder

EXAMPLE = resources.examples_dir() / "adult-practice-review-adult-g.json"


def test_search_finds_welsh_and_english_words(tmp_path: Path) -> None:
    path = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, path)
    record = load_record(path).record
    quick = entry_from_data(json.loads(path.read_text(encoding="utf-8")), path, 0.0)
    full = entry_for(record, path, 0.0)
    assert quick.search_text == full.search_text
    for query in ("Oedolyn G", "Cyhoeddi adolygiad", "hyfforddiant staff",  # Welsh
                  "Adult G", "training for staff"):  # English
        assert full.matches(query), query
    assert not full.matches("Bradford")
    scanned = scan_folder(tmp_path)
    assert [entry.matches("ymarferwyr") for entry in scanned.entries] == [True]
