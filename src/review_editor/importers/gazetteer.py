"""The UK's safeguarding partnerships, boards and committees, from the shipped list.

``resources/data/partnerships.json`` is kept by hand: each entry has its current name, former
names (an LSCB that became an LSCP), other names in use, its short name, type, nation and
area. ``find_partnerships`` finds any of those names in a text, whatever its case, "&" or
"and", apostrophes, hyphens or a leading "The"; a short name ("SBNI") counts only when it
is written in capitals and names one partnership, or one whose area the text also names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .. import resources

Nation = Literal["england", "wales", "scotland", "northern_ireland", "uk"]
NameKind = Literal["name", "also_known_as", "former_name", "short_name"]


@dataclass(frozen=True)
class Partnership:
    name: str
    type: str  # the record's publisher_type
    nation: Nation
    area: str | None = None
    short_name: str | None = None
    former_names: tuple[str, ...] = ()
    also_known_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartnershipMention:
    partnership: Partnership
    text: str  # as the page writes it
    start: int
    end: int
    name_kind: NameKind


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|&")
#: Words run together where a page lost a space ("DurhamSafeguarding", "SaferMK") are split
#: where a small letter meets a capital.
_GLUED = re.compile(r"[^a-z]*[a-z0-9'’&]+|.+")
_DROPPED = frozenset({"the", "of"})
_PLURALS = {"adults": "adult", "childrens": "children", "children's": "children",
            "children’s": "children", "boards": "board", "partnerships": "partnership",
            # Welsh mutates a word's first letter after some words: "gan Fwrdd Diogelu".
            "fwrdd": "bwrdd", "mwrdd": "bwrdd", "gomisiynydd": "comisiynydd",
            "chomisiynydd": "comisiynydd", "nghomisiynydd": "comisiynydd"}


def _norm_token(token: str) -> str | None:
    word = token.lower()
    if word == "&":
        return "and"
    if word in _DROPPED:
        return None
    word = _PLURALS.get(word, word)
    return re.sub(r"['’]s$", "", word)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised words with where each starts and ends in ``text``."""
    found = []
    for match in _TOKEN.finditer(text):
        for part in _GLUED.finditer(match.group()):
            word = _norm_token(part.group())
            if word:
                found.append((word, match.start() + part.start(), match.start() + part.end()))
    return found


def _key(name: str) -> tuple[str, ...]:
    return tuple(word for word, _start, _end in _tokens(name))


@dataclass(frozen=True)
class _Index:
    names: dict[tuple[str, ...], tuple[Partnership, NameKind]]
    #: A name's first word → the lengths (in words) of the names it starts, longest first:
    #: most words start none, and are passed over at once.
    lengths: dict[str, tuple[int, ...]]
    short_names: dict[str, list[Partnership]]
    areas: dict[str, list[Partnership]]  # a lower-cased area word → partnerships there


@lru_cache(maxsize=1)
def partnerships() -> tuple[Partnership, ...]:
    data = json.loads(resources.read_text("data", "partnerships.json"))
    return tuple(Partnership(
        name=entry["name"], type=entry["type"], nation=entry["nation"], area=entry.get("area"),
        short_name=entry.get("short_name"), former_names=tuple(entry.get("former_names", ())),
        also_known_as=tuple(entry.get("also_known_as", ()))) for entry in data["partnerships"])


@lru_cache(maxsize=1)
def _index() -> _Index:
    names: dict[tuple[str, ...], tuple[Partnership, NameKind]] = {}
    short: dict[str, list[Partnership]] = {}
    areas: dict[str, list[Partnership]] = {}
    for entry in partnerships():
        kinds: list[tuple[str, NameKind]] = [(entry.name, "name")]
        kinds += [(name, "also_known_as") for name in entry.also_known_as]
        kinds += [(name, "former_name") for name in entry.former_names]
        for name, kind in kinds:
            key = _key(name)
            if len(key) >= 2 or (key and name.isupper()):
                names.setdefault(key, (entry, kind))  # the first listed keeps a shared name
            if entry.type != "other":
                for variant in _welsh_board_variants(key):
                    names.setdefault(variant, (entry, "also_known_as"))
        if entry.short_name:
            short.setdefault(entry.short_name, []).append(entry)
        for word in re.findall(r"[A-Z][a-z]{3,}", entry.area or ""):
            areas.setdefault(word.lower(), []).append(entry)
    lengths: dict[str, set[int]] = {}
    for key in names:
        lengths.setdefault(key[0], set()).add(len(key))
    return _Index(names, {word: tuple(sorted(found, reverse=True))
                                   for word, found in lengths.items()}, short, areas)


def _welsh_board_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A Welsh regional board's name for its children's and adults' boards: "Bwrdd Diogelu
    Gogledd Cymru" was also "Bwrdd Diogelu Plant Gogledd Cymru" and "Bwrdd Diogelu Oedolion
    Gogledd Cymru", as its English former names were the children's and adults' boards."""
    if key[:2] != ("bwrdd", "diogelu") or len(key) < 3 or key[2] in ("plant", "oedolion"):
        return []
    area = key[3:] if key[2] == "rhanbarthol" else key[2:]
    return [("bwrdd", "diogelu", group, *area) for group in ("plant", "oedolion")]


