"""Classes of page the importer meets in the wild: furniture known by its shape (translation
menus, site menus, a logo's doubled text, banners), publishers named by their duty or only as
a heading, bodies since merged, and pseudonyms set off by quotes or following a review's kind.
The pages are made up; the bodies named are a fictional Fenmoor or those of the shipped list."""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import ImportResult, import_text
from review_editor.importers.gazetteer import lookup
from review_editor.importers.pseudonyms import find_pseudonyms
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="page.txt", now=NOW)


def _subjects(result: ImportResult) -> list[str]:
    return [s.value["pseudonym"] for s in result.suggestions
            if s.field_path == "sensitivity.subjects"]


# furniture -------------------------------------------------------------------------------

def test_a_translation_menu_is_furniture_and_the_headline_run_into_it_is_kept() -> None:
    text = ("Skip to main content\n\nFenmoor Council Fenmoor Council Comhairle Fenmoor\n\n"
            "Main navigation\n\n  • Home\n  • Topics\n  • Publications\n  • Contact\n\n"
            "Translation help\n\nTranslate this page\n\nSelect a language\n\n"
            "  • Arabic — عربي\n  • French — Français\n  • Polish — Polski\n"
            "  • Romanian — Română\n  • Welsh — Cymraeg\n"
            "  • Review of the death of ‘Nadia’ published\n\n"
            "Date published: 12 March 2031\n\n"
            "The council has today published a summary of a domestic homicide review.")
    result = _import(text)
    assert result.record.title == "Review of the death of ‘Nadia’ published"
    assert str(result.record.published_on) == "2031-03-12"
    removed = " ".join(result.record.provenance.removed_boilerplate)
    assert "Polski" in removed and "Main navigation" in removed
    assert "Nadia" in _subjects(result)


def test_a_banner_above_the_page_and_its_line_of_text_are_not_the_headline() -> None:
    text = ("PUBLISHED: Our new annual report\n\nWe have recently published our annual report; "
            "read it on the reports page of our website.\n\nAccessibility statementA-Z "
            "directory\n\nSafeguarding Adult Review in respect of Walter podcast transcript\n\n"
            "Thank you for listening to this podcast on behalf of the Fenmoor Safeguarding "
            "Adults Board, about the Safeguarding Adult Review in respect of Walter. Walter "
            "lived alone.")
    result = _import(text)
    assert result.record.title == ("Safeguarding Adult Review in respect of Walter podcast "
                                   "transcript")
    assert "Walter" in _subjects(result)


def test_welsh_skip_links_and_news_labels_are_furniture() -> None:
    text = ("Neidio i'r prif gynnwys\n\nErthyglau newyddion |\n\nMae'r bwrdd wedi cyhoeddi "
            "adolygiad heddiw\n\nMae Bwrdd Diogelu Fenmoor wedi cyhoeddi adolygiad ymarfer "
            "plant heddiw. Mae'r adolygiad yn edrych ar waith yr asiantaethau.")
    result = _import(text)
    assert result.record.title == "Mae'r bwrdd wedi cyhoeddi adolygiad heddiw"


# publishers ------------------------------------------------------------------------------

@pytest.mark.parametrize(("former", "current"), [
    ("Wycombe Community Safety Partnership", "Safer Buckinghamshire Board"),
    ("Harrogate Community Safety Partnership", "North Yorkshire Community Safety Partnership"),
    ("Waveney Community Safety Partnership", "East Suffolk Community Safety Partnership"),
    ("Kettering Community Safety Partnership",
     "North Northamptonshire Community Safety Partnership"),
])
def test_partnerships_of_districts_since_merged_are_their_successors(former: str,
                                                                     current: str) -> None:
    entry = lookup(former)
    assert entry is not None and entry.name == current
    assert former in entry.former_names


