"""Distinctive combinations (C1.7): a nationality, language, faith or visible disability that
singles a person out in a small place ("the only Polish-speaking family in the village")."""

from __future__ import annotations

import re

from . import spelling
from .language import case_blind
from .sentence_index import SentenceIndex

_PEOPLES = (
    "Afghan|African|Albanian|Algerian|Arab|Bangladeshi|Bengali|Brazilian|Bulgarian|Chinese|"
    "Congolese|Czech|Eritrean|Ethiopian|Filipino|Gambian|Ghanaian|Greek|Gypsy|Hungarian|Indian|"
    "Iranian|Iraqi|Irish Traveller|Italian|Jamaican|Kenyan|Kosovan|Kurdish|Latvian|Libyan|"
    "Lithuanian|Malaysian|Moroccan|Nepali|Nepalese|Nigerian|Pakistani|Palestinian|Polish|"
    "Portuguese|Roma|Romanian|Russian|Rwandan|Sikh|Slovak|Somali|Spanish|Sri Lankan|Sudanese|"
    "Syrian|Tamil|Thai|Traveller|Turkish|Ugandan|Ukrainian|Vietnamese|Yemeni|Zimbabwean|"
    "Muslim|Hindu|Jewish|Orthodox Jewish|Jehovah['’]s Witness|Black|Asian|mixed[- ]heritage|"
    "dual[- ]heritage|transgender|trans|non-binary|intersex|gay|lesbian|Eastern European|"
    "East European|Central European|South Asian|East African|West African")
#: The words of _PEOPLES, which name a people or faith, never a family's surname.
PEOPLES_WORDS = frozenset(re.findall(r"[A-Z][a-z]+", _PEOPLES))
#: Faiths and peoples whose names are also families' surnames ("Mr Ahmadi"), so kept out of
#: ``PEOPLES_WORDS``.
_FAITHS = ("Ahmadi|Ahmadiyya|Jain|Baha['’]i|Bahá['’]í|Rastafarian|Zoroastrian|Parsi|Yazidi|"
           "Hazara|Druze|Coptic|Mormon|Quaker|Buddhist|Catholic|Christian|Hindu|Muslim|Shia|"
           "Sunni|Ismaili")
_DENOMINATION = r"(?:\s+(?:Orthodox|Catholic|Christian|Muslim|Evangelical|Pentecostal))?"
_LANGUAGES = (
    "Albanian|Amharic|Arabic|Bengali|Cantonese|Dari|Farsi|French|Gaelic|Gujarati|Hindi|"
    "Hungarian|Kurdish|Lithuanian|Mandarin|Pashto|Polish|Portuguese|Punjabi|Romanian|Russian|"
    "Sign|BSL|Somali|Spanish|Sylheti|Tamil|Tigrinya|Turkish|Twi|Urdu|Vietnamese|Welsh|Yoruba")
#: Languages and peoples by their English names ("Romanian — Română" in a list of languages).
LANGUAGE_WORDS = frozenset(re.findall(r"[A-Z][a-z]+", _LANGUAGES)) | PEOPLES_WORDS
_WHO = (r"(?:family|families|couple|couples|community|communities|child|children|pupil|pupils|"
        r"boy|boys|girl|"
        r"girls|man|men|woman|women|speaker|speakers|household|households|person|people|"
        r"resident|residents|student|students|worshipper|worshippers|parent|parents|user|"
        r"teenager|teenagers|teen|teens|young person|young people|adult|adults|lad|lads|"
        r"widow|widower|mother|father|mum|dad|congregation|congregations)")
#: Dress that marks a faith ("the only girl who wore a hijab").
_DRESS = r"(?:hijab|headscarf|turban|niqab|burka|burqa|kippah|yarmulke|patka|jilbab|abaya)"
#: Conditions and aids that are seen ("the only pupil with cerebral palsy").
_CONDITION = (r"(?:autism|ADHD|cerebral palsy|Down['’]?s syndrome|spina bifida|epilepsy|"
              r"diabetes|sickle cell|cystic fibrosis|muscular dystrophy|albinism|dwarfism|"
              r"a learning disability|a visual impairment|a hearing impairment|a stammer|"
              r"(?:a |an )?(?:hearing aids?|cochlear implants?|prosthetic \w+|artificial \w+|"
              r"feeding tube|stoma|walking frame|guide dog|wheelchair))")
