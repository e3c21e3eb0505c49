"""Listing pages: entries known by their shape, and lines that look like entries but are not.

Each test is one class of listing line, on made-up pages (a fictional Fenmoor and Harrowby).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from review_editor.importers import import_text
from review_editor.importers.command import import_each_to_folder
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _split(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")
    written = import_each_to_folder(source, tmp_path / "out", now=NOW, accept_suggestions=True)
    return sorted((result.record.title, result.record.review.review_type
                   if result.record.review and result.record.review.review_type else None)
                  for _path, result in written)


def test_lines_ending_with_a_month_and_year_are_dated_entries(tmp_path: Path) -> None:
    text = ("Reviews by other boards\n\nSeveral boards publish links to their reviews.\n\n"
            "Harrowby Safeguarding Adults Board\n\n"
            "Themes across SARs about hoarding | March 2031\n\nA look at nine reviews.\n\n"
            "Fenmoor Safeguarding Adults Board\n\nDaniel | published January 2031\n\n"
            "This review considered hospital discharge.")
    assert _split(tmp_path, text) == [("Daniel", None),
                                      ("Themes across SARs about hoarding", None)]


def test_the_same_title_with_different_months_is_two_reviews(tmp_path: Path) -> None:
    text = ("Domestic homicide reviews\n\nThe Fenmoor Community Safety Partnership publishes "
            "its reviews here.\n\nPurpose of a domestic homicide review\n\nReviews are held "
            "to learn lessons.\n\nDomestic homicide review - June 2030\n\n"
            "Domestic homicide review - published February 2028\n\nThe review follows a death.")
    assert _split(tmp_path, text) == [("Domestic homicide review", "dhr")] * 2


def test_a_document_word_cut_off_at_the_end_of_the_page_is_not_in_the_title(
        tmp_path: Path) -> None:
    text = ("Domestic Homicide Reviews\n\nFenmoor Community Safety Partnership publishes them "
            "here.\n\nDomestic Homicide Review 2 – Overview Report\n\n"
            "Domestic Homicide Review Rowan - Overview R")
    titles = [title for title, _kind in _split(tmp_path, text)]
    assert "Domestic Homicide Review Rowan" in titles


def test_documents_naming_the_same_child_are_one_review(tmp_path: Path) -> None:
    text = ("Case reviews\n\nPublished Serious Case Reviews\n\nChild T Overview Report\n\n"
            "Board Improvement Report – Child T 4th March 2029\n\nOverview Report Child W")
    assert _split(tmp_path, text) == [("Child T", "serious_case_review_legacy"),
                                      ("Child W", "serious_case_review_legacy")]


def test_a_report_under_a_heading_naming_a_kind_is_an_entry(tmp_path: Path) -> None:
    text = ("Case reviews\n\nThematic Partnership Reviews\n\nGaming and Grooming – Full Report "
            "(2029)\n\nPublished Serious Case Reviews\n\nChild P Overview Report\n\n"
            "Child R Overview Report")
    assert ("Gaming and Grooming", "thematic_review") in _split(tmp_path, text)


def test_a_learning_lessons_review_is_a_non_statutory_learning_review(tmp_path: Path) -> None:
    text = ("Safeguarding Adults Reviews (SARs) Reports\n\nMay 2030\n\nNell – Safeguarding Adult "
            "Review Report\n\nNell – Learning Briefing\n\nMarch 2030\n\nOwen – Learning Lessons "
            "Review – Learning Briefing\n\nPeggy – Safeguarding Adult Review Report")
    assert ("Owen", "learning_review_non_statutory") in _split(tmp_path, text)


def test_undated_entries_after_dated_ones_continue_the_list(tmp_path: Path) -> None:
    text = ("7 Minute Briefings\n\nShort briefings on what we have learnt.\n\n03 March 2031\n\n"
            "Neglect in the early years\n\nIn January 2031, the partnership completed a "
            "multi-agency audit of neglect cases.\n\n12 February 2031\n\nHidden harm\n\n"
            "In December 2030, the Child Safeguarding Practice Review Panel published a national "
            "review of hidden harm.\n\n\"Nobody asked me\"\n\nIn October 2030, the Child "
            "Safeguarding Practice Review Panel published a national review about children's "
            "voices.\n\nNational review into online har")
    found = _split(tmp_path, text)
    assert ('"Nobody asked me"', "national_cspr") in found
    assert ("National review into online har", "national_cspr") in found
    assert len(found) == 4


@pytest.mark.parametrize(("text", "title"), [
    # a link line on a page about one review
    ("Publication of Concise Child Practice Review\n\nToday the Fenmoor Safeguarding Board "
     "publishes the report of the Concise Child Practice Review FEN 2 2030.\n\nView the Child "
     "Practice Review Report\n\nFEN 2 2030 Final Report",
     "Publication of Concise Child Practice Review"),
    # lines continued from the one above, dated by a month
    ("7 Minute Briefings\n\nBriefings for teams.\n\nSafeguarding Adult Review\n\ninto the "
     "death of Tom - March 2030\n\nSafeguarding Adult Review\n\ninto the death of Mrs Kaur - "
     "September 2030\n\nSelf Neglect\n\nFinancial Abuse", "7 Minute Briefings"),
])
def test_lines_that_only_look_like_entries_make_no_listing(text: str, title: str) -> None:
    result = import_text(text, source_name="page.txt", now=NOW)
    assert result.record.title == title
    assert result.listed == []
