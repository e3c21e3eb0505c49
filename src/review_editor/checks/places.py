"""Places that can locate a person (C1.4): a shipped gazetteer of UK settlements, and estates,
caravan and Travellers' sites, farms, houses and street-like names by pattern.

The gazetteer (``gazetteer.py``: GeoNames, CC BY 4.0) is read once into a
dictionary of names. A settlement is reported when the sentence is about a person (a pronoun,
a family role, a subject reference or a name) or when a person is placed there ("lived in",
"moved to"), and never when it names an organisation ("Leeds Safeguarding Children
Partnership") or the area the publisher serves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import spelling
from .community import PEOPLES_WORDS
from .datetext import MONTHS, WEEKDAYS
from .gazetteer import gazetteer, settlement_needles
from .language import WORD_CAPITAL, holds_any, matches_at
from .people_cues import MESSAGE_FROM, NAMED_LAW_AFTER
from .people_words import (
    AREA_PHRASES,
    AREA_TOWNS,
    AREAS,
    NATIONAL_BODIES,
    OCCASIONS,
    ORGANISATION_WORDS,
    PLAIN_TITLES,
    PROFESSIONAL_TITLES,
    TRADE_WORDS,
)
from .sentence_index import SentenceIndex, TriggerTable
from .vehicles import is_vehicle


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    kind: str  # settlement, estate, site, street, named_place
    message: str


_CAP = r"[A-Z][\w'’-]*"
_NAME = rf"{_CAP}(?:[ ]{_CAP}){{0,3}}"
_STREET_WORDS = ("Gardens|Place|Square|Walk|Row|Rise|View|Parade|Vale|Wharf|House|Cottage|"
                 "Cottages|Farm|Tower|Towers|Heights|Yard|Fold|Croft|Meadows|Chase|Mount|"
                 "Hollow|Dene|Bank|Green|Hill|Park|Gate|Brae|Wynd|Loan|Vennel|Brow|Gait|Loke")
#: Welsh street words: "Heol y Felin", "Ffordd Las", "14 Stryd Fawr".
_WELSH_STREETS = "Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Teras|Llwybr|Clos|Cwrt|Llys|Maes|Rhes"
_PLURAL_STREETS = ("Paddocks|Meadows|Orchards|Sidings|Maltings|Laurels|Limes|Pines|Beeches|"
                   "Willows|Poplars|Elms|Hollies|Spinney|Coppice|Brambles|Ridings|Cedars|Larches|"
                   "Rowans|Birches|Hawthorns|Chestnuts|Sycamores|Glebe")
_SETTLEMENT_WORDS = "village|hamlet|town|parish|island|estate|suburb|district|city|area"
_AREA_OF = re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+area\s+of\s+[A-Z]")
#: "a hostel on Kingsway", "lived on Tollgate": a one-word street after a home and "on"
_ON_A_STREET = re.compile(
    r"\b(?:lived|living|lives|live|stayed|staying|house|home|flat|hostel|address|"
    r"bungalow|property|room|bedsit)\s+(?:\w+\s+){0,2}?on\s+(?P<name>[A-Z][a-z]+"
    r"(?:way|gate|side|field|fields|moor|bank|croft|dale|ford|holme|mount|brook))\b")
#: "the village of Ardmore"
_SETTLEMENT_OF = re.compile(rf"\b(?:{_SETTLEMENT_WORDS}) of\s+(?P<name>{_NAME})")
#: The word each of these patterns holds between white space besides its trigger words: a
#: sentence without it is not read for the pattern. (Keyed by the patterns' text, which
#: keeps its hash: a compiled pattern's hash reads all its code.)
_ALSO_NEEDS = {_AREA_OF.pattern: "of", _ON_A_STREET.pattern: "on", _SETTLEMENT_OF.pattern: "of"}
#: (kind, pattern, the words one of which a sentence must hold for the pattern to be tried,
#: and whether it reads a number in figures: then only sentences holding a digit are read)
_PATTERNS = [
    ("estate", re.compile(rf"\b(?P<name>{_NAME})\s+estate\b"), "estate", False),
    ("site", re.compile(
        rf"\b(?P<name>{_NAME})\s+(?:(?:Caravan|Holiday|Mobile Home|Leisure|Residential|Chalet|"
        rf"Static|Park Home|Touring)\s+(?:Park|Site|Village|Homes|Estate)|Park Homes|"
        rf"(?i:travellers?['’]?|gypsy and traveller|gypsy|caravan)\s+(?i:site|park|camp))\b"),
     "park|site|village|homes|estate|camp", False),
    ("street", re.compile(rf"\b(?:Flat|Apartment|Room|Unit)\s+\d+(?:/\d+)?[A-Za-z]?,?\s+"
                          rf"(?:\d{{1,4}}[a-z]?,?\s+)?{_NAME}"),
     "flat|apartment|room|unit", True),
    # "The Paddocks", "the Maltings": closes named after what stood there
    ("street", re.compile(rf"\b[Tt]he\s+(?:{_PLURAL_STREETS})\b(?![ ](?:{_CAP}))"),
     _PLURAL_STREETS.lower(), False),
    # "the Lochee area of Dundee": a neighbourhood of a town
    ("named_place", _AREA_OF, "area", False),
    # "12 The Crescent": the first digit after no word character (``\b\d``), written so that
    # the regex engine skips to the digits
    ("street", re.compile(rf"\d(?<!\w\d)\d{{0,3}}[a-z]?,?\s+The\s+{_CAP}"), "the", True),
    ("street", re.compile(rf"\b(?P<street>{_NAME})\s+(?:{_STREET_WORDS})\b(?![ ](?:{_CAP}))"),
     _STREET_WORDS.lower(), False),
    ("street", _ON_A_STREET,
     "lived|living|lives|live|stayed|staying|house|home|flat|hostel|address|bungalow|property|"
     "room|bedsit", False),
    ("street", re.compile(
        rf"\b(?:\d{{1,4}}[a-z]?,?\s+)?(?:{_WELSH_STREETS})\s+(?:(?:y|yr|'r)\s+)?{_CAP}"
        rf"(?:[ ]{_CAP})?"), _WELSH_STREETS.lower().replace("ô", "o"), False),
    ("estate", re.compile(rf"\b(?i:ystad)\s+{_CAP}(?:[ ]{_CAP})?"), "ystad", False),
    ("named_place", _SETTLEMENT_OF, _SETTLEMENT_WORDS, False),
    # "from the same village, Bishwanath, as": a place set after its kind
    ("named_place", re.compile(
        rf"\b(?:same|small|little|tiny|home|remote|nearby|next)\s+(?:{_SETTLEMENT_WORDS}),\s+"
        rf"(?P<name>{_NAME}),"), _SETTLEMENT_WORDS, False),
    # "the Isle of Sheppey": an island (the Isle of Wight and of Man are wider areas)
    ("named_place", re.compile(r"\bIsle of\s+(?P<name>(?!Wight\b|Man\b|Scilly\b)[A-Z][a-z]+)"),
     "isle", False),
    ("named_place", re.compile(
        rf"\b(?P<name>{_NAME}),\s+an?\s+(?:(?:small|tiny|remote|rural|isolated|quiet|former|"
        rf"mining|coastal|seaside|farming|fishing|market|close-knit|crofting|border|ex-mining|"
        rf"post-industrial|valley|hill|moorland)\s+)*(?:village|hamlet|town|estate|community|"
        rf"island|township|settlement|suburb)\b"),
     "village|hamlet|town|estate|community|island|township|settlement|suburb", False),
]
#: Words that place a person somewhere ("lived in", "moved to", "found at").
_PLACED_WORDS = (
    "lived|living|lives|live|moved|moving|move|grew up|settled|stayed|staying|relocated|"
    "returned|arrived|came|went missing|missing|found|born|raised|housed|placed|home|flat|house|"
    "address|seen|picked up|dropped off|taken|travelled|walked|farmhouse|property|cottage|"
    "bungalow|caravan|hostel|refuge|placement|school|known|well known|family|arrested|stopped|"
    "detained|abducted|assaulted|stabbed|died|collapsed|brought up|sighting|sightings|"
    "passed away|killed|murdered|found dead|rehoused|resettled|brought|trafficked|smuggled|"
    "fled|escaped|deported")
#: Words that place a person only in a sentence about one ("went to", "a taxi to"): "the team
#: went to Leeds for a conference" places no one in the case.
_TRAVELLED_WORDS = (
    "located|spotted|sighted|attacked|collected|bus|train|coach|taxi|lift|ran|run|running|"
    "headed|went|go|goes|going|visited|visiting|trip|admitted|treated|overdosed|worked|working|"
    "works|farm|sold|selling|dealing|dealt")


def _placed_pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})\s+(?:\w+\s+){{0,6}}?(?:in|to|from|at|near|around|"
                      rf"outside|above|behind|opposite|beside)\s+(?:the\s+)?(?P<name>{_NAME})")


_PLACED = _placed_pattern(_PLACED_WORDS)
_TRAVELLED = _placed_pattern(_TRAVELLED_WORDS)
_PLACED_TRIGGERS = frozenset(re.split(r"[| ]", _PLACED_WORDS)) - {"up", "off", "well"}
_TRAVELLED_TRIGGERS = frozenset(_TRAVELLED_WORDS.split("|"))
_TOWN_AFTER = re.compile(rf",\s+({_CAP}(?:[ ]{_CAP})?)(?=\s*(?:,|\.|;|\)|$|\s+(?:from|in|until|"
                         rf"for|and|with|since|between)\b))")
#: "a 14-year-old girl from Penmore", "two men from Hexley": where people come from.
_PERSON_FROM = re.compile(
    rf"\b(?:girl|boy|man|woman|lad|teenager|teen|youth|pupil|family|couple|mum|dad|mother|"
    rf"father|child|baby|resident|year-old|year old)s?\s+from\s+(?P<name>{_NAME})")
_PERSON_FROM_TRIGGERS = frozenset(
    "girl girls boy boys man men woman women lad lads teenager teenagers teen teens youth "
    "youths pupil pupils family families couple couples mum mums dad dads mother mothers "
    "father fathers child children baby babies resident residents old".split())
#: "arrived in the UK from Kirkuk": where someone came from, after the country they came to.
_CAME_FROM = re.compile(
    rf"\b(?:in|to|into)\s+(?:the\s+)?(?:UK|U\.K\.|United Kingdom|Britain|Great Britain|England|"
    rf"Wales|Scotland|Northern Ireland|country)\s+from\s+(?P<name>{_NAME})")
_CAME_FROM_TRIGGERS = frozenset("uk britain england wales scotland ireland kingdom country".split())
#: "of the months in Easterhouse", "his summers at Gorton": a time of someone's life there
#: ("two years in Wealdmoor" is more often the review's own span).
_TIME_IN = re.compile(rf"\b(?i:the|those|his|her|their|our|my)\s+(?:days|weeks|months|years|"
                      rf"summers|winters|holidays)\s+(?:in|at)\s+(?P<name>{_NAME})")
_TIME_IN_TRIGGERS = frozenset("days weeks months years summers winters holidays".split())
#: "The family fled Kharkiv in 2022": a place someone fled, named without a preposition.
_FLED = re.compile(rf"\b(?:fled|fleeing|escaped|escaping)\s+(?P<name>{_NAME})")
_FLED_TRIGGERS = frozenset({"fled", "fleeing", "escaped", "escaping"})
#: "his gran in Drumchapel", "Nana's in Gorton": where a relative lives.
_RELATIVE_IN = re.compile(
    rf"\b(?:(?i:his|her|their|my|our)\s+(?:gran|granny|grandma|grandad|grandmother|grandfather|"
    rf"nan|nana|nanna|nain|taid|aunt|auntie|aunty|uncle|cousin|dad|mum|mam|father|mother|"
    rf"brother|sister)(?:['’]s)?|(?:[Gg]ran|[Gg]ranny|[Nn]an|[Nn]ana|[Nn]anna|[Nn]ain|[Mm]um|[Mm]am|"
    rf"[Dd]ad|[Aa]untie \w+|[Uu]ncle \w+)['’]s)\s+(?:in|near|outside)\s+(?P<name>{_NAME})")
_RELATIVE_IN_TRIGGERS = frozenset(
    "gran granny grandma grandad grandmother grandfather nan nana nanna nain taid aunt auntie "
    "aunty uncle cousin dad mum mam father mother brother sister".split())
_RUN = re.compile(rf"(?<![\w'’-]){_CAP}(?:[ ](?:upon|on|in|under|le|next|by|the|de)?[ ]?{_CAP})"
                  rf"{{0,3}}")
_ORGANISATION = frozenset(ORGANISATION_WORDS) | {"Safeguarding", "Partnership"}
_ORG_AFTER = re.compile(
    r"\A(?:['’]s)?\s+(?:City|County|Borough|District|Metropolitan|Safeguarding|Council|"
    r"Children['’]s|Adults?|Community|Local|NHS|Police|Hospital|Teaching|University|"
    r"College|Clinical|Integrated|Health|Domestic|Youth|Youth Offending|Family|Magistrates|"
    r"Crown|Coroner|Partnership|Board|Trust|Rovers|United|Town|FC|Bank|[A-Z]{2,5}\b|"
    r"(?:" + "|".join(TRADE_WORDS) + r")\b)")
_NOT_PLACE_START = {"The", "A", "An", "This", "That", "His", "Her", "Their", "Its", "Our",
                    "In", "On", "At", "By", "To", "For", "Of", "And", "But", "When", "After",
                    "Before", "During", "Mr", "Mrs", "Ms", "Miss", "Dr", "Child", "Adult",
                    "Baby", "Year"}
_CALENDAR = frozenset(MONTHS + WEEKDAYS)
_OCCASIONS = OCCASIONS
_TITLES = frozenset(PLAIN_TITLES + PROFESSIONAL_TITLES)

_AREA_WORDS = frozenset(area.lower() for area in AREAS)
_AREAS = frozenset(AREAS)
#: Counties and regions too wide to locate anyone; a principal area named after its town
#: ("Barnsley", "Cardiff") is a town like any other, allowed only as the area served.
_WIDE_AREAS = _AREAS - AREA_TOWNS
_LANDFORMS = frozenset({"Loch", "Lough", "Lake", "River", "Mount", "Ben", "Llyn", "Afon"})
_IN_AN_AREA = re.compile(
    r"\b(?:in|at|from|near|to|outside|of)\s+(?P<name>[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|on|"
    r"upon|in|under|le|by)){0,4}),\s+(?:(?:North|South|East|West|Mid|Greater|County)\s+)?"
    r"(?P<area>[A-Z][a-z]+)\b")
#: Organisation words that streets are often named after ("Station Parade", "Church Walk")
#: are kept in a street's name; the others make it an organisation's.
_STREET_NOT_PLACE = _ORGANISATION - frozenset(
    "Station Church Castle Bridge Hall House Abbey Cathedral River Island Railway Library Museum "
    "Theatre Airport Line Court College School Mosque Club Care Health Homes United".split())
#: "a Barrow man", "the Kendal mum": a town used of its people.
_TOWNSPERSON = re.compile(
    r"\s+(?:man|woman|mum|mother|dad|father|boy|girl|teenager|teen|pensioner|couple|family|"
    r"grandmother|grandfather|youth|resident|schoolgirl|schoolboy)\b")
#: "Neighbours in the Creggan", "a figure on the Shankill": a district known by "the" and its
#: name, followed by a clause or the sentence's end rather than by a noun it qualifies.
_THE_DISTRICT = re.compile(
    r"the (?P<name>[A-Z][a-z]{3,})(?![\w'’-]|[ ][A-Z])"
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|but|where|when|with|for|to|in|on|at|until|since|"
    r"after|before|who|which|that|was|were|is|are|had|has|\w+ed)\b)", re.MULTILINE)
_BEFORE_THE = [[w] for w in ("in", "on", "off", "from", "around", "near", "to", "at")]
#: "Nan's house, Hafod, was…": a house's name set after the house.
_HOUSE_NAMED = re.compile(
    rf"\b(?:house|home|cottage|farmhouse|bungalow|property|smallholding|croft)\s*,\s+"
    rf"(?P<name>(?:The\s+)?{_CAP}(?:[ ]{_CAP}){{0,2}})(?=\s*,)")
#: "kept in the box room at Hillcrest, the family's bungalow": a house's name with the house
#: set after it.
_HOUSE_NAMED_BEFORE = re.compile(
    rf"\b(?:at|in|from|to)\s+(?P<name>(?:The\s+)?{_CAP}(?:[ ]{_CAP}){{0,2}}),\s+(?:the|a|an|his|"
    rf"her|their|\w+['’]s)\s+(?:\w+['’]s\s+)?(?:[\w-]+\s+){{0,2}}?(?:house|home|cottage|"
    rf"farmhouse|bungalow|smallholding|croft)(?=\s*[,.;)]|\s+(?:where|which|in|on|at|near|"
    rf"outside|above)\b)")
_HOUSE_WORDS = frozenset(
    "house home cottage farmhouse bungalow property smallholding croft".split())
#: "given as The Bungalow, Mill Lane": a house's name right before its street.
HOUSE_BEFORE_STREET = re.compile(
    rf"(?:\bas|\bat|:)\s+(?P<name>(?:The\s+)?{_CAP}(?:[ ]{_CAP}){{0,2}}),\s+\Z")
#: Towns listed together: "Newtownards, Comber and finally Portaferry".
#: "Maes-y-Coed", "Pont-ar-Ddyfi", "Tal-y-bont": a Welsh place's words joined by hyphens.
_WELSH_COMPOUND = re.compile(r"[A-Z](?<!\w[A-Z])[a-zâêîôûŵŷ]+-(?:y|yr|ar|a|['’]r|dan|uwch|is)-"
                             r"[A-Za-z][a-zâêîôûŵŷ]+\b(?!-)")
_WELSH_JOINS = frozenset({"y", "yr", "ar", "a", "r", "dan", "uwch", "is"})
_LISTED_BEFORE = re.compile(r"(?P<town>[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?),\s+\Z")
_LISTED_AFTER = re.compile(
    r"\A(?:,|\s+and|\s+or)\s+(?:then\s+|finally\s+|later\s+)?(?P<town>[A-Z][\w'’-]+)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|around|outside|of)\s+(?:the\s+)?\Z")
#: The patterns placing a person by a preposition before a name ("lived in …", "a girl from
#: …"), each with its trigger words and whether it reads only sentences about a person.
_PLACING = ((_PLACED, _PLACED_TRIGGERS, False), (_TRAVELLED, _TRAVELLED_TRIGGERS, True),
            (_PERSON_FROM, _PERSON_FROM_TRIGGERS, False),
            (_RELATIVE_IN, _RELATIVE_IN_TRIGGERS, False),
            (_CAME_FROM, _CAME_FROM_TRIGGERS, False), (_TIME_IN, _TIME_IN_TRIGGERS, True))
#: The sets of words ``places_in`` asks a field's sentences about, in one table: those of
#: ``_PATTERNS`` (by number), then the houses', the placing patterns', the fled places' and
#: the areas'. One ``&`` of the field's bits shows which sets it meets (most fields meet
#: none), instead of a question for each set.
_TRIGGERS = TriggerTable(
    [frozenset(words.split("|")) for _, _, words, _ in _PATTERNS]
    + [_HOUSE_WORDS, *[triggers for _, triggers, _ in _PLACING], _FLED_TRIGGERS, _AREA_WORDS])
#: The same without the patterns reading a number in figures, for a field holding no digit.
_TRIGGERS_WITHOUT_NUMBERS = TriggerTable([
    frozenset() if number < len(_PATTERNS) and _PATTERNS[number][3] else words
    for number, words in enumerate(_TRIGGERS.sets)])
_HOUSES = len(_PATTERNS)
_FIRST_PLACING = _HOUSES + 1
_FLED_AT = _FIRST_PLACING + len(_PLACING)
_AREAS_AT = _FLED_AT + 1


def find_places(text: str, start: int, end: int, about_person: bool,
                people: list[tuple[int, int]] | None = None) -> list[Place]:
    """Places in ``text[start:end]`` (one sentence)."""
    return places_in(text, SentenceIndex([(start, end)], text), [about_person], people or [])


def places_in(text: str, index: SentenceIndex, about_person: list[bool],
              people: list[tuple[int, int]],
              professionals: list[tuple[int, int]] | None = None) -> list[Place]:
    """Places in the field's sentences; towns only in sentences about a person. A street-like
    name that is a professional's ("Jenny Park (NSPCC)") is no place."""
    found: list[Place] = []
    # (number, sentences) of the sets met, in order of number
    met = index.met(_TRIGGERS if any(index.has_digit) else _TRIGGERS_WITHOUT_NUMBERS)
    patterns = _PATTERNS
    for number, sentences in met:
        if number >= len(patterns):
            break
        kind, pattern, _, needs_digit = patterns[number]
        also = _ALSO_NEEDS.get(pattern.pattern)
        for at in sentences:
            if (needs_digit and not index.has_digit[at]) or (also and also not in index.words[at]):
                continue
            for match in pattern.finditer(text, *index.spans[at]):
                span = _trimmed(text, match, "name")
                if span is None or (professionals and _overlaps(*span, professionals)):
                    continue
                found.append(Place(span[0], match.end() if kind != "named_place" else span[1],
                                   kind, _MESSAGES[kind]))
    with_words = dict(met) if met else {}
    for at in with_words.get(_HOUSES, ()):
        if not about_person[at]:
            continue
        for pattern in (_HOUSE_NAMED, _HOUSE_NAMED_BEFORE):
            for match in pattern.finditer(text, *index.spans[at]):
                if not _overlaps(*match.span("name"), people):
                    found.append(Place(*match.span("name"), "street", _MESSAGES["street"]))
    for place in [p for p in found if p.kind == "street"]:
        house = HOUSE_BEFORE_STREET.search(text, max(0, place.start - 40), place.start)
        if house and not _overlaps(*house.span("name"), people):
            found.append(Place(*house.span("name"), "street", _MESSAGES["street"]))
        town = _TOWN_AFTER.match(text[place.end:place.end + 50])
        if town:  # "12 Harlow Close, Brindle": the street's town too
            found.append(Place(place.end + town.start(1), place.end + town.end(1),
                               "named_place", _MESSAGES["named_place"]))
    named_after: dict[int, bool] = {}  # whether a sentence holds a name after a preposition
    placing = [(pattern, with_words[number], needs_person)
               for number, (pattern, _, needs_person) in enumerate(_PLACING, _FIRST_PLACING)
               if number in with_words]
    for pattern, sentences, needs_person in placing:
        for at in sentences:
            if needs_person and not about_person[at]:
                continue
            if at not in named_after:
                named_after[at] = NAME_AFTER_PREPOSITION.search(text, *index.spans[at]) \
                    is not None
            if not named_after[at]:
                continue
            for match in pattern.finditer(text, *index.spans[at]):
                span = _trimmed(text, match, "name")
                if span is not None and _named_place(text, *span) \
                        and not _overlaps(*span, people):
                    found.append(Place(span[0], span[1], "named_place",
                                       _MESSAGES["named_place"]))
    for at in with_words.get(_FLED_AT, ()):
        for match in _FLED.finditer(text, *index.spans[at]):
            span = _trimmed(text, match, "name")
            if span is not None and _named_place(text, *span) and not _overlaps(*span, people):
                found.append(Place(*span, "named_place", _MESSAGES["named_place"]))
    for at, (start, end) in enumerate(index.spans) if any(about_person) and holds_any(
            text, settlement_needles()) else ():
        if about_person[at]:
            found += _settlements(text, start, end, people)
    for at in index.with_any(_WELSH_JOINS) if "-" in text else ():
        if about_person[at]:
            found += [Place(*m.span(), "named_place", _MESSAGES["named_place"])
                      for m in _WELSH_COMPOUND.finditer(text, *index.spans[at])
                      if not _overlaps(*m.span(), people)]
    for at in with_words.get(_AREAS_AT, ()):
        if about_person[at]:
            found += _places_in_an_area(text, *index.spans[at])
    found += _districts(text, index, about_person, people)
    listed = _listed_with_places(text, found, people)
    while listed:  # "Seacroft, Gipton and Harehills": each name listed after the one before
        found += listed
        listed = _listed_with_places(text, listed, people)
    return _longest(found)