_TERM = re.compile(
    rf"\b(?:(?:{_PEOPLES}|{_FAITHS}){_DENOMINATION}(?:[- ]speaking)?\s+{_WHO}|"
    rf"(?:{_LANGUAGES})[- ]speaking(?:\s+{_WHO})?|"
    rf"(?:{_LANGUAGES}|{_PEOPLES})\s+speakers?|(?:{_PEOPLES})\s+(?:heritage|origin)|"
    rf"(?:{_PEOPLES})\s+(?:refugees?|asylum[- ]seekers?|migrants?|nationals?)|"
    rf"(?:British )?Sign Language users?|BSL users?|"
    rf"(?-i:[A-Z][\w'’-]+)(?:['’]s)? (?:syndrome|disease)|"
    rf"rare (?:\w+ ){{0,2}}?(?:condition|disease|disorder|syndrome)|wheelchair user|"
    rf"(?:[Dd]eaf|[Bb]lind|[Dd]eafblind) (?:\w+ ){{0,4}}?(?:{_WHO}|user|users)|"
    rf"{_WHO}\b[^.;\n]{{0,30}}?\b(?:who|that) (?:wore|wears|wearing) an? {_DRESS}|"
    rf"{_DRESS}-wearing {_WHO}|{_WHO}\b[^.;\n]{{0,30}}?\b(?:with|who (?:has|had|uses|used|"
    rf"wore|wears)) {_CONDITION})\b")
_TRIGGERS = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+",
                                                    f"{_PEOPLES}|{_LANGUAGES}|{_FAITHS}")) \
    | {"wheelchair", "deaf", "blind", "deafblind", "speaking", "speaker", "speakers", "syndrome",
       "disease", "condition", "disorder", "rare", "refugee", "refugees", "asylum", "migrant",
       "migrants", "nationals", "bsl", "hijab", "headscarf", "turban", "niqab", "burka", "burqa",
       "kippah", "yarmulke", "patka", "jilbab", "abaya", "autism", "adhd", "palsy", "bifida",
       "epilepsy", "diabetes", "sickle", "fibrosis", "dystrophy", "albinism", "dwarfism",
       "disability", "impairment", "stammer", "aid", "aids", "implant", "implants",
       "prosthetic", "artificial", "tube", "stoma", "frame", "dog"}
_UNIQUE = re.compile(r"\b(?:the only|only|the one|the sole|sole|one of (?:a handful of|a few|"
                     r"(?:only|just) (?:two|three|four|a few)|few|two|three|the few|very few|"
                     r"the only))\s+"
                     r"(?:\w+\s+){0,2}?\Z",
                     re.IGNORECASE)
_SMALL = re.compile(
    r"\b(?:village|villages|hamlet|small (?:\w+ ){0,2}?(?:town|community|school|estate|island|"
    r"city|congregation|church|parish)|"
    r"market town|rural|island|islands|isle|crofting|croft|remote|close-knit|the estate|"
    r"on the estate|Highland|Fenland|"
    r"Dales|valley|\w+ of (?:a few|a handful|a dozen|\d{1,3}|(?:a|one|two|three|four|five|six|"
    r"seven|eight|nine) hundred) (?:people|houses|homes|residents|families))\b", re.IGNORECASE)


#: What every ``_SMALL`` and every ``_UNIQUE`` match holds, in lower case.
_SMALL_NEEDLES = (
    "village", "hamlet", "small", "market town", "rural", "island", "isle", "croft", "remote",
    "close-knit", "estate", "highland", "fenland", "dales", "valley", "people", "houses", "homes",
    "residents", "families")
_UNIQUE_NEEDLES = ("only", "one", "sole")


#: What singles someone out wherever they live: a named condition few people have, a
#: family of seven children or more, triplets or more.
_SINGLED_OUT = re.compile(
    r"\b(?:(?-i:[A-Z][\w'’-]+)(?: (?:du|de|la|von|van)(?: (?-i:[A-Z])[\w'’-]+)?)?(?:['’]s?)? "
    r"(?:syndrome|disease)|(?:the\s+)?(?:(?:youngest|eldest|oldest|middle|second|third|fourth|"
    r"fifth|sixth)\s+(?:child\s+)?of|one\s+of)\s+(?:seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|[7-9]|1\d)\s+(?:children|siblings|brothers|sisters|"
    r"boys|girls)(?:\s+and\s+the\s+only\s+(?:girl|boy))?|(?:triplets|quadruplets|quintuplets|"
    r"sextuplets))\b", re.IGNORECASE)
