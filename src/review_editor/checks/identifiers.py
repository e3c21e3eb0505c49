"""Detectors of identifying details (C1): regexes, lexicons and heuristics, no models.

Each detector reads one field's text and returns ``Detection`` items; the C1 checks turn
them into issues and the jigsaw scorer (C1.7) adds up those in a paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from . import spelling
from .datetext import MONTHS, WEEKDAYS, find_dates
from .facts import INITIALS, PSEUDONYM_FORM, RecordFacts
from .language import (
    cached_phrases,
    normalise_word,
    scan,
    scan_with,
    sentence_starts,
    sentences,
    token_index,
    tokens,
)
from .text import FieldText


@dataclass(frozen=True)
class Detection:
    code: str
    kind: str  # a jigsaw category or a finer label ("dob", "postcode", "phone", …)
    start: int
    end: int
    text: str
    message: str
    suggestion: str = ""
    blocking: bool = False


# -- C1.2 exact ages -----------------------------------------------------------------------
_AGE_PATTERNS = [  # each with a word it cannot match without
    (re.compile(r"\b(?:aged?|age of)\s*(\d{1,3})\b(?!\s*(?:-|–|to|and|or)\s*(?:\d|over|under|"
                r"older|younger|above|below))(?!\s*\+)", re.IGNORECASE), "age"),
    (re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE), "old"),
    (re.compile(r"\b(\d{1,2})[- ](?:month|week|day)s?[- ]old\b", re.IGNORECASE), "old"),
]
_BAND_BEFORE = re.compile(
    r"(?:under|over|less than|more than|fewer than|younger than|older than|nearly|almost|"
    r"around|about|approximately|up to|at least|between|aged between|from|to|and|or|"
    r"(?:under|over|above|below|beyond|past|reached|reach|reaching) the)\s*$", re.IGNORECASE)
_PRESS_AGE = re.compile(r",\s*(\d{1,3}),|\s*\((\d{1,3})\)")

# -- C1.3 dates ------------------------------------------------------------------------------
_LIFE_EVENT = re.compile(
    r"\b(?:born|birth|birthday|died|dies|death|deaths|dob|d\.o\.b|killed|murdered|body|"
    r"funeral)\b", re.IGNORECASE)
_BORN_BEFORE = re.compile(r"\b(?:born|died|death|birth)\s+(?:in\s+|on\s+|during\s+)?\Z",
                          re.IGNORECASE)
_TIED_EVENT = re.compile(
    r"\b(?:assaulted|admitted|attacked|abused|injured|arrested|(?:was|were|been|being)\s+"
    r"found|found\s+(?:dead|unresponsive|collapsed|injured|unconscious))\b", re.IGNORECASE)

# -- C1.4 addresses --------------------------------------------------------------------------
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_STREET = re.compile(
    r"(?:\b(?P<number>\d{1,4}[a-zA-Z]?),?\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})"
    r"(?P<suffix>Road|Street|Lane|Close|Avenue|Drive|Court|Crescent|Way|Estate|Flats|Terrace|"
    r"Mews|Grove)\b")
#: The street words in lower case: _STREET runs only on blocks that hold one.
_STREET_WORDS = frozenset(re.findall(r"[a-z]+", _STREET.pattern.split("(?P<suffix>")[1].lower()))
_NOT_STREET_START = {
    "the", "a", "an", "this", "that", "these", "those", "each", "every", "no", "one", "our",
    "their", "his", "her", "its", "any", "some", "other", "same", "either", "which", "in",
    "on", "at", "by", "to", "for", "of", "and", "or", "but", "my", "your", "we",
}

# -- C1.6 direct identifiers -------------------------------------------------------------------
_PHONE = re.compile(r"(?<![\w+/.-])(?:\+44\s?(?:\(0\)\s?)?\d|\(?0\d)[\d\s()-]{7,13}\d(?![\w/-])")
_NHS = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_NI = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_VEHICLE = re.compile(r"\b(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-HJ-PR-Y]\d{1,3} ?[A-Z]{3})\b")
_CASE_NUMBER = re.compile(
    r"\b(?:case|claim|crime|incident|court|log|police|serial)\s*(?:no\.?|number|ref(?:erence)?"
    r"\.?|reference number|crime number)?\s*[:#]?\s*(?P<ref>[A-Z0-9]*\d[A-Z0-9/-]*\d[A-Z0-9/]*|"
    r"[A-Z]{1,4}\d[A-Z0-9/-]{3,})", re.IGNORECASE)
_COURT_FORMATS = re.compile(r"\b(?:[A-Z]{2}\d{2}[A-Z]\d{5}|T\d{8}|\d{2}/\d{4,7}/\d{2})\b")
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_]{2,30}\b")
# What every match of the patterns above holds, tested per line before the pattern runs
_DIGIT_CAPITALS = re.compile(r"\d[A-Z]{2}")  # postcodes
_PHONE_START = re.compile(r"0\d|\+44")
_THREE_DIGITS = re.compile(r"\d{3}")  # NHS numbers
_TWO_DIGITS = re.compile(r"\d\d")  # NI numbers, court formats
_CAPITAL_DIGIT = re.compile(r"[A-Z]\d")  # vehicle registrations

# -- C1.5 settings and workplaces -------------------------------------------------------------
_WORKPLACE = re.compile(
    r"\b(?:(?:worked|works|working|employed|volunteered|volunteers|volunteering|job|jobs|"
    r"shift|shifts|coach|manager|owner|staff|trained|played|plays|member|driven|drove|drives|"
    r"driving|delivered|delivers|cleaned|cleans|cooked|cooks|served|serves|apprenticed|"
    r"apprentice|placement|contract|contracted|hired)\s+(?:\w+\s+)?"
    r"(?:at|for|by|with|of)|ran|runs|owned|owns|managed|attended|attends|hung around|"
    r"went to|goes to|(?:Brownies|Scouts|Cubs|Guides|Beavers|Cadets) at)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&))*)")
#: The words of _WORKPLACE's verbs: it runs only on blocks that hold one.
_WORKPLACE_WORDS = frozenset(
    re.findall(r"[a-z]+", _WORKPLACE.pattern.split("(?P<name>")[0].lower())) - {
    "at", "by", "for", "of", "to", "with", "around", "s", "w", "b"}
_STAFF_OF = re.compile(
    r"\b(?:practitioners|professionals|clinicians|colleagues|representatives|delegates)\s+"
    r"(?:from)\s+"
    r"(?:the\s+)?\Z", re.IGNORECASE)
_AGENCY_WORDS = re.compile(
    r"\b(?:Council|Board|Partnership|Police|Constabulary|Trust|Panel|"
    r"Government|Commission|Department|Ministry|Safeguarding|Parliament|Authority|"
    r"University|NHS|Ofsted|Court)\b")
_GENERIC_PROPER = {
    "the", "a", "an", "our", "their", "his", "her", "its", "this", "that", "local", "nearby",
    "same", "new", "another", "each", "every", "no", "one", "any", "gp", "nhs", "a&e", "he",
    "she", "they", "it", "we", "in", "at", "on", "by", "mental", "general", "community",
    "private", "specialist", "maternity", "children's", "children’s", "psychiatric",
}

# -- C1.11 practitioners and teams ---------------------------------------------------------
_PRACTITIONER_ROLES = (
    "social worker", "health visitor", "midwife", "nurse", "teacher", "gp", "doctor",
    "police officer", "pcso", "support worker", "key worker", "youth worker",
    "family support worker", "paramedic", "probation officer", "housing officer",
    "care coordinator", "personal adviser", "head teacher", "headteacher", "practitioner")
_RANKS = re.compile(r"\b(?:PC|DC|DS|Sergeant|Sgt)\b")
_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
_NAME_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z]+ [A-Z][a-z]+),\s+(?:a|the|her|his|their)\s+\Z")
_NAMED_TEAM = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+\s+){1,3})[Tt]eam\b")

# -- C1.1 heuristic -----------------------------------------------------------------------------
_NAME_PAIR = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+)\b)")
_CALENDAR_WORDS = {w.lower() for w in MONTHS + WEEKDAYS}


@lru_cache(maxsize=1)
def _jigsaw_lexicon() -> dict[str, tuple[bool, re.Pattern[str]]]:
    words = {
        "ethnicity": (
            "White British|White Irish|White Other|Black British|Black Caribbean|"
            "Black African|British Asian|British Pakistani|British Bangladeshi|British Indian|"
            "mixed heritage|dual heritage|mixed race|Pakistani|Bangladeshi|Indian|Polish|"
            "Romanian|Roma|Gypsy|Irish Traveller|Traveller|Somali|Eritrean|Afghan|Syrian|"
            "Kurdish|Chinese|Vietnamese|Nigerian|Ghanaian|Caribbean|Lithuanian|Latvian|"
            "Albanian|Sudanese|Iraqi|Iranian|Turkish|Portuguese|Slovak|Czech|Bulgarian|"
            "Ukrainian|Filipino|Jamaican|Zimbabwean|Congolese|Ethiopian|Yemeni|"
            "Eastern European|Nepali|Sri Lankan|Tamil|Arab|Hungarian"),
        "religion": (
            "Muslim|Christian|Catholic|Roman Catholic|Jewish|Sikh|Hindu|Buddhist|"
            "Jehovah['’]s Witness|mosque|synagogue|gurdwara|madrasa|madrassa|Orthodox Jewish|"
            "Pentecostal|evangelical church"),
        "occupation": (
            r"(?:worked|works|employed|job|jobs)\s+as\s+(?:an?\s+)?\w+(?:\s+(?:driver|"
            r"assistant|worker|officer|manager|nurse|teacher))?|"
            r"(?:was|is|were|are)\s+(?:an?\s+)?(?:receptionist|nurse|teacher|taxi driver|"
            r"police officer|soldier|farmer|shop assistant|cleaner|hairdresser|builder|"
            r"doctor|lorry driver|bus driver|chef|mechanic|electrician|plumber|accountant|"
            r"lawyer|solicitor|firefighter|paramedic|midwife|social worker|vicar|imam|"
            r"priest|councillor|footballer|student nurse|care worker|security guard)"),
        "disability": (
            "autism|autistic|ADHD|learning disability|learning disabilities|cerebral palsy|"
            "Down['’]?s? syndrome|deaf|blind|wheelchair user|(?:uses|used|using) a wheelchair|"
            "epilepsy|"
            "diabetes|dementia|schizophrenia|bipolar|personality disorder|foetal alcohol|"
            "fetal alcohol|global developmental delay|visual impairment|visually impaired|"
            "hearing impairment|hearing impaired|Tourette['’]?s|spina bifida|"
            "muscular dystrophy|sickle cell|cystic fibrosis|brain injury|amputee"),
        "immigration": (
            "asylum seeker|asylum seekers|asylum-seeking|seeking asylum|refugee|refugees|"
            "unaccompanied|no recourse to public funds|undocumented|leave to remain|"
            "immigration status|overstayed|visa"),
        "twin": "twin|twins|triplet|triplets",
        "siblings": (
            r"one of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) "
            r"(?:children|siblings|brothers|sisters|sons|daughters)|"
            r"(?:eldest|youngest|oldest|middle) of (?:two|three|four|five|six|seven|eight|"
            r"nine|ten|\d+)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) "
            r"(?:older|younger|half|step)[- ]?(?:brothers|sisters|siblings)"),
        "language": (
            r"spoke (?:only |little |no )?[A-Z]\w+|speaks (?:only |little |no )?[A-Z]\w+|"
            r"[A-Z]\w+[- ]speaking|first language (?:was|is) [A-Z]\w+|"
            r"(?:needed|used|with) an? [A-Z]\w+ interpreter"),
        "rural": "rural|village|hamlet|remote farm",
        "care_status": (
            "in the care of|in care|looked after|looked-after|care leaver|care-experienced|"
            "care experienced|foster care|foster carer|foster carers|fostered|"
            "children['’]s home|special guardianship|kinship care|"
            "(?:on|subject to) a child protection plan|child in need plan|"
            "residential care|secure unit|secure children['’]s home"),
        "number_of_people": (
            r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|twenty|\d+) (?:men|women|boys|girls|children|young people|"
            r"people|perpetrators|offenders|adults|brothers|sisters|siblings|victims|"
            r"young women|young men|defendants)"),
    }
    compiled = {}
    for kind, body in words.items():
        # Case-blind lists are matched against lower-cased text (much faster than
        # IGNORECASE); their patterns hold no upper-case escapes, so lowering them is safe.
        case_blind = kind not in ("ethnicity", "religion", "language")
        source = body.lower() if case_blind else body
        compiled[kind] = (case_blind, re.compile(rf"(?<![\w-])(?:{source})(?![\w-])"))
    return compiled


_LOWER_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_STOP = frozenset("of a an as the is was were are with in on to and or at by for".split())


@lru_cache(maxsize=1)
def _lexicon_triggers() -> dict[str, frozenset[str]]:
    """The literal words of each lexicon pattern: every match holds one of them."""
    return {category: frozenset(re.findall(r"[a-z]+", pattern.pattern.lower())) - _STOP
            - {"w", "s", "d", "z", "a"}
            for category, (_, pattern) in _jigsaw_lexicon().items()}


_AGENCY = re.compile(
    r"\bthe (?:Council|Police|Trust|Board|Partnership|Local Authority|Authority|Service|"
    r"Hospital|Team)\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Police|Council|NHS Trust|"
    r"Trust|Constabulary|Fire and Rescue Service|Probation Service|Integrated Care Board)\b")


def digits(value: str) -> str:
    only = re.sub(r"\D", "", value)
    if only.startswith("44") and len(only) in (11, 12):
        only = "0" + only[2:]
    return only


def nhs_number_valid(number: str) -> bool:
    if len(number) != 10 or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(number[9])


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


class Detector:
    """Runs the C1 detectors over a record's fields, once, and keeps the results."""

    def __init__(self, facts: RecordFacts) -> None:
        self.facts = facts
        self.settings = facts.settings

    # -- helpers -------------------------------------------------------------------------
    def _near_subject(self, field: FieldText, start: int, end: int,
                      window: int | None = None) -> bool:
        window = window or self.settings.subject_window_tokens
        block = field.block_at(start)
        if block is None:
            return False
        refs = [r for r in self.facts.subject_refs(field) if block.start <= r[0] < block.end]
        if not refs:
            return False
        text = field.text
        here = token_index(text, start)
        here_end = token_index(text, max(end - 1, start))
        return any(here - window <= token_index(text, ref_start) <= here_end + window
                   for ref_start, _ in refs)

    def _sentence_of(self, field: FieldText, offset: int) -> tuple[int, int]:
        block = field.block_at(offset)
        if block is None:
            return offset, offset
        for s, e in sentences(field.text, block.start, block.end):
            if s <= offset < e:
                return s, e
        return block.start, block.end

    def _window_text(self, field: FieldText, start: int, end: int, words: int) -> str:
        block = field.block_at(start)
        if block is None:
            return ""
        inside = tokens(field.text, block.start, block.end)
        before = [t for t in inside if t.end <= start][-words:]
        after = [t for t in inside if t.start >= end][:words]
        first = before[0].start if before else start
        last = after[-1].end if after else end
        return field.text[first:last]

    # -- C1.2 ------------------------------------------------------------------------------
    def ages(self, field: FieldText) -> list[Detection]:
        text = field.text
        found: list[Detection] = []
        for pattern, needle in _AGE_PATTERNS:
            for match in scan_with(pattern, text, needle):
                if _BAND_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                    continue
                if not self._near_subject(field, match.start(), match.end()):
                    continue
                found.append(Detection(
                    "C1.2", "exact_age", match.start(), match.end(), match.group(),
                    f"an exact age near a person in the case: “{match.group()}”",
                    "give an age band instead (\"in her 30s\", \"under 1\")"))
        for ref_start, ref_end in self.facts.subject_refs(field):
            press = _PRESS_AGE.match(text, ref_end)
            if not press:
                continue
            number = press.group(1) or press.group(2)
            if int(number) > 119:
                continue
            start = press.start(1) if press.group(1) else press.start(2)
            found.append(Detection(
                "C1.2", "exact_age", start, start + len(number), number,
                f"an exact age after “{text[ref_start:ref_end]}”",
                "leave the age out, or give a band (\"in his 70s\")"))
        return _unique(found)

    # -- C1.3 ------------------------------------------------------------------------------
    def _own_date(self, day: int | None, month: int | None, year: int | None) -> bool:
        for value in self.facts.own_dates:
            parts = [int(p) for p in value.split("-")]
            own_year = parts[0]
            own_month = parts[1] if len(parts) > 1 else None
            own_day = parts[2] if len(parts) > 2 else None
            if year is not None and year != own_year:
                continue
            if month is not None and own_month is not None and month != own_month:
                continue
            if day is not None and own_day is not None and day != own_day:
                continue
            if day is not None and own_day is None and year is None:
                continue
            return True
        return False

    def dates(self, field: FieldText) -> list[Detection]:
        text = field.text
        found: list[Detection] = []
        for mention in find_dates(text):
            if self._own_date(mention.day, mention.month, mention.year):
                continue
            if mention.day is not None:
                near_text = self._window_text(field, mention.start, mention.end, 6)
                life = _LIFE_EVENT.search(near_text)
                tied = life or _TIED_EVENT.search(
                    self._window_text(field, mention.start, mention.end, 12))
                if not tied and not self._near_subject(field, mention.start, mention.end):
                    continue
                kind = "dob" if life else "date"
                found.append(Detection(
                    "C1.3", kind, mention.start, mention.end, mention.text,
                    ("a date of birth or death" if life else "an exact date tied to a person")
                    + f": “{mention.text}”",
                    "give the month and year or the year only, or leave the date out",
                    blocking=bool(life)))
            elif mention.month is not None and _BORN_BEFORE.search(
                    text[max(0, mention.start - 30):mention.start]):
                found.append(Detection(
                    "C1.3", "dob", mention.start, mention.end, mention.text,
                    f"a month and year of birth or death: “{mention.text}”",
                    "give the year only, or leave it out", blocking=True))
            else:
                s_start, s_end = self._sentence_of(field, mention.start)
                refs = self.facts.subject_refs(field)
                if any(s_start <= r[0] < s_end for r in refs):
                    found.append(Detection(
                        "C1.3", "date", mention.start, mention.end, mention.text,
                        f"a month and year in a sentence about a person: “{mention.text}”",
                        "give the year only, or a season (\"in spring 2023\")"))
        return found

    # -- C1.4 ------------------------------------------------------------------------------
    def addresses(self, field: FieldText) -> list[Detection]:
        text = field.text
        found: list[Detection] = []
        for match in scan(POSTCODE, text, _DIGIT_CAPITALS):
            found.append(Detection("C1.4", "address", match.start(), match.end(),
                                   match.group(), f"a postcode: “{match.group()}”",
                                   "name the area served instead", blocking=True))
        not_addresses = cached_phrases(tuple(self.settings.not_addresses), False)
        excluded = [(m.start(), m.end()) for m in not_addresses.finditer(text)] \
            if not_addresses else []
        allowed = self._allowed_spans(field)
        street_blocks = [span for span, words, _ in self.block_words(field)
                         if not words.isdisjoint(_STREET_WORDS)]
        for match in (m for span in street_blocks for m in _STREET.finditer(text, *span)):
            words = list(re.finditer(r"\S+", match.group("name")))
            while words and words[0].group().lower() in _NOT_STREET_START:
                words.pop(0)
            if not words:
                continue
            start = match.start("name") + words[0].start()
            if match.group("number") and words[0].start() == 0:
                start = match.start("number")
            elif _a_persons_name(words[0].group(), words[-1].group()
                                 if match.group("suffix") in ("Lane", "Way", "Court") else ""):
                continue  # "Dr Ruth Lane", "Amy Close": a person whose surname is a street word
            end = match.end()
            if _overlaps(start, end, excluded) or _overlaps(start, end, allowed):
                continue
            found.append(Detection("C1.4", "address", start, end, text[start:end],
                                   f"a street: “{text[start:end]}”",
                                   "name the area served, never a street", blocking=True))
        places = cached_phrases(tuple(self.settings.places), False)
        if places is not None:
            for match in places.finditer(text):
                found.append(Detection("C1.4", "address", match.start(), match.end(),
                                       match.group(), f"a place below the area served: "
                                       f"“{match.group()}”", "name the area served instead",
                                       blocking=True))
        return found

    def _allowed_spans(self, field: FieldText) -> list[tuple[int, int]]:
        key = f"allowed:{field.path}"

        def compute() -> list[tuple[int, int]]:
            names = [n for n in self.facts.allowed_names if len(n) > 2]
            pattern = cached_phrases(tuple(names), False)
            if pattern is None:
                return []
            return [(m.start(), m.end()) for m in pattern.finditer(field.text)]

        return self.facts.remember(key, compute)

    # -- C1.5 ------------------------------------------------------------------------------
    def settings_and_workplaces(self, field: FieldText) -> list[Detection]:
        text = field.text
        found: list[Detection] = []
        soaa = self.facts.soaa
        allowed = self._allowed_spans(field)
        setting_pattern = cached_phrases(tuple(self.settings.setting_words))
        if setting_pattern is not None:
            all_tokens = tokens(text)
            starts = [t.start for t in all_tokens]
            firsts = sentence_starts(text)
            for match in setting_pattern.finditer(text):
                index = bisect.bisect_left(starts, match.start()) - 1
                first = None
                while index >= 0:
                    token = all_tokens[index]
                    between = text[token.end:(all_tokens[index + 1].start
                                              if index + 1 < len(all_tokens) else match.start())]
                    if "\n" in between or any(c in between for c in ".,;:()"):
                        break
                    if token.text[0].isupper() or token.text in ("of", "and"):
                        first = index
                        index -= 1
                        continue
                    break
                if first is None:
                    continue
                run = all_tokens[first:bisect.bisect_left(starts, match.start())]
                while run and run[-1].text in ("of", "and"):
                    run.pop()
                while run and (run[0].text.lower() in _GENERIC_PROPER or run[0].text in
                               ("of", "and")):
                    run.pop(0)
                if len(run) == 1 and run[0].text.endswith(("'s", "’s")):
                    continue  # "Dionne's school": someone's school, not a named one
                meaningful = [t for t in run if t.text.lower() not in _GENERIC_PROPER
                              and t.text.lower() not in _CALENDAR_WORDS
                              and not (t.text.isupper() and len(t.text) <= 4)]
                if not meaningful:
                    continue
                if run[0].start in firsts and len(run) == 1 and spelling.is_common_word(
                        run[0].text):
                    continue
                start, end = run[0].start, match.end()
                if _overlaps(start, end, allowed) and not self._denied(text, start, end):
                    continue
                if _STAFF_OF.search(text, max(0, start - 40), start):
                    continue  # "practitioners from Greyhaven General Hospital": their employer
                if match.group() in ("Ward", "Hall", "Church", "College") and \
                        _a_persons_name(run[0].text, run[-1].text):
                    continue  # "Professor Harriet Ward", "Jane College": a surname
                found.append(Detection(
                    "C1.5", "setting", start, end, text[start:end],
                    f"a named school, setting or workplace: “{text[start:end]}”",
                    "describe the kind of setting instead (\"a local nursery\")",
                    blocking=soaa))
        work_blocks = [span for span, words, _ in self.block_words(field)
                       if not words.isdisjoint(_WORKPLACE_WORDS)]
        for match in (m for span in work_blocks for m in _WORKPLACE.finditer(text, *span)):
            name = re.sub(r"(?:\s+(?:of|and|&))+$", "", match.group("name"))
            start = match.start("name")
            if name.lower().startswith("the "):
                start += 4
                name = name[4:]
            if name.split()[0].lower() in _GENERIC_PROPER or _AGENCY_WORDS.search(name) \
                    or name.isupper():
                continue  # an agency, or an acronym ("member agencies of the SBNI")
            end = start + len(name)
            if _overlaps(start, end, allowed):
                continue
            found.append(Detection(
                "C1.5", "setting", start, end, name, f"a named workplace: “{name}”",
                "describe the kind of work instead (\"a local shop\")", blocking=soaa))
        employers = cached_phrases(tuple(self.settings.employers), False)
        if employers is not None:
            for match in employers.finditer(text):
                found.append(Detection(
                    "C1.5", "setting", match.start(), match.end(), match.group(),
                    f"an employer's name: “{match.group()}”", "describe the kind of employer",
                    blocking=soaa))
        return _unique(found)

    def _denied(self, text: str, start: int, end: int) -> bool:
        denylist = self.facts.ctx.denylist
        return bool(denylist and denylist.matches(text[start:end]))

    # -- C1.6 ------------------------------------------------------------------------------
    def direct_identifiers(self, field: FieldText) -> list[Detection]:
        text = field.text
        found: list[Detection] = []
        allowed_numbers = self._allowed_numbers()
        for match in scan(_PHONE, text, _PHONE_START):
            number = digits(match.group())
            if len(number) not in (10, 11) or not number.startswith("0"):
                continue
            if number in allowed_numbers:
                continue
            found.append(Detection("C1.6", "phone", match.start(), match.end(), match.group(),
                                   f"a telephone number: “{match.group()}”",
                                   "remove it, or use the partnership's published number",
                                   blocking=True))
        for match in scan(_NHS, text, _THREE_DIGITS):
            number = "".join(match.groups())
            if nhs_number_valid(number) and not number.startswith("0"):
                found.append(Detection("C1.6", "nhs", match.start(), match.end(),
                                       match.group(), "an NHS number", "remove it",
                                       blocking=True))
        for match in scan(_NI, text, _TWO_DIGITS):
            found.append(Detection("C1.6", "ni", match.start(), match.end(), match.group(),
                                   "a National Insurance number", "remove it", blocking=True))
        allowed_emails = self._allowed_emails()
        domains = self.facts.email_domains
        at_signs = "@" in text
        for match in _EMAIL.finditer(text) if at_signs else ():
            email = match.group().lower()
            domain = email.rsplit("@", 1)[1]
            if email in allowed_emails or any(domain == d or domain.endswith("." + d)
                                               for d in domains):
                continue
            found.append(Detection("C1.6", "email", match.start(), match.end(), match.group(),
                                   f"an email address not on the publisher's domains: "
                                   f"“{match.group()}”", "remove it, or use the partnership's "
                                   "published address", blocking=True))
        emails = [(m.start(), m.end()) for m in _EMAIL.finditer(text)] if at_signs else []
        for match in scan(_VEHICLE, text, _CAPITAL_DIGIT):
            if POSTCODE.fullmatch(match.group()):
                continue
            found.append(Detection("C1.6", "vehicle", match.start(), match.end(),
                                   match.group(), f"a vehicle registration: “{match.group()}”",
                                   "remove it", blocking=True))
        own_reference = (self.facts.record.review.reference or "") \
            if self.facts.record.review else ""
        for match in scan(_CASE_NUMBER, text):
            ref = match.group("ref")
            if own_reference and ref in own_reference:
                continue
            if sum(c.isdigit() for c in ref) < 3:
                continue  # "Case 23": a review's own running number
            found.append(Detection("C1.6", "case_number", match.start(), match.end(),
                                   match.group(), f"a case or court number: “{match.group()}”",
                                   "remove it", blocking=True))
        for match in scan(_COURT_FORMATS, text, _TWO_DIGITS):
            if own_reference and match.group() in own_reference:
                continue
            found.append(Detection("C1.6", "case_number", match.start(), match.end(),
                                   match.group(), f"a case or court number: “{match.group()}”",
                                   "remove it", blocking=True))
        handles = {h.lower().lstrip("@") for h in self.settings.social_handles}
        for match in _HANDLE.finditer(text) if at_signs else ():
            if _overlaps(match.start(), match.end(), emails):
                continue
            if match.group()[1:].lower() in handles:
                continue
            found.append(Detection("C1.6", "handle", match.start(), match.end(), match.group(),
                                   f"a social media handle: “{match.group()}”", "remove it",
                                   blocking=True))
        return _unique(_without_nested(found))

    def _allowed_numbers(self) -> set[str]:
        def compute() -> set[str]:
            record = self.facts.record
            numbers = {digits(n) for n in self.settings.helpline_numbers}
            for contact in (record.contact, getattr(record, "media_contact", None)):
                if contact is not None and contact.telephone:
                    numbers.add(digits(contact.telephone))
            for service in record.signposting:
                if service.phone:
                    numbers.add(digits(service.phone))
            return numbers

        return self.facts.remember("allowed_numbers", compute)

    def _allowed_emails(self) -> set[str]:
        record = self.facts.record
        emails = set()
        for contact in (record.contact, getattr(record, "media_contact", None)):
            if contact is not None and contact.email:
                emails.add(contact.email.lower())
        return emails

    # -- C1.1 heuristic ------------------------------------------------------------------
    def name_pairs(self, field: FieldText, skip: list[tuple[int, int]]) -> list[Detection]:
        text = field.text
        firsts = set(sentence_starts(text)) | {block.start for block in field.blocks}
        allowed = self._allowed_spans(field)
        allowed_words = self.facts.allowed_name_words
        flagged: list[tuple[int, int]] = []
        for match in _NAME_PAIR.finditer(text):
            first, second = match.group(1), match.group(2)
            start = match.start(1)
            end = match.end(2)
            if start in firsts:
                continue
            uncommon = [w for w in (first, second)
                        if w.lower() not in _CALENDAR_WORDS and not spelling.is_common_word(w)]
            if not uncommon:
                continue
            if _overlaps(start, end, skip) or _overlaps(start, end, allowed):
                continue
            if all(normalise_word(w) in allowed_words for w in uncommon):
                continue
            flagged.append((start, end))
        merged: list[tuple[int, int]] = []
        for start, end in flagged:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return [Detection("C1.1", "name", s, e, text[s:e],
                          f"this looks like a person's name: “{text[s:e]}”",
                          "use the pseudonym, or a role (\"the social worker\")",
                          blocking=self.facts.soaa) for s, e in merged]

    # -- C1.8 ------------------------------------------------------------------------------
    def pseudonym_forms(self, field: FieldText) -> list[Detection]:
        text = field.text
        declared = set(self.facts.pseudonyms)
        found: list[Detection] = []
        if declared:
            for match in PSEUDONYM_FORM.finditer(text):
                form = match.group().rstrip(".")
                if form in declared or match.group() in declared:
                    continue
                found.append(Detection(
                    "C1.8", "pseudonym", match.start(), match.end(), match.group(),
                    f"“{match.group()}” is not a declared pseudonym "
                    f"({', '.join(sorted(declared))})",
                    f"use the declared pseudonym: {sorted(declared)[0]}"))
        for match in INITIALS.finditer(text):
            if _overlaps(match.start(), match.end(), [(d.start, d.end) for d in found]):
                continue
            found.append(Detection(
                "C1.8", "pseudonym", match.start(), match.end(), match.group(),
                f"initials may be a real person's: “{match.group()}”",
                "use the declared pseudonym"))
        return found

    # -- C1.11 -----------------------------------------------------------------------------
    def practitioners(self, field: FieldText) -> list[Detection]:
        if not self.facts.pseudonyms and not (
                self.facts.record.sensitivity and self.facts.record.sensitivity.subjects):
            return []
        text = field.text
        allowed_words = self.facts.allowed_name_words
        found: list[Detection] = []
        named: list[tuple[int, int]] = []
        roles = cached_phrases(_PRACTITIONER_ROLES)
        hits = [(m.start(), m.end()) for m in roles.finditer(text)] if roles else []
        hits += [(m.start(), m.end()) for m in _RANKS.finditer(text)]
        for role_start, role_end in hits:
            after = _NAME_AFTER.match(text, role_end)
            if after:
                named.append((after.start("name"), after.end("name")))
            before = _NAME_BEFORE.search(text, max(0, role_start - 60), role_start)
            if before:
                named.append((before.start("name"), before.end("name")))
        for start, end in sorted(set(named)):
            name = text[start:end]
            if all(normalise_word(w) in allowed_words for w in name.split()):
                continue
            if all(spelling.is_common_word(w) for w in re.split(r"[ -]", name)):
                continue
            found.append(Detection(
                "C1.11", "practitioner", start, end, name,
                f"a frontline practitioner is named: “{name}”",
                "describe the role instead (\"the social worker\")"))
        for match in _NAMED_TEAM.finditer(text):
            words = match.group("name").split()
            if words and words[0] in ("The", "A", "An"):
                words = words[1:]
            if not words or all(spelling.is_common_word(w) for w in words):
                continue
            if all(normalise_word(w) in allowed_words for w in words):
                continue
            start = match.start("name")
            found.append(Detection(
                "C1.11", "practitioner", start, match.end(), text[start:match.end()],
                f"a team is named: “{text[start:match.end()].strip()}”",
                "describe the kind of team instead (\"the duty team\")"))
        return found

    # -- C1.7 ------------------------------------------------------------------------------
    def jigsaw_items(self, field: FieldText, block_start: int, block_end: int,
                     detections: list[Detection]) -> list[tuple[str, str, int]]:
        """(category, text, weight) of each quasi-identifier in a paragraph."""
        weights = self.settings.jigsaw_weights
        text = field.text
        items: list[tuple[str, str, int]] = []
        seen: set[tuple[str, str]] = set()
        kinds = {"exact_age": "exact_age", "date": "date", "dob": "date", "address": "address",
                 "setting": "setting"}
        for detection in detections:
            if detection.kind in kinds and block_start <= detection.start < block_end:
                category = kinds[detection.kind]
                key = (category, detection.text)
                if key not in seen:
                    seen.add(key)
                    items.append((category, detection.text, weights.get(category, 0)))
        detected = [(d.start, d.end) for d in detections
                    if d.kind in kinds and block_start <= d.start < block_end]
        lexicon, agencies = self._quasi_identifiers(field)
        for category, start, end in lexicon:
            if start < block_start or end > block_end:
                continue
            if _overlaps(start, end, detected):
                continue  # "Catholic" in a named school counts once, as the school
            found_text = text[start:end]
            key = (category, found_text.lower())
            if key not in seen:
                seen.add(key)
                items.append((category, found_text, weights.get(category, 0)))
        agency_spans = [(s, e, name) for s, e, name in agencies
                        if block_start <= s and e <= block_end]
        for _, _, name in agency_spans:
            if name in self.facts.pseudonyms:
                continue
            key = ("agency", name.lower())
            if key not in seen:
                seen.add(key)
                items.append(("agency", name, weights.get("agency", 0)))
        return items


    def block_words(self, field: FieldText) -> list[tuple[tuple[int, int], frozenset[str], bool]]:
        """Each block's span, lower-case words and whether it holds a digit: a pattern runs
        only on the blocks holding one of its trigger words."""

        def compute() -> list[tuple[tuple[int, int], frozenset[str], bool]]:
            text = field.text
            lowered = text.lower()
            if len(lowered) != len(text):
                lowered = text
            return [((b.start, b.end), frozenset(_LOWER_WORD.findall(lowered, b.start, b.end)),
                     _DIGIT.search(text, b.start, b.end) is not None) for b in field.blocks]

        return self.facts.remember(f"words:{field.path}", compute)

    def _quasi_identifiers(self, field: FieldText) -> tuple[list[tuple[str, int, int]],
                                                             list[tuple[int, int, str]]]:
        """The jigsaw lexicon's hits and the agencies named, over the whole field, once."""

        def compute() -> tuple[list[tuple[str, int, int]], list[tuple[int, int, str]]]:
            text = field.text
            lowered = text.lower()
            if len(lowered) != len(text):
                lowered = text
            blocks = self.block_words(field)
            lexicon = []
            for category, (case_blind, pattern) in _jigsaw_lexicon().items():
                triggers = _lexicon_triggers()[category]
                source = lowered if case_blind else text
                for (start, end), words, _ in blocks:
                    if words.isdisjoint(triggers):
                        continue
                    lexicon += [(category, m.start(), m.end())
                                for m in pattern.finditer(source, start, end)]
            agencies = [(m.start(), m.end(), m.group()) for m in _AGENCY.finditer(text)]
            organisations = cached_phrases(tuple(self.facts.organisation_names), False)
            if organisations is not None:
                for match in organisations.finditer(text):
                    if not _overlaps(match.start(), match.end(),
                                     [(a, b) for a, b, _ in agencies]):
                        agencies.append((match.start(), match.end(), match.group()))
            return lexicon, agencies

        return self.facts.remember(f"quasi:{field.path}", compute)


def _a_persons_name(first: str, last: str) -> bool:
    from .people import first_names
    from .people_words import PLAIN_TITLES, PROFESSIONAL_TITLES

    return first in PLAIN_TITLES or first in PROFESSIONAL_TITLES or last in first_names()


def _unique(found: list[Detection]) -> list[Detection]:
    seen: set[tuple[str, int, int]] = set()
    result = []
    for detection in sorted(found, key=lambda d: (d.start, -d.end)):
        key = (detection.code, detection.start, detection.end)
        if key not in seen:
            seen.add(key)
            result.append(detection)
    return result


def _without_nested(found: list[Detection]) -> list[Detection]:
    spans = [(d.start, d.end) for d in found]
    return [d for d in found
            if not any(s <= d.start and d.end <= e and (s, e) != (d.start, d.end)
                       for s, e in spans)]