def find_partnerships(text: str) -> list[PartnershipMention]:
    """Every listed partnership named in ``text``, longest names first where they overlap."""
    return list(_mentions(text))


@lru_cache(maxsize=64)  # the publisher's finders read the same paragraphs again and again
def _mentions(text: str) -> tuple[PartnershipMention, ...]:
    index = _index()
    tokens = _tokens(text)
    words_in_order = [word for word, _s, _e in tokens]
    found: list[PartnershipMention] = []
    position = 0
    while position < len(tokens):
        for length in index.lengths.get(words_in_order[position], ()):
            if length > len(tokens) - position:
                continue
            key = tuple(words_in_order[position:position + length])
            hit = index.names.get(key)
            if hit is None:
                continue
            start, end = tokens[position][1], tokens[position + length - 1][2]
            found.append(PartnershipMention(hit[0], text[start:end], start, end, hit[1]))
            position += length
            break
        else:
            position += 1
    taken = [(m.start, m.end) for m in found]
    words = {word for word, _s, _e in tokens}
    for short, entries in index.short_names.items():
        for match in re.finditer(rf"\b{re.escape(short)}\b", text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            entry = _one_partnership(entries, words, found)
            if entry is not None and not _corroborated(entry, words, found):
                entry = None
            if entry is not None:
                found.append(PartnershipMention(entry, short, match.start(), match.end(),
                                                "short_name"))
    return tuple(sorted(found, key=lambda m: m.start))


#: Longer than any listed name with its abbreviation (the longest is under 90 characters).
MAX_NAME_LINE = 200

_NATIONWIDE = frozenset({"England", "Wales", "Scotland", "Northern Ireland", "England and Wales"})


def _corroborated(entry: Partnership, words: set[str], named: list[PartnershipMention]
                  ) -> bool:
    """A short name stands for a local body only beside its full name or its area's name."""
    if entry.area in _NATIONWIDE or any(m.partnership is entry for m in named):
        return True
    return any(word.lower() in words for word in re.findall(r"[A-Z][a-z]{3,}", entry.area or ""))


def _one_partnership(entries: list[Partnership], words: set[str],
                     named: list[PartnershipMention]) -> Partnership | None:
    """The partnership a short name stands for here, or None if it could be several."""
    if len(entries) == 1:
        return entries[0]
    for mention in named:
        if mention.partnership in entries:
            return mention.partnership
    local = [entry for entry in entries
             if any(word.lower() in words for word in re.findall(r"[A-Z][a-z]{3,}",
                                                                  entry.area or ""))]
    return local[0] if len(local) == 1 else None


_NATION_WORDS: list[tuple[Nation, re.Pattern[str]]] = [
    ("wales", re.compile(r"\b(?:Wales|Welsh|Cymru|Social Services and Well[- ]?being \(Wales\)|"
                         r"Flintshire|Wrexham|Gwynedd|Conwy|Denbighshire|Anglesey|Ceredigion|"
                         r"Pembrokeshire|Carmarthenshire|Powys|Swansea|Neath Port Talbot|"
                         r"Bridgend|Glamorgan|Cardiff|Rhondda|Merthyr|Caerphilly|Blaenau Gwent|"
                         r"Torfaen|Monmouthshire|Gwent|Cwm Taf)\b")),
    ("scotland", re.compile(r"\b(?:Scotland|Scottish|Police Scotland|Care Inspectorate(?! Wales)|"
                            r"Adult Support and Protection|Child Protection Committee|"
                            r"Highland|Aberdeen|Dundee|Edinburgh|Glasgow|Lanarkshire|Ayrshire|"
                            r"Lothian|Fife|Renfrewshire|Dunbartonshire|Inverclyde)\b")),
    ("northern_ireland", re.compile(r"\b(?:Northern Ireland|SBNI|PSNI|HSC Trust|"
                                    r"Belfast)\b")),
]


def nation_from_text(text: str) -> Nation | None:
    """The UK nation a text is most about, by its place and body names, if any stand out."""
    counts = {nation: len(pattern.findall(text)) for nation, pattern in _NATION_WORDS}
    nation, count = max(counts.items(), key=lambda item: item[1])
    others = sum(counts.values()) - count
    return nation if count and count > others else None


def lookup(name: str) -> Partnership | None:
    """The listed partnership known by ``name`` (current, former or other name), if any."""
    hit = _index().names.get(_key(name))
    return hit[0] if hit else None


def all_names(name: str) -> list[str]:
    """Every name of the partnership known by ``name``: current first, then former, then others."""
    entry = lookup(name)
    if entry is None:
        return []
    return [entry.name, *entry.former_names, *entry.also_known_as]


def whole_name(text: str) -> PartnershipMention | None:
    """The partnership when ``text`` is nothing but its name (a site's name line)."""
    stripped = re.sub(r"\s*\([A-Z]{2,10}\)$", "", text.strip().strip(".:|–—-").strip())
    if len(stripped) > MAX_NAME_LINE:
        return None  # far longer than any name: a paragraph, not a name line
    for mention in find_partnerships(stripped):
        if mention.start <= 4 and mention.end >= len(stripped) - 1 \
                and mention.name_kind != "short_name":
            return mention
    return None
