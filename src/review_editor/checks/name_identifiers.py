"""Names of people, places and workplaces (C1.4 addresses, C1.5 settings and workplaces,
C1.8 pseudonym forms, C1.11 practitioners and teams)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from . import spelling
from .community import PEOPLES_WORDS
from .contextual_gate import reads_sentences
from .datetext import MONTHS, WEEKDAYS
from .detection import Detection, DetectorBase, a_persons_name, overlaps, unique
from .facts import INITIALS, PSEUDONYM_FORM
from .field_words import lower_words
from .language import (
    CAPITAL_AFTER_BOUNDARY,
    WORD,
    Token,
    cached_phrases,
    matches_at,
    normalise_word,
    scan,
    sentence_starts,
    sentences,
    tokens,
)
from .name_runs import is_given_name
from .people_words import AREAS, OCCASIONS, PLAIN_TITLES, PROFESSIONAL_TITLES
from .places import ACTIVITY_AFTER, HOUSE_BEFORE_STREET, gazetteer
from .text import FieldText

_AREAS = frozenset(AREAS)
TITLE_WORDS = frozenset(PLAIN_TITLES + PROFESSIONAL_TITLES)

# -- C1.4 addresses --------------------------------------------------------------------------
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_DIGIT_CAPITALS = re.compile(r"\d[A-Z]{2}")  # what every postcode holds
#: A postcode in lower case after its name: "the postcode cf44 7ab".
_NAMED_POSTCODE = re.compile(
    r"\bpost ?code\b[^.\n]{0,12}?\b(?P<code>[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})\b", re.IGNORECASE)
#: The UK's postcode areas, for a postcode district given alone ("the NE6 area").
_POSTCODE_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY "
    "E EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN "
    "LS LU ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN "
    "SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE").split()
_POSTCODE_DISTRICT = re.compile(
    rf"\b(?:{'|'.join(sorted(_POSTCODE_AREAS, key=len, reverse=True))})\d{{1,2}}[A-Z]?"
    r"(?=\s+(?:area|postcode|district)\b)|(?<=\bpostcode )(?:[A-Z]{1,2}\d{1,2}[A-Z]?)\b")
#: What every ``_POSTCODE_DISTRICT`` match holds: its area's last capital and a digit.
_CAPITAL_DIGIT = re.compile(r"[A-Z]\d")
_STREET = re.compile(
    r"(?:\b(?P<number>\d{1,4}[a-zA-Z]?),?\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})"
    r"(?P<suffix>Road|Street|Lane|Close|Avenue|Drive|Court|Crescent|Way|Estate|Flats|Terrace|"
    r"Mews|Grove|(?:Ave|Rd|St|Cres|Gdns|Terr|Sq)\b\.?(?!\s+[A-Z][a-z]+['’]s))(?:\b|(?<=\.))")
#: The street words in lower case: _STREET runs only on blocks that hold one.
_STREET_WORDS = frozenset(re.findall(r"[a-z]{2,}", re.sub(
    r"\\.|\(\?[!<=]+[^)]*\)", "", _STREET.pattern.split("(?P<suffix>")[1]).lower()))
#: The street words as _STREET spells them (capitalised): every match holds one.
_STREET_SUFFIX = re.compile("|".join(sorted((w.capitalize() for w in _STREET_WORDS),
                                            key=len, reverse=True)))
#: "Jade St Clair": "St" before a capitalised word after a given name is a saint's surname.
_SAINTS_SURNAME = re.compile(r"(?<=St) [A-Z][a-z]")
#: "parked at Sandy Lane": where something is, so a street, though a person could be so named.
_AT_A_STREET = re.compile(r"\b(?:at|on|in|off|near|along|down|up)\s+\Z")
_NOT_STREET_START = {
    "the", "a", "an", "this", "that", "these", "those", "each", "every", "no", "one", "our",
    "their", "his", "her", "its", "any", "some", "other", "same", "either", "which", "in",
    "on", "at", "by", "to", "for", "of", "and", "or", "but", "my", "your", "we",
}

# -- C1.5 settings and workplaces -------------------------------------------------------------
_WORKPLACE = re.compile(
    r"\b(?:(?:worked|works|working|labours|laboured|labouring|employed|volunteered|volunteers|"
    r"volunteering|job|jobs|"
    r"shift|shifts|coach|manager|owner|staff|trained|played|plays|member|driven|drove|drives|"
    r"driving|delivered|delivers|cleaned|cleans|cooked|cooks|served|serves|apprenticed|"
    r"apprentice|placement|contract|contracted|hired)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:at|for|by|with|of)|ran|runs|owned|owns|managed|attended|attends|hung around|"
    r"(?:his|her|their|His|Her|Their|[a-z]+['’]s) (?:employer|employers)(?: was| were|,| as)?|"
    r"went to|goes to|(?:Brownies|Scouts|Cubs|Guides|Beavers|Cadets) at|"
    r"(?:Drivers?|drivers?)\s+(?:from|for)|"
    r"(?:a|an|as)\s+(?:\w+\s+)?(?:waiter|waitress|cleaner|carer|driver|receptionist|assistant|"
    r"operative|chef|cook|barmaid|barman|bartender|supervisor|volunteer|mechanic|labourer|"
    r"porter|packer|picker|cashier|hairdresser|beautician|security guard|bouncer|doorman|"
    r"steward|technician|caretaker|housekeeper|nanny|childminder|groom|farmhand)s?\s+"
    r"(?:at|for|with|in))\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&))*)")
#: The words of _WORKPLACE's verbs: it runs only on blocks that hold one.
_WORKPLACE_WORDS = frozenset(
    re.findall(r"[a-z]+", _WORKPLACE.pattern.split("(?P<name>")[0].lower())) - {
    "at", "by", "for", "of", "to", "with", "around", "s", "w", "b", "a", "an", "as", "in",
    "from", "his", "her", "their", "was", "were", "z"}  # "employer" gates "his employer"
#: First words that make a capitalised run after "worked for" or "attended" something else:
#: a day ("attended Friday prayers"), a subject ("worked with Child A").
_NOT_A_WORKPLACE = {w.lower() for w in MONTHS + WEEKDAYS} | {
    "child", "adult", "baby", "mr", "mrs", "ms", "miss", "christmas", "easter"}
#: "the Mother and Baby Unit", "a Parent and Toddler group": a setting named by the family it
#: serves is a kind of setting, not its own name.
_FAMILY_KIND = frozenset(
    "mother mothers mum mums father fathers dad dads parent parents baby babies child children "
    "family families toddler toddlers infant infants carer carers and & of".split())
STAFF_OF = re.compile(
    r"\b(?:practitioners|professionals|clinicians|colleagues|representatives|delegates)\s+"
    r"(?:from)\s+"
    r"(?:the\s+)?\Z", re.IGNORECASE)
#: "Westfield General Hospital contributed a chronology", "staff from … Infirmary attended the
#: learning event": a hospital taking part in the review is an agency, and names no one.
_HEALTH_AGENCIES = frozenset({"hospital", "hospitals", "infirmary"})
_IN_THE_REVIEW = re.compile(
    r"(?:['’]s\s+\w+)?\s+(?:(?:also\s+)?(?:contributed|provided|submitted|shared|supplied|"
    r"completed|wrote)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:chronology|chronologies|"
    r"report|IMR|individual management review|summary|information|records)\b|contributed\b|"
    r"took part\b|participated\b|(?:was|were)\s+represented\b|attended\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:event|panel|meeting|session|workshop|review|conference)s?\b)")
#: "a tattoo studio, Inkwell Studio,", "his brother's garage, J&M Motors.": a setting's name
#: set after the kind of setting it is.
_APPOSED_NAME = re.compile(
    r",\s+(?P<name>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|&|of|and)){0,3})"
    r"(?=\s*(?:[,.;)]|$))", re.MULTILINE)
#: "the Oakfield Centre, a pupil referral unit": a setting's name set before its kind.
_NAMED_BEFORE_A_SETTING = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?P<name>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|&|of|and)){0,3})"
    r"\s*,\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}\Z")
#: What ends a setting's kind: punctuation or a preposition, not a noun ("a nursery nurse").
_SETTING_ENDS = re.compile(
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|for|where|which|that|run|and|with|after|"
    r"before|until|since|when)\b)", re.MULTILINE)
#: "school nurse", "nursery staff": someone who works in a kind of setting.
_STAFF_AFTER = re.compile(r"\s+(?:nurses?|staff|teachers?|workers?|managers?|officers?|"
                          r"governors?|leads?|practitioners?)\b")
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_EVENT_BEFORE = re.compile(
    r"\b(?:conference|event|seminar|training|workshop|launch|briefing|summit|webinar|"
    r"learning session)s?\b[^.!?\n]*\Z", re.IGNORECASE)
#: "Rebecca Sloan, Safeguarding Practitioner at Fenmoor General Hospital": a job title in
#: capitals names a professional's employer, not a subject's setting.
_ROLE_AT = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,3}(?:Practitioner|Nurse|Doctor|Consultant|Officer|Lead|Manager|Worker|"
    r"Visitor|Midwife|Paediatrician|Director|Head|Adviser|Advisor|Co-?ordinator|Specialist|"
    r"Therapist|Psychologist|Psychiatrist|Surgeon|Matron|Registrar|Sister)\s+(?:at|from|of|for)\s+"
    r"(?:the\s+)?\Z")
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
_CAPITAL_STOP = re.compile(r"[A-Z](?=\.)")  # where INITIALS can start
_RANKS = re.compile(r"\b(?:PC|DC|DS|Sergeant|Sgt)\b")
_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
_NAME_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z]+ [A-Z][a-z]+),\s+(?:a|the|her|his|their)\s+\Z")
_NAMED_TEAM = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+\s+){1,3})[Tt]eam\b")

# -- words that name no one ----------------------------------------------------------------
_ABBREVIATIONS = frozenset(
    "D.O.B. D.O.D. N.F.A. A.K.A. R.I.P. E.G. I.E. P.S. N.B. A.M. P.M. B.A. M.A. U.K. G.P. "
    "A.S.A.P. E.T.A. N.I. C.I.D. U.S. U.S.A. U.N. E.U. N.H.S. B.B.C. R.A.F. R.S.V.P. P.T.O."
    .split())
_CALENDAR_WORDS = {w.lower() for w in MONTHS + WEEKDAYS}
#: Lower-case words before a setting word that are no kind of setting ("Hexley's local club").
_NOT_A_KIND = frozenset(
    "a an the his her their its our my your local nearby same new old another each every no "
    "one any this that at in on of to by for and or from with after before during until since "
    "about into over under through as than then while when where who which but so not very "
    "also only just still never ever again back up down out off is was were are be been".split())


def _regional(word: str) -> bool:
    """A region, a faith or their adjective ("Highland", "Cumbrian", "Welsh-medium",
    "Catholic"): a kind of setting, not its name."""
    word = word.split("-")[0]
    return word in _AREAS or word in _FAITHS or word.endswith(("ian", "ish", "ese", "ern", "shire"))


#: "the Army Cadets", "Sea Scouts": a branch of a national youth movement, not a named group.
_YOUTH_BRANCHES = frozenset("Army Sea Air Police Fire Girl Boy Explorer Venture Rainbow".split())
_YOUTH_GROUPS = frozenset("cadets scouts guides brownies cubs beavers".split())
_FAITHS = frozenset(
    "Catholic Anglican Methodist Baptist Muslim Islamic Jewish Sikh Hindu Christian Pentecostal "
    "Orthodox Evangelical Quaker Buddhist Faith Orange Masonic".split())


def _listed(phrases: list[str], text: str, code: str, kind: str, what: str, suggestion: str,
            *, blocking: bool) -> list[Detection]:
    """A detection for each of the partnership's listed places or employers in ``text``."""
    pattern = cached_phrases(tuple(phrases), False)
    if pattern is None:
        return []
    return [Detection(code, kind, match.start(), match.end(), match.group(),
                      f"{what}: “{match.group()}”", suggestion, blocking=blocking)
            for match in pattern.finditer(text)]