#: What every ``_PLACED``, ``_TRAVELLED`` and ``_PERSON_FROM`` match holds: a preposition
#: (after white space) and the capital starting the name after it. A sentence without one is
#: not read for them.
_PREPOSITIONS = ("in", "to", "from", "at", "near", "around", "outside", "above", "behind",
                 "opposite", "beside")
#: Each preposition is tested for a word character before it once found (where ``\b`` before
#: it matches), not with a ``\b`` leading the pattern: the regex engine then skips to their
#: first letters instead of trying the pattern at every character.
NAME_AFTER_PREPOSITION = re.compile(
    "(?:" + "|".join(rf"{word}(?<!\w{word})" for word in _PREPOSITIONS) + r")\s+(?:the\s+)?"
    r"[A-Z]")


def _listed_with_places(text: str, found: list[Place], people: list[tuple[int, int]]
                        ) -> list[Place]:
    """"in Seacroft and Gipton": a name listed right after a place found is a place too,
    when it is no everyday word, organisation, person or month."""
    listed = []
    for place in found:
        if place.kind not in ("settlement", "named_place"):
            continue
        after = _LISTED_AFTER.match(text[place.end:place.end + 40])
        if after is None:
            continue
        town = after.group("town")
        start = place.end + after.start("town")
        stop = start + len(town)
        if not (spelling.is_common_word(town) or town in _ORGANISATION or town in _CALENDAR
                or town in _AREAS or town in _TITLES or town in NATIONAL_BODIES
                or _ORG_AFTER.match(text[stop:stop + 40]) or _overlaps(start, stop, people)):
            listed.append(Place(start, stop, "named_place", _MESSAGES["named_place"]))
    return listed


