"""The C1 detectors over a record's fields (``Detector``), and the jigsaw's quasi-identifiers
(C1.7): regexes, lexicons and heuristics, no models.

The detectors themselves live in ``number_identifiers`` (ages, dates, direct identifiers) and
``name_identifiers`` (names, addresses, settings, pseudonyms, practitioners); ``detection``
holds what they find and the look-ups they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .detection import Detection, overlaps
from .language import cached_phrases, holds_any, matches_at
from .name_identifiers import NameDetectors
from .number_identifiers import NumberDetectors
from .text import FieldText


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


_STOP = frozenset("of a an as the is was were are with in on to and or at by for".split())


@dataclass(frozen=True)
class _Triggers:
    """What a paragraph must hold for a lexicon pattern to match in it: one of ``words``, or
    a word starting with one of ``stems`` (a literal the pattern continues, "tourette" in
    "Tourette['’]?s"), or holding one of ``parts`` (a literal that continues one before it)."""

    words: frozenset[str]
    stems: tuple[str, ...]
    parts: tuple[str, ...]


@lru_cache(maxsize=1)
def _lexicon_triggers() -> dict[str, _Triggers]:
    """The literal words of each lexicon pattern: every match holds one of them."""
    triggers = {}
    for category, (_, pattern) in _jigsaw_lexicon().items():
        source = pattern.pattern.lower()
        words: set[str] = set()
        stems: set[str] = set()
        parts: set[str] = set()
        for match in re.finditer(r"[a-z]+", source):
            start, end, run = match.start(), match.end(), match.group()
            if start and source[start - 1] == "\\":  # an escape (\w, \s, \d) and what follows
                start, run = start + 1, run[1:]
            after = source[end:end + 1]
            if after == "?":  # its last letter is optional
                run, after = run[:-1], "["
            if len(run) < 2 or run in _STOP:
                continue
            if start and source[start - 1] in ")]?*+":
                parts.add(run)
            elif after and after in "[(*+{":
                stems.add(run)
            else:
                words.add(run)
        triggers[category] = _Triggers(frozenset(words), tuple(sorted(stems)),
                                       tuple(sorted(parts)))
    return triggers


@lru_cache(maxsize=1)
def _categories_by_word() -> dict[str, tuple[str, ...]]:
    """Each trigger word and the lexicon categories it is a trigger word of."""
    index: dict[str, list[str]] = {}
    for category, triggers in _lexicon_triggers().items():
        for word in triggers.words:
            index.setdefault(word, []).append(category)
    return {word: tuple(categories) for word, categories in index.items()}


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every trigger word: a paragraph's are found by one set intersection."""
    return frozenset(_categories_by_word())


@lru_cache(maxsize=1)
def _stems_and_parts() -> tuple[tuple[str, str], ...]:
    """(needle, category) for each trigger stem and part: in a paragraph's words joined by
    spaces, after a space, a word starts with a stem where " stem" occurs (words hold no
    space), and holds a part where the part occurs."""
    return tuple([(" " + stem, category) for category, triggers in _lexicon_triggers().items()
                  for stem in triggers.stems]
                 + [(part, category) for category, triggers in _lexicon_triggers().items()
                    for part in triggers.parts])


def _categories_met(words: frozenset[str]) -> set[str]:
    """The lexicon categories whose patterns may match in a paragraph of ``words``: one of
    their trigger words is among them (one look-up a trigger word rather than a set test a
    category), or one of them starts with a stem or holds a part of theirs."""
    index = _categories_by_word()
    met = {category for word in words & _trigger_words() for category in index[word]}
    joined = " " + " ".join(words)
    met.update([category for needle, category in _stems_and_parts() if needle in joined])
    return met


#: Where an _AGENCY match can start: "the" or a capital, after anything but a word character.
_AGENCY_START = re.compile(r"[tA-Z](?<!\w[tA-Z])")
_AGENCY = re.compile(
    r"\bthe (?:Council|Police|Trust|Board|Partnership|Local Authority|Authority|Service|"
    r"Hospital|Team)\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Police|Council|NHS Trust|"
    r"Trust|Constabulary|Fire and Rescue Service|Probation Service|Integrated Care Board)\b")
#: The last word of every _AGENCY match, standing as a whole run of word characters: a text
#: holding none of them names no agency that way.
_AGENCY_WORDS = frozenset({"Council", "Police", "Trust", "Board", "Partnership", "Authority",
                           "Service", "Hospital", "Team", "Constabulary"})
