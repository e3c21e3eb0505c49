"""Number-like identifying details (C1.2 exact ages, C1.3 dates, C1.6 direct identifiers:
telephone, NHS and National Insurance numbers, emails, vehicles, case numbers, handles)."""

from __future__ import annotations

import re

from .datetext import find_dates
from .detection import (
    Detection,
    DetectorBase,
    digits,
    nhs_number_valid,
    overlaps,
    unique,
    without_nested,
)
from .field_words import lower_words
from .language import case_blind, digit_lines, matches_at, scan, scan_with
from .name_identifiers import POSTCODE
from .text import FieldText

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
#: What every ``_PRESS_AGE`` match holds (it looks around nothing, so neither does this).
_PRESS_AGE_GATE = re.compile(r",\s*\d{1,3},|\(\d{1,3}\)")
#: The word each ``_AGE_PATTERNS`` match holds as a whole run of letters (its needle, "age"
#: or "aged" before a number, "old" after "years" or "months"): a field whose lower-case
#: words hold none of a pattern's is not read for it.
_AGE_WORDS = {"age": frozenset({"age", "aged"}), "old": frozenset({"old"})}

# -- C1.3 dates ------------------------------------------------------------------------------
_LIFE_EVENT = re.compile(
    r"\b(?:born|birth|birthday|died|dies|death|deaths|dob|d\.o\.b|dod|d\.o\.d|killed|murdered|"
    r"body|funeral)\b", re.IGNORECASE)
#: "came into force on", "took effect from": a statute's or guidance's date, no one's.
_STATUTE_BEFORE = re.compile(
    r"\b(?:into force|into effect|took effect|takes effect)(?:\s+on|\s+from)?\s*\Z")
_BORN_BEFORE = re.compile(r"\b(?:born|died|death|birth)\s+(?:in\s+|on\s+|during\s+)?\Z",
                          re.IGNORECASE)
_TIED_EVENT = re.compile(
    r"\b(?:assaulted|admitted|attacked|abused|injured|arrested|police (?:were|was) called|"
    r"evicted|excluded|stabbed|raped|overdosed|ran away|went missing|taken into care|"
    r"(?:was|were|been|being)\s+"
    r"found|found\s+(?:dead|unresponsive|collapsed|injured|unconscious))\b", re.IGNORECASE)


# -- C1.6 direct identifiers -------------------------------------------------------------------
_PHONE = re.compile(r"(?<![\w+/.-])(?:\+44\s?(?:\(0\)\s?)?\d|\(?0\d)[\d\s()-]{7,13}\d(?![\w/-])")
#: A number with another country's code: "+48 512 345 678", "+353 (0)87 123 4567".
_FOREIGN_PHONE = re.compile(
    r"(?<![\w+/.-])\+(?!44)[1-9]\d{0,2}[\s-]?(?:\(0\)\s?)?\d[\d\s-]{6,14}\d(?![\w/-])")
_NHS = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_NI = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_VEHICLE = re.compile(r"\b(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-HJ-PR-Y]\d{1,3} ?[A-Z]{3})\b")
#: Northern Irish registrations ("LXZ 4312") hold an I or a Z; they count beside a vehicle.
_NI_VEHICLE = re.compile(r"\b[A-Z]?(?:[A-Z][IZ]|I[A-Z]) ?\d{1,4}\b")
_IZ_DIGIT = re.compile(r"[IZ][A-Z]? ?\d")  # what every _NI_VEHICLE match holds
_VEHICLE_BEFORE = re.compile(
    r"\b(?:car|van|vehicle|lorry|taxi|motorbike|moped|reg|reg\.|registration|plate|plates|"
    r"index|[A-Z][a-z]+ (?:hatchback|saloon|estate))\b[^.\n]{0,12}\Z|"
    r"\bregistered\b[^.\n]{0,30}\bas\s+\Z", re.IGNORECASE)
#: "partial index KX19", "part of the plate, WR6": a registration's first letters and digits.
_PARTIAL_PLATE = re.compile(
    r"\b(?:partial|part of the)\s+(?:index|plate|reg(?:istration)?)(?:\s+number)?\s*[:,]?\s+"
    r"(?P<plate>[A-Z]{1,2}\d{1,2}(?: ?[A-Z]{1,3})?)\b")
_CASE_NUMBER = re.compile(
    r"\b(?:case|claim|crime|incident|court|log|police|serial)\s*(?:no\.?|number|ref(?:erence)?"
    r"\.?|reference number|crime number)?\s*[:#]?\s*(?P<ref>[A-Z0-9]*\d[A-Z0-9/-]*\d[A-Z0-9/]*|"
    r"[A-Z]{1,4}\d[A-Z0-9/-]{3,})", re.IGNORECASE)
