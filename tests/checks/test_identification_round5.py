"""C1 classes fixed after the seventh fresh set's blind scoring (docs/performance.md), each held
by sentences written after the fix, not taken from the scored set; and the clean near-misses
beside them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from test_identification_classes import c1, covered, found, names_or_blocks

from review_editor.checks import CheckContext, findings, run_checks
from review_editor.model import parse_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def c1_in_record(text: str, area_served: list[str] | None = None,
                 named_professionals: list[str] | None = None) -> list[tuple[str, str]]:
    """(code, text) of what C1 reports on ``text`` in a record of a partnership serving
    ``area_served`` that lists ``named_professionals``."""
    record: Any = parse_record({
        "schema_version": "1.0", "id": "5c8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a03",
        "kind": "news_item", "title": "Learning from a local review",
        "publisher": {"name": "Valley Safeguarding Partnership", "url": "https://valley.example",
                      "area_served": area_served or []},
        "sensitivity": {"named_professionals": named_professionals or []},
        "body": [{"id": "main", "heading": "", "markdown": text}]})
    return [(i.code, text[i.span[0]:i.span[1]]) for i in findings(
        run_checks(record, CheckContext(now=NOW), {"C1"})) if i.span]


def c1_serving(text: str, area_served: list[str]) -> list[str]:
    """What C1 reports on ``text`` for a partnership serving ``area_served``."""
    return [span for _, span in c1_in_record(text, area_served=area_served)]


@pytest.mark.parametrize(("text", "detail"), [
    # given names common in the UK today
    ("Ibrahim was excluded twice in Year 9.", "Ibrahim"),
    ("Patryk's mother asked for an interpreter.", "Patryk"),
    # where someone was arrested, stopped or travelled to, and where someone is from
    ("He was arrested at Eastbrook with a knife in his bag.", "Eastbrook"),
    ("She got a taxi to Kelderby with two older men.", "Kelderby"),
    ("Police said a 13-year-old boy from Yarrow Mill had been threatened.", "Yarrow Mill"),
    # a shopping centre known by one word after "to the" or "at the"
    ("He said he was meeting friends at the Brightwater after school.", "Brightwater"),
    # a setting's name with a possessive, hyphens or a word of kind before the setting word
    ("Her aunt worked at Patel's Newsagents for years.", "Patel's Newsagents"),
    ("He trained with Llan-y-coed AFC on Sundays.", "Llan-y-coed AFC"),
    ("She met the older boys at the Beacon boxing club.", "Beacon boxing club"),
    # a setting's name set before its kind
    ("He spent a year at Hillcrest, a secure children's home, before moving back.", "Hillcrest"),
    # health units, stations and shops
    ("Baby K was moved to the Ashby Neonatal Unit the same night.", "Ashby Neonatal Unit"),
    ("They were seen at Marlow Road coach station at 2am.", "Marlow Road"),
    ("She spent her evenings at Fenwick Green shops with older boys.", "Fenwick Green shops"),
    # a hospital by its name and "General"
    ("He was moved to a side room at Harrowgate General the next day.", "Harrowgate General"),
    # a given name that is also a word, ending a list of names
    ("Her daughters, Tilly and Hazel, were at the party.", "Hazel"),
    # a given name with its surname's initial; a nickname after "knew … as"
    ("Kerry B was seen getting into the car.", "Kerry B"),
    ("Staff knew the older man only as Little Dez.", "Little Dez"),
    # a sentence's first word, a given name that is a word, before the child's own age
    ("Autumn was four months old when the referral came in.", "Autumn"),
    # a lower-case name after a capital "Me and" in someone's own words
    ("\"Me and jaxon went round his cousin's,\" he told the youth worker.", "jaxon"),
    # a chronology line with a time between its date and the name
    ("03/05/2021 14:15 – Ivy seen at the walk-in centre with a burn.", "Ivy"),
    # an age set off with a word of order in brackets
    ("- Macie (youngest, 3)", "3"),
    # where someone died, collapsed or worked; a town written with a capital after "-on-"
    ("The baby died at Ferncliffe Royal three days later.", "Ferncliffe Royal"),
    ("Their son passed away on 4 June 2019 at Kirkbridge after a short illness.", "Kirkbridge"),
    # a township, a rehousing, an age's owner from somewhere, and places listed together
    ("She was well known in Achmore, a crofting township on the island.", "Achmore"),
    ("The family were rehoused in Lisnaskea after the threats.", "Lisnaskea"),
    ("A 16-year-old from Pelton Fell was arrested at the scene.", "Pelton Fell"),
    ("He sold drugs in Seacroft, Whinmoor and Swarcliffe.", "Whinmoor"),
    ("He sold drugs in Seacroft, Whinmoor and Swarcliffe.", "Swarcliffe"),
    ("Her father worked on a building site near Stratford-upon-Avon.", "Stratford-upon-Avon"),
    ("Sam worked on a farm near Bourton-on-the-Water.", "Bourton-on-the-Water"),
    ("Her grandparents' cottage was just outside Hay-on-Wye.", "Hay-on-Wye"),
    # a pub named by two pub words joined by "and", outside a sentence about drinking
    ("They lived in the flat above the Fox and Hounds for a year.", "Fox and Hounds"),
    # a college named after a town whose first word is a title
    ("Jordan enrolled at Bishop's Stortford College in 2019.", "Bishop's Stortford College"),
    # a street named like a person after "at" or "on", and the town after its comma
    ("The tent was pitched at Holly Lane, Garstang.", "Holly Lane"),
    ("The tent was pitched at Holly Lane, Garstang.", "Garstang"),
    # a sentence's first word, a given name that is a word, before a birthday's age
    ("Candy turned 16 the week she moved out.", "Candy"),
    # where someone was brought up or last seen; an island; a hospital's wing
    ("She was brought up in Pollokshaws by her grandmother.", "Pollokshaws"),
    ("The last sighting of the boy was at Marbury Quays.", "Marbury Quays"),
    ("The family moved to the Isle of Portsea after the eviction.", "Portsea"),
    ("The twins were delivered early in the Hartley Wing.", "Hartley Wing"),
    # social work's shorthand for relatives, and Scots and Northern family words
    ("Plan: both boys to stay with PGM (Pearl) over the weekend.", "Pearl"),
    ("His gran, Iris, took him to the dentist.", "Iris"),
    # police system references by their system's name
    ("The call was logged as CAD 5521 and graded as an emergency.", "5521"),
    ("STORM 0812 records the first report of the girl missing.", "0812"),
    # a pet named after its kind; a channel's name; where a funeral or wedding was
    ("Their terrier, Biscuit, was often left shut in the yard.", "Biscuit"),
    ("He posted on a YouTube channel, SkaterJay99, most nights.", "SkaterJay99"),
    ("Her ashes were scattered after a service at Ravensmoor Crematorium.", "Ravensmoor"),
    ("They married at Castleford Register Office in the spring.", "Castleford Register Office"),
    # a flat above, behind or opposite a named shop
    ("The men used a flat above Pizza Palace to meet the girls.", "Pizza Palace"),
    # a given name that is a word after another name and before what the pair did
    ("Leanne and Dawn met at a baby group in 2016.", "Dawn"),
    # a sentence's first word, a given name that is a word, before a doing only people do
    ("Hope confided in her form tutor about the texts.", "Hope"),
    ("Kerry self-harmed twice that winter, the school nurse noted.", "Kerry"),
    ("Holly (13) was seen leaving the flat at midnight.", "Holly"),
    ("Taygen was arrested twice in the summer holidays.", "Taygen"),
    # a postcode district alone; a university technical college
    ("The family were rehoused in the LS9 area after the fire.", "LS9"),
    ("He transferred to Wearside UTC for Year 10.", "Wearside UTC"),
    # singled out by dress that marks a faith, or as one of the few
    ("He was the only boy in his year who wore a turban.", "wore a turban"),
    ("She was one of the few Sikh pupils at the academy.", "Sikh pupils"),
    ("He was the only child in the hamlet who used a wheelchair.", "used a wheelchair"),
    ("She was the only girl with a cochlear implant at the village school.", "cochlear implant"),
])
def test_round5_classes_are_found(text: str, detail: str) -> None:
    assert covered(text, detail), found(text)


@pytest.mark.parametrize("text", [
    "Her stepfather drove a silver Vauxhall Corsa to the school gates.",
    "The boys were picked up in a black Ford Transit van.",
    "She went to Quran classes and Bible study on weekends.",
    "He went to Brownies and then to Scouts on Tuesdays.",
    "A worker from Barnardo's went to the home with the social worker.",
    "He messaged the boy from the Snapchat account he had set up.",
    "She attended a Catholic primary school and then a Methodist college.",
    "Thanks go to Ruth Yardley and her colleagues at Wealdmoor Council.",
    "The Solicitor General wrote to the panel in 2022.",
    "Will I be told what happens next, she asked.",
    "He joined the Sea Cadets and later the Air Cadets.",
    "The family were from Roma communities in central Europe.",
    "Staff from Neath Port Talbot and Rhondda Cynon Taf attended the event.",
    "The boys swam in the River Irvine with their uncle every summer.",
    "The family spent a week on the Isle of Wight.",
    "Two of the panel went to Carlisle for the regional training day.",
    "The form tutor raised it at Sports Day and again at Parents' Evening.",
    "The youth court in Doncaster adjourned the hearing twice.",
    "Practitioners were reminded how Clare's Law disclosures are made.",
    "The family kept a large German Shepherd and two cats.",
    "Her grandfather had been a member of the Orange Lodge for years.",
    "They worshipped at the Catholic church and the boys went to Sunday school.",
    "Roadworks closed the M62 area near the junction for a week.",
    "Her brother once played for Middlesbrough's academy side.",
    "The family lived in the town and Ofsted later inspected the school.",
    "Children with autism in the county wait too long for an assessment.",
])
def test_round5_clean_sentences_draw_no_name_or_block(text: str) -> None:
    assert names_or_blocks(text) == [], found(text)


@pytest.mark.parametrize("text", [
    "The ISVA, Nadine Ferris, went with the girl to every hearing about the rape.",
    "Prosecutor Gareth Lloyd told the jury the men had groomed her.",
    "The IRO, Fiona Blake, challenged the plan for sexual exploitation.",
    "His keyworker at the supported lodgings, Dominic, raised the alarm.",
    "Paramedic Joanne Kirk found the baby unresponsive.",
])
def test_round5_professionals_by_role_are_not_names(text: str) -> None:
    assert names_or_blocks(text) == [], found(text)


def test_a_car_by_make_is_no_place_or_name_and_its_plate_is_reported() -> None:
    text = "His uncle's grey Vauxhall Astra, registration LM18 XRT, was seen outside the flat."
    spans = [span for code, _, span in c1(text)]
    assert not any("Vauxhall" in span for span in spans)
    assert any("LM18 XRT" in span for span in spans)


@pytest.mark.parametrize("town", ["Wakefield", "Cardiff", "Dundee", "Barnsley"])
def test_a_town_named_like_its_council_is_a_place_unless_it_is_the_area_served(town: str) -> None:
    text = f"The family moved to {town} when the boy was small."
    assert town in c1_serving(text, ["Fenmoor"])
    assert town not in " ".join(c1_serving(text, [town]))


def test_a_county_named_for_where_someone_lived_stays_too_wide_to_report() -> None:
    assert c1_serving("The family moved to Lancashire when the boy was small.", []) == []


@pytest.mark.parametrize(("text", "reported"), [
    # a message to the family, or nothing says whom: the name is likely a real person's
    ("Hi Marcia, the repairs to the bathroom will be done next week.", True),
    ("Hello Tanya, your daughter was not in school again today.", True),
    # a message that speaks of the family in the third person is between colleagues
    ("Hi Marcia, Child Q's mum rang again this morning about the move.", False),
    ("Morning Dev, Ms Pryce has asked for the meeting to be moved.", False),
])
def test_a_first_name_greeting_in_a_quoted_message(text: str, reported: bool) -> None:
    name = text.split(",")[0].split()[-1]
    assert (name in found(text)) is reported, found(text)


def test_a_greeted_colleague_the_record_lists_is_not_reported() -> None:
    text = "Hi Marcia, the repairs to the bathroom will be done next week."
    assert not [code for code, _ in c1_in_record(text, named_professionals=["Marcia Oduya"])
                if code == "C1.1"]
