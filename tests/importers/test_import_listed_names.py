"""Listings whose entries name a review in few words: a numbered or bulleted list of a kind
and a name ("1. SAR Mr E"), and lines ending in their month after a comma ("Case of Ann,
March 2030"), and documents named for whom their review is about ("Safeguarding Adults
Overview Review report for Gary", "… executive summary of Mary", "The B Family learning
recommendations"), each one review of the people they name. A bulleted list of themes
that mentions a review's subject, or a numbered contents list naming a kind of review, lists
no reviews.

The pages are made up (a fictional Fenmoor).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from import_pages import split_page

from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)

NUMBERED = ("Safeguarding Adult Reviews\n\nSafeguarding Adult Reviews are held when an adult with "
            "care and support needs dies as a result of abuse or neglect.\n\n"
            "SAR Reports\n\n  1. SAR TW\n  2. SAR Mrs K\n  3. SAR Mr B\n\n"
            "7 Minute Briefings\n\nManagers deliver short briefings to staff on key topics.")

COMMA_DATED = ("Domestic homicide reviews (DHR)\n\nWhy we need domestic homicide reviews\n\n"
               "We are legally required to conduct an independent review when a person's death "
               "appears to be related to domestic abuse.\n\nPublished reviews\n\n"
               "Case of Ann, March 2030\n\nCase of Bryn, December 2029\n\n"
               "Case of Adult C, February 2028")

DOCUMENTS = ("Safeguarding Adult Reviews\n\nCases can be referred to the board by completing "
             "the referral form.\n\nPublished SARs\n\n"
             "Safeguarding Adults Overview Review report for Gary\n\nPDF\n\n452KB\n\n"
             "Safeguarding Adults Review executive summary of Mary\n\nPDF\n\n137KB\n\n"
             "The C Family learning recommendations\n\nPDF\n\n284KB\n\n"
             "The C Family SAR learning brief\n\nPDF\n\n697KB")

THEMES = ("Adult Q - published May 2031\n\nThe Fenmoor Safeguarding Adults Board has today "
          "published a Safeguarding Adults Review into the death of Adult Q.\n\n"
          "Key themes explored:\n\n  • the response of the alarm provider to Adult Q\n"
          "  • the assessment of risk to Adult Q by his housing providers\n"
          "  • the multi-agency response to Adult Q's mental health")

CONTENTS = ("Serious Case Reviews\n\nContents\n\n  1. Serious Case Review Process\n"
            "  2. Criteria for a Serious Case Review\n"
            "  3. Decisions Whether to Initiate a Serious Case Review\n\n"
            "The board must undertake reviews of serious cases in specified circumstances.")


def test_a_numbered_list_of_kind_and_name_lists_reviews(tmp_path: Path) -> None:
    found = split_page(tmp_path, NUMBERED, NOW)
    assert sorted(found) == [("SAR Mr B", "sar"), ("SAR Mrs K", "sar"), ("SAR TW", "sar")]


def test_a_month_after_a_comma_dates_each_entry(tmp_path: Path) -> None:
    found = split_page(tmp_path, COMMA_DATED, NOW)
    assert sorted(found) == [("Case of Adult C", "dhr"), ("Case of Ann", "dhr"),
                             ("Case of Bryn", "dhr")]


def test_documents_named_for_their_subjects_are_their_reviews(tmp_path: Path) -> None:
    found = split_page(tmp_path, DOCUMENTS, NOW)
    assert sorted(found) == [("Gary", "sar"), ("Mary", "sar"), ("The C Family", "sar")]


def test_themes_naming_the_subject_list_no_reviews(tmp_path: Path) -> None:
    found = split_page(tmp_path, THEMES, NOW)
    assert len(found) == 1
    assert found[0][1] == "sar"


def test_a_numbered_contents_list_lists_no_reviews(tmp_path: Path) -> None:
    found = split_page(tmp_path, CONTENTS, NOW)
    assert len(found) == 1