#: "went to Quran classes", "attended Bible study": a word naming what is done, not where.
ACTIVITY_AFTER = re.compile(
    r"\s+(?:classes|class|lessons|lesson|study|studies|school|club|clubs|group|camp|"
    r"sessions?|practice|prayers|dancing|training|services?|meetings?|courses?|tuition)\b")


def _named_place(text: str, start: int, end: int) -> bool:
    """Whether a name after "moved to" or "a girl from" is a place: not an organisation's
    name, a court's seat, a vehicle, a national body or an everyday word ("went to Brownies")
    that is no town."""
    name = text[start:end]
    return not (_ORG_AFTER.match(text[end:end + 40])
                or _COURT_SEAT_BEFORE.search(text, max(0, start - 30), start)
                or is_vehicle(text, start, end) or name in NATIONAL_BODIES
                or name in PEOPLES_WORDS
                or (" " not in name and ACTIVITY_AFTER.match(text, end))
                or (" " not in name and name not in gazetteer()
                    and spelling.is_common_word(name.removesuffix("'s").removesuffix("’s"))))


def _districts(text: str, index: SentenceIndex, about_person: list[bool],
               people: list[tuple[int, int]]) -> list[Place]:
    """"in the Creggan", "on the Shankill": in a sentence about a person, a name after "the"
    that is no everyday word, organisation, region, people or month."""
    found: list[Place] = []
    if not any(about_person):
        return found  # each is in a sentence about a person
    for match in _THE_DISTRICT.finditer(text):
        if text[max(0, match.start() - 7):match.start()].rsplit(None, 1)[-1:] not in _BEFORE_THE:
            continue
        name = match.group("name")
        at = index.at(match.start(), match.end())
        if at is None or not about_person[at] or spelling.is_common_word(name) \
                or name in _AREAS or name in _ORGANISATION or name in _CALENDAR \
                or name in _OCCASIONS \
                or name in PEOPLES_WORDS or _overlaps(*match.span("name"), people):
            continue
        found.append(Place(*match.span("name"), "named_place", _MESSAGES["named_place"]))
    return found


