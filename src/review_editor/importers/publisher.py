"""Finding the publishing organisation in a page's opening words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.vocab import PublisherType

_ORG = re.compile(
    r"(?P<org>(?:The\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:and|for|of|&)\s+)?){0,7}?"
    r"(?:Partnership|Board|Panel|Partners|Arrangements))\b"
    r"(?:\s*\((?P<short>[A-Z][A-Za-z]{1,9})\))?"
    r"(?:\s+[–—-]\s+(?P<tagline>[A-Z][^,.;:()]{3,100}?))?(?=[,.;:()]|\s+(?:has|have|is|are|"
    r"today|this|will|was|were|publishe[sd]|announce[sd]|release[sd]|launche[sd]|welcome[sd])"
    r"\b|$)")
_PUBLISHES = re.compile(
    r"^[\s,]*(?:\([^)]*\)\s*)?(?:has|have)?\s*(?:today\s+|now\s+|this week\s+)?"
    r"(?:published|publishes|released|releases|launched|launches|announced|announces|"
    r"welcomed|welcomes)\b")
#: Capitalised words that start sentences but are not part of a name.
_LEADING_WORDS = re.compile(r"^(?:(?:Today|Yesterday|Now|Following|Earlier|Last|This|Next|"
                            r"Recently|In|On|Both|All|Each)\s+)+")
_CHILDREN = re.compile(r"safeguard(?:ing)?\s+(?:of\s+)?children|child(?:ren)?(?:'s|’s|s)?\s+"
                       r"safeguarding|safeguarding\s+(?:partnership\s+)?for\s+children|"
                       r"\bLSCB\b|\bL?SCP\b", re.IGNORECASE)
_ADULTS = re.compile(r"safeguarding\s+adults?|adults?\s+safeguarding|\bSAB\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundPublisher:
    name: str
    publisher_type: PublisherType | None
    short_name: str | None
    phrase: str  # the whole phrase as the page writes it, with any tagline
    start: int  # of the phrase in the text searched


def publisher_type(text: str) -> PublisherType | None:
    lowered = text.lower()
    if "practice review panel" in lowered:
        return PublisherType.child_safeguarding_practice_review_panel
    if "community safety" in lowered:
        return PublisherType.community_safety_partnership
    children, adults = _CHILDREN.search(text), _ADULTS.search(text)
    if children and adults:
        return PublisherType.joint_safeguarding_partnership
    if children:
        return PublisherType.safeguarding_children_partnership
    if adults:
        return PublisherType.safeguarding_adults_board
    return None


def find_publisher(texts: list[str], *, publishing_only: bool = False
                   ) -> tuple[int, FoundPublisher] | None:
    """(index of the text, publisher): one that publishes something, else (unless
    ``publishing_only``) the first named."""
    first: tuple[int, FoundPublisher] | None = None
    for index, text in enumerate(texts):
        for match in _ORG.finditer(text):
            found = _found(match)
            if found is None:
                continue
            if _PUBLISHES.match(text[match.end():]):
                return index, found
            if first is None and not publishing_only:
                first = (index, found)
    return first


def _found(match: re.Match[str]) -> FoundPublisher | None:
    name = _LEADING_WORDS.sub("", match["org"]).strip()
    if len(name.split()) < 2 or len(name) > 200:
        return None
    tagline = match["tagline"] or ""
    kind = publisher_type(f"{name} {tagline}")
    return FoundPublisher(name, kind, match["short"], match.group(0).strip(), match.start())


_WHOLE_ORG = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w’'&.,-]*\s+(?:(?:and|for|of|&)\s+)?){1,8}"
    r"(?:Safeguarding\s+(?:Children(?:'s|’s)?\s+|Adults?\s+)?(?:Partnership|Board)|"
    r"(?:Child|Adult|Public)\s+Protection\s+Committee|Community\s+Safety\s+Partnership|"
    r"Safeguarding\s+Adults?\s+Partnership(?:\s+Board)?)(?:\s*\([A-Z]{2,10}\))?$")


def whole_organisation(text: str) -> bool:
    """Whether ``text`` is nothing but a safeguarding body's name (one not in the list)."""
    return bool(_WHOLE_ORG.match(" ".join(text.split())))
