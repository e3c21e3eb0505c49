"""Pages as partnerships' sites give them: furniture, headlines, dates, publishers, review
types across the four nations, pseudonyms, listings. The pages are made up (fictional
places and people); the partnerships named are the public bodies of the shipped list."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.gazetteer import all_names, find_partnerships, lookup
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def imported(text: str) -> ImportResult:
    return import_text(text, source_name="page.txt", now=NOW)


def confident(result: ImportResult, path: str) -> list[Any]:
    return [s.value for s in result.suggestions if s.field_path == path
            and s.confidence == "high"]


def test_site_furniture_is_removed_and_logged() -> None:
    furniture = ["Skip to main content", "Quickly leave this site", "Accessibility: A A A",
                 "Concerned about a child? Call 01632 960000", "View this email in your browser",
                 "Home > News > Reviews", "We use cookies to improve this site", "Share this page",
                 "Welcome to our website", "Looking for the adults board?", "Jump to content",
                 "BLOG ARTICLE"]
    text = "\n\n".join([*furniture, "Review into the care of Baby Q published",
                        "Updated on:", "Jo Brennan-Marsh",
                        "The partnership has published its review. It found three lessons.",
                        "Scroll to top of page"])
    result = imported(text)
    assert result.record.title == "Review into the care of Baby Q published"
    removed = " | ".join(result.record.provenance.removed_boilerplate)
    for line in [*furniture, "Updated on:", "Jo Brennan-Marsh", "Scroll to top of page"]:
        assert line in removed, line
    body = " ".join(section.markdown for section in result.record.body)
    assert "leave this site" not in body and "Jo Brennan" not in body


def test_the_headline_not_the_site_name_nor_a_section_label() -> None:
    result = imported("Lewisham Safeguarding Adults Board\n\nTraining and events\n\n"
                      "Safeguarding Adults Review: Adult T\n\n"
                      "The board has published the review of Adult T today.")
    assert result.record.title == "Safeguarding Adults Review: Adult T"
    assert result.record.publisher is not None
    assert result.record.publisher.name == "Lewisham Safeguarding Adults Board"


def test_a_sub_heading_under_the_headline_is_not_the_headline() -> None:
    result = imported("Significant Cases and Learning Reviews\n\nLearning Reviews\n\n"
                      "The committee carries out learning reviews when the criteria are met.")
    assert result.record.title == "Significant Cases and Learning Reviews"


def test_a_breadcrumb_names_a_page_without_a_headline() -> None:
    result = imported("Home >> Case Reviews\n\nThe committees review cases where a person "
                      "has died or been significantly harmed.")
    assert result.record.title == "Case Reviews"


@pytest.mark.parametrize(("line", "expected"), [
    ("Published: 3rd March 2023", "2023-03-03"),
    ("Posted on Thursday 16th May 2024", "2024-05-16"),
    ("16/01/2020", "2020-01-16"),
    ("Thursday, 7 April 2016 | Sam Okoro", "2016-04-07"),
    ("Date: Friday, 08th Apr 2022 | Category: News", "2022-04-08"),
    ("Published at 5.00 pm on Friday 20 December 2013", "2013-12-20"),
])
def test_datelines_in_uk_forms_date_the_page(line: str, expected: str) -> None:
    result = imported(f"Board news\n\n{line}\n\nThe board met in Fenmoor on 2 June 2019.")
    assert str(result.record.published_on) == expected
    others = [s.value for s in result.suggestions if s.field_path == "published_on"]
    assert "2019-06-02" in others  # another date on the page, kept as a suggestion
    assert all(s.confidence == "low" for s in result.suggestions
               if s.field_path == "published_on")


def test_an_announcement_dates_the_page_and_prose_dates_do_not() -> None:
    result = imported("Serious Case Review - Child W\n\nThe partnership is today "
                      "(27th November 2019) publishing the review. It was commissioned in "
                      "October 2017.")
    assert str(result.record.published_on) == "2019-11-27"
    prose = imported("Board news\n\nThe policy of 12 March 2020 was updated in 2021.")
    assert prose.record.published_on is None


def test_a_date_in_the_headline_and_a_date_label_on_its_own_line() -> None:
    result = imported("Executive summary 12 March 2023\n\nThe review found three lessons.\n\n"
                      "Page last updated:\n\n25 Nov 2025")
    assert str(result.record.published_on) == "2023-03-12"
    assert str(result.record.updated_on) == "2025-11-25"


def test_dates_over_the_entries_of_a_list_do_not_date_the_page() -> None:
    result = imported("Briefings\n\n01 August 2025\n\nResponding to harm\n\nA short briefing."
                      "\n\n24 April 2025\n\nWorking with fathers\n\nAnother briefing.")
    assert result.record.published_on is None


def test_the_gazetteer_knows_current_former_and_welsh_names() -> None:
    assert lookup("Suffolk Local Safeguarding Children Board").name == \
        "Suffolk Safeguarding Partnership"
    assert lookup("Cwm Taf Safeguarding Board").nation == "wales"
    assert "Western Bay Safeguarding Board" in all_names("West Glamorgan Safeguarding Board")
    [mention] = find_partnerships("mae gan Fwrdd Diogelu Gwent gyfrifoldeb statudol")
    assert mention.partnership.name == "Gwent Safeguarding Board"
    assert lookup("Safeguarding Board for Northern Ireland").short_name == "SBNI"
    assert lookup("Glasgow Child Protection Committee").nation == "scotland"


def test_a_short_name_counts_only_where_it_names_one_body() -> None:
    # "LSAB" is used by more than one board: it names none unless its area is named too.
    assert find_partnerships("The LSAB met today.") == []
    [_full, short] = find_partnerships("Lewisham Safeguarding Adults Board (LSAB) met. "
                                       "The LSAB agreed.")[:2]
    assert short.partnership.name == "Lewisham Safeguarding Adults Board"


def test_a_former_name_on_the_page_gives_the_current_name_and_keeps_the_former() -> None:
    result = imported("Suffolk Local Safeguarding Children Board\n\nBaby K Serious Case Review"
                      "\n\nThe board has published the review of Baby K.")
    publisher = result.record.publisher
    assert publisher is not None and publisher.name == "Suffolk Safeguarding Partnership"
    assert [f.name for f in publisher.former_names] == \
        ["Suffolk Local Safeguarding Children Board"]


def test_a_national_body_named_in_the_text_is_not_the_publisher() -> None:
    result = imported("Learning from reviews\n\nLocal partners review cases.\n\nThe work of "
                      "local partners is different.\n\nLater, the Child Safeguarding Practice "
                      "Review Panel published its annual report.")
    assert result.record.publisher is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Learning Review\n\nPolice Scotland and the council note the findings of this Learning "
     "Review into the care of two brothers.", "learning_review_scotland"),
    ("Learning Review\n\nThe Fenmoor board notes the findings of this Learning Review into "
     "the care of two brothers.", "learning_review_non_statutory"),
    ("Panel news\n\nThe Child Safeguarding Practice Review Panel has today published a national "
     "review into the deaths of babies. A rapid review is held for every serious incident.",
     "national_cspr"),
    ("Publication of Extended Child Practice Review\n\nToday the Mid and West Wales "
     "Safeguarding Board publishes the report of the Extended Child Practice Review.",
     "child_practice_review_wales"),
    ("Case Management Review: Child F\n\nThe Safeguarding Board for Northern Ireland has "
     "published the review.", "case_management_review_ni"),
    ("Domestic Homicide Review: Maya\n\nThe partnership has published the review.", "dhr"),
])
def test_the_review_type_across_the_four_nations(text: str, expected: str) -> None:
    result = imported(text)
    assert confident(result, "review.review_type") == [expected]
    suggestion = next(s for s in result.suggestions if s.field_path == "review.review_type")
    assert suggestion.span is not None
    assert result.source_text[slice(*suggestion.span)] == suggestion.evidence


@pytest.mark.parametrize("text", [
    "Safeguarding Adults Reviews\n\nThe board will arrange a Safeguarding Adults Review when "
    "an adult dies as a result of abuse.",
    "What is a Practice Review?\n\nA Practice Review is carried out when a child has died.",
    "Child Safeguarding Practice Review\n\nThis understanding may be achieved through a Child "
    "Safeguarding Practice Review.",
])
def test_a_page_about_reviews_in_general_gives_no_sure_type(text: str) -> None:
    assert confident(imported(text), "review.review_type") == []


@pytest.mark.parametrize(("sentence", "pseudonym"), [
    ("The review concerns Child X, who was four.", "Child X"),
    ("Mr BB lived alone.", "Mr BB"),
    ("The board reviewed the care of Adult Q.", "Adult Q"),
    ("Baby Y was born early.", "Baby Y"),
    ("The child has been referred to as Stephen throughout this review.", "Stephen"),
    ("Discretionary SAR ‘Holly’ was published.", "Holly"),
    ("The partnership reviewed the death of Child Jody (pseudonym).", "Child Jody"),
])
def test_pseudonyms_are_suggested_privately(sentence: str, pseudonym: str) -> None:
    result = imported(f"Board news\n\n{sentence} {sentence}")
    subjects = [s for s in result.suggestions if s.field_path == "sensitivity.subjects"]
    assert pseudonym in [s.value["pseudonym"] for s in subjects]
    assert all(s.action == "append" for s in subjects)


def test_a_reference_is_not_a_pseudonym() -> None:
    result = imported("Publication of Concise Child Practice Review Report: CPR FENN 2\n\n"
                      "The board published the review CYSUR 4 2019 today.")
    assert [s for s in result.suggestions if s.field_path == "sensitivity.subjects"] == []


def test_welsh_pages_are_recorded_as_welsh() -> None:
    result = imported("Adolygiadau Ymarfer Plant\n\nMae’r meini prawf ar gyfer cynnal "
                      "adolygiadau ymarfer plant wedi’u nodi yn y rheoliadau. Mae’n rhaid i "
                      "fwrdd gynnal adolygiad ymarfer pan fo plentyn wedi marw, ac mae’r bwrdd "
                      "yn cyhoeddi’r adroddiad ar ei wefan gyda chrynodeb.")
    assert result.record.language == "cy"


def test_links_are_kept_from_pasted_html() -> None:
    result = import_text('<h1>Adult R review published</h1><p>The board has published it.</p>'
                         '<p><a href="https://fenmoor-sab.example/adult-r.pdf">Read the full '
                         'report</a></p>', source_name="Clipboard", now=NOW)
    assert [(link.text, link.url, str(link.role)) for link in result.record.links] == [
        ("Read the full report", "https://fenmoor-sab.example/adult-r.pdf", "full_report")]


def test_a_listing_gives_its_first_review_and_names_the_others() -> None:
    result = imported("Safeguarding Adults Reviews\n\nSafeguarding Adults Review – Adult K\n\n"
                      "Discretionary SAR ‘Holly’\n\nAdult V Overview Report 04/04/2023\n\n"
                      "Adult V Learning Brief 04/04/2023\n\nA review is held when an adult "
                      "dies as a result of abuse.")
    assert result.record.title == "Safeguarding Adults Review – Adult K"
    assert result.listed == ["Discretionary SAR ‘Holly’", "Adult V"]
    assert confident(result, "review.review_type") == ["sar"]
    assert result.record.published_on is None  # 04/04/2023 dates a report, not the page


def test_a_list_of_dated_briefings_names_each_and_its_kind() -> None:
    result = imported("7 Minute Briefings\n\nShort briefings on what we have learnt.\n\n"
                      "01 August 2031\n\nResponding to physical harm\n\nIn June 2031, the "
                      "partnership completed a multiagency audit of responses to harm.\n\n"
                      "24 April 2031\n\nSafe sleep\n\nIn March 2031, the Child Safeguarding "
                      "Practice Review Panel published its thematic review on safe sleep.")
    assert [result.record.title, *result.listed] == ["Responding to physical harm",
                                                     "Safe sleep"]
    assert confident(result, "review.review_type") == ["multi_agency_audit"]
    assert result.record.published_on is None


def test_entries_shaped_like_the_listed_ones_are_entries_too() -> None:
    result = imported("Safeguarding Adult Reviews\n\nClive Discretionary SAR (2031)\n\n"
                      "The board commissioned this review.\n\nGillian SAR (2030)\n\nA review "
                      "of the care Gillian received.\n\nFrank and Elsie (2029)\n\nA review of "
                      "the care of a couple.")
    assert result.listed == ["Gillian SAR", "Frank and Elsie"]


def test_names_on_lines_of_their_own_repeated_below_are_entries() -> None:
    result = imported("7 minute briefings\n\nBriefings\n\nThe following briefings are "
                      "available.\n\nDarrow\n\nIn June 2031 Darrow, a boy of fourteen, died."
                      "\n\nPell and Ivo\n\nPell and Ivo were twins known to services.")
    assert [result.record.title, *result.listed] == ["Darrow", "Pell and Ivo"]


@pytest.mark.parametrize(("text", "publisher"), [
    ("Radical shift needed in reviews\n\nPublished: 22/05/2031\n\nAuthor: Research in Practice"
     "\n\nResearch shows that a different approach would help.", "Research in Practice"),
    ("Inspectors praise improvements\n\nPress Release on behalf of the Fenmoor Partnership. "
     "The services inspected are provided by the council and the police.",
     "Fenmoor Partnership"),
    ("Domestic Abuse Related Death Reviews\n\nReviews are carried out where a person has died."
     "\n\nThe Safer Westminster Partnership (SWP) is required to publish an overview report.",
     "Safer Westminster Partnership"),
    ("Learning Review\n\nWe note the findings of this Learning Review.\n\nJo Fenwick  Chief "
     "Executive, The Fenmoor Council\n\nSam Idris  Chief Superintendent, Fenmoor Police",
     "The Fenmoor Council"),
])
def test_the_publisher_from_author_lines_press_releases_duties_and_signatures(
        text: str, publisher: str) -> None:
    result = imported(text)
    assert result.record.publisher is not None
    assert result.record.publisher.name == publisher


def test_a_page_last_updated_line_and_a_partnership_that_has_recently_published() -> None:
    result = imported("Domestic Homicide Review\n\nReviews are carried out when a person dies."
                      "\n\nFenmoor Community Safety Partnership has recently published the "
                      "following:\n\nPage last updated: 07/08/2031")
    assert str(result.record.updated_on) == "2031-08-07"
    assert result.record.published_on is None
    assert result.record.publisher is not None
    assert result.record.publisher.name == "Fenmoor Community Safety Partnership"
