"""Pubs, schools by their short names and hospital wards (C1.5), court cases named after a
person (C1.1), and the town named after a setting (C1.4).

A pub is rarely called a pub: "drank at the Fox and Hounds", "the landlord of the Black Bull".
In a sentence about drinking or a bar, "the" before a capitalised name ending in a word pubs
are named after, or joining two names with "and", marks a pub. A case name such as "R v
Dempsey" or "Wealdmoor Council v Lowther" names the defendant or the parent. Schools are
often named without "School" ("Grange Park Primary"), wards by number ("Ward 22"), and a
setting by its town ("St Oswald's in Grasmere").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .datetext import MONTHS, WEEKDAYS
from .people_words import (
    AREA_PHRASES,
    AREAS,
    FAMILY_TITLES,
    OCCASIONS,
    ORGANISATION_WORDS,
    PROFESSIONAL_TITLES,
)
from .places import gazetteer
from .sentence_index import SentenceIndex
from .settings import ACRONYM_ALLOW_LIST, GLOSSARY

#: Words a sentence about a pub holds: the pattern runs only on those sentences.
_DRINKING = frozenset(
    "pub pubs landlord landlady licensee publican bar barmaid barman bartender drank drinking "
    "drinks pint pints inn lock-in barred".split())
#: Last words of pub names ("the Red Lion", "the Royal Oak", "the Dog and Gun").
_PUB_NOUNS = frozenset(
    "Lion Bull Hart Oak Head Heads Arms Inn Tavern Anchor Crown Hounds Horse Horses Swan "
    "Plough Bell Bells Star Ship Cross Feathers Greyhound Fox Eagle Falcon Boar Bear Stag "
    "Harrow Wheatsheaf Mitre Angel Volunteer Woolpack Packhorse Cock Hen Ram Lamb Pheasant "
    "Unicorn Dragon Griffin Globe Sun Moon Chequers Compasses Keys Sailor Fisherman Huntsman "
    "Ploughman Drovers Dolphin Mermaid George Fleece Beehive Blacksmiths Vaults Grapes Bush "
    "Hare Hound Buck Talbot Sportsman Cricketers Tap Barrel Horseshoe Wagon Waggon Goat Vine "
    "Thistle Rose Harp Pelican Peacock Gun Magpie Crow Raven Owl Kestrel Wren Bull's Cheese "
    "Coach Castle Railway Mill Junction Ale Jug Tankard Brewery Horseshoes Duck Dog Partridge "
    "Goose Fiddle Kettle".split())
_PUB = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][\w'’]+(?:\s+(?:and|&)\s+[A-Z][\w'’]+|\s+[A-Z][\w'’]+){0,3})")
_ORGANISATIONS = frozenset(ORGANISATION_WORDS) - _PUB_NOUNS

_NOT_A_TOWN = frozenset(ORGANISATION_WORDS) | frozenset(AREAS) | frozenset(MONTHS + WEEKDAYS) \
    | OCCASIONS
_FAMILY_TITLES = frozenset(FAMILY_TITLES)
_NOT_A_TOWN_EVER = frozenset(MONTHS + WEEKDAYS) | {"England", "Wales", "Scotland", "Ireland"}
_CASE_WORDS = frozenset({"v", "vs"})
_CAP = r"[A-Z][\w'’-]*"
#: "R v Dempsey", "R v Bostock and Hale", "Wealdmoor County Council v Lowther".
_CASE_NAME = re.compile(
    rf"(?:\b(?:R|Regina|Rex|HMA|HM Advocate|{_CAP}(?:\s+(?:{_CAP}|of|and)){{0,5}}))\s+vs?\.?\s+"
    rf"(?P<party>(?:the\s+)?[A-Z][a-z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][a-z][\w'’-]*|"
    rf"\s+[A-Z][a-z][\w'’-]*){{0,3}})")
_NOT_A_PARTY = frozenset(ORGANISATION_WORDS) | frozenset(PROFESSIONAL_TITLES) | {
    "Secretary", "State", "Crown", "Regina", "Rex", "United", "Kingdom", "Home", "The"}


_SCHOOL_WORDS = frozenset(
    "primary infants infant juniors junior secondary comprehensive high grammar".split())
#: "Grange Park Primary", "Holy Trinity C of E Juniors", "Castlebrook High".
_SHORT_SCHOOL = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:C of E|CE|RC|Catholic|Church)\s+)?"
    r"(?:Primary|Infants?|Juniors?|Secondary|Comprehensive|High|Grammar)"
    r"(?:\s+(?:and|&)\s+(?:Nursery|Infants|Juniors))?)\b"
    r"(?!\s+(?:[A-Z]|[Cc]are\b|[Hh]ealth\b|[Ss]chools?\b|[Tt]eams?\b|[Nn]etwork|[Tt]rust\b|"
    r"[Ss]ervices?\b|[Ss]treet\b|[Rr]oad\b|[Cc]ourt\b|[Ss]heriff))")
_NOT_SCHOOL_START = frozenset(
    "The A An In At On By For Of And But When After Before During This That Its His Her Their "
    "Our NHS Very".split())
#: "The Lonsdale Practice", "the Old Mill Surgery": a GP practice by name.
_PRACTICE = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}(?:Practice|Surgery))\b"
                       r"(?!\s+[A-Z])")
_NOT_A_PRACTICE = frozenset(
    "Good Best Safeguarding Social Work Learning Reflective Clinical General Professional Nursing "
    "Dental Medical Family Group Child Adult Review Legal Private Joint Multi Agency Partnership "
    "Practice Health Care Local National GP".split())
_WARD = re.compile(r"\b[Ww]ard\s+(?:\d{1,3}[A-Z]?|[A-Z]\d{1,2})\b")
_WARD_WORDS = frozenset({"ward"})
_PRACTICE_WORDS = frozenset({"practice", "surgery"})
#: "… in Grasmere" or "…, Grasmere." right after a named setting or street.
_TOWN_AFTER = re.compile(
    r"(?:\s+(?:in|near|outside)|,(?=\s+[A-Z][a-z-]+\s*(?:[.;)]|,\s|$)))\s+"
    r"(?P<town>[A-Z][a-z]+(?:[ -](?:upon|on|in|under|le|by|de)[ -]"
    r"[A-Z][a-z]+|[ -][A-Z][a-z]+)?)\b(?![ -][A-Z])")


def find_schools_and_wards(text: str, index: SentenceIndex) -> list[tuple[int, int]]:
    """(start, end) of schools named without "School" and of numbered wards."""
    found = []
    for at in index.with_any(_SCHOOL_WORDS):
        for match in _SHORT_SCHOOL.finditer(text, *index.spans[at]):
            words = match.group("name").split()
            while len(words) > 1 and words[0] in _NOT_SCHOOL_START:
                words.pop(0)
            if len(words) < 2 or any(w.rstrip("'’s") in _ORGANISATIONS for w in words):
                continue
            found.append((match.end("name") - len(" ".join(words)), match.end("name")))
    for at in index.with_any(_PRACTICE_WORDS):
        for match in _PRACTICE.finditer(text, *index.spans[at]):
            if not set(match.group("name").split()) & _NOT_A_PRACTICE - {"Practice", "Surgery"}:
                found.append(match.span("name"))
    for at in index.with_any(_WARD_WORDS):
        found += [m.span() for m in _WARD.finditer(text, *index.spans[at])]
    return found


def town_after(text: str, end: int, is_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """The town named right after a setting or street that ends at ``end``."""
    match = _TOWN_AFTER.match(text, end)
    if match is None:
        return None
    town = match.group("town")
    if town in _NOT_A_TOWN_EVER:
        return None
    if town not in gazetteer() and (
            any(w in _NOT_A_TOWN for w in re.split(r"[ -]", town)) or is_word(town)):
        return None  # "in Hull" is a town, "in Care" is not
    return match.start("town"), match.end("town")


#: "the netball club in Rumney", "the boxing gym near Splott": a small setting by its kind
#: and the town or district it is in, which together name it.
_KIND_IN_TOWN = re.compile(
    r"\bthe\s+(?:[a-z]+\s+){0,2}?(?:club|gym|squad|troupe|chapel|mosque|gurdwara|mandir|"
    r"church|youth club|scout group|guides)(?=\s+(?:in|near|outside)\s+[A-Z])")
_KIND_WORDS = frozenset("club gym squad troupe chapel mosque gurdwara mandir church scout "
                        "guides".split())


def find_settings_by_town(text: str, index: SentenceIndex,
                          is_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of a small setting named by its kind and its town or district."""
    found = []
    for at in index.with_any(_KIND_WORDS):
        for match in _KIND_IN_TOWN.finditer(text, *index.spans[at]):
            town = town_after(text, match.end(), is_word)
            if town is not None and text[town[0]:town[1]] not in _AREA_WORDS:
                found.append((match.start(), town[1]))
    return found


