"""Datelines written in less usual ways, and subjects named with an honorific.

- a month in capitals ("Date:14 MAR 2031") and a date followed by a byline ("March 16, 2031
  by Jo Bloggs | Category News") date the page;
- a page whose stored text opens with a labelled numeric date run into its first sentence
  (" date 2031-11-04 “…”") is dated by it;
- "Mrs.Z" and "Mr. 'G'" are pseudonyms; "Mrs. J. Smith" is not;
- a pseudonym is counted only where it stands as words of its own ("Oedolyn B" is not in
  "oedolyn bregus");
- a headline naming a kind of review, on a page naming one subject surely, gives the page's
  kind surely, even when the headline's kind is plural or bare.

The pages are made up (a fictional Fenmoor and Harrowby).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.pseudonyms import find_pseudonyms
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
BODY = ("The partnership asked agencies to reflect on how they worked together and what "
        "should change. Its findings are set out below for practitioners.")


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="harrowby-page.txt", now=NOW)


def _confident(result: ImportResult, path: str) -> list[object]:
    return [s.value for s in result.confident() if s.field_path == path]


@pytest.mark.parametrize(("dateline", "expected"), [
    ("Date:14 MAR 2031", "2031-03-14"),
    ("Published: 2 SEPTEMBER 2031", "2031-09-02"),
    ("March 16, 2031 by No Comments | Category Uncategorized", "2031-03-16"),
    ("4 May 2031 by Jo Bloggs", "2031-05-04"),
])
def test_capital_months_and_bylines_beside_the_date(dateline: str, expected: str) -> None:
    result = _import(f"Harrowby Programme Update #4\n\n{dateline}\n\n{BODY}")
    assert result.record.title == "Harrowby Programme Update #4"
    assert result.record.published_on is not None
    assert result.record.published_on.isoformat() == expected


def test_a_blogs_name_over_the_posts_fuller_title_gives_way_to_it() -> None:
    result = _import("Harrowby Improvement Programme\n\nHarrowby Improvement Programme Update "
                     f"#4\n\nMarch 16, 2031 by Jo Bloggs | Category News\n\n{BODY}")
    assert result.record.title == "Harrowby Improvement Programme Update #4"


@pytest.mark.parametrize(("opening", "expected"), [
    (" date 2031-10-04 “Themes like poor information sharing keep coming back,” said the "
     "commissioner.", "2031-10-04"),
    ("Published: 04/10/2031 The commissioner said themes like poor information sharing keep "
     "coming back.", "2031-10-04"),
])
def test_a_labelled_date_run_into_the_first_sentence(opening: str, expected: str) -> None:
    result = _import(f"{opening}\n\n{BODY}")
    assert result.record.published_on is not None
    assert result.record.published_on.isoformat() == expected


def test_a_date_deep_in_the_first_sentence_is_not_the_pages() -> None:
    result = _import("The review began on 2031-02-03 and ended later that year.\n\n" + BODY)
    assert result.record.published_on is None


@pytest.mark.parametrize(("text", "pseudonym"), [
    ("Report into the death of ‘Mrs.Z’", "Mrs Z"),
    ("The panel sends condolences to the family of Mrs. ‘Z’.", "Mrs Z"),
    ("Mr. 'G' was an elderly man with dementia.", "Mr G"),
])
def test_an_honorific_with_a_stop_or_quotes_before_a_letter(text: str, pseudonym: str) -> None:
    assert [found.pseudonym for found in find_pseudonyms(text)] == [pseudonym]


def test_an_initial_before_a_surname_is_no_pseudonym() -> None:
    assert find_pseudonyms("The report was written by Mrs. J. Smith and Mr. K Jones.") == []


def test_a_pseudonym_is_counted_only_as_words_of_its_own() -> None:
    page = ("Adolygiad Harrowby wedi'i gyhoeddi\n\nCyhoeddwyd: 3 Hydref 2031\n\n"
            "Mae'r bwrdd wedi cyhoeddi'r adolygiad. Dywedodd yr adroddiad fod Oedolyn A yn "
            "oedolyn bregus a bod Oedolyn B yn bartner iddi.\n\nMae pob oedolyn bregus angen "
            "cymorth gan y gwasanaethau.")
    sure = _confident(_import(page), "sensitivity.subjects")
    assert {"pseudonym": "Oedolyn B", "role": "adult"} not in sure


def test_a_bare_kind_headline_and_one_sure_subject_give_the_kind() -> None:
    page = ("DOMESTIC HOMICIDE REVIEW Overview Report and Summary\n\nThis is the report into "
            "the death of ‘Mrs.Z’. The panel sends its condolences to the family of Mrs. ‘Z’."
            "\n\n" + BODY)
    result = _import(page)
    assert _confident(result, "review.review_type") == ["dhr"]
    assert _confident(result, "sensitivity.subjects") == [{"pseudonym": "Mrs Z"}]


def test_a_plural_kind_headline_about_one_subject_gives_the_kind() -> None:
    page = ("Child K serious case reviews released\n\nPublished: 14/03/2031\n\nThe two serious "
            "case reviews into the death of Child K have been published in full today.\n\n"
            + BODY)
    assert _confident(_import(page), "review.review_type") == ["serious_case_review_legacy"]


def test_a_plural_kind_headline_about_two_subjects_stays_unsure() -> None:
    page = ("Serious case reviews published\n\nPublished: 14/03/2031\n\nThe serious case "
            "reviews into the deaths of Child K and Child L were published today.\n\n" + BODY)
    assert _confident(_import(page), "review.review_type") == []


@pytest.mark.parametrize(("line", "shown"), [
    ("July 2031 Contents", "July 2031"), ("July 2031", "July 2031"), ("Year: 2031", "2031")])
def test_a_month_or_year_alone_is_left_for_the_officer_with_a_note(line: str, shown: str
                                                                    ) -> None:
    result = _import(f"The Harrowby Practice Review Framework\n\n{line}\n\n{BODY}")
    assert result.record.title == "The Harrowby Practice Review Framework"
    assert result.record.published_on is None
    assert any(f"gives only “{shown}”" in warning for warning in result.warnings)


def test_a_plural_kind_headline_with_one_example_below_stays_unsure() -> None:
    page = ("Safeguarding Adults Reviews\n\nA board must arrange a review when an adult dies "
            "because of abuse or neglect. Our last review, about Adult R, found that agencies "
            "did not share what they knew about Adult R.\n\n" + BODY)
    assert _confident(_import(page), "review.review_type") == []
