"""``import_to_file`` (what ``review-editor import SOURCE --out FILE`` runs) and layering."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

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


LISTING = ("Serious Case Reviews\n\nSerious Case Review - Child G\n\nThe partnership is today "
           "(16/01/2030) publishing the review of Child G.\n\nSerious Case Review - Child Q\n\n"
           "The partnership is today (27th November 2029) publishing the review of Child Q.\n")


def _cli(args: list[str], capsys: Any) -> tuple[int, str]:
    from review_editor.cli import main

    code = main(args)
    return code, capsys.readouterr().out


def test_accept_suggestions_applies_only_the_sure_ones_and_lists_the_rest(
        tmp_path: Path, capsys: Any) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Board news\n\nThe board will publish a Safeguarding Adults Review when "
                      "an adult dies. A rapid review may follow.\n\nThe board met on 2 June "
                      "2030.", encoding="utf-8")
    out = tmp_path / "record.json"
    code, printed = _cli(["import", str(source), "--out", str(out), "--accept-suggestions"],
                         capsys)
    assert code == 0
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert "review" not in saved or not saved["review"].get("review_type")
    assert "published_on" not in saved
    assert "skipped (not sure enough; check it): review.review_type" in printed
    assert 'skipped (not sure enough; check it): published_on = "2030-06-02"' in printed


def test_split_writes_one_record_per_review(tmp_path: Path, capsys: Any) -> None:
    source = tmp_path / "page.txt"
    source.write_text(LISTING, encoding="utf-8")
    folder = tmp_path / "reviews"
    code, printed = _cli(["import", str(source), "--split", "--out", str(folder),
                          "--accept-suggestions"], capsys)
    assert code == 0
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    by_title = {r["title"]: r for r in records}
    assert set(by_title) == {"Serious Case Review - Child G", "Serious Case Review - Child Q"}
    child_g = by_title["Serious Case Review - Child G"]
    assert child_g["review"]["review_type"] == "serious_case_review_legacy"
    assert child_g["published_on"] == "2030-01-16"
    assert child_g["sensitivity"]["subjects"] == [{"pseudonym": "Child G", "role": "child"}]
    assert by_title["Serious Case Review - Child Q"]["published_on"] == "2029-11-27"
    assert printed.count("wrote ") == 2


def test_without_split_the_first_review_and_the_others_named(tmp_path: Path,
                                                            capsys: Any) -> None:
    source = tmp_path / "page.txt"
    source.write_text(LISTING, encoding="utf-8")
    out = tmp_path / "record.json"
    code, printed = _cli(["import", str(source), "--out", str(out)], capsys)
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == \
        "Serious Case Review - Child G"
    assert "the page lists 2 reviews" in printed
    assert "  Serious Case Review - Child Q" in printed.splitlines()


def test_split_of_a_page_that_is_no_listing_writes_one_record(tmp_path: Path,
                                                              capsys: Any) -> None:
    folder = tmp_path / "out"
    code, printed = _cli(["import", str(SAMPLE), "--split", "--out", str(folder)], capsys)
    assert code == 0
    assert len(list(folder.glob("*.json"))) == 1
    assert "No separate reviews were found on this page" in printed