_SINGLED_OUT_TRIGGERS = frozenset(
    "syndrome disease seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "triplets quadruplets quintuplets sextuplets".split())
#: Every word one of which a sentence must hold for ``find_combinations`` to read it.
WORDS = _TRIGGERS | _SINGLED_OUT_TRIGGERS
#: "the only girl in the under-14 boxing squad", "the only boy in her class": one of a kind
#: in a small group anyone in it could name.
_ONLY_ONE_IN = re.compile(
    r"\bthe only (?:(?:black|white|mixed-race|deaf|blind|disabled|(?-i:[A-Z][a-z]+(?:-[A-Z]?"
    r"[a-z]+)?))\s+)?(?:girl|boy|woman|man|child|pupil|teenager|family|household)s? (?:in|on|"
    r"at|among|of) (?:the|her|his|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:squad|team|club|class|"
    r"form|year|year group|group|set|choir|band|crew|troop|street|road|block|close|cul-de-sac|"
    r"ward|unit|school|village|estate|town|hamlet|island|congregation)\b", re.IGNORECASE)
#: Named conditions many people have: no one is singled out by them (nor by a condition
#: named by everyday words: "Sudden Infant Death Syndrome", "Down syndrome").
_COMMON_CONDITIONS = frozenset(
    "down down's downs asperger asperger's tourette tourette's crohn's crohn parkinson's "
    "parkinson alzheimer's alzheimer korsakoff korsakoff's munchausen munchausen's stockholm "
    "bowel alcohol infant baby lyme raynaud's graves' graves hodgkin's addison's cushing's "
    "heart kidney liver lung motor coeliac sickle huntington's huntington menière's bell's "
    "legionnaires' paget's paget hashimoto's hashimoto gilbert's gilbert ehlers-danlos "
    "a the this her his their its".split())


def find_combinations(text: str, index: SentenceIndex) -> list[tuple[int, int]]:
    """(start, end) of each community detail that, with the sentence's place, singles out,
    and of what singles someone out anywhere (a rare named condition, a family of eleven)."""
    found = []
    for at in index.with_any(_SINGLED_OUT_TRIGGERS):
        for match in _SINGLED_OUT.finditer(text, *index.spans[at]):
            first = match.group().split()[0]
            if not match.group().lower().endswith(("syndrome", "disease")) or not (
                    first.lower() in _COMMON_CONDITIONS
                    or spelling.is_common_word(first.rstrip("'’s"))):
                found.append(match.span())
    sentences = index.with_any(_TRIGGERS)
    lowered = case_blind(text) if sentences else None
    for at in sentences:
        start, end = index.spans[at]
        small = _may_hold(lowered, start, end, _SMALL_NEEDLES) \
            and bool(_SMALL.search(text, start, end))
        if not small and not _may_hold(lowered, start, end, _UNIQUE_NEEDLES):
            continue  # a detail singles out only in a small place or as the only one
        found += [span for span in _in_sentence(text, start, end, small)
                  if not any(s < span[1] and span[0] < e for s, e in found)]
    for at in index.with_any(frozenset({"only"})):
        found += [m.span() for m in _ONLY_ONE_IN.finditer(text, *index.spans[at])
                  if not any(s < m.end() and m.start() < e for s, e in found)]
    return found


def _may_hold(lowered: str | None, start: int, end: int, needles: tuple[str, ...]) -> bool:
    """False only when ``lowered`` (``case_blind``'s lower case, None where it cannot tell)
    shows none of ``needles`` in ``[start, end)``: a case-blind pattern needing one of them
    cannot match there."""
    return lowered is None or any(lowered.find(n, start, end) >= 0 for n in needles)


def _in_sentence(text: str, start: int, end: int, small: bool) -> list[tuple[int, int]]:
    found = []
    for match in _TERM.finditer(text, start, end):
        unique = _UNIQUE.search(text[max(start, match.start() - 40):match.start()])
        if not (unique or small):
            continue
        begin = match.start() - (len(unique.group()) if unique else 0)
        found.append((begin, match.end()))
    return found
