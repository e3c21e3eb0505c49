"""Listings whose entries are document links named by a quoted name or a topic, the file's
type and size after them, a line about each under it; and a split that finds no entries.
The pages are made up (a fictional Fenmoor)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from review_editor.importers import import_text
from review_editor.importers.command import import_each_to_folder
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
QUOTED = ("Domestic Homicide Reviews\n\nFenmoor Community Safety Partnership has published the "
          "following reviews.\n\n\"Jenny\" (PDF, 224 Kb)\n\nPublished in October 2031 issue of "
          "the Fenmoor Bulletin\n\n“Marcus” (PDF, 1.3 MB)\n\nPublished in March 2030 issue of "
          "the Fenmoor Bulletin")
TOPICS = ("Thematic reviews\n\nThe Fenmoor Safeguarding Children Partnership reviews themes "
          "across several cases.\n\nOnline Safety and Self-Harm [PDF 410KB]\n\nPublished "
          "June 2029\n\nChildren Missing Education (PDF, 96 Kb)\n\nPublished May 2030\n\n"
          "Annual Report 2030 (PDF, 2 MB)")


def test_quoted_names_with_a_file_size_are_entries(tmp_path: Path) -> None:
    source = tmp_path / "dhrs.txt"
    source.write_text(QUOTED, encoding="utf-8")
    written = import_each_to_folder(source, tmp_path / "out", now=NOW,
                                    accept_suggestions=True)
    records = [result.record for _path, result in written]
    assert [r.title for r in records] == ["Jenny", "Marcus"]
    assert all(r.review is not None and r.review.review_type == "dhr" for r in records)


def test_topics_with_file_sizes_are_entries_but_not_an_annual_report() -> None:
    result = import_text(TOPICS, source_name="page.txt", now=NOW)
    assert result.record.title == "Online Safety and Self-Harm"
    assert result.listed == ["Children Missing Education"]


def test_one_document_named_by_a_topic_is_no_listing() -> None:
    text = ("Learning from reviews\n\nThe Fenmoor Safeguarding Children Partnership shares "
            "what it learns.\n\nOnline Safety and Self-Harm (PDF, 410 KB)")
    result = import_text(text, source_name="page.txt", now=NOW)
    assert result.listed == []


def test_a_split_that_finds_no_entries_says_so(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Our reviews\n\nFenmoor Safeguarding Adults Board learns from reviews. "
                      "Reports appear here when they are published.", encoding="utf-8")
    written = import_each_to_folder(source, tmp_path / "out", now=NOW)
    assert len(written) == 1
    assert any("No separate reviews were found" in w for w in written[0][1].warnings)


def test_documents_of_one_quoted_review_are_one_entry() -> None:
    text = ("Domestic Homicide Reviews\n\nFenmoor Community Safety Partnership publishes its "
            "reviews here.\n\nDHR “Ruth” Overview Report (pdf 1.1 MB)\n\nDHR “Ruth” Executive "
            "Summary (pdf 310 KB)\n\nDHR “Kofi” Overview Report (pdf 900 KB)")
    result = import_text(text, source_name="page.txt", now=NOW)
    assert result.record.title == "DHR “Ruth”"
    assert result.listed == ["DHR “Kofi”"]


def test_bulleted_document_links_are_entries(tmp_path: Path) -> None:
    text = ("7-minute briefings\n\nFenmoor Safeguarding Children Partnership publishes a "
            "briefing on each review.\n\n- \"Jenny\" (PDF, 224 Kb)\n- Published in October 2031 "
            "issue of the Fenmoor Bulletin\n- \"Marcus\" (PDF, 180 Kb)\n- Published in March "
            "2030 issue of the Fenmoor Bulletin")
    source = tmp_path / "briefings.txt"
    source.write_text(text, encoding="utf-8")
    written = import_each_to_folder(source, tmp_path / "out", now=NOW)
    assert [result.record.title for _path, result in written] == ["Jenny", "Marcus"]