_COURT_FORMATS = re.compile(r"\b(?:[A-Z]{2}\d{2}[A-Z]\d{5}|T\d{8}|\d{2}/\d{4,7}/\d{2})\b")
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_]{2,30}(?:\.[A-Za-z0-9_]{1,20})*\b")
_AT_SIGN = re.compile("@")  # where a _HANDLE match starts
# What every match of the patterns above holds, tested per line before the pattern runs (each
# starts with a character class, which the regex engine looks for quickly)
_PHONE_START = re.compile(r"0\d[\d\s()-]{8}|\+44")
_PLUS_DIGIT = re.compile(r"\+[1-9]")
_TEN_DIGITS = re.compile(r"\d\d\d[ -]?\d{3}[ -]?\d{4}")  # NHS numbers
_SIX_DIGITS_LETTER = re.compile(r"\d\d ?\d{2} ?\d{2} ?[A-D]")  # NI numbers
#: Court formats: "AB12C34567" and "T20217001" hold a capital before five digits, and
#: "12/3456/21" a digit, a slash and four digits.
_COURT_DIGITS = re.compile(r"[A-Z]\d{5}|\d/\d{4}")
#: The words _CASE_NUMBER cannot match without (in any case).
_CASE_WORDS = ("case", "claim", "crime", "incident", "court", "log", "police", "serial")
_CAPITAL_DIGIT = re.compile(r"[A-Z]\d")  # vehicle registrations
#: Any of the tests above, in one search of the field: a field where none finds anything
#: (most fields, a heading numbered "Part 12" among them) holds no number identifier save
#: a case number, which needs one of its words. None of them looks around what it finds, so
#: a match within a line is a match in the whole text. Each test's first character is one
#: of a class, read first (the regex engine then skips to such characters rather than trying
#: every test at every position), and what the test asks of it after: ``_PLUS_DIGIT`` holds
#: "+44" (``_PHONE_START``'s), ``_CAPITAL_DIGIT`` ``_COURT_DIGITS``' "[A-Z]\d{5}".
_ANY_NUMBER = re.compile(
    r"[\d+A-Z](?:(?<=\+)[1-9]"  # _PLUS_DIGIT
    r"|(?<=[A-Z])\d"  # _CAPITAL_DIGIT
    r"|(?<=[IZ])[A-Z]? ?\d"  # _IZ_DIGIT
    r"|(?<=0)\d[\d\s()-]{8}"  # _PHONE_START
    r"|(?<=\d)(?:\d\d[ -]?\d{3}[ -]?\d{4}"  # _TEN_DIGITS
    r"|\d ?\d{2} ?\d{2} ?[A-D]"  # _SIX_DIGITS_LETTER
    r"|/\d{4}))")  # _COURT_DIGITS' second test


