"""``import_to_file`` (what ``review-editor import SOURCE --out FILE`` runs) and layering."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from review_editor.importers import import_to_file, report_lines
from review_editor.model import LONDON, dump
from review_editor.storage import load_record, to_bytes

NOW = datetime(2025, 1, 6, 10, 0, tzinfo=LONDON)
SAMPLE = Path(__file__).with_name("samples") / "bradford-cse-review-news.txt"


def test_the_record_is_saved_as_canonical_json(tmp_path: Path) -> None:
    out = tmp_path / "thematic-review-into-cse-in-bradford.json"
    result = import_to_file(SAMPLE, out, now=NOW)
    assert out.read_bytes() == to_bytes(result.record)
    loaded = load_record(out)
    assert dump(loaded.record) == dump(result.record)
    assert loaded.record.review is None  # suggestions are reported, not applied


def test_suggestions_can_all_be_accepted(tmp_path: Path) -> None:
    out = tmp_path / "record.json"
    result = import_to_file(SAMPLE, out, now=NOW, accept_suggestions=True)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["review"]["commissioned_on"] == "2019-04"
    assert saved["review"]["reviewers"][0]["name"] == "Clare Hyde"
    lines = report_lines(result, applied=True)
    assert 'applied: review.commissioned_on = "2019-04" (from “commissioned in April 2019”) ' \
        '[high]' in lines


def test_report_lines_list_warnings_then_suggestions(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("This page starts with a sentence. The review was commissioned in "
                      "May 2030.", encoding="utf-8")
    result = import_to_file(source, tmp_path / "out.json", now=NOW)
    lines = report_lines(result)
    assert lines[0].startswith("warning: No title found")
    assert 'suggested: review.commissioned_on = "2030-05" (from “commissioned in May 2030”) ' \
        '[high]' in lines


def test_the_importers_import_no_qt() -> None:
    code = ("import sys, review_editor.importers; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert output == "[]"