def _a_setting_name(name: str) -> bool:
    """Whether a name set after "a studio," is the setting's ("Inkwell Studio", "J&M Motors")
    rather than a person, a title, an agency or a day."""
    first = name.split()[0]
    return not (first.lower() in _GENERIC_PROPER or first.lower() in _NOT_A_WORKPLACE
                or first in TITLE_WORDS or first in ("Year", "Child", "Adult")
                or _AGENCY_WORDS.search(name) or name.isupper()
                or (is_given_name(first) and not spelling.is_common_word(first))
                or (len(name.split()) == 1
                                            and spelling.is_common_word(name)))


def _named_before_a_kind(all_tokens: list[Token], starts: list[int], text: str,
                         setting_start: int) -> list[Token]:
    """The capitalised name before one lower-case word of kind before a setting word: "The
    Hub youth club", "Riverside boxing club" (an empty list when there is none)."""
    at = bisect.bisect_left(starts, setting_start) - 1
    if at < 1 or not all_tokens[at].text.isalpha() or not all_tokens[at].text.islower() \
            or all_tokens[at].text in _NOT_A_KIND or text[all_tokens[at].end:setting_start] != " ":
        return []
    first = at
    while first > 0 and all_tokens[first - 1].text[0].isupper() and \
            text[all_tokens[first - 1].end:all_tokens[first].start] == " ":
        first -= 1
    return all_tokens[first:at + 1] if first < at else []


