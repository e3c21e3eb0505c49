"""How a page opens, and what its first lines say of it.

- a section's label ending in a colon ("Safeguarding Children:") over the headline is not
  the headline, and does not hide it;
- a page that opens with one long question on its own line (a written question, a page of
  answers) is headed by that question, not by its file's name;
- a plural after a review's kind ("SCR Publications", "SAR Updates") names no person;
- a date under a note that the page was updated or amended dates the change, not the page;
- "X, on behalf of Y, acts …": X speaks; "a function of X is to …": X holds the duty.

The pages are made up (a fictional Fenmoor and Harrowby); national bodies named are those of
the shipped list.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.pseudonyms import find_pseudonyms
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
BODY = ("Each briefing summarises what a review found and asks teams to reflect on their own "
        "practice. Managers are asked to use them in team meetings.")


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="harrowby-page.txt", now=NOW)


@pytest.mark.parametrize("label", ["Safeguarding Children:", "Adults:", "Learning Hub:"])
def test_a_section_label_with_a_colon_over_the_headline(label: str) -> None:
    result = _import(f"{label}\n\nLearning Briefings\n\nLearning Briefings\n\n{BODY}")
    assert result.record.title == "Learning Briefings"


def test_a_sentence_ending_in_a_colon_is_still_no_headline() -> None:
    result = _import(f"The partnership sets out below how it learns from reviews:\n\n{BODY}")
    assert result.record.title == "Harrowby page"


@pytest.mark.parametrize("question", [
    "Will the Minister ensure that the terms of reference of the Harrowby board's child "
    "practice review are published now that the criminal trial has ended?",
    "A wnaiff y Gweinidog sicrhau bod cylch gorchwyl adolygiad bwrdd diogelu Harrowby yn cael "
    "ei gyhoeddi nawr bod yr achos llys wedi dod i ben?",
])
def test_a_long_question_opening_the_page_heads_it(question: str) -> None:
    result = _import(f"{question}\n\nI have asked the board to publish the terms of reference "
                     "as soon as the review allows. The board will issue a statement.")
    assert result.record.title.startswith(question[:60])
    assert not any("No title found" in warning for warning in result.warnings)


@pytest.mark.parametrize(("line", "names"), [
    ("SCR Publications", []), ("SAR Updates", []), ("DHR Policies", []),
    ("SCR Matthew", ["Matthew"]), ("SAR James", ["James"]),
])
def test_a_plural_after_a_reviews_kind_is_no_name(line: str, names: list[str]) -> None:
    assert [found.pseudonym for found in find_pseudonyms(line)] == names


def test_a_news_headline_with_a_plural_gives_no_subject() -> None:
    result = _import("SAR Publications\n\nWednesday, March 12, 2031\n\nThe board publishes "
                     "the overview reports of three reviews today: Adult F, Adult H and Adult J.")
    subjects = result.record.sensitivity.subjects if result.record.sensitivity else []
    assert "Publications" not in [subject.pseudonym for subject in subjects]
    assert all(s.value != {"pseudonym": "Publications", "role": None}
               for s in result.suggestions)


@pytest.mark.parametrize("note", [
    "This chapter was updated in March 2031.",
    "In March 2031, minor revisions were made to the names of groups.",
    "Amendment",
])
def test_a_date_under_an_amendment_note_is_no_publication_date(note: str) -> None:
    result = _import(f"Skip to content\n\nChild Safeguarding Practice Reviews\n\n{note}\n\n"
                     f"March 4, 2031\n\n{BODY}")
    assert result.record.published_on is None
    assert str(result.record.updated_on) == "2031-03-04"


def test_a_date_alone_under_the_headline_still_dates_the_page() -> None:
    result = _import(f"Learning Briefings\n\nMarch 4, 2031\n\n{BODY}")
    assert str(result.record.published_on) == "2031-03-04"


@pytest.mark.parametrize(("text", "publisher"), [
    ("Learning reviews\n\nThe Care Inspectorate, on behalf of the Scottish Government, keeps "
     "every learning review that protection committees send it.", "Care Inspectorate"),
    ("Inspections\n\nHealthcare Inspectorate Wales, acting on behalf of the Welsh Government, "
     "reviews how health boards protect children.", "Healthcare Inspectorate Wales"),
    ("Reviews\n\nThe report was published on behalf of the Scottish Government by a working "
     "group.", "Scottish Government"),
])
def test_the_body_that_acts_on_behalf_of_another_speaks(text: str, publisher: str) -> None:
    result = _import(text)
    assert result.record.publisher is not None
    assert result.record.publisher.name == publisher


@pytest.mark.parametrize("opening", [
    "A function of the Fenmoor Safeguarding Children Partnership is to conduct a review when "
    "a child dies or is seriously harmed.",
    "One statutory duty of the Harrowby Safeguarding Adults Partnership Board is to arrange a "
    "review when an adult dies.",
])
def test_a_body_whose_function_the_page_describes_publishes_it(opening: str) -> None:
    result = _import(f"Practice reviews\n\n{opening}\n\n{BODY}")
    assert result.record.publisher is not None
    assert result.record.publisher.name.split()[0] in ("Fenmoor", "Harrowby")


def test_a_national_panels_duty_explained_on_a_local_page_is_not_its_publisher() -> None:
    result = _import("Practice reviews\n\nIt is the duty of the Child Safeguarding Practice "
                     "Review Panel to oversee reviews of national importance.\n\n" + BODY)
    publisher = result.record.publisher
    assert publisher is None or "Panel" not in publisher.name


@pytest.mark.parametrize(("section", "headline"), [
    ("Domestic Abuse Related Death Reviews",
     "Domestic Abuse Related Death Reviews (formerly Domestic Homicide Reviews)"),
    ("Safeguarding Adults Reviews", "Safeguarding Adults Reviews: Adult K"),
])
def test_a_headline_that_starts_with_the_section_name_above_it_is_the_headline(
        section: str, headline: str) -> None:
    result = _import(f"{section}\n\n{headline}\n\n{BODY}")
    assert result.record.title == headline


def test_a_line_that_only_shares_words_with_the_one_above_stays_a_sub_heading() -> None:
    result = _import(f"Safeguarding Adults Reviews\n\nReviews published in 2031\n\n{BODY}")
    assert result.record.title == "Safeguarding Adults Reviews"


@pytest.mark.parametrize("banner", [("Worried about an adult", "or need help?"),
                                    ("Need to talk", "to someone today?")])
def test_a_lower_case_line_carrying_on_a_banner_is_no_headline(banner: tuple[str, str]) -> None:
    result = _import(f"{banner[0]}\n\n{banner[1]}\n\nContacts\n\nEvents\n\n"
                     f"Learning from Reviews\n\n{BODY}")
    assert result.record.title == "Learning from Reviews"


@pytest.mark.parametrize("line", [
    "Click here for Fenmoor SAB.", "Click here for the Harrowby Safeguarding Adults Board.",
    "Click here for the Fenmoor Community Safety Partnership website",
])
def test_a_link_line_to_another_bodys_site_is_furniture(line: str) -> None:
    result = _import(f"Reviews by other boards\n\n{line}\n\n{BODY}")
    assert result.record.publisher is None
    assert any(line in note for note in result.record.provenance.removed_boilerplate)


def test_several_boards_heading_their_own_entries_give_no_publisher() -> None:
    result = _import("Reviews published by other boards\n\nSeveral boards publish their "
                     "reviews; these are useful sources.\n\nFenmoor Safeguarding Adults Board\n\n"
                     "Daniel | published June 2030\n\nDaniel lived alone and died in 2029.\n\n"
                     "City and Hackney Safeguarding Adults Board (CHSAB)\n\n"
                     "Ellen | published May 2030\n\nEllen lived in supported housing.")
    assert result.record.publisher is None