def _trimmed(text: str, match: re.Match[str], group: str) -> tuple[int, int] | None:
    """The name's span without leading articles and titles, or None if nothing is left or it
    is an organisation's name."""
    street = group not in match.re.groupindex and "street" in match.re.groupindex
    if street:
        group = "street"
    if group not in match.re.groupindex or match.group(group) is None:
        return match.start(), match.end()
    words = list(re.finditer(r"\S+", match.group(group)))
    while words and words[0].group() in _NOT_PLACE_START:
        if words.pop(0).group() in _TITLES:
            return None  # "Dr Ruth Vale": a person, not a street
    if not words or all(w.group().strip(",") in _CALENDAR for w in words) or \
            " ".join(w.group() for w in words).rstrip(",.;:") in _OCCASIONS:
        return None
    if words[0].group() in _TITLES:
        return None  # "Dame Harriet Vale", "Mrs Ann Green": a person, not a street
    if words[0].group().isupper() and len(words[0].group()) > 1:
        return None  # "SGSAB Business Unit": an organisation
    if all(w.group().strip(",") in _WIDE_AREAS for w in words) or \
            " ".join(w.group() for w in words).rstrip(",.;:") in AREA_PHRASES:
        return None  # "England", "Kent": too wide to locate anyone
    if any(w.group().rstrip("'’s") in (_STREET_NOT_PLACE if street else _ORGANISATION)
           for w in words):
        return None
    if street and match.group().endswith(" Bank") and MESSAGE_FROM.search(
            text, max(0, match.start() - 20), match.start()):
        return None  # "a text from Barclays Bank": a message's sender is a bank, no street
    offset = match.start(group)
    return offset + words[0].start(), offset + words[-1].end()