_PRISON = re.compile(r"\bHM(?:P|YOI|P\s*&\s*YOI|P/YOI)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
_PRISON_WORDS = frozenset({"hmp", "hmyoi", "yoi"})


def find_prisons(text: str, index: SentenceIndex, about: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of prisons named in a sentence about a person ("released from HMP
    Parc"); a prison named as an institution ("HMP Parc is operated by …") is not."""
    return [m.span() for at in index.with_any(_PRISON_WORDS) if about[at]
            for m in _PRISON.finditer(text, *index.spans[at])]


#: "the birth at Ninewells", "admitted to Altnagelvin", "seen in ED at Jimmy's": a hospital
#: known by one word.
_ONE_WORD_HOSPITAL = re.compile(
    r"\b(?P<trigger>birth|born|admitted|admission|delivered|discharged|treated|transferred|"
    r"ward|A&E|ED|PICU|NICU|SCBU|maternity unit|seen|taken|rushed|stay)\s+(?:at|to|from|in)\s+"
    r"(?P<name>[A-Z][a-z]{3,}(?:['’]s)?)(?![\w'’-]|\s+[A-Z]|\s*,\s*[A-Z])")
#: After these, a possessive is a hospital even when its word is an everyday one ("ED at
#: Jimmy's"); after "seen" or "taken" it may be a home ("taken to Nan's").
_CLINICAL_TRIGGERS = frozenset(
    "birth born admitted admission delivered discharged transferred A&E ED PICU NICU "
    "SCBU".split())
_GENERAL_WORDS = frozenset({"general"})
_HOSPITAL_TRIGGERS = frozenset(
    "birth born admitted admission delivered discharged treated transferred ward seen taken "
    "rushed stay ed e picu nicu scbu".split())
#: "transferred from the Heath", "booked late at the Vic", "the neonatal unit at the RVI": a
#: hospital by the short name people use, after "the", beside an admission, a birth or a unit;
#: not the first word of a longer name ("admitted to the Mother and Baby Unit").
_THE_HOSPITAL = re.compile(
    r"\b(?:born|birth|admitted|admission|delivered|discharged|transferred|blue-lighted|"
    r"blue-lit|rushed|booked|booking|A&E|ED|unit|ward|PICU|NICU|SCBU|HDU|ICU|ITU)\s+"
    r"(?:[\w&+-]+\s+){0,4}?(?:at|to|from|in|into)\s+the\s+"
    r"(?P<name>[A-Z][a-z]{2,}|[A-Z]{2,4})"
    r"(?![\w'’&-]|\s+[A-Z]|\s+(?:ward|unit|team|clinic)\b|\s+(?:and|&)\s+[A-Z])")
_THE_HOSPITAL_TRIGGERS = frozenset(
    "born birth admitted admission delivered discharged transferred lighted lit rushed booked "
    "booking e ed unit ward picu nicu scbu hdu icu itu".split())
#: Clinical units and services known by letters, and words a unit is named by: "the PICU",
#: "the CMHT", "the Maternity" are no hospital's name.
_NOT_A_HOSPITAL = frozenset(
    "PICU NICU SCBU HDU ICU ITU MAU AMU CDU EPU ED AE GP GPs CMHT CRHT HTT MASH CAMHS ICB CCG "
    "UK NHS MARAC Ward Unit Department Emergency Maternity Neonatal Paediatric Intensive "
    "Special Urgent Minor High Acute Children Adult Adults Mental Community Local Same "
    "Following Next Time Care Home Hospice Spring Summer Autumn Winter Morning Afternoon "
    "Evening Night Weekend USA US UAE DRC EU CPS YOS YOT LADO DWP HMRC RAF MOD Army Navy "
    "Marines Forces Military Services Seventies Eighties Nineties Sixties".split()) \
    | frozenset(GLOSSARY) | frozenset(ACRONYM_ALLOW_LIST)
#: "Ward 7 at Glan Clwyd", "the PICU at Alder Hey": a hospital of two or three words after a
#: ward or unit.
_HOSPITAL_AFTER_A_UNIT = re.compile(
    r"\b(?:[Ww]ard\s+[A-Z]?\d{1,3}[A-Z]?|[Ww]ard|[Uu]nit|PICU|NICU|SCBU|HDU|ICU|ITU|A&E|ED)\s+"
    r"(?:at|of|in)\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
    r"(?![\w'’-]|\s+[A-Z])")
_UNIT_TRIGGERS = frozenset("ward unit picu nicu scbu hdu icu itu e ed".split())
_CALENDAR = frozenset(MONTHS + WEEKDAYS) | OCCASIONS
_AREA_WORDS = frozenset(AREAS) | {"North", "South", "East", "West", "Mid", "Greater", "Central"}
#: "moved to the Orchard Unit at Cefn Coed Hospital", "admitted to the Rowan Ward": a unit or
#: ward by its own name, in a sentence about a person's stay in hospital; a unit named for
#: the care it gives or the family it serves ("the Burns Unit", "the Mother and Baby Unit") is
#: a kind, not a name.
_NAMED_UNIT = re.compile(
    r"\b(?i:the)\s+(?P<name>(?P<words>[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)"
    r"\s+(?:Unit|Ward|Suite))\b(?!['’])")
_UNIT_STAY_WORDS = frozenset("hospital infirmary admitted admission discharged inpatient "
                             "sectioned transferred detained".split())
_CARE_GIVEN = frozenset(
    "Assessment Referral Burns Renal Cardiac Stroke Spinal Dementia Respite Observation "
    "Psychiatric Secure Adolescent Adolescents Trauma Surgical Medical Admissions Admission "
    "Discharge Decision Treatment Rehabilitation Rehab Recovery Detox Addiction Addictions "
    "Liver Oncology Cancer Eating Coronary Isolation Orthopaedic Orthopaedics Day Inpatient "
    "Outpatient Outpatients Crisis Specialist Eye Fracture Forensic Nurture Resource Inclusion "
    "Support Behaviour Learning Exploitation Protection Investigation Safeguarding Triage "
    "Gynaecology Antenatal Postnatal Labour Delivery Birth Birthing Midwifery Midwife "
    "Transitional Dependency Clinical Diagnostic Endoscopy Dialysis Haematology Infectious "
    "Respiratory Injuries Injury Mothers Baby Babies Fetal Foetal Psychiatry Psychology "
    "Neurology Neurosurgery Neuro Surgery Medicine Elderly Geriatric Frailty Stepdown Step "
    "Women's Women’s Children's Children’s Men's Men’s Young Older Holding Custody Gangs "
    "Homicide Fraud Cyber Vulnerability Missing Firearms Traffic Dog Mounted Pupil "
    "Rehabilitative Therapy Therapeutic Paediatrics Neonatology Feeding Sleep Pain Chest "
    "Heart Kidney Lung Skin Ear Nose Throat Dental Maxillofacial Plastic Plastics Vascular "
    "Cardiology Cardiothoracic Gastro Gastroenterology Urology Obstetric Obstetrics Mother "
    "Parent Parents Father Fathers Family Families Toddler Toddlers Infant Infants".split())


def find_named_units(text: str, index: SentenceIndex,
                     about: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of hospital units and wards named by their own word."""
    return [m.span("name") for at in index.with_any(_UNIT_STAY_WORDS) if about[at]
            for m in _NAMED_UNIT.finditer(text, *index.spans[at])
            if not all(w in _CARE_GIVEN or w in _NOT_A_HOSPITAL
                       for w in m.group("words").split() if w not in ("and", "&"))]


#: "took him to the Royal", "at the Infirmary": words that name a hospital by themselves.
_THE_ROYAL = re.compile(r"\b(?:at|to|from|in|into)\s+the\s+(?P<name>Royal|Infirmary|General)"
                        r"(?![\w'’-]|\s+[A-Z])")
_HOSPITAL_WORDS = frozenset({"royal", "infirmary", "general"})


#: "at Castlegate General", "to the Royal Alexandra General": a hospital by its name and
#: "General" alone; an office ("the Attorney General") is not one.
_GENERAL_HOSPITAL = re.compile(
    r"\b(?:at|to|from|in|into)\s+(?:the\s+)?(?P<name>(?:[A-Z][a-z'’]+\s+){1,3}General)\b"
    r"(?!\s+[A-Z]|['’]s)")
_OFFICES = frozenset(
    "Attorney Solicitor Secretary Surgeon Inspector Director Registrar Auditor Accountant "
    "Advocate Postmaster Governor Major Lieutenant Brigadier Consul Receiver Paymaster "
    "Comptroller Adjutant Quartermaster Commissary Vicar Procurator Chief Deputy".split())


#: "left Oakfield after a managed move", "excluded from Brookvale": a school by one word.
_ONE_WORD_SCHOOL = re.compile(
    r"\b(?:excluded from|left|started at|moved (?:schools )?to|transferred to|back to|"
    r"a pupil at|on roll at|on the roll (?:at|of)|a place at|attended|was at|returned to|"
    r"hated)\s+(?P<name>[A-Z][a-z]{3,})(?![\w'’-]|\s+[A-Z])")
_SCHOOL_CUES = frozenset(
    "school schools pupil pupils excluded exclusion exclusions teacher teachers headteacher "
    "senco classroom managed lessons tutor secondary primary comprehensive academy "
    "timetable".split())


def find_one_word_schools(text: str, index: SentenceIndex, is_word: Callable[[str], bool],
                          is_place: Callable[[str], bool],
                          is_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of a school named by one word that no dictionary, town list or name list
    holds, after leaving, joining or being excluded, in a sentence about school."""
    return [m.span("name") for at in index.with_any(_SCHOOL_CUES)
            for m in _ONE_WORD_SCHOOL.finditer(text, *index.spans[at])
            if not (m.group("name") in _NOT_A_TOWN or is_word(m.group("name"))
                    or is_place(m.group("name")) or is_name(m.group("name")))]


def find_one_word_hospitals(text: str, index: SentenceIndex, about: list[bool],
                            is_word: Callable[[str], bool],
                            is_place: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of a hospital named by one word after a birth, an admission or a visit in
    a sentence about a person ("the birth at Ninewells"): a word no dictionary, town list,
    calendar or organisation holds; and of a hospital named with "General" alone ("admitted
    to Ward 7 at Castlegate General")."""
    found = [m.span("name") for at in index.with_any(_GENERAL_WORDS) if about[at]
             for m in _GENERAL_HOSPITAL.finditer(text, *index.spans[at])
             if _OFFICES.isdisjoint(m.group("name").split())]
    for at in index.with_any(_HOSPITAL_TRIGGERS):
        if not about[at]:
            continue
        for match in _ONE_WORD_HOSPITAL.finditer(text, *index.spans[at]):
            name = match.group("name")
            bare = name.removesuffix("'s").removesuffix("’s")
            if name != bare and match.group("trigger") in _CLINICAL_TRIGGERS:
                everyday = bare in _FAMILY_TITLES  # "ED at Jimmy's", not "at Nan's"
            else:
                everyday = is_word(bare) or is_word(name)
            if bare in _NOT_A_TOWN or everyday or is_place(bare):
                continue
            found.append(match.span("name"))
    for at in index.with_any(_THE_HOSPITAL_TRIGGERS):
        if about[at]:
            found += [m.span("name") for m in _THE_HOSPITAL.finditer(text, *index.spans[at])
                      if _a_hospital_name(m.group("name"), is_place)]
    for at in index.with_any(_UNIT_TRIGGERS):
        if about[at]:
            found += [m.span("name") for m in _HOSPITAL_AFTER_A_UNIT.finditer(
                text, *index.spans[at]) if _a_hospital_of_words(m.group("name"), is_place)]
    for at in index.with_any(_HOSPITAL_WORDS):
        if about[at]:
            found += [m.span("name") for m in _THE_ROYAL.finditer(text, *index.spans[at])]
    return found


def _a_hospital_name(name: str, is_place: Callable[[str], bool]) -> bool:
    return not (name in _NOT_A_TOWN or name in _NOT_A_HOSPITAL or name in _FAMILY_TITLES
                or is_place(name))


def _a_hospital_of_words(name: str, is_place: Callable[[str], bool]) -> bool:
    """"Glan Clwyd", "Alder Hey": no organisation's, unit's or calendar's word, and not a
    region ("North Wales") nor a town."""
    words = re.split(r"[ -]", name)
    return not (any(w in _ORGANISATIONS or w in _NOT_A_HOSPITAL or w in _FAMILY_TITLES
                    or w in _CALENDAR for w in words)
                or all(w in _AREA_WORDS for w in words) or name in AREA_PHRASES
                or is_place(name))


#: "the car park of The Cross Keys": a capital "The" inside a sentence opens a proper name.
_CAPITAL_THE_PUB = re.compile(
    r"(?<=[a-z,] )The\s+(?P<name>[A-Z][\w'’]+(?:\s+(?:and|&)\s+[A-Z][\w'’]+|"
    r"\s+[A-Z][\w'’]+){0,3})(?!\s+[A-Z])")
_PUB_TRIGGERS = frozenset(noun.lower() for noun in _PUB_NOUNS if "'" not in noun)


#: "next door to the Coach and Horses": two pub words joined by "and" after "the".
_PAIRED_PUB = re.compile(r"\b[Tt]he\s+(?P<name>(?P<one>[A-Z][a-z]+)\s+(?:and|&)\s+"
                         r"(?P<two>[A-Z][a-z]+))\b(?!\s+[A-Z])")


#: Pub names of one word that name nothing else ("in the Horseshoe every night", "outside
#: the Fleece"): a pub wherever "the" and a place word stand before them.
_PUB_ONLY_NOUNS = frozenset(
    "Horseshoe Horseshoes Wheatsheaf Fleece Woolpack Packhorse Beehive Mitre Drovers "
    "Cricketers Grapes".split())
_PUB_ALONE = re.compile(r"\b(?:in|at|outside|behind|near|from|to|by|into|opposite)\s+the\s+"
                        r"(?P<name>[A-Z][a-z]+)\b(?![ ]+[A-Z]|['’-])")
_PUB_ALONE_TRIGGERS = frozenset(noun.lower() for noun in _PUB_ONLY_NOUNS)
#: "met at the Jolly Sailor", "outside the Royal Oak": a pub's name of two or three words
#: ending in a pub's word, where someone was; not a charity or a paper ("the Red Cross").
_PUB_AT = re.compile(r"\b(?:in|at|outside|behind|near|from|to|into|opposite|by)\s+the\s+"
                     r"(?P<name>[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+){1,2})"
                     r"\b(?![ ]+[A-Z]|['’-])")
_NOT_PUBS = frozenset({"Red Cross", "Blue Cross", "Daily Star", "Morning Star", "Evening Star",
                       "Northern Star", "Green Cross"})


#: "her form tutor in 10RJ", "the class teacher of 2G", "tutor group 9K": a school's form or
#: class by its code, which with the school names a handful of children.
_FORM = re.compile(
    r"\b(?:(?i:form|class|tutor group|form group|registration group|reg group)\s+"
    r"(?:(?i:tutor|teacher)\s+)?(?:(?:in|of|for|was|is)\s+)?|(?:was|were|is|are) in\s+"
    r"(?![2-5][DGK]\b))(?P<form>(?:1[0-3]|[1-9])/?[A-Z]{1,3}\d?)(?![\w/-])")
_FORM_TRIGGERS = frozenset({"form", "class", "group", "was", "were", "is", "are"})
#: What every form's code holds: a digit before a capital, a slash between them or not.
_FORM_CODE = re.compile(r"[0-9]/?[A-Z]")


def find_school_forms(text: str, index: SentenceIndex) -> list[tuple[int, int]]:
    """(start, end) of each school form or class named by its code."""
    if _FORM_CODE.search(text) is None:
        return []
    return [m.span("form") for at in index.with_any(_FORM_TRIGGERS) if index.has_digit[at]
            for m in _FORM.finditer(text, *index.spans[at])]


def find_pubs(text: str, index: SentenceIndex) -> list[tuple[int, int]]:
    """(start, end) of each pub's name in a sentence about drinking, of a name of two words or
    more ending in a pub's word after a capital "The" inside any sentence, or of two pub words
    joined by "and" after "the" ("the Coach and Horses")."""
    found = [m.span("name") for at in index.with_any(_PUB_TRIGGERS)
             for m in _PAIRED_PUB.finditer(text, *index.spans[at])
             if m.group("one") in _PUB_NOUNS and m.group("two") in _PUB_NOUNS]
    for at in index.with_any(_DRINKING):
        for match in _PUB.finditer(text, *index.spans[at]):
            if _pub_name(match.group("name"), and_will_do=True) \
                    and match.span("name") not in found:
                found.append((match.start("name"), match.end("name")))
    for at in index.with_any(_PUB_TRIGGERS):
        for match in _PUB_AT.finditer(text, *index.spans[at]):
            if _pub_name(match.group("name"), and_will_do=False) \
                    and match.group("name") not in _NOT_PUBS \
                    and match.span("name") not in found:
                found.append(match.span("name"))
    for at in index.with_any(_PUB_ALONE_TRIGGERS):
        for match in _PUB_ALONE.finditer(text, *index.spans[at]):
            if match.group("name") in _PUB_ONLY_NOUNS and match.span("name") not in found:
                found.append(match.span("name"))
    for at in index.with_any(_PUB_TRIGGERS):
        for match in _CAPITAL_THE_PUB.finditer(text, *index.spans[at]):
            if " " in match.group("name") and _pub_name(match.group("name"), and_will_do=False) \
                    and (match.start("name"), match.end("name")) not in found:
                found.append((match.start("name"), match.end("name")))
    return found


def _pub_name(name: str, and_will_do: bool) -> bool:
    """A pub's name: no organisation's word in it, and a pub's word last ("Red Lion") or, in
    a sentence about drinking, two names joined by "and" ("Dog and Gun")."""
    names = [w for w in re.findall(r"[\w'’]+", name) if w != "and"]
    if any(w in _ORGANISATIONS for w in names):
        return False
    return names[-1] in _PUB_NOUNS or (and_will_do and (" and " in name or " & " in name))


def find_case_names(text: str, index: SentenceIndex) -> list[tuple[int, int]]:
    """(start, end) of the person's side of each case name ("Dempsey" in "R v Dempsey")."""
    found = []
    for at in index.with_any(_CASE_WORDS):
        for match in _CASE_NAME.finditer(text, *index.spans[at]):
            party = match.group("party")
            words = [w for w in re.findall(r"[\w'’-]+", party) if w not in ("and", "the")]
            if not words or any(w in _NOT_A_PARTY for w in words):
                continue  # "R v Secretary of State", "Smith v Wealdmoor Council"
            found.append((match.start("party"), match.end("party")))
    return found


#: Every word one of which a sentence must hold for a finder above to read it (school forms
#: aside): a field holding none of them names none of their settings.
WORDS = (_SCHOOL_WORDS | _PRACTICE_WORDS | _WARD_WORDS | _KIND_WORDS | _PRISON_WORDS
         | _UNIT_STAY_WORDS | _SCHOOL_CUES | _GENERAL_WORDS | _HOSPITAL_TRIGGERS
         | _THE_HOSPITAL_TRIGGERS | _UNIT_TRIGGERS | _HOSPITAL_WORDS | _PUB_TRIGGERS | _DRINKING
         | _PUB_ALONE_TRIGGERS | _CASE_WORDS)