@pytest.mark.parametrize(("text", "publisher"), [
    # the body with the duty to review, not the author of guidance the page cites
    ("Under section 9 of the Act the Fenmoor Community Safety Partnership has a statutory "
     "responsibility to conduct a review when a person has died.\n\nWhen conducting such "
     "reviews we refer to guidance published by the Home Office.",
     "Fenmoor Community Safety Partnership"),
    # the only body the page names, as a heading of its own (a district since merged)
    ("Domestic homicide reviews\n\nA review looks at how agencies worked together after a "
     "death. It does not blame anyone.\n\nWho carries out reviews?\n\nAll community safety "
     "partnerships must do so.\n\nCarlisle Community Safety Partnership\n\nExecutive "
     "summaries of our reviews are available.", "Cumberland Community Safety Partnership"),
    # Northern Ireland's department, by the name its pages use
    ("Conclusion of Domestic Homicide Review\n\nThe Department of Justice has today published "
     "a summary report on a review carried out by a review panel.",
     "Department of Justice (Northern Ireland)"),
    # the body on whose behalf the work is done
    ("Home » About » Committees\n\nCase Management Review Panel\n\nThe Act provides for a "
     "panel to undertake the review function on the SBNI's behalf.",
     "Safeguarding Board for Northern Ireland"),
    # boards heading parts of a page about others' reviews publish none of it
    ("Reviews published by other boards\n\nSeveral boards publish their reviews; we link to "
     "some of them here for practitioners.\n\nSurrey Safeguarding Adults Board (SSAB)\n\nThe "
     "Surrey Safeguarding Adults Board has published a review about hospital discharge.\n\n"
     "Kent and Medway Safeguarding Adults Board\n\nThe board has completed a review about "
     "self-neglect.", None),
    # a national body publishing after the page's first paragraph is news
    ("Chair's blog – spring update\n\nThe partnership met in March and agreed its priorities "
     "for the year ahead with schools and health partners.\n\nThe Child Safeguarding Practice "
     "Review Panel published its report on children with complex needs, and colleagues would "
     "benefit from reading it.", None),
])
def test_the_publisher_is_the_body_the_page_speaks_for(text: str,
                                                       publisher: str | None) -> None:
    found = _import(text).record.publisher
    assert (found.name if found else None) == publisher


# pseudonyms ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The panel examined the circumstances of the death of ‘Rhona’, a pseudonym used to "
     "protect her identity.", "Rhona"),
    ("The executive summary of the review for ‘Idris’ has been published.", "Idris"),
    ("Kieran, a pseudonym, lived with his brother.", "Kieran"),
    ("Safeguarding Adult Review in respect of Walter podcast transcript", "Walter"),
    ("SAR April", "April"),
])
def test_pseudonyms_set_off_by_quotes_or_following_a_reviews_kind(text: str,
                                                                   name: str) -> None:
    assert name in [found.pseudonym for found in find_pseudonyms(text)]


@pytest.mark.parametrize("text", [
    "Thematic Safeguarding Adults Review – Self Neglect",
    "Safeguarding Adults Review – Mental Health",
    "The SAR in April 2031 found gaps.",
    "SAR April 2031",
    "Domestic Homicide Review for Children and Families",
])
def test_themes_months_and_plain_words_are_not_pseudonyms(text: str) -> None:
    assert find_pseudonyms(text) == []


def test_a_headline_of_guidance_on_a_kind_of_review_gives_no_sure_type() -> None:
    text = ("National Guidance for Committees Conducting a Significant Case Review\n\n"
            "Published: 31 Mar 2029\n\nThis guidance supports committees in Scotland.")
    confident = [s for s in _import(text).suggestions
                 if s.field_path == "review.review_type" and s.confidence == "high"]
    assert confident == []


@pytest.mark.parametrize(("title", "expected"), [
    ("Cyhoeddi Adolygiad Ymarfer Plant Estynedig FEN 3 2031", "child_practice_review_wales"),
    ("Adolygiad Ymarfer Oedolion Cryno: Fenmoor", "adult_practice_review_wales"),
    ("Adolygiad Dynladdiad Domestig: ‘Rhian’", "dhr"),
])
def test_welsh_names_of_a_single_review_give_its_type(title: str, expected: str) -> None:
    text = (f"{title}\n\nMae Bwrdd Diogelu Fenmoor wedi cyhoeddi'r adroddiad heddiw. Mae'r "
            "adolygiad yn edrych ar waith yr asiantaethau yng Nghymru.")
    confident = [s.value for s in _import(text).suggestions
                 if s.field_path == "review.review_type" and s.confidence == "high"]
    assert confident == [expected]


def test_a_welsh_page_about_practice_reviews_in_general_gives_no_sure_type() -> None:
    text = ("Adolygiadau Ymarfer Plant\n\nMae'n rhaid i Fwrdd Diogelu gynnal adolygiad pan fydd "
            "plentyn wedi marw yng Nghymru.")
    assert not [s for s in _import(text).suggestions
                if s.field_path == "review.review_type" and s.confidence == "high"]


def test_a_logo_and_tagline_line_by_line_stand_above_the_headline() -> None:
    text = ("FENMOOR\n\nCIC\n\nProtecting people together\n\nOur Newsfeed\n\nPartnership "
            "publishes its review of hospital discharge for older adults\n\nThe Fenmoor "
            "Safeguarding Adults Board has published a review of hospital discharge.")
    assert _import(text).record.title == ("Partnership publishes its review of hospital "
                                          "discharge for older adults")


def test_a_newsletters_copy_button_and_bare_welcome_are_not_its_headline() -> None:
    text = ("Copy\n\nView this email in your browser\n\nWelcome\n\nIn this, our first newsletter "
            "of 2031, we share news of the Fenmoor partnership's reviews.")
    title = _import(text).record.title
    assert title not in ("Copy", "Welcome", "View this email in your browser")