#: What ends the capitalised name a setting's word may follow (``settings_and_workplaces``
#: reads back from the word until one of these stands between two tokens).
_NAME_BREAKS = tuple(".,;:()\n")


def _tokens_before(text: str, end: int) -> list[Token]:
    """The word tokens that ``settings_and_workplaces`` reads around a setting word at
    ``end``: those after the last of ``_NAME_BREAKS`` before it, where both its readings back
    stop, found without reading the whole field; all the field's where a token of the field
    may run into the setting word (after an apostrophe, or not at a word character)."""
    if text[end - 1:end] in ("'", "’") or WORD.match(text, end) is None:
        return tokens(text)
    start = max([text.rfind(mark, 0, end) for mark in _NAME_BREAKS]) + 1
    return [Token(match.group(), match.start(), match.end())
            for match in WORD.finditer(text, start, end)]


def _starting_in(pattern: re.Pattern[str], text: str,
                 spans: list[tuple[int, int, int]]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches starting in each (start, end, stop) span, read up to ``stop``:
    for a pattern none of whose matches runs past the span's end, the matches a reading of
    the whole block finds there."""
    for start, end, stop in spans:
        for match in pattern.finditer(text, start, stop):
            if match.start() >= end:
                break
            yield match


class NameDetectors(DetectorBase):
    """C1.4, C1.5, C1.8 and C1.11: people, places and workplaces named in a field."""

    # -- C1.4 ------------------------------------------------------------------------------
    def addresses(self, field: FieldText) -> list[Detection]:
        text = field.text
        found: list[Detection] = []
        postcodes = [m.span() for m in scan(POSTCODE, text, _DIGIT_CAPITALS)]
        if "ostcode" in text or "ost code" in text:
            postcodes += [m.span("code") for m in _NAMED_POSTCODE.finditer(text)
                          if not overlaps(*m.span("code"), postcodes)]
        if (" area" in text or " district" in text or "postcode" in text) \
                and _CAPITAL_DIGIT.search(text) is not None:
            postcodes += [m.span() for m in _POSTCODE_DISTRICT.finditer(text)
                          if not overlaps(*m.span(), postcodes)]
        for start, end in postcodes:
            found.append(Detection("C1.4", "address", start, end, text[start:end],
                                   f"a postcode: “{text[start:end]}”",
                                   "name the area served instead", blocking=True))
        excluded: list[tuple[int, int]] | None = None  # read at the first street found
        street_blocks = self._spans_holding(field, _STREET_WORDS) \
            if _STREET_SUFFIX.search(text) is not None else []
        for match in _starting_in(_STREET, text, street_blocks):
            words = list(re.finditer(r"\S+", match.group("name")))
            while words and words[0].group().lower() in _NOT_STREET_START:
                words.pop(0)
            if not words:
                continue
            start = match.start("name") + words[0].start()
            if match.group("number") and words[0].start() == 0:
                start = match.start("number")
            elif a_persons_name(words[0].group(), words[-1].group()
                                 if match.group("suffix") in ("Lane", "Way", "Court")
                                 or _SAINTS_SURNAME.match(text, match.end()) else "") \
                    and not _AT_A_STREET.search(text, max(0, start - 8), start):
                continue  # "Dr Ruth Lane", "Amy Close": a person whose surname is a street word
            end = match.end()
            if excluded is None:
                excluded = self._not_addresses(text)
            if overlaps(start, end, excluded) or overlaps(start, end, self._allowed_spans(field)):
                continue
            found.append(Detection("C1.4", "address", start, end, text[start:end],
                                   f"a street: “{text[start:end]}”",
                                   "name the area served, never a street", blocking=True))
            house = HOUSE_BEFORE_STREET.search(text, max(0, start - 40), start)
            if house is not None:  # "The Bungalow, Mill Lane"
                found.append(Detection("C1.4", "address", *house.span("name"),
                                       house.group("name"),
                                       f"a house's name: “{house.group('name')}”",
                                       "name the area served, never a house", blocking=True))
        found += _listed(self.settings.places, text, "C1.4", "address",
                         "a place below the area served", "name the area served instead",
                         blocking=True)
        return found

    def _not_addresses(self, text: str) -> list[tuple[int, int]]:
        """Where the partnership's list of names that are no address matches."""
        not_addresses = cached_phrases(tuple(self.settings.not_addresses), False)
        return [(m.start(), m.end()) for m in not_addresses.finditer(text)] \
            if not_addresses else []

    # -- C1.5 ------------------------------------------------------------------------------
    def settings_and_workplaces(self, field: FieldText) -> list[Detection]:
        text = field.text
        found: list[Detection] = []
        soaa = self.facts.soaa
        setting_pattern = self.facts.remember("setting words", lambda: cached_phrases(
            tuple(self.settings.setting_words)))  # a look-up by the list would hash it a field
        if setting_pattern is not None:
            for match in setting_pattern.finditer(text):
                all_tokens = _tokens_before(text, match.start())
                starts = [t.start for t in all_tokens]
                index = bisect.bisect_left(starts, match.start()) - 1
                first = None
                while index >= 0:
                    token = all_tokens[index]
                    between = text[token.end:(all_tokens[index + 1].start
                                              if index + 1 < len(all_tokens) else match.start())]
                    if "\n" in between or any(c in between for c in ".,;:()"):
                        break
                    if token.text[0].isupper() or token.text in ("of", "and") or (
                            text[token.start - 1:token.start] == "-"):  # "Pen-y-graig RFC"
                        first = index
                        index -= 1
                        continue
                    break
                run = [] if first is None else \
                    all_tokens[first:bisect.bisect_left(starts, match.start())]
                if not run:
                    run = _named_before_a_kind(all_tokens, starts, text, match.start())
                if run and run[-1].text == "and" and match.group()[0].islower() \
                        and _STAFF_AFTER.match(text, match.end()):
                    continue  # "Nia Roberts and school nurse Claire Dunn": a list of people
                while run and run[-1].text in ("of", "and"):
                    run.pop()
                while run and (run[0].text.lower() in _GENERIC_PROPER or run[0].text in
                               ("of", "and") or run[0].text[0].islower()):
                    run.pop(0)
                if not run:
                    named = _NAMED_BEFORE_A_SETTING.search(text, max(0, match.start() - 80),
                                                           match.start())
                    if named is not None and _a_setting_name(named.group("name")) and \
                            _SETTING_ENDS.match(text, match.end()):
                        found.append(Detection(  # "the Oakfield Centre, a pupil referral unit"
                            "C1.5", "setting", *named.span("name"), named.group("name"),
                            f"a named workplace or setting: “{named.group('name')}”",
                            "describe the kind of setting instead (\"a local shop\")",
                            blocking=soaa))
                        continue
                    apposed = _APPOSED_NAME.match(text, match.end())
                    if apposed is not None and _a_setting_name(apposed.group("name")):
                        found.append(Detection(
                            "C1.5", "setting", *apposed.span("name"), apposed.group("name"),
                            f"a named workplace or setting: “{apposed.group('name')}”",
                            "describe the kind of setting instead (\"a local shop\")",
                            blocking=soaa))
                    continue
                if run and run[-1].text.endswith(("'s", "’s")) and (
                        (len(run) == 1 and not match.group()[0].isupper())
                        or run[0].text.lower() in _NOT_A_WORKPLACE):
                    continue  # "Dionne's school", "Child B's school": someone's, not a name
                    # ("Khan's Pharmacy", with its capital, is the shop's name)
                meaningful = [t for t in run if t.text.lower() not in _GENERIC_PROPER
                              and t.text.lower() not in _CALENDAR_WORDS
                              and not (t.text.isupper() and len(t.text) <= 4)]
                if not meaningful or (all(_regional(t.text) for t in meaningful) and
                                      _A_BEFORE.search(text, max(0, run[0].start - 20),
                                                       run[0].start)) or (
                        all(t.text in _YOUTH_BRANCHES for t in meaningful)
                        and match.group().lower() in _YOUTH_GROUPS) or all(
                        t.text in _FAITHS for t in meaningful) or all(
                        t.text.lower() in _FAMILY_KIND for t in meaningful):
                    continue  # "a Highland primary school", "the Army Cadets": a kind
                if len(run) == 1 and run[0].start in sentence_starts(text) and \
                        spelling.is_common_word(run[0].text) and " " not in match.group():
                    continue  # "Special School" after a word names it: "Birchwood Special School"
                start, end = run[0].start, match.end()
                if overlaps(start, run[-1].end, self._allowed_spans(field)) \
                        and not self._denied(text, start, end):
                    continue  # allowed by its name: "Sefton Women's Refuge" is not "Refuge"
                if STAFF_OF.search(text, max(0, start - 40), start) or _ROLE_AT.search(
                        text, max(0, start - 60), start):
                    continue  # "practitioners from Greyhaven General Hospital": their employer
                if match.group().lower() in _HEALTH_AGENCIES and _IN_THE_REVIEW.match(text, end):
                    continue  # "St Anne's Hospital contributed a chronology": an agency
                if _EVENT_BEFORE.search(text, max(0, start - 100), start):
                    continue  # "the learning event took place at the Crown Hotel": a venue
                if match.group() in ("Ward", "Hall", "Church", "College") and \
                        a_persons_name(run[0].text, run[-1].text) and \
                        text[run[0].start:run[-1].end] not in gazetteer():
                    continue  # "Professor Harriet Ward", "Jane College": a surname
                found.append(Detection(
                    "C1.5", "setting", start, end, text[start:end],
                    f"a named school, setting or workplace: “{text[start:end]}”",
                    "describe the kind of setting instead (\"a local nursery\")",
                    blocking=soaa))
        for match in _starting_in(_WORKPLACE, text, self._workplace_spans(field)):
            name = re.sub(r"(?:\s+(?:of|and|&))+$", "", match.group("name"))
            start = match.start("name")
            if name.lower().startswith("the "):
                start += 4
                name = name[4:]
            first_word = name.split()[0].lower()
            if (len(name.split()) == 1 or name.split()[0] in _FAITHS) and (
                    name in PEOPLES_WORDS or _regional(name.split()[0])
                    or ACTIVITY_AFTER.match(text, start + len(name))):
                continue  # "went to Irish dancing", "Quran classes", "the Orange Lodge": a kind
            if first_word in _GENERIC_PROPER or _AGENCY_WORDS.search(name) \
                    or _FAMILY_KIND.issuperset(name.lower().split()) \
                    or name.isupper() or first_word in _NOT_A_WORKPLACE or name in gazetteer() \
                    or name in OCCASIONS:
                continue  # an agency, an acronym ("member agencies of the SBNI"), a day
            end = start + len(name)
            if overlaps(start, end, self._allowed_spans(field)):
                continue
            found.append(Detection(
                "C1.5", "setting", start, end, name, f"a named workplace: “{name}”",
                "describe the kind of work instead (\"a local shop\")", blocking=soaa))
        found += _listed(self.settings.employers, text, "C1.5", "setting",
                         "an employer's name", "describe the kind of employer", blocking=soaa)
        return unique(found)

    def _workplace_spans(self, field: FieldText) -> list[tuple[int, int, int]]:
        """Where ``_WORKPLACE`` is read: the blocks, or a prose field's sentences, holding one
        of its verbs (no match holds a sentence's end: none holds ".", "!" nor "?")."""
        if not reads_sentences(field) and lower_words(field.text).isdisjoint(_WORKPLACE_WORDS):
            return []
        return self._spans_holding(field, _WORKPLACE_WORDS)

    def _spans_holding(self, field: FieldText,
                       words: frozenset[str]) -> list[tuple[int, int, int]]:
        """(start, end, stop): the blocks, or a prose field's sentences, holding one of
        ``words`` (lower case), where a pattern is read that cannot match without one nor
        across a sentence's end; ``stop`` ends the block holding each, as far as the
        pattern's lookaheads read ("Mill Ave. John's …": "Ave" is no street before a name)."""
        if not field.prose:
            return [(start, end, end) for (start, end), block_words in self.block_words(field)
                    if not block_words.isdisjoint(words)]
        index = self.sentence_index(field)
        chosen = [index.spans[at] for at in index.with_any(words)]
        if len(field.blocks) == 1:
            return [(start, end, field.blocks[0].end) for start, end in chosen]
        stops = {start: block.end for block in field.blocks
                 for start, _ in sentences(field.text, block.start, block.end)} if chosen else {}
        return [(start, end, stops[start]) for start, end in chosen]

    # -- C1.8 ------------------------------------------------------------------------------
    def pseudonym_forms(self, field: FieldText) -> list[Detection]:
        text = field.text
        declared = set(self.facts.pseudonyms)
        found: list[Detection] = []
        if declared:
            for match in matches_at(PSEUDONYM_FORM, text, CAPITAL_AFTER_BOUNDARY):
                form = match.group().rstrip(".")
                if form in declared or match.group() in declared:
                    continue
                found.append(Detection(
                    "C1.8", "pseudonym", match.start(), match.end(), match.group(),
                    f"“{match.group()}” is not a declared pseudonym "
                    f"({', '.join(sorted(declared))})",
                    f"use the declared pseudonym: {sorted(declared)[0]}"))
        for match in matches_at(INITIALS, text, _CAPITAL_STOP):
            if match.group().replace(" ", "").upper() in _ABBREVIATIONS:
                continue  # "D.O.B.", "N.F.A.": an abbreviation, not someone's initials
            if overlaps(match.start(), match.end(), [(d.start, d.end) for d in found]):
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
        hits += [(m.start(), m.end()) for m in matches_at(_RANKS, text, CAPITAL_AFTER_BOUNDARY)]
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
        for match in matches_at(_NAMED_TEAM, text, CAPITAL_AFTER_BOUNDARY):
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

