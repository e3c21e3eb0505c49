"""C1 classes found on fresh sentences: nicknames, pseudonyms the review gives, ranks written
in capitals, office titles that end in a family word, streets named after a building, pubs and
care homes, court case names, foreign phone numbers, distinctive conditions and groups."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from review_editor.checks import BLOCKING, CheckContext, findings, run_checks
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def c1(text: str) -> list[tuple[str, str, str]]:
    record: Any = parse_record({
        "schema_version": "1.0", "id": "5c8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a02",
        "kind": "news_item", "title": "Learning from a local review",
        "publisher": {"name": "Wealdmoor Safeguarding Children Partnership",
                      "url": "https://wealdmoor-scp.example"},
        "body": [{"id": "main", "heading": "", "markdown": text}]})
    return [(i.code, i.severity, text[i.span[0]:i.span[1]]) for i in findings(
        run_checks(record, CheckContext(now=NOW), {"C1"})) if i.span]


def found(text: str) -> list[str]:
    return [span for _, _, span in c1(text)]


def covered(text: str, detail: str) -> bool:
    """A finding overlaps the detail (it may be reported a little wider or narrower)."""
    return any(detail in span or span in detail for span in found(text))


def names_or_blocks(text: str) -> list[tuple[str, str, str]]:
    """What a clean sentence naming a professional must not draw: a name or a blocking one."""
    return [f for f in c1(text) if f[0] == "C1.1" or f[1] == BLOCKING]


@pytest.mark.parametrize("text", [
    "PC Emrys Tudur, who took the first call, referred the family the same night.",
    "DC Hollis Brandt interviewed the young man twice.",
    "Sister Agnes Lyle, the matron, changed the ward's discharge checklist.",
    "The Commissioner for Children, Bryony Tate, wrote to every partnership.",
    "The Minister for Families, Cerys Vaughan MS, answered questions in the chamber.",
    "The Children's Commissioner, Dame Olwen Dale, gave evidence to the committee.",
])
def test_professionals_by_rank_title_or_office_are_not_findings(text: str) -> None:
    assert names_or_blocks(text) == []


def test_a_family_word_before_a_name_still_makes_a_relative() -> None:
    assert "Morwenna" in found("Her sister, Morwenna, had warned the school.")


def test_a_street_word_after_a_titled_person_is_not_a_street() -> None:
    assert found("Dr Imogen Vale, the named doctor, led the panel.") == []


def test_a_day_after_attended_is_not_a_workplace() -> None:
    assert found("The family attended Sunday services every week.") == []


@pytest.mark.parametrize("text, detail", [
    ("In Year 10, Child M began to miss whole weeks.", "Year 10"),
    ("The enquiry (ref. AB 2021/4471) was closed after a single visit.", "2021/4471"),
])
def test_school_years_at_a_sentence_start_and_prefixed_references(text: str, detail: str) -> None:
    assert any(detail in span for span in found(text)), found(text)


def test_a_word_before_a_full_stop_after_a_platform_is_no_handle() -> None:
    text = "He was on Instagram as milo_k04 and posted pictures of money."
    assert found(text) == ["milo_k04"]


def test_a_court_named_in_a_drinking_sentence_is_no_pub() -> None:
    assert found("The bar at the Crown Court was closed for the day.") == []


def test_a_case_against_an_office_names_no_one() -> None:
    assert found("R v Secretary of State for the Home Department was cited.") == []


def test_foreign_phone_numbers_are_blocked() -> None:
    assert c1("Her cousin's number in Vilnius, +370 612 34567, was on the file.") == [
        ("C1.6", BLOCKING, "+370 612 34567")]


def test_a_signed_percentage_is_no_phone_number() -> None:
    assert found("Referrals rose by +12 per cent in the year.") == []


def test_a_town_ending_in_s_is_still_a_town() -> None:
    assert "Lewes" in found("She moved with her mother to Lewes in the spring.")


@pytest.mark.parametrize("text", [
    "Hannah Kerr from the NSPCC said the findings were important.",
    "Lucy Park (Ofsted) observed the panel.",
    "The consultant, Dr Nair, examined the baby the following morning.",
    "The baby was delivered at 34 weeks.",
])
def test_people_speaking_for_a_body_and_gestation(text: str) -> None:
    assert names_or_blocks(text) == [], c1(text)


@pytest.mark.parametrize("text", [
    "Lena Marsh, who chairs the board, opened the event.",
    "Sheriff Alasdair Munro granted the order.",
    "The Procurator Fiscal, Ms Ishbel Gow, was informed.",
    "Gwenllian Rhys, Cyfarwyddwr Gwasanaethau Cymdeithasol, welcomed the review.",
    "The Jewish family and the Americans were mentioned in the national report.",
    "The family moved to a Cumbrian primary school's catchment in 2020.",
    "Visits were planned on the 3rd occasion only.",
])
def test_round_five_clean(text: str) -> None:
    assert [f for f in c1(text) if f[0] in ("C1.1", "C1.4", "C1.5")] == [], c1(text)


def test_a_dashed_date_of_birth_blocks() -> None:
    assert ("C1.3", BLOCKING, "23-11-2009") in c1("Her DOB, 23-11-2009, was on the form.")


@pytest.mark.parametrize("text", [
    "The Child Safeguarding Practice Review Panel met in June.",
    "The Safeguarding Practice Group met in the spring.",
])
def test_practice_in_a_title_is_no_surgery(text: str) -> None:
    assert [f for f in c1(text) if f[0] == "C1.5"] == [], c1(text)


def test_a_professionals_employer_in_their_job_title_is_no_setting() -> None:
    text = "Owen Pask, Named Nurse at Wealdmoor General Hospital, led the session."
    assert [f for f in c1(text) if f[0] in ("C1.1", "C1.5")] == [], c1(text)


def test_a_subjects_job_at_a_hospital_is_still_a_setting() -> None:
    assert "Wealdmoor General Hospital" in found(
        "Child K's mother was a nurse at Wealdmoor General Hospital.")


@pytest.mark.parametrize("text", [
    "Ms Rachel Hill, the independent reviewer, met the practitioners.",
    "Dr Helen Buxton, the named GP, reviewed the records.",
    "Kate Gardens, Head of Safeguarding, presented the action plan.",
    "Detective Inspector Claire Hastings led the investigation.",
])
def test_professionals_whose_surnames_are_towns_or_street_words(text: str) -> None:
    assert names_or_blocks(text) == [], c1(text)


def test_a_welsh_body_after_a_welsh_verb_is_no_person() -> None:
    assert found("Mae Cyngor Sir Ceredigion yn cefnogi'r adolygiad.") == []


def test_a_regional_origin_singles_out_in_a_small_place() -> None:
    assert "the only East African family" in found(
        "They were the only East African family in the village.")


#: Details of the classes the fresh rounds showed missing, each as a sentence and the detail a
#: finding must overlap.
COVERED = [
    ("Her mother was a night carer at Thornbury Lodge.", "Thornbury Lodge"),
    ("The men met the girls at the Kings Arms most weekends.", "Kings Arms"),
    ("He cleaned tables three evenings a week at the Mardale Inn.", "Mardale Inn"),
    ("She worked behind the counter at Pennick's Bakery.", "Pennick's Bakery"),
    ("Her son's school, Marsh Lane Primary, had no record of the bruises.", "Marsh Lane Primary"),
    ("He was moved to Ward 7B after the surgery.", "Ward 7B"),
    ("The girls were confirmed at St Wilfrid's in Slaidburn.", "Slaidburn"),
    ("The baby was born in Stoke-on-Trent and moved north at six months.", "Stoke-on-Trent"),
    ("The family's eldest, Keeley, then 12, looked after the twins.", "Keeley"),
    ("The girl – eleven at the time – was not spoken to alone.", "eleven"),
    ("The crime log was 0219 of 04/05/2023.", "04/05/2023"),
    ("Her aunt lived in Ballykeel, County Antrim, with her two sons.", "Ballykeel"),
    ("She chatted to him on Minecraft under the name QueenBeeLily.", "QueenBeeLily"),
    ("By 14, Child E was going missing every weekend.", "14"),
    ("The man the girls knew as \"Spider\" was never identified.", "Spider"),
    ("Adult P was a non-binary person living in a remote village on Skye.", "non-binary person"),
    ("Child N was registered with Hollybank Medical Group.", "Hollybank Medical Group"),
    ("The police knew the man only as R. Hepworth.", "R. Hepworth"),
    ("At 9 months Baby C had two fractured ribs.", "At 9 months"),
    ("Her brothers, Tyrone and Deshawn, were 15 and 17.", "Deshawn"),
    ("Her brothers, Tyrone and Deshawn, were 15 and 17.", "17"),
    ("Her mother was a cleaner at Bramley Packaging.", "Bramley Packaging"),
    ("DOD: 11/2/22.", "11/2/22"),
    ("Client ID 5520913 appears in the chronology.", "5520913"),
    ("The father was a driver for Swift Couriers in Stoke.", "Stoke"),
    ("She was known on the estate as \"Bunny\".", "Bunny"),
    ("The Pemberton family had moved house four times.", "Pemberton"),
    ("Officers went to the Oduyas' flat twice that week.", "Oduyas"),
    ("By S2 the girl was rarely in school.", "S2"),
    ("Child H was in P4 when the first referral was made.", "P4"),
    ("On Friday 9th, Adult L was discharged without a plan.", "Friday 9th"),
    ("Adult N was taken to Westmorland General Hospital and then to Ward 12.", "Ward 12"),
    ("Child T had a rare metabolic disorder and lived on a remote island.", "rare metabolic"),
    ("Adult M's eldest son Rocky had power of attorney.", "Rocky"),
    ("Her DOB, 23-11-2009, was on the referral form.", "23-11-2009"),
    ("She was registered at the Fellside Surgery in the town.", "Fellside Surgery"),
    ("She was a baby of ten days when the midwife raised concerns.", "ten days"),
    ("On Friday 7th June the family was evicted.", "7th June"),
    ("Child ID 3304512 is quoted in the minutes.", "3304512"),
    ("They were a Deaf couple in a remote village.", "Deaf couple"),
    ("Mother: Amber (22); stepfather: Lewis (31).", "Amber"),
    ("Mother: Amber (22); stepfather: Lewis (31).", "22"),
    ("The girl had been at Fellgate Academy since Year 8.", "Year 8"),
    ("Adult F was taken to a care home in Lytham.", "Lytham"),
    ("Kai, 16, from Egremont, was arrested on Friday.", "Kai"),
    ("The 18-year-old from Whitehaven was jailed for two years.", "Whitehaven"),
    ("A Barrow woman, 52, admitted neglect.", "Barrow"),
]


@pytest.mark.parametrize("text, detail", COVERED)
def test_details_of_the_classes_the_fresh_rounds_showed(text: str, detail: str) -> None:
    assert covered(text, detail), found(text)


#: Details reported exactly as written.
EXACT = [
    ("Everyone on the estate knew him as \"Pickle\".", "Pickle"),
    ("At school she was nicknamed Sparrow by the older girls.", "Sparrow"),
    ("He went by the name Dizzy when he was online.", "Dizzy"),
    ("Known to her cousins as \"Moth\", the girl rarely spoke in class.", "Moth"),
    ("His grandparents called the boy \"Badger\" in every letter.", "Badger"),
    ("The flat above the shops on Church Walk was cold and damp.", "Church Walk"),
    ("He was found near Station Parade late at night.", "Station Parade"),
    ("Adult K lived in a bedsit on Parkgate for a year.", "Parkgate"),
    ("She had Dravet syndrome and lived in a hamlet in the hills.", "Dravet syndrome"),
    ("The family were Eritrean refugees placed in a small fishing village.",
     "Eritrean refugees"),
    ("He was a BSL user in a remote village with no interpreter.", "BSL user"),
    ("Most nights he drank at the Plough and Harrow with the older men.", "Plough and Harrow"),
    ("Her uncle was the licensee of the White Hart on the square.", "White Hart"),
    ("Sentencing remarks in R v Kessell and Mabe describe the abuse.", "Kessell and Mabe"),
    ("The findings in Wealdmoor Council v Tranmere were made in 2021.", "Tranmere"),
    ("Dywedodd Siân fod y teulu wedi gofyn am help.", "Siân"),
    ("Roedd Dafydd yn byw gyda'i fam.", "Dafydd"),
]


@pytest.mark.parametrize("text, detail", EXACT)
def test_details_reported_exactly(text: str, detail: str) -> None:
    assert detail in found(text)


#: Sentences that look like details and are not: no C1 finding at all.
QUIET = [
    "The review calls him \"Reuben\", a name his grandmother chose.",
    "In this report the young woman is called 'Orla' (not her real name).",
    "Fenmoor Primary Care Network and the High Court were told of the review.",
    "The youngest of four, she was born abroad.",
    "Her son's school made a referral the same day.",
    "The partnership's annual conference was held at the Lakeside Hotel in Windermere.",
    "The training day in Kendal, Cumbria, was fully booked.",
]


@pytest.mark.parametrize("text", QUIET)
def test_what_only_looks_like_a_detail(text: str) -> None:
    assert found(text) == []
