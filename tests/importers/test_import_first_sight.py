"""Classes of page the importer first met on real pages it had never seen, each tested here on
made-up pages (a fictional Fenmoor and Harrowby, or bodies of the shipped list named in
invented text): a logo's alt text naming the site's body, "click here" links and helplines
that ask the reader to call, a process's status line above the lead, a consultation's opening
date, listings by reference, headings about publishing in general, and bodies named only in
one listed review's description.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from import_pages import split_page

from review_editor.cli import main
from review_editor.importers import ImportResult, import_text
from review_editor.importers.boilerplate import text_boilerplate
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _import(text: str) -> ImportResult:
    return import_text(text, source_name="page.txt", now=NOW)


def _publisher(result: ImportResult) -> str | None:
    return result.record.publisher.name if result.record.publisher else None


def _split(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    return split_page(tmp_path, text, NOW)


# site furniture ------------------------------------------------------------------------------

def test_a_logo_naming_a_safeguarding_body_names_the_publisher_not_the_headline() -> None:
    result = _import("Quick Exit\n\nBarnet Safeguarding Children Partnership logo\n\n"
                     "Learning from our reviews\n\nThe partnership looks at what happened and "
                     "what could be done differently. Reviews help services learn.")
    assert result.record.title == "Learning from our reviews"
    assert _publisher(result) == "Barnet Safeguarding Children Partnership"


def test_another_organisations_logo_names_no_publisher() -> None:
    result = _import("Fenmoor Borough Council logo\n\nLearning from our reviews\n\nReviews "
                     "look at what happened and what could be done differently.")
    assert result.record.title == "Learning from our reviews"
    assert result.record.publisher is None


@pytest.mark.parametrize("line", [
    "Click here to open SAB website",
    "Click here to visit the adults board's website",
    "If you suspect a child is at risk of harm, please call the Advice Hub on 01632 960123",
    "If you think an adult is being abused, contact Adult Social Care on 01632960555",
])
def test_links_out_and_call_us_lines_are_furniture(line: str) -> None:
    assert text_boilerplate(line) is not None
    result = _import(f"{line}\n\nRapid Reviews\n\nA rapid review gathers the facts quickly and "
                     "decides what should happen next.")
    assert result.record.title == "Rapid Reviews"


@pytest.mark.parametrize("line", [
    "Click here to read the report",
    "If you suspect a child is being abused, read our guidance on what happens next.",
])
def test_lines_that_only_look_like_furniture_are_kept(line: str) -> None:
    assert text_boilerplate(line) is None


# the publisher and the date ------------------------------------------------------------------

def test_a_status_line_above_the_lead_does_not_make_a_national_body_news() -> None:
    result = _import("Domestic Homicide Reviews\n\nConsultation opened on 04 March 2031. "
                     "Closing date 27 May 2031.\n\nThe Department of Justice has launched a "
                     "public consultation on a model for reviews.")
    assert _publisher(result) == "Department of Justice (Northern Ireland)"
    assert str(result.record.published_on) == "2031-03-04"


def test_a_national_body_publishing_after_the_lead_is_still_news_about_it() -> None:
    result = _import("Reviews in our area\n\nReviews help services learn from what happened "
                     "to people in Fenmoor.\n\nThe Department of Justice has launched a public "
                     "consultation on a model for reviews.")
    assert result.record.publisher is None


def test_a_body_named_only_in_one_listed_reviews_description_does_not_publish_the_page(
        tmp_path: Path) -> None:
    text = ("Learning Reviews\n\nThe resources here point to learning reviews from across the "
            "country.\n\nLearning Review: Adult O (Harrowby)\n\nThis review relates to the "
            "care of Adult O, who lived alone.\n\nLearning Review: Adult T (Fenmoor)\n\nThis "
            "review was commissioned by the Highland Adult Protection Committee in 2030.")
    assert _publisher(_import(text)) is None
    assert [title for title, _type in _split(tmp_path, text)] == [
        "Learning Review: Adult O (Harrowby)", "Learning Review: Adult T (Fenmoor)"]


def test_a_body_the_pages_own_text_names_still_publishes_it() -> None:
    text = ("Below are the reviews commissioned by SSASPB.\n\nClive SAR (2031)\n\nThe "
            "Staffordshire and Stoke-on-Trent Adults Safeguarding Partnership Board (SSASPB) "
            "jointly commissioned this review.\n\nGillian SAR (2030)\n\nGillian lived in "
            "supported housing.")
    assert _publisher(_import(text)) == \
        "Staffordshire and Stoke-on-Trent Adults Safeguarding Partnership Board"


# listings ------------------------------------------------------------------------------------

def test_reviews_listed_by_reference_under_a_headline_naming_their_kind(tmp_path: Path) -> None:
    text = ("Serious case reviews\n\nEach review results in the publication of a report. "
            "Copies can be downloaded below.\n\nCase HB21:\n\nCase FM19:\n\nCase FM20:")
    assert _split(tmp_path, text) == [("Case HB21", "serious_case_review_legacy"),
                                      ("Case FM19", "serious_case_review_legacy"),
                                      ("Case FM20", "serious_case_review_legacy")]


def test_references_without_a_kind_of_review_over_them_are_no_listing(tmp_path: Path) -> None:
    text = ("Our projects\n\nThe team runs several projects.\n\nCase HB21:\n\nCase FM19:")
    assert len(_split(tmp_path, text)) == 1


def test_a_heading_about_publishing_reviews_is_not_a_listed_review() -> None:
    result = _import("Serious Case Reviews\n\nGuidance sets out the purpose of serious case "
                     "reviews and when they are held.\n\nPublishing of Serious Case (SCR) and "
                     "Learning Review reports\n\nReports are published for twelve months.")
    assert result.record.title == "Serious Case Reviews"
    assert not result.listed


def test_entries_under_a_sentence_naming_two_kinds_get_no_kind_of_their_own(
        tmp_path: Path) -> None:
    text = ("Serious case reviews\n\nReports of Serious Case Reviews and Case Reviews carried "
            "out in Harrowby are available below:\n\nChild A: Executive summary\n\n"
            "Child B: Overview report\n\nChild B: Board response")
    assert _split(tmp_path, text) == [("Child A", None), ("Child B", None)]


def test_entries_under_a_sentence_naming_one_kind_keep_the_headlines_kind(
        tmp_path: Path) -> None:
    text = ("Serious case reviews\n\nReports of the Serious Case Reviews carried out in "
            "Harrowby are available below:\n\nChild A: Executive summary\n\n"
            "Child B: Overview report")
    assert _split(tmp_path, text) == [("Child A", "serious_case_review_legacy"),
                                      ("Child B", "serious_case_review_legacy")]


# the page's key facts ------------------------------------------------------------------------

def _suggested(result: ImportResult, path: str) -> list[tuple[object, str]]:
    return [(s.value, s.confidence) for s in result.suggestions if s.field_path == path]


def test_a_headline_naming_one_subject_takes_the_one_kind_the_text_names() -> None:
    result = _import("Adult T - published May 2031\n\nThis review looks at the lessons learnt "
                     "from the death of a man aged 79.\n\nIn 2029 a care agency made a referral "
                     "to the board, which concluded that the criteria for a mandatory SAR were "
                     "met.")
    assert _suggested(result, "review.review_type")[0] == ("sar", "high")


def test_a_headline_naming_one_subject_over_two_kinds_stays_unsure() -> None:
    result = _import("Adult T - published May 2031\n\nThe board considered whether a SAR was "
                     "needed. Police considered whether a domestic homicide review was needed.")
    assert all(confidence != "high"
               for _value, confidence in _suggested(result, "review.review_type"))


def test_a_first_name_owning_a_mother_or_a_story_is_the_subjects_pseudonym() -> None:
    result = _import("Statement on the domestic homicide review\n\nResponding to the "
                     "publication of the Domestic Homicide Review executive summary, the "
                     "commissioner said: “It is impossible to read the words of Nadia’s mother "
                     "and not be moved. Nadia’s story shares too many similarities with "
                     "others.”")
    assert ({"pseudonym": "Nadia"}, "high") in _suggested(result, "sensitivity.subjects")


@pytest.mark.parametrize("text", [
    "Minister Dawn Bowden’s statement on reviews\n\nThe minister spoke about reviews.",
    "The Review’s findings\n\nThe review’s findings were shared with the board.",
])
def test_a_surname_or_a_word_owning_something_is_no_pseudonym(text: str) -> None:
    assert _suggested(_import(text), "sensitivity.subjects") == []


# the body a page speaks as -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "publisher"), [
    # "we have published", and the body's head named by post
    ("We have published a joint review of child protection arrangements\n\nThe inspectorates "
     "(including Healthcare Inspectorate Wales and Estyn) found good practice.\n\nGillian "
     "Jones, Chief Inspector of Care Inspectorate Wales:\n\nThe work is vital.",
     "Care Inspectorate Wales"),
    # an "about" page: the one board it keeps naming
    ("About\n\nThe Safeguarding Board for Northern Ireland (SBNI) was set up in 2031.\n\nThe "
     "SBNI undertakes case management reviews. The SBNI is made up of partner organisations. "
     "As a Board we will strive to improve learning.", "Safeguarding Board for Northern Ireland"),
    # a council, the subject of its page's sentences, not in the list of partnerships
    ("Frequently asked questions: Child Practice Review\n\nHarrowby Borough Council wants all "
     "children to feel safe at school. Here are some of the things we do.\n\nThe Council "
     "offers training to school staff.\n\nHarrowby Borough Council has now taken a number of "
     "steps.", "Harrowby Borough Council"),
])
def test_a_page_speaking_in_the_first_person_publishes_as_the_body_it_speaks_for(
        text: str, publisher: str) -> None:
    assert _publisher(_import(text)) == publisher


@pytest.mark.parametrize("text", [
    # a guest's blog on another body's site
    "Understanding annual reports\n\n16 December 2031\n\nThis blog was written by Jo "
    "Bloggs, Chair of the Child Safeguarding Practice Review Panel\n\nThe Child "
    "Safeguarding Practice Review Panel was set up to help. In my time as Chair of the "
    "Child Safeguarding Practice Review Panel we have learnt a lot.",
    # "we" only inside a quotation
    "Review findings shared\n\nThe Safeguarding Board for Northern Ireland (SBNI) met. The "
    "SBNI heard from practitioners. A practitioner told the SBNI: “We need more time.”",
    # a national body named in passing, once
    "How we review\n\nWe follow guidance from the Home Office when we review deaths.",
])
def test_pages_whose_we_is_not_the_body_they_name_get_no_publisher_from_it(text: str) -> None:
    assert _import(text).record.publisher is None


@pytest.mark.parametrize("text", [
    # named once
    "Our response\n\nHarrowby Borough Council has taken steps. We will report next year.",
    # two councils
    "Our response\n\nHarrowby Borough Council has taken steps. Fenmoor District Council has "
    "too. We will report next year. Harrowby Borough Council will publish its plan.",
    # a safeguarding body is named: the council is one of its partners
    "Our response\n\nHarrowby Borough Council has taken steps with the Barnet Safeguarding "
    "Children Partnership. We will report next year. Harrowby Borough Council will publish.",
])
def test_a_council_named_once_beside_others_or_beside_a_partnership_publishes_nothing(
        text: str) -> None:
    assert _publisher(_import(text)) != "Harrowby Borough Council"


def test_a_page_headed_by_a_kind_of_review_linking_one_reviews_documents_lists_it(
        tmp_path: Path) -> None:
    text = ("Domestic Homicide Review\n\nThe Safer Harrowby Partnership has responsibility for "
            "establishing domestic homicide reviews in Harrowby.\n\nTo view the reports click "
            "on the links below:\n\nDHR - Nadia - Overview Report\n\nDHR - Nadia - Executive "
            "Summary")
    assert _split(tmp_path, text) == [("DHR - Nadia", "dhr")]


def test_a_headline_naming_one_review_is_that_reviews_page_not_a_listing() -> None:
    result = _import("Domestic Homicide Review into the death of Nadia\n\nThe Safer Harrowby "
                     "Partnership has published the review.\n\nDHR - Nadia - Overview Report")
    assert not result.listed
    assert result.record.title == "Domestic Homicide Review into the death of Nadia"


# Welsh pages ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mae Bwrdd Diogelu Gogledd Cymru wedi cyhoeddi adroddiad yr adolygiad heddiw.",
    "Dyma adroddiad a gomisiynwyd gan Fwrdd Diogelu Gogledd Cymru.",
])
def test_a_welsh_body_that_publishes_or_commissions_in_welsh_publishes_the_page(
        sentence: str) -> None:
    result = _import("Adolygiad Ymarfer Plant\n\nRoedd Bwrdd Diogelu Gwent yn rhan o’r "
                     f"gwaith.\n\n{sentence}")
    assert _publisher(result) == "North Wales Safeguarding Board"


@pytest.mark.parametrize(("sentence", "published"), [
    ("Mae’r Bwrdd wedi cyhoeddi heddiw (3 Mawrth 2031) adroddiad yr adolygiad.", "2031-03-03"),
    ("Dyma’r adroddiad a gyhoeddwyd ar 12 Ebrill 2031 gan y Bwrdd.", "2031-04-12"),
    ("Cynhaliwyd y digwyddiad dysgu heddiw (3 Mawrth 2031) yn y neuadd.", None),
])
def test_a_welsh_announcement_dates_the_page(sentence: str, published: str | None) -> None:
    result = _import(f"Adolygiad Ymarfer Plant\n\n{sentence}")
    assert (str(result.record.published_on) if result.record.published_on else None) == published


# national bodies of every nation --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "publisher"), [
    ("The Northern Ireland Commissioner for Children and Young People has today published a "
     "report on learning from reviews.", "Northern Ireland Commissioner for Children and Young "
                                         "People"),
    ("Healthcare Improvement Scotland has published its review of adult protection.",
     "Healthcare Improvement Scotland"),
    ("Mae Gofal Cymdeithasol Cymru wedi cyhoeddi canllaw newydd.", "Social Care Wales"),
])
def test_the_nations_commissioners_and_inspectorates_publish_their_own_news(
        sentence: str, publisher: str) -> None:
    assert _publisher(_import(f"Learning from reviews\n\n{sentence}")) == publisher


# more page shapes ----------------------------------------------------------------------------

def test_a_press_release_label_is_not_the_headline() -> None:
    result = _import("FOR IMMEDIATE RELEASE\n\n12 May 2031\n\nStatement on the publication of "
                     "Safeguarding Adults Review 'Mary'\n\nThe board today publishes the review.")
    assert result.record.title == \
        "Statement on the publication of Safeguarding Adults Review 'Mary'"


def test_a_protection_committee_that_publishes_is_the_publisher() -> None:
    result = _import("Learning Review – Child B\n\nThe Fenmoor Child Protection Committee has "
                     "published the findings of a Learning Review about Child B.")
    assert _publisher(result) == "The Fenmoor Child Protection Committee"


@pytest.mark.parametrize("title", ["Rapid review: what happens next",
                                   "How a rapid review works", "Rapid reviews explained"])
def test_a_headline_explaining_a_kind_of_review_gives_no_sure_type(title: str) -> None:
    result = _import(f"{title}\n\nWhen a serious incident is notified, the partners hold a "
                     "rapid review within 15 working days.")
    assert all(confidence != "high"
               for _value, confidence in _suggested(result, "review.review_type"))


@pytest.mark.parametrize(("name", "role"), [("Oedolyn A", "adult"), ("Plentyn B", "child"),
                                            ("Babi C", "child"), ("Person Ifanc D", "child")])
def test_welsh_roles_and_letters_are_pseudonyms(name: str, role: str) -> None:
    result = _import(f"Adolygiad Ymarfer: {name}\n\nMae’r Bwrdd wedi cyhoeddi adroddiad yr "
                     "adolygiad.")
    assert ({"pseudonym": name, "role": role}, "high") in \
        _suggested(result, "sensitivity.subjects")


# a wrong fact is not published silently -----------------------------------------------------

def test_a_wrong_type_on_a_page_whose_headline_names_only_its_subject_is_warned_of(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Adult T - published May 2031\n\nThis review looks at the lessons learnt "
                      "from the death of a man aged 79.\n\nThe board concluded that the "
                      "criteria for a mandatory SAR were met.", encoding="utf-8")
    record = tmp_path / "record.json"
    assert main(["import", str(source), "--out", str(record), "--accept-suggestions"]) == 0
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["review"]["review_type"] == "sar"
    data["review"]["review_type"] = "rapid_review"  # accepted in a hurry, or typed wrongly
    record.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    main(["check", str(record), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert "C3.14" in {finding["code"] for finding in findings}