#: "played for Sunderland", "a fan of Leeds": a town's football club, not where anyone is.
_CLUB_BEFORE = re.compile(r"\b(?:(?:played|plays|playing|signed|signs) (?:\w+ )?for|supported|"
                          r"supports|supporter of|fan of)\s+\Z")
#: "the family court sitting in Leeds": where a court sits is no one's home.
_COURT_SEAT_BEFORE = re.compile(
    r"\b[Cc]ourts?\s+(?:(?:sitting|sat|sits|based|held)\s+)?(?:in|at)\s+\Z")


def _settlements(text: str, start: int, end: int, people: list[tuple[int, int]]) -> list[Place]:
    places = gazetteer()
    found: list[Place] = []
    for match in matches_at(_RUN, text, WORD_CAPITAL, start, end):
        words = match.group().split(" ")
        if any(w in _WIDE_AREAS for w in words) or (
                len(words) > 1 and any(w in AREA_TOWNS for w in words)):
            continue  # "Neath Port Talbot": a county borough, the area a partnership serves
        for size in range(min(4, len(words)), 0, -1):
            hit = False
            for first in range(0, len(words) - size + 1):
                name = " ".join(words[first:first + size])
                if size == 1:  # "Kendal's": the town; "Lewes", "Inverness" keep their "s"
                    name = name.removesuffix("'s").removesuffix("’s")
                if name not in places and name.rstrip(",") not in places and (
                        "-" not in name or name.replace("-", " ") not in places):
                    continue
                offset = match.start() + len(" ".join(words[:first])) + (1 if first else 0)
                stop = offset + len(name)
                if name in _WIDE_AREAS or name in _OCCASIONS or (
                        first and words[first - 1] in _LANDFORMS) or (
                        name in _CALENDAR and not _month_town(text, start, offset, stop)):
                    continue  # "Loch Leven", "River Wear": water or a hill, not the town
                if _ORG_AFTER.match(text[stop:stop + 40]) or _overlaps(offset, stop, people) \
                        or _COURT_SEAT_BEFORE.search(text, max(start, offset - 30), offset) \
                        or is_vehicle(text, offset, stop) \
                        or _CLUB_BEFORE.search(text, max(start, offset - 24), offset) \
                        or NAMED_LAW_AFTER.match(text[stop:stop + 14]):
                    continue
                if spelling.is_common_word(name) and not _LOCATIVE_BEFORE.search(
                        text[max(start, offset - 12):offset]) and not _TOWNSPERSON.match(
                        text, stop) and not _listed_with_towns(text, start, offset, stop):
                    continue  # "Street", "March", "Hope": a word first, a place only after "in"
                if offset == start and spelling.is_common_word(words[0]):
                    continue
                found.append(Place(offset, stop, "settlement", _MESSAGES["settlement"]))
                hit = True
            if hit:
                break
    return found