#: The detections a paragraph's jigsaw score counts, by kind, and their category.
_DETECTED_CATEGORIES = {"exact_age": "exact_age", "date": "date", "dob": "date",
                        "address": "address", "setting": "setting"}



class Detector(NumberDetectors, NameDetectors):
    """Runs the C1 detectors over a record's fields, once, and keeps the results."""

    # -- C1.7 ------------------------------------------------------------------------------
    def jigsaw_items(self, field: FieldText, block_start: int, block_end: int,
                     detections: list[Detection]) -> list[tuple[str, str, int]]:
        """(category, text, weight) of each quasi-identifier in a paragraph."""
        weights = self.settings.jigsaw_weights
        text = field.text
        items: list[tuple[str, str, int]] = []
        seen: set[tuple[str, str]] = set()
        kinds = _DETECTED_CATEGORIES
        for detection in detections:
            if detection.kind in kinds and block_start <= detection.start < block_end:
                category = kinds[detection.kind]
                key = (category, detection.text)
                if key not in seen:
                    seen.add(key)
                    items.append((category, detection.text, weights.get(category, 0)))
        detected = [(d.start, d.end) for d in detections
                    if d.kind in kinds and block_start <= d.start < block_end]
        for category, start, end in self._lexicon_hits(field, block_start, block_end):
            if start < block_start or end > block_end:
                continue
            if overlaps(start, end, detected):
                continue  # "Catholic" in a named school counts once, as the school
            found_text = text[start:end]
            key = (category, found_text.lower())
            if key not in seen:
                seen.add(key)
                items.append((category, found_text, weights.get(category, 0)))
        agency_spans = [(s, e, name) for s, e, name in self._agencies(field)
                        if block_start <= s and e <= block_end]
        for _, _, name in agency_spans:
            if name in self.facts.pseudonyms:
                continue
            key = ("agency", name.lower())
            if key not in seen:
                seen.add(key)
                items.append(("agency", name, weights.get("agency", 0)))
        return items

    def _lexicon_hits(self, field: FieldText, block_start: int,
                      block_end: int) -> list[tuple[str, int, int]]:
        """(category, start, end) of the jigsaw lexicon's hits in the paragraphs meeting
        ``[block_start, block_end)``, read only when the scorer asks: a paragraph that names
        no one in the case is never read."""

        def compute() -> list[tuple[str, int, int]]:
            text = field.text
            lowered = self.facts.remember(f"lowered:{field.path}", lambda: _lowered(text))
            blocks = [((block.start, block.end), _categories_met(paragraph_words(
                text, block.start, block.end))) for block in field.blocks
                      if block.start < block_end and block.end > block_start]
            lexicon = []
            wanted = set().union(*[met for _, met in blocks])
            for category, (case_blind, pattern) in _jigsaw_lexicon().items():
                if category not in wanted:
                    continue
                source = lowered if case_blind else text
                for (start, end), met in blocks:
                    if category in met:
                        lexicon += [(category, m.start(), m.end())
                                    for m in pattern.finditer(source, start, end)]
            return lexicon

        return self.facts.remember(f"lexicon:{field.path}:{block_start}:{block_end}", compute)

    def _agencies(self, field: FieldText) -> list[tuple[int, int, str]]:
        """(start, end, name) of the agencies and organisations named in the field, once."""

        def compute() -> list[tuple[int, int, str]]:
            text = field.text
            agencies = [(m.start(), m.end(), m.group())
                        for m in matches_at(_AGENCY, text, _AGENCY_START)] \
                if holds_any(text, _AGENCY_WORDS) else []
            organisations = cached_phrases(tuple(self.facts.organisation_names), False)
            if organisations is not None:
                for match in organisations.finditer(text):
                    if not overlaps(match.start(), match.end(),
                                     [(a, b) for a, b, _ in agencies]):
                        agencies.append((match.start(), match.end(), match.group()))
            return agencies

        return self.facts.remember(f"agencies:{field.path}", compute)


_LOWER_WORD = re.compile(r"[a-z]+")


def paragraph_words(text: str, start: int, end: int) -> frozenset[str]:
    """The runs of letters a-z of ``text[start:end]`` lower-cased: a block's words as
    ``DetectorBase.block_words`` reads them, found without splitting the block into
    sentences (the scorer reads fields after the detectors, whose sentence index is then
    another field's)."""
    return frozenset(_LOWER_WORD.findall(text[start:end].lower()))


def _lowered(text: str) -> str:
    """``text`` in lower case, or as it is when lower-casing would move its offsets."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text
