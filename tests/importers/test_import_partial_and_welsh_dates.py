"""Dates pages give in other shapes: Welsh datelines, an announcement cut by a line break,
and a month or a year alone. The record's published_on is a full date, so a month or year
alone never becomes one: the importer says so and offers it, unapplied, as the review's own
(partial) date when the page is about one review. The pages are made up (a fictional
Fenmoor)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from review_editor.importers import import_text
from review_editor.importers.command import import_to_file
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _import(text: str):
    return import_text(text, source_name="page.txt", now=NOW)


@pytest.mark.parametrize(("lines", "expected"), [
    ("Cyhoeddwyd gyntaf:\n\n14 Ebrill 2031", date(2031, 4, 14)),
    ("Cyhoeddwyd gyntaf: 2 Tachwedd 2030", date(2030, 11, 2)),
    ("Dyddiad cyhoeddi: 9 Gorffennaf 2029", date(2029, 7, 9)),
])
def test_welsh_datelines_date_the_page(lines: str, expected: date) -> None:
    text = (f"Neidio i'r prif gynnwys\n\nAdolygiad ymarfer plant wedi'i gyhoeddi\n\n{lines}\n\n"
            "Diweddarwyd ddiwethaf:\n\nMae Bwrdd Diogelu Fenmoor wedi cyhoeddi adolygiad "
            "ymarfer plant. Mae'r adolygiad yn edrych ar waith yr asiantaethau.")
    assert _import(text).record.published_on == expected


def test_a_welsh_update_line_dates_the_update() -> None:
    text = ("Adolygiadau ymarfer\n\nCyhoeddwyd gyntaf:\n\n3 Mai 2030\n\nDiweddarwyd "
            "ddiwethaf:\n\n21 Medi 2031\n\nMae'r dudalen hon yn esbonio adolygiadau ymarfer.")
    record = _import(text).record
    assert record.published_on == date(2030, 5, 3)
    assert record.updated_on == date(2031, 9, 21)


def test_an_announcement_cut_by_a_line_break_still_dates_the_page() -> None:
    text = ("Adult J - published June 2031\n\nThe Fenmoor Safeguarding Adults Board has today "
            "(4 June 2031) published a Safeguarding Adults Review into the death,\n\nin March "
            "2029, of a man in his 40s.")
    assert _import(text).record.published_on == date(2031, 6, 4)


def test_a_month_alone_is_not_made_a_day_but_offered_as_the_reviews_date(
        tmp_path: Path) -> None:
    text = ("Adult Q - published May 2031\n\nThe Fenmoor Safeguarding Adults Board has "
            "published a Safeguarding Adults Review into the death of Adult Q.")
    result = _import(text)
    assert result.record.published_on is None
    assert any("only “May 2031”" in warning for warning in result.warnings)
    offered = [s for s in result.suggestions if s.field_path == "review.published_on"]
    assert [(s.value, s.confidence) for s in offered] == [("2031-05", "medium")]
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")
    written = import_to_file(source, tmp_path / "out.json", now=NOW, accept_suggestions=True)
    assert written.record.published_on is None  # a medium suggestion is never applied unasked


def test_a_year_alone_is_reported_and_not_offered_for_a_page_about_no_review() -> None:
    text = ("Neglect: learning from case reviews\n\nPublished: 2029\n\nThis briefing draws on "
            "reviews published since 2020.")
    result = _import(text)
    assert result.record.published_on is None
    assert any("only “2029”" in warning for warning in result.warnings)
    assert not [s for s in result.suggestions if s.field_path == "review.published_on"]


@pytest.mark.parametrize(("line", "shown", "year"), [
    ("Adult W - published Spring 2031", "Spring 2031", "2031"),
    ("Adult W - published in Q2 2030", "Q2 2030", "2030"),
    ("Adult W - published in the autumn of 2029", "autumn of 2029", "2029"),
])
def test_a_season_or_quarter_gives_only_its_year(line: str, shown: str, year: str) -> None:
    result = _import(f"{line}\n\nThe Fenmoor Safeguarding Adults Board has published a "
                     "Safeguarding Adults Review into the death of Adult W.")
    assert result.record.published_on is None
    assert any(f"only “{shown}”" in warning for warning in result.warnings)
    offered = [s.value for s in result.suggestions if s.field_path == "review.published_on"]
    assert offered == [year]


def test_a_weekday_and_a_year_are_no_date() -> None:
    result = _import("Adult W - published Monday 2031\n\nThe board met.")
    assert not any("only" in warning for warning in result.warnings)
