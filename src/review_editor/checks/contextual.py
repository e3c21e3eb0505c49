"""The C1 detectors that read a sentence's context: people (C1.1), ages (C1.2), places
(C1.4), numbers by keyword (C1.6) and distinctive combinations (C1.7).

Each sentence is read once: who it is about (a pronoun, a family role, a subject reference or a
person's name) decides whether an age or a town in it is about a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import contextual_gate, spelling
from .ages import ages_in, press_age
from .community import find_combinations
from .contextual_gate import PERSON_WORDS, PRONOUNS
from .datetext import find_dates
from .detection import Detection
from .language import digit_lines, normalise_word
from .name_identifiers import STAFF_OF
from .name_runs import is_given_name
from .numbers import find_numbers
from .people import PersonName, people_in
from .people_quoted import hashtag_names, lower_case_names, quoted_nicknames
from .people_words import FAMILY_NOUNS, NATIONAL_CASES, PLAIN_TITLES
from .places import gazetteer, places_in
from .sentence_index import SentenceIndex, TriggerTable
from .text import FieldText
from .venues import WORDS as SETTING_WORDS
from .venues import (
    find_case_names,
    find_named_units,
    find_one_word_hospitals,
    find_one_word_schools,
    find_prisons,
    find_pubs,
    find_school_forms,
    find_schools_and_wards,
    find_settings_by_town,
    town_after,
)
from .welsh import looks_welsh

if TYPE_CHECKING:
    from .identifiers import Detector

#: "the 14-year-old was reported missing": someone named by their age alone.
_AN_AGED_ONE = re.compile(
    r"\b(?:the|a|an)\s+\d{1,2}-(?:year|month|week)-old\b(?=\s*[,.;)]|\s+(?:boy|girl|child|"
    r"baby|teenager|man|woman|was|were|is|had|has|who|said|told|\w+ed)\b)", re.IGNORECASE)
_OLD = frozenset({"old"})
#: Family words too general to tie a date to someone ("Child Protection", "children's
#: services", "the family moved"): a date needs a person, a pronoun or a named relative.
_GENERAL_PEOPLE = frozenset(
    "child children baby babies boy boys girl girls family families household parent parents "
    "relative relatives kin partner partners friend friends carer carers victim victims "
    "man woman couple pupil resident lived lives living moved grew born died".split())
#: "On 14th November the family moved", "the family's tenancy ended", "Jan 2020: family move":
#: what a family does dates it as a named relative would; "shared with the family on …" or
#: "family members were invited" (the review's own steps) does not.
_FAMILY_DOINGS = re.compile(
    r"\b(?:(?:the|this|their|her|his)\s+)?family(?:['’]s\s+(?:tenancy|home|house|flat|move|"
    r"eviction|arrival|car|caravan|landlord)\s+(?:[\w ]{1,30}?\s+)?(?:ended|began|started)|"
    r"\s+(?:had\s+|have\s+|then\s+|first\s+|finally\s+|all\s+)?(?:moved?|arrived|fled|registered|"
    r"left|failed|missed|became|lost|returned|relocated|settled|came|went|travelled|emigrated|"
    r"presented|(?:was|were)\s+(?:evicted|rehoused|placed|housed|made homeless|moved|found|"
    r"referred|reported|deported|granted|refused)|did not attend)\b)", re.IGNORECASE)
_NAMED_RELATIVE_WORDS = PERSON_WORDS - _GENERAL_PEOPLE
_SOMEONE_WORDS = _NAMED_RELATIVE_WORDS | PRONOUNS
#: "The girl, 14, had…", "the victim (19)": an age set off after a role.
_PRESS_SITE = re.compile(r",\s*(1[01]\d|\d{1,2})\s*(?:,|(?=\.?\s*$|;|\.\s))|"
                         r"\s\((1[01]\d|\d{1,2})\)", re.MULTILINE)
_ROLE_BEFORE = re.compile(
    r"\b(?:girl|boy|man|woman|child|baby|teenager|victim|mother|father|"
    r"grandmother|grandfather|son|daughter|partner|defendant|perpetrator|female|male|"
    + "|".join(sorted({re.escape(n) for n in FAMILY_NOUNS}, key=len, reverse=True))
    + r")\Z", re.IGNORECASE)
#: "K.W. (16) told the panel": initials standing for someone, before their age.
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?!U\.[KS]\.)[A-Z]\.[A-Z]\.(?:[A-Z]\.)?\Z")

_SAINTS_NAME = re.compile(r"St\.? [A-Z][a-z]+\b")
#: "St Bede's Catholic High", "St Mark's": a church, school or setting named after a saint.
_SAINT = re.compile(r"\bSt\.? [A-Z][a-z]+['’]s\b(?: (?:[A-Z][A-Za-z]+|C of E|CE|RC)){0,3}")

#: Welsh settings: "Ysgol Gymraeg Bro Ogwr", "Coleg Sir Gâr", "Meddygfa'r Bont".
_WELSH_SETTING = re.compile(
    r"\b(?:Ysgol|Coleg|Meithrinfa|Cylch Meithrin|Ysbyty|Meddygfa|Capel|Eglwys|Clwb|"
    r"Canolfan)(?:['’]r)?\s+(?:(?:y|yr|Gymraeg|Gynradd|Uwchradd|Sir|Gatholig)\s+)*"
    r"[A-Z][\w'’â-ŷ-]*(?:\s+[A-Z][\w'’â-ŷ-]*){0,2}")
#: Days named rather than numbered: "Boxing Day 2021", "Christmas Eve".
_FEAST_DAY = re.compile(
    r"\b(?:Boxing Day|Christmas Day|Christmas Eve|New Year['’]s (?:Day|Eve)|Easter (?:Sunday|"
    r"Monday|Day)|Good Friday|Bonfire Night|Hallowe['’]?en|Valentine['’]s Day|Mother['’]s Day|"
    r"Father['’]s Day)(?:\s+(?:19|20)\d\d)?")
_WELSH_VERB = re.compile(
    r"(?:[Rr]oedd|[Mm]ae|[Dd]ywedodd|[Mm]eddai|[Bb]u|[Aa]eth|[Ss]ymudodd|[Gg]anwyd)\s+")
_SAINT_WORDS = frozenset({"st"})
_WELSH_SETTING_WORDS = frozenset(
    "ysgol coleg meithrinfa cylch ysbyty meddygfa capel eglwys clwb canolfan".split())
_FEAST_WORDS = frozenset(
    "boxing christmas easter friday bonfire halloween hallowe valentine mother father year".split())
#: The word sets above, looked up together: one pass over a field's words finds the
#: sentences holding each (most fields hold none of them).
_CONTEXT_WORDS = TriggerTable([PERSON_WORDS, PRONOUNS, _SOMEONE_WORDS, _OLD, _SAINT_WORDS,
                               _WELSH_SETTING_WORDS, _FEAST_WORDS])
_LIFE_WORDS = re.compile(r"\b(?:born|birth|died|dies|death|killed|murdered|found dead|dob|dod|"
                         r"body|passed away|d\.o\.b)\b", re.IGNORECASE)


def _named_after_a_welsh_verb(text: str, person: PersonName) -> bool:
    """"Roedd Ceri yn byw…", "Dywedodd Siân…": a given name after a Welsh verb of being or
    saying (the verb may open the run the name was found in)."""
    verb = _WELSH_VERB.match(text, person.start)
    if verb is None:
        verb = _WELSH_VERB.search(text, max(0, person.start - 14), person.start)
        if verb is None or verb.end() != person.start:
            return False
    first = text[verb.end() if verb.start() == person.start else person.start:person.end]
    return bool(first.split()) and is_given_name(first.split()[0])


def _welsh_checked(text: str, index: SentenceIndex, people: list[tuple[int, PersonName]],
                   welsh_field: bool) -> list[tuple[int, PersonName]]:
    """Only titles and a given name after a Welsh verb mark people in Welsh sentences; the
    same name again in a bilingual line ("Roedd Cerys … / Cerys lived …") is that person."""
    kept = [(at, p) for at, p in people if p.kind != "person"
            or not (welsh_field or looks_welsh(index.words[at]))
            or text[p.start:p.end].split()[0] in PLAIN_TITLES
            or _named_after_a_welsh_verb(text, p)]
    kept = [(at, _without_welsh_verb(text, p)) for at, p in kept]
    if len(kept) == len(people):
        return kept
    named = {text[p.start:p.end] for _, p in kept if p.kind == "person"}
    starts = {p.start for _, p in kept}
    return kept + [(at, p) for at, p in people if p.start not in starts
                   and p.kind == "person" and text[p.start:p.end] in named]


def _without_welsh_verb(text: str, person: PersonName) -> PersonName:
    verb = _WELSH_VERB.match(text, person.start)
    if verb is None or verb.end() >= person.end:
        return person
    return PersonName(verb.end(), person.end, person.kind)


_MAJESTY = re.compile(r"\b(?:Her|His) Majesty")
_OTHER_PRONOUN = re.compile(r"\b(?:he|she|him|hers|himself|herself)\b|\b(?:his|her)\b(?! Majesty)",
                            re.IGNORECASE)


def _may_press_age(text: str) -> bool:
    """Whether ``_PRESS_SITE`` can match: each of its forms holds a digit after a comma or a
    bracket."""
    return ("," in text or "(" in text) and bool(digit_lines(text))


def _only_majesty(text: str, start: int, end: int) -> bool:
    """"Her Majesty's Inspectorate": a pronoun that names no one in the case."""
    return _MAJESTY.search(text, start, end) is not None \
        and _OTHER_PRONOUN.search(text, start, end) is None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def contextual_detections(detector: Detector, field: FieldText, skip: list[tuple[int, int]],
                          welsh_field: bool) -> list[Detection]:
    """People, ages, places, settings and combinations in a prose field's sentences
    (``welsh_field``: the field's language is Welsh).

    Each pattern scans the whole field once; a match is then placed in its sentence. A field
    ``contextual_gate.may_find`` passes over is not read: a detector added here that can find
    something without a capital, a person or a word beyond ASCII adds its cue words to
    ``contextual_gate.WORDS`` (``tests/checks/test_contextual_gate.py`` holds the gate to
    every identification sentence).
    """
    facts = detector.facts
    text = field.text
    if not skip and not (contextual_gate.may_pass(facts, field) and contextual_gate.may_find(
            text, lambda: facts.subject_refs(field))):
        return []  # no capital past the first word, no person, no cue word (a heading)
    soaa = facts.soaa

    def allowed() -> list[tuple[int, int]]:  # the allowed names, read where a finding may be
        return detector._allowed_spans(field)

    allowed_words = facts.allowed_name_words
    index = detector.sentence_index(field)
    people = people_in(text, index, gazetteer().__contains__)
    # the English dictionary says nothing about Welsh words: there only titles mark people,
    # and a given name after a Welsh verb of being or saying ("Roedd Ceri yn byw…")
    people = _welsh_checked(text, index, people, welsh_field)
    # "of St Luke's", "St Mary's": a saint's name naming a church or a school is no one's
    people = [(at, p) for at, p in people if not _SAINTS_NAME.match(text, p.start)
              or text[p.end:p.end + 2] not in ("'s", "’s")]
    people += [(at, p) for at, p in lower_case_names(text, index)
               if not _overlaps(p.start, p.end, [(q.start, q.end) for _, q in people])]
    (with_person_words, with_pronouns, with_someone_words, with_old, with_saint,
     with_welsh_setting, with_feast) = index.with_each(_CONTEXT_WORDS)
    about = [False] * len(index.spans)
    for at, person in people:
        about[at] = about[at] or person.kind != "professional"
    for start, end in facts.subject_refs(field):
        ref_at = index.at(start, end)
        if ref_at is not None:
            about[ref_at] = True
    for at in with_person_words:
        about[at] = True
    professional = {at for at, person in people if person.kind == "professional"}
    for at in with_pronouns:
        # "Dr Lee and her team in Sheffield": a pronoun beside a professional is theirs
        about[at] = about[at] or at not in professional
    # a sentence naming someone in the case, not only children or families in general
    someone = [False] * len(index.spans)
    for at, person in people:
        someone[at] = someone[at] or person.kind != "professional"
    for at in with_someone_words:
        someone[at] = someone[at] or (at not in professional
                                      and not _only_majesty(text, *index.spans[at]))
    for at in with_person_words:
        if not someone[at] and "family" in index.words[at] \
                and _FAMILY_DOINGS.search(text, *index.spans[at]):
            someone[at] = True  # "On 30 June the family failed to attend"
    for at in with_old:
        if _AN_AGED_ONE.search(text, *index.spans[at]):
            about[at] = someone[at] = True  # "the 14-year-old was reported missing"
    found: list[Detection] = []
    taken = list(skip)
    for place in places_in(text, index, about, [(p.start, p.end) for _, p in people],
                           [(p.start, p.end) for _, p in people if p.kind == "professional"]):
        if _overlaps(place.start, place.end, allowed() + taken):
            continue
        name = text[place.start:place.end]
        if place.kind == "settlement" and all(
                normalise_word(w) in allowed_words for w in re.findall(r"\w+", name)):
            continue  # the publisher's own area ("Bradford")
        found.append(Detection("C1.4", "address", place.start, place.end, name,
                               f"{place.message}: “{name}”", "name the area served instead",
                               blocking=True))
        taken.append((place.start, place.end))
    welsh_settings = [m for at in with_welsh_setting
                      for m in _WELSH_SETTING.finditer(text, *index.spans[at])]
    welsh_spans = [m.span() for m in welsh_settings]  # "Ysgol Uwchradd Caergybi": no one
    for _, person in people:
        if person.kind == "professional" or _overlaps(person.start, person.end,
                                                      allowed() + taken + welsh_spans):
            continue
        name = text[person.start:person.end]
        if all(normalise_word(w) in allowed_words for w in re.findall(r"\w+", name)) \
                or name.removesuffix("'s").removesuffix("’s") in NATIONAL_CASES:
            continue
        found.append(Detection(
            "C1.1", "name", person.start, person.end, name,
            ("a relative's or acquaintance's name" if person.kind == "family"
             else "this looks like a person's name") + f": “{name}”",
            "use the pseudonym, or a role (\"the child's aunt\")", blocking=soaa))
        age = press_age(text, person.end)
        if age is not None:
            found.append(_age(Detection, text, *age, soaa))
    for start, end in partial_dates(text, index, about) + _dates_about_people(
            detector, text, index, someone, [(d.start, d.end) for d in found] + skip):
        date_at = index.at(start, end)
        life = date_at is not None and _LIFE_WORDS.search(text, *index.spans[date_at])
        found.append(Detection(
            "C1.3", "dob" if life else "date", start, end, text[start:end],
            f"a date tied to a person: “{text[start:end]}”",
            "leave the day out, or give the month and year only", blocking=bool(life)))
    for start, end in ages_in(text, index, about):
        found.append(_age(Detection, text, start, end, soaa))
    for match in _PRESS_SITE.finditer(text) if _may_press_age(text) else ():
        if _ROLE_BEFORE.search(text, max(0, match.start() - 14), match.start()) \
                or _INITIALS_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            found.append(_age(Detection, text, match.start(1) if match.group(1) else
                              match.start(2), match.end(1) if match.group(1) else
                              match.end(2), soaa))
    for match in (m for at in with_saint
                  for m in _SAINT.finditer(text, *index.spans[at])):
        saint_at = index.at(match.start(), match.end())
        if saint_at is None or not about[saint_at] or _overlaps(match.start(), match.end(),
                                                                 allowed() + taken):
            continue
        found.append(Detection(
            "C1.5", "setting", match.start(), match.end(), match.group(),
            f"a named church, school or setting: “{match.group()}”",
            "describe the kind of setting instead (\"a local church\")", blocking=soaa))
    for match in welsh_settings:
        if _overlaps(match.start(), match.end(), allowed() + taken) or STAFF_OF.search(
                text, max(0, match.start() - 40), match.start()):
            continue  # "practitioners from Ysbyty Gwynedd": their employer
        found.append(Detection(
            "C1.5", "setting", match.start(), match.end(), match.group(),
            f"a named school, college or setting: “{match.group()}”",
            "describe the kind of setting instead (\"a local school\")", blocking=soaa))
    for match in (m for at in with_feast
                  for m in _FEAST_DAY.finditer(text, *index.spans[at])):
        day_at = index.at(match.start(), match.end())
        if day_at is None:
            continue
        life = _LIFE_WORDS.search(text, *index.spans[day_at])
        if life or about[day_at]:
            found.append(Detection(
                "C1.3", "dob" if life else "date", match.start(), match.end(), match.group(),
                f"an exact date tied to a person: “{match.group()}”",
                "give the month and year or the year only, or leave the date out",
                blocking=bool(life)))
    kinds = _named_settings(text, index, about)
    by_town = kinds[-1][0]
    for spans, what, instead in kinds:
        for start, end in spans:
            if not _overlaps(start, end, allowed() + taken):
                found.append(Detection(
                    "C1.5", "setting", start, end, text[start:end],
                    f"{what}: “{text[start:end]}”",
                    f"describe the kind of setting instead (\"{instead}\")", blocking=soaa))
                taken.append((start, end))
    settings = skip + [(d.start, d.end) for d in found if d.code in ("C1.4", "C1.5")
                       and (d.start, d.end) not in by_town]  # its town is already in it
    for _, setting_end in settings:
        town = town_after(text, setting_end, spelling.is_common_word)
        if town is not None and not _overlaps(*town, allowed() + taken):
            found.append(Detection("C1.4", "address", *town, text[town[0]:town[1]],
                                   f"a town named with a setting: “{text[town[0]:town[1]]}”",
                                   "name the area served instead", blocking=True))
            taken.append(town)
    for start, end in quoted_nicknames(text, index, people):
        if not _overlaps(start, end, allowed() + [(d.start, d.end) for d in found]):
            found.append(Detection(
                "C1.1", "name", start, end, text[start:end],
                f"a nickname: “{text[start:end]}”", "leave the nickname out", blocking=soaa))
    for start, end in hashtag_names(text):
        if not _overlaps(start, end, allowed() + [(d.start, d.end) for d in found]):
            found.append(Detection(
                "C1.1", "name", start, end, text[start:end],
                f"a hashtag naming someone: “{text[start:end]}”", "leave the hashtag out",
                blocking=soaa))
    for start, end in find_prisons(text, index, about):
        if not _overlaps(start, end, allowed() + taken):
            found.append(Detection(
                "C1.5", "setting", start, end, text[start:end],
                f"a named prison or secure setting: “{text[start:end]}”",
                "describe the kind of setting instead (\"a prison\")", blocking=soaa))
    for start, end in find_case_names(text, index):
        found.append(Detection(
            "C1.1", "name", start, end, text[start:end],
            f"a court case named after a person: “{text[start:end]}”",
            "refer to the proceedings without the case name", blocking=soaa))
    for start, end in find_combinations(text, index):
        found.append(Detection(
            "C1.7", "combination", start, end, text[start:end],
            f"a detail that singles a person out where they live: “{text[start:end]}”",
            "leave it out, or describe it more generally"))
    return found


def _named_settings(text: str, index: SentenceIndex,
                    about: list[bool]) -> list[tuple[list[tuple[int, int]], str, str]]:
    """Each kind of setting's spans in the field, what it is and what to say instead, in the
    order they are reported; the last, the settings named by their kind and town. A field
    holding none of the setting finders' cue words (``venues.WORDS``) is read for school
    forms only."""
    forms = (find_school_forms(text, index), "a school form or class", "a class")
    by_town = ("a setting named by its kind and town", "a local club")
    if not index.with_any(SETTING_WORDS):
        return [forms, ([], *by_town)]
    return [
        (find_pubs(text, index), "a named pub or bar", "a local pub"),
        (find_schools_and_wards(text, index), "a named school, surgery or ward",
         "a local school"),
        (find_one_word_hospitals(text, index, about, spelling.is_common_word,
                                 gazetteer().__contains__), "a named hospital",
         "a local hospital"),
        (find_named_units(text, index, about), "a named hospital unit or ward",
         "a hospital ward"),
        (find_one_word_schools(text, index, spelling.is_common_word, gazetteer().__contains__,
                               is_given_name), "a named school", "a local school"),
        forms,
        (find_settings_by_town(text, index, spelling.is_common_word), *by_town)]


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_DATE_WORDS = frozenset({"born", "birth", "dob", "died", "death", "dod", "date", "dated"})
#: "09-03-2012": a day, month and year joined by dashes.
_DASHED_DATE = re.compile(r"(?<![\w-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)?\d\d"
                          r"(?![\w-])")
#: "On Tuesday 4th,", "on the 21st and": a day named without its month.
_PARTIAL_DATE = re.compile(
    r"\b[Oo]n\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])(?=\s*(?:,|\.|;|\)|and\b|"
    r"when\b|after\b|before\b|$))")


def partial_dates(text: str, index: SentenceIndex, about: list[bool]) -> list[tuple[int, int]]:
    """Days without their month, and dashed dates, in sentences about a person."""
    found: list[tuple[int, int]] = []
    for at in index.with_any(_ORDINAL_ENDINGS):  # "4th" holds the word "th"
        if about[at] and index.has_digit[at]:
            found += [m.span() for m in _PARTIAL_DATE.finditer(text, *index.spans[at])]
    for at in index.with_any(_DATE_WORDS):  # "DOB 09-03-2012", "date of birth (09-03-2012)"
        if index.has_digit[at]:
            found += [m.span() for m in _DASHED_DATE.finditer(text, *index.spans[at])]
    return found


#: Numeric dates the prose parser leaves alone: "2010/06/14", "12-Aug-2008", "Tues 3/8".
_ODD_DATE = re.compile(
    r"(?<![\w/.-])(?:(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|"
    r"(?:0?[1-9]|[12]\d|3[01])[- ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[- ]"
    r"(?:19|20)?\d\d|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\w*\.?\s+"
    r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\w/-])")


def _dates_about_people(detector: Detector, text: str, index: SentenceIndex, about: list[bool],
                        taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Dates in a sentence about a person named by a role or a name, or about a birth or a
    death ("14/03/2019 – Mum took Kai to A&E", "Ellie-Mae passed away on …"), that the
    subject-reference window has not already reported; the record's own dates are skipped."""
    found: list[tuple[int, int]] = []
    dated = [at for at, digit in enumerate(index.has_digit) if digit]
    if not dated:
        return found
    for mention in find_dates(text):
        at = index.at(mention.start, mention.end)
        if at is None or not _tied(text, index, about, at, mention.start, mention.end):
            continue
        if _overlaps(mention.start, mention.end, taken) or detector._own_date(
                mention.day, mention.month, mention.year):
            continue
        found.append((mention.start, mention.end))
    for at in dated:
        s_start, s_end = index.spans[at]
        if "/" not in text[s_start:s_end] and "-" not in text[s_start:s_end]:
            continue  # every odd date holds one
        found += [m.span() for m in _ODD_DATE.finditer(text, s_start, s_end)
                  if not _overlaps(*m.span(), taken)
                  and _tied(text, index, about, at, *m.span())]
    return found


#: "has today (14 May 2031) published", "was published on 3 May": the page's own date;
#: "came into force on 15 December 2023": a statute's.
_PUBLISHED_AROUND = re.compile(
    r"\b(?:today|published|publishes|publish|launched|launches|posted|updated|into force|"
    r"into effect|took effect|takes effect)\b|"
    r"(?<=\d)\s*\|", re.IGNORECASE)


def _tied(text: str, index: SentenceIndex, about: list[bool], at: int, start: int,
          end: int) -> bool:
    """A date in a sentence about someone in the case, or beside a birth or a death, and not
    the date a page or report is published."""
    s_start, s_end = index.spans[at]
    if _LIFE_WORDS.search(text, max(s_start, start - 20), start):
        return True  # "DOB: 2010/06/14 |", "died on 3 May"
    if _PUBLISHED_AROUND.search(text, max(s_start, start - 30), min(s_end, end + 30)):
        return False
    return about[at] or _LIFE_WORDS.search(text, max(s_start, start - 50),
                                           min(s_end, end + 50)) is not None


def _age(detection: type, text: str, start: int, end: int, soaa: bool) -> Detection:
    return detection("C1.2", "exact_age", start, end, text[start:end],
                     f"an exact age: “{text[start:end]}”",
                     "give an age band instead (\"in her 30s\", \"under 1\")", blocking=soaa)


def number_detections(detector: Detector, field: FieldText) -> list[Detection]:
    """Reference numbers and handles found by keyword or shape (C1.6)."""
    text = field.text
    found = []
    for kind, start, end in find_numbers(text, spelling.is_common_word):
        value = text[start:end]
        record = detector.facts.record
        if record.review and record.review.reference and value in record.review.reference:
            continue
        if kind == "handle" and value.lower().lstrip("@") in {
                h.lower().lstrip("@") for h in detector.settings.social_handles}:
            continue
        found.append(Detection("C1.6", kind, start, end, value,
                               f"{_NUMBER_LABELS[kind]}: “{value}”", "remove it",
                               blocking=True))
    return found


_NUMBER_LABELS = {"ni": "a National Insurance number", "nhs": "an NHS number",
                  "case_number": "a case or reference number", "handle": "a social media name"}
