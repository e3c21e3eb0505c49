"""What a run of capitalised words says by its own words alone: given names, everyday words,
titles, and whether ``people._classify`` can find anyone in it wherever it stands.

Agency names, months and everyday words at a sentence's start come back in every record, so
the verdict on a run's words is kept per run (``run_verdict``): a run that names no one by
its words is passed over without reading what stands around it.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from .. import resources
from . import spelling
from .community import PEOPLES_WORDS
from .datetext import MONTHS, WEEKDAYS
from .language import strip_accents
from .people_context import _WORD
from .people_cues import SURNAME_WORDS, VALEDICTIONS
from .people_words import (
    FAMILY_TITLES,
    NATIONAL_BODIES,
    OCCASIONS,
    ORGANISATION_WORDS,
    PLAIN_TITLES,
    PROFESSIONAL_TITLES,
)
from .welsh_words import WELSH_NAME_PARTICLES

_PARTICLE = rf"(?:de|van|von|der|den|da|di|du|le|la|bin|ibn|al|el|{'|'.join(WELSH_NAME_PARTICLES)})"
_TOKEN = re.compile(rf"{_WORD}|and|{_PARTICLE}")

_CALENDAR = frozenset(MONTHS + WEEKDAYS) | OCCASIONS
_PLAIN = frozenset(PLAIN_TITLES)
_PROFESSIONAL_TITLE = frozenset(PROFESSIONAL_TITLES)
_FAMILY_TITLE = frozenset(FAMILY_TITLES)
_TITLES = _PLAIN | _PROFESSIONAL_TITLE | _FAMILY_TITLE
_ORGANISATION = frozenset(ORGANISATION_WORDS)
_STRONG_ORGANISATION = frozenset(
    "Council Councils Police Constabulary Trust Trusts Board Boards Partnership Partnerships "
    "Service Services Society Association Commission Panel Government Office Department "
    "Ministry University College School Schools Academy Hospital Hospitals NHS Authority "
    "Committee Team Unit Centre Center Group Network Foundation Charity Safeguarding Agency "
    "Institute Company Ltd Limited Homes Surgery Practice Clinic Club".split())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    lines = resources.read_text("data", "first-names.txt").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


#: "Lily-Mae", "Ruby-Rose", "Tayla-Mae": two given names joined, no dictionary's word.
_GIVEN_COMPOUND = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
#: "D'Marcus", "Ja'Niyah": the given name after the apostrophe.
_APOSTROPHE_PREFIX = re.compile(r"[A-Z][a-z]?['’](?=[A-Z])")


def _given_compound(bare: str) -> bool:
    return _GIVEN_COMPOUND.fullmatch(bare) is not None \
        and bare.rsplit("-", 1)[1] in first_names()


def _common(word: str) -> bool:
    bare = _bare(word)
    return not _given_compound(bare) and spelling.is_common_word(bare.split("-")[0])


def is_given_name(word: str) -> bool:
    """A given name in the shipped list ("Ceri", "Kayla")."""
    return _is_first_name(word)


@lru_cache(maxsize=65_536)
def _is_first_name(word: str) -> bool:
    bare = strip_accents(_bare(word))
    prefix = _APOSTROPHE_PREFIX.match(bare)
    if prefix is not None and prefix.group() not in ("O'", "O’"):
        bare = bare[prefix.end():]
    return bare in first_names() or bare.split("-")[0] in first_names() \
        or _given_compound(bare)


@lru_cache(maxsize=65_536)
def _everyday(word: str) -> bool:
    """An everyday word ("Section", "Board") that is not also a given name."""
    return _common(word) and not _is_first_name(word)


@lru_cache(maxsize=65_536)
def _everyday_opener(word: str) -> bool:
    """A word that opening a sentence alone names no one: an everyday word, not a title."""
    bare = _bare(word)
    return bare not in _TITLES and _everyday(bare)


class Verdict(Enum):
    """What a run's words alone tell ``people._classify``."""

    NO_ONE = "no one, wherever it stands"  # "July", "The Board", "Irish"
    NO_ONE_UNLESS_NICKNAMED = "no one, unless a nickname's cue stands before it"
    READ_CONTEXT = "what stands around it decides"


@lru_cache(maxsize=65_536)
def run_verdict(run: str, sentence_start: bool) -> Verdict:
    """Whether ``people._classify`` finds no one in ``run`` (a ``people._RUN`` match; at a
    sentence's start or not) by its words alone. It follows ``_classify``: the titles are
    peeled off the same way, and a run is NO_ONE only where ``_classify`` returns None before
    any test that could name someone reads the context (NO_ONE_UNLESS_NICKNAMED: before
    only a nickname's cue could)."""
    words = [(w.start(), w.group()) for w in _TOKEN.finditer(run)]
    titles: list[str] = []
    title_at = [i for i, (_, w) in enumerate(words[:-1]) if _bare(w) in _PROFESSIONAL_TITLE]
    if title_at:
        titles += [_bare(w) for _, w in words[:title_at[-1] + 1]]
        words = words[title_at[-1] + 1:]
    while words:
        word = _bare(words[0][1])
        if word.startswith("Great-") and word.removeprefix("Great-") in _FAMILY_TITLE:
            word = word.removeprefix("Great-")
        if word in _PLAIN or word in _PROFESSIONAL_TITLE or word in _FAMILY_TITLE or (
                word == "Baby" and len(words) > 1 and _is_first_name(words[1][1])):
            titles.append(word)
            words.pop(0)
            continue
        if word == "and" or (words[0][0] == 0 and sentence_start and _everyday(word)):
            words.pop(0)
            continue
        if len(words) > 1 and word in _CALENDAR:
            return Verdict.READ_CONTEXT  # "On 3rd May Kelsey": a date's month, or a name
        break
    if not words:
        return Verdict.READ_CONTEXT  # a title alone may be a pet's name ("called Major")
    core = [_bare(w) for _, w in words if w != "and"]
    if all(w in _CALENDAR for w in core) or (
            len(core) == 1 and core[0] in PEOPLES_WORDS and not titles) or (
            not titles and " ".join(core) in NATIONAL_BODIES) or (
            sentence_start and len(core) == 1 and core[0] in VALEDICTIONS):
        return Verdict.NO_ONE  # a month, a people, a charity, a letter's closing
    if len(core) <= 2 and not titles and _is_first_name(core[0]):
        return Verdict.READ_CONTEXT  # "me and Lewis went"
    unless_nicknamed = Verdict.NO_ONE_UNLESS_NICKNAMED \
        if not titles and not sentence_start and len(core) <= 2 else Verdict.NO_ONE
    if not titles and all(_everyday(w) for w in core):  # everyday words: a pet, or no one
        return Verdict.READ_CONTEXT if not sentence_start and len(core) == 1 \
            else unless_nicknamed
    organisation = [w for w in core if w in _ORGANISATION]
    named = titles or (len(core) == 2 and _is_first_name(core[0]) and not _common(core[0])
                       and set(organisation) <= SURNAME_WORDS)
    if organisation and not (named and not set(organisation) & _STRONG_ORGANISATION):
        return unless_nicknamed  # "Fenmoor Borough Council's"
    return Verdict.READ_CONTEXT