#: "They lived in March for two years", "moved to March": a town named like a month, where
#: someone lived or moved to, with no day or year after it ("moved in March 2019" is a date).
_LIVED_IN_A_MONTH = re.compile(
    r"\b(?:lived|living|lives|live|grew up|settled|housed|rehoused|resettled)\s+in\s+\Z|"
    r"\b(?:moved|moving|move|relocated|relocating|rehoused|returned)\s+(?:back\s+)?"
    r"(?:to|near)\s+\Z")
_DATE_AFTER = re.compile(r"\s*(?:\d|of\b|and\s+[A-Z]|or\s+[A-Z]|last\b|this\b|next\b)")


def _month_town(text: str, start: int, offset: int, stop: int) -> bool:
    return _LIVED_IN_A_MONTH.search(text, max(start, offset - 30), offset) is not None \
        and _DATE_AFTER.match(text, stop) is None


def _listed_with_towns(text: str, start: int, offset: int, stop: int) -> bool:
    """A town between others in a list ("Newtownards, Comber and finally Portaferry")."""
    places = gazetteer()
    before = _LISTED_BEFORE.search(text, max(start, offset - 40), offset)
    after = _LISTED_AFTER.match(text[stop:stop + 40])
    return any(m is not None and m.group("town") in places
               and not spelling.is_common_word(m.group("town")) for m in (before, after))


def _places_in_an_area(text: str, start: int, end: int) -> list[Place]:
    """"in Craigneuk, North Lanarkshire": a place the gazetteer may not hold, set in its
    county."""
    found = []
    for match in _IN_AN_AREA.finditer(text, start, end):
        words = match.group("name").replace("-", " ").split()
        if match.group("area") not in _AREAS or any(
                w in _WIDE_AREAS or w in _ORGANISATION or w in _CALENDAR for w in words):
            continue
        found.append(Place(match.start("name"), match.end("name"), "named_place",
                           _MESSAGES["named_place"]))
    return found


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def _longest(found: list[Place]) -> list[Place]:
    result: list[Place] = []
    for place in sorted(found, key=lambda p: (p.start, -(p.end - p.start))):
        if result and place.start < result[-1].end:
            continue
        result.append(place)
    return result


_MESSAGES = {
    "settlement": "a town or village near a person in the case",
    "estate": "a named housing estate",
    "site": "a named caravan, holiday or Travellers' site",
    "street": "a street, house or flat",
    "named_place": "a named place where a person lived or was",
}
