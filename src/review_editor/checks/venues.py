"""Pubs named where drinking is described, and court cases named after a person (C1.5, C1.1).

A pub is rarely called a pub: "drank at the Fox and Hounds", "the landlord of the Black Bull".
In a sentence about drinking or a bar, "the" before a capitalised name ending in a word pubs
are named after, or joining two names with "and", marks a pub. A case name such as "R v
Dempsey" or "Wealdmoor Council v Lowther" names the defendant or the parent.
"""

from __future__ import annotations

import re

from .people_words import ORGANISATION_WORDS, PROFESSIONAL_TITLES
from .sentence_index import SentenceIndex

#: Words a sentence about a pub holds: the pattern runs only on those sentences.
_DRINKING = frozenset(
    "pub pubs landlord landlady licensee publican bar barmaid barman bartender drank drinking "
    "drinks pint pints inn lock-in".split())
#: Last words of pub names ("the Red Lion", "the Royal Oak", "the Dog and Gun").
_PUB_NOUNS = frozenset(
    "Lion Bull Hart Oak Head Heads Arms Inn Tavern Anchor Crown Hounds Horse Horses Swan "
    "Plough Bell Bells Star Ship Cross Feathers Greyhound Fox Eagle Falcon Boar Bear Stag "
    "Harrow Wheatsheaf Mitre Angel Volunteer Woolpack Packhorse Cock Hen Ram Lamb Pheasant "
    "Unicorn Dragon Griffin Globe Sun Moon Chequers Compasses Keys Sailor Fisherman Huntsman "
    "Ploughman Drovers Dolphin Mermaid George Fleece Beehive Blacksmiths Vaults Grapes Bush "
    "Hare Hound Buck Talbot Sportsman Cricketers Tap Barrel Horseshoe Wagon Waggon Goat Vine "
    "Thistle Rose Harp Pelican Peacock Gun Magpie Crow Raven Owl Kestrel Wren Bull's Cheese "
    "Coach Castle Railway Mill Junction Ale Jug Tankard Brewery".split())
_PUB = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][\w'’]+(?:\s+(?:and|&)\s+[A-Z][\w'’]+|\s+[A-Z][\w'’]+){0,3})")
_ORGANISATIONS = frozenset(ORGANISATION_WORDS) - _PUB_NOUNS

_CASE_WORDS = frozenset({"v", "vs"})
_CAP = r"[A-Z][\w'’-]*"
#: "R v Dempsey", "R v Bostock and Hale", "Wealdmoor County Council v Lowther".
_CASE_NAME = re.compile(
    rf"(?:\b(?:R|Regina|Rex|HMA|HM Advocate|{_CAP}(?:\s+(?:{_CAP}|of|and)){{0,5}}))\s+vs?\.?\s+"
    rf"(?P<party>(?:the\s+)?[A-Z][a-z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][a-z][\w'’-]*|"
    rf"\s+[A-Z][a-z][\w'’-]*){{0,3}})")
_NOT_A_PARTY = frozenset(ORGANISATION_WORDS) | frozenset(PROFESSIONAL_TITLES) | {
    "Secretary", "State", "Crown", "Regina", "Rex", "United", "Kingdom", "Home", "The"}


def find_pubs(text: str, index: SentenceIndex) -> list[tuple[int, int]]:
    """(start, end) of each pub's name in a sentence about drinking."""
    found = []
    for at in index.with_any(_DRINKING):
        for match in _PUB.finditer(text, *index.spans[at]):
            words = re.findall(r"[\w'’]+", match.group("name"))
            names = [w for w in words if w not in ("and",)]
            if any(w in _ORGANISATIONS for w in names):
                continue
            if names[-1] in _PUB_NOUNS or " and " in match.group("name") \
                    or " & " in match.group("name"):
                found.append((match.start("name"), match.end("name")))
    return found


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