def _holds_needle(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``scan_with`` could read ``text`` for a pattern needing one of ``needles``:
    False only where lower case shows that none of them is there."""
    lowered = case_blind(text)
    return lowered is None or any(needle in lowered for needle in needles)


def _age_patterns(text: str) -> list[tuple[re.Pattern[str], str]]:
    """The age patterns that may match in ``text``: those whose word it holds (all of them
    where lower case would not show every way of writing it)."""
    if case_blind(text) is None:
        return _AGE_PATTERNS
    words = lower_words(text)
    return [(pattern, needle) for pattern, needle in _AGE_PATTERNS
            if not words.isdisjoint(_AGE_WORDS[needle])]


class NumberDetectors(DetectorBase):
    """C1.2, C1.3 and C1.6: ages, dates and direct identifiers in a field."""

    # -- C1.2 ------------------------------------------------------------------------------
    def ages(self, field: FieldText) -> list[Detection]:
        text = field.text
        if not digit_lines(text):
            return []  # every pattern here reads a number in figures
        set_off = _PRESS_AGE_GATE.search(text) is not None  # a number set off: a press age?
        patterns = _age_patterns(text)
        if not set_off and not patterns:
            return []
        found: list[Detection] = []
        for pattern, needle in patterns:
            for match in scan_with(pattern, text, needle):
                if _BAND_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                    continue
                if not self._near_subject(field, match.start(), match.end()):
                    continue
                found.append(Detection(
                    "C1.2", "exact_age", match.start(), match.end(), match.group(),
                    f"an exact age near a person in the case: “{match.group()}”",
                    "give an age band instead (\"in her 30s\", \"under 1\")"))
        for ref_start, ref_end in self.facts.subject_refs(field) if set_off else ():
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
        return unique(found)

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
            if _STATUTE_BEFORE.search(text, max(0, mention.start - 30), mention.start):
                continue  # "came into force on 15 December 2023": a law's date
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

    # -- C1.6 ------------------------------------------------------------------------------
    def direct_identifiers(self, field: FieldText) -> list[Detection]:
        text = field.text
        at_signs = "@" in text
        if not at_signs and not digit_lines(text):
            return []  # each identifier here holds a digit, save emails and handles
        if not at_signs and _ANY_NUMBER.search(text) is None and not _holds_needle(
                text, _CASE_WORDS):
            return []
        found: list[Detection] = []
        allowed_numbers = self._allowed_numbers()
        for match in scan(_PHONE, text, _PHONE_START):
            number = digits(match.group().replace("(0)", ""))  # "+44 (0)7700 900 444"
            if len(number) not in (10, 11) or not number.startswith("0"):
                continue
            if number in allowed_numbers:
                continue
            found.append(Detection("C1.6", "phone", match.start(), match.end(), match.group(),
                                   f"a telephone number: “{match.group()}”",
                                   "remove it, or use the partnership's published number",
                                   blocking=True))
        for match in scan(_FOREIGN_PHONE, text, _PLUS_DIGIT):
            if 8 <= len(digits(match.group())) <= 15:
                found.append(Detection("C1.6", "phone", match.start(), match.end(),
                                       match.group(), f"a telephone number: “{match.group()}”",
                                       "remove it", blocking=True))
        for match in scan(_NHS, text, _TEN_DIGITS):
            number = "".join(match.groups())
            if nhs_number_valid(number) and not number.startswith("0"):
                found.append(Detection("C1.6", "nhs", match.start(), match.end(),
                                       match.group(), "an NHS number", "remove it",
                                       blocking=True))
        for match in scan(_NI, text, _SIX_DIGITS_LETTER):
            found.append(Detection("C1.6", "ni", match.start(), match.end(), match.group(),
                                   "a National Insurance number", "remove it", blocking=True))
        allowed_emails = self._allowed_emails()
        domains = self.facts.email_domains
        email_matches = list(_EMAIL.finditer(text)) if at_signs else []
        for match in email_matches:
            email = match.group().lower()
            domain = email.rsplit("@", 1)[1]
            if email in allowed_emails or any(domain == d or domain.endswith("." + d)
                                               for d in domains):
                continue
            found.append(Detection("C1.6", "email", match.start(), match.end(), match.group(),
                                   f"an email address not on the publisher's domains: "
                                   f"“{match.group()}”", "remove it, or use the partnership's "
                                   "published address", blocking=True))
        emails = [(m.start(), m.end()) for m in email_matches]
        plates = [m for m in scan(_NI_VEHICLE, text, _IZ_DIGIT)
                  if _VEHICLE_BEFORE.search(text, max(0, m.start() - 40), m.start())]
        for match in [*scan(_VEHICLE, text, _CAPITAL_DIGIT), *plates]:
            if POSTCODE.fullmatch(match.group()):
                continue
            found.append(Detection("C1.6", "vehicle", match.start(), match.end(),
                                   match.group(), f"a vehicle registration: “{match.group()}”",
                                   "remove it", blocking=True))
        for match in scan(_PARTIAL_PLATE, text, _CAPITAL_DIGIT) if "art" in text else ():
            found.append(Detection("C1.6", "vehicle", *match.span("plate"), match.group("plate"),
                                   f"part of a vehicle registration: “{match.group('plate')}”",
                                   "remove it", blocking=True))
        own_reference = (self.facts.record.review.reference or "") \
            if self.facts.record.review else ""
        for match in scan_with(_CASE_NUMBER, text, _CASE_WORDS):
            ref = match.group("ref")
            if own_reference and ref in own_reference:
                continue
            if sum(c.isdigit() for c in ref) < 3:
                continue  # "Case 23": a review's own running number
            found.append(Detection("C1.6", "case_number", match.start(), match.end(),
                                   match.group(), f"a case or court number: “{match.group()}”",
                                   "remove it", blocking=True))
        for match in scan(_COURT_FORMATS, text, _COURT_DIGITS):
            if own_reference and match.group() in own_reference:
                continue
            found.append(Detection("C1.6", "case_number", match.start(), match.end(),
                                   match.group(), f"a case or court number: “{match.group()}”",
                                   "remove it", blocking=True))
        handles = {h.lower().lstrip("@") for h in self.settings.social_handles}
        for match in matches_at(_HANDLE, text, _AT_SIGN) if at_signs else ():
            if overlaps(match.start(), match.end(), emails):
                continue
            if match.group()[1:].lower() in handles:
                continue
            found.append(Detection("C1.6", "handle", match.start(), match.end(), match.group(),
                                   f"a social media handle: “{match.group()}”", "remove it",
                                   blocking=True))
        return unique(without_nested(found))

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

