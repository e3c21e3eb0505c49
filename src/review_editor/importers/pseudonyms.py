"""The pseudonyms a page uses for the people a review is about.

Reviews name their subjects with a role and a letter ("Child X", "Baby Y", "Adult Q",
"Mr BB", "Mrs.Z", "the Z Family"), or with a first name chosen for the review, which the page
introduces ("referred to as Stephen", "known as 'Holly'", "'Maya' is a pseudonym") or puts
after the review's kind ("SCR Matthew", "Discretionary SAR 'Holly'"). A reference such as
"CPR FLINT 2" or "CYSUR 4 2019" is not a pseudonym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..model.vocab import SubjectRole
from .result import Confidence

_ROLE_LETTER = re.compile(
    r"\b(?P<role>Baby|Child|Children|Infant|Young Person|Adult|Mr|Mrs|Ms|Miss|Mother|Father|"
    r"Sibling|Person|Family|Oedolyn|Plentyn|Babi|Person Ifanc)\s+(?P<letter>[A-Z]{1,2}\d?)\b"
    r"(?![’'][a-rt-z])(?!\.\w)")
#: A report's cover in capitals: "CHILD M", "BABY T", "ADULT K" on a line of its own.
_COVER_ROLE_LETTER = re.compile(r"^[ \t]*(?P<role>BABY|CHILD|INFANT|YOUNG PERSON|ADULT|OEDOLYN|"
                                r"PLENTYN|BABI|PERSON IFANC)\s+(?P<letter>[A-Z]{1,2}\d?)[ \t]*$",
                                re.MULTILINE)
#: An honorific with a stop or quotes before the letter, as reports write them ("Mrs.Z",
#: "Mrs. ‘Z’", "Mr. 'G'"); not an initial before a surname ("Mrs. J. Smith").
_TITLED_LETTER = re.compile(r"\b(?P<role>Mr|Mrs|Ms|Miss)(?:\.\s*[‘'\"“]?|\s*[‘'\"“])"
                            r"(?P<letter>[A-Z]{1,2})\b(?!\.?\s*[A-Z][a-z])")
_LETTER_FAMILY = re.compile(r"\b(?P<the>[Tt]he\s+)?(?P<letter>[A-Z])\s+Family\b")
_QUOTE = "['‘’\"“”`]"
_NAME = r"[A-Z][a-z]{2,15}(?:[- ][A-Z][a-z]{2,15})?"
_INTRODUCED = re.compile(
    rf"\b(?:referred to as|known as|called|named|the pseudonym|pseudonym of|given the name)\s+"
    rf"{_QUOTE}?(?P<name>{_NAME}){_QUOTE}?(?=[\s,.;:)]|$)")
_MARKED = re.compile(rf"\b(?P<name>(?:(?:Child|Baby|Adult|Young Person)\s+)?{_NAME})\s*"
                     r"\((?:a\s+)?pseudonym\)")
_BRACKETED = re.compile(rf"\b(?:report|review|DHR|SAR|CSPR)\s*\((?P<name>{_NAME})\)")
_IS_PSEUDONYM = re.compile(rf"{_QUOTE}?(?P<name>{_NAME}){_QUOTE}?\s*(?:\(not (?:her|his|their) "
                           rf"real name\)\s+)?(?:is|,)\s*(?:a|the)\s+pseudonym")
#: A quoted first name after the words that say whom a review is about ("the death of
#: ‘Marcella’", "the review for ‘Ellen’"): the quotes mark the name the review chose.
_QUOTED_SUBJECT = re.compile(
    rf"\b(?:death of|deaths of|murder of|killing of|for|in respect of|concerning|regarding|"
    rf"about|into)\s+[‘'\"“`](?P<name>{_NAME})[’'\"”`](?=[\s,.;:)]|$)")
_AFTER_KIND = re.compile(
    rf"\b(?:SCR|SAR|L?CSPR|DHR|DARDR|Review|Practice Review|Serious Case Review|Safeguarding "
    rf"Adults? Review|Domestic Homicide Review)\s*(?:[-–—:]\s*|\s(?:in respect of|"
    rf"into the death of|concerning|regarding)\s+)?(?P<q>{_QUOTE})?"
    rf"(?P<name>{_NAME})(?(q){_QUOTE}|(?=\s*(?:$|[.,;:)(–—-]|\s(?:on|was|is|has|published|"
    rf"report|overview|summary|learning|executive|final|into|here|podcast|transcript|"
    rf"briefing|brief|video|slides|easy|action|and)\b)))")
#: Capitalised words that follow a review's kind but are not names.
NOT_NAMES = frozenset("""Report Reports Overview Summary Executive Final Learning Briefing Brief
    Panel Framework Protocol Process Policy Procedure Procedures Guidance Action Plan Findings
    Recommendations Published Publication Referral Referrals Criteria Team Group Subgroup
    Committee Toolkit Update Updates Response Letter Introduction Background Chair Terms Peer
    The This That These Those Into For From With About What When Where Why How Case Cases
    Reviews Review Family Children Child Adults Adult Safeguarding Practice National Local
    Thematic Rapid Serious Domestic Homicide Annual January February March April May June July
    August September October November December Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Concise Extended Multi Agency Board Partnership Reviewer Author Appendix
    Template Form Easy Read Podcast Video Slides Webinar Event Conference Statement""".split())
#: Themes a review's title may end with ("Thematic SAR – Self Neglect"): not a person's name.
_THEME_WORDS = frozenset("""Self Neglect Abuse Exploitation Suicide Hoarding Homelessness
    Violence Harm Mental Health
    Drug Drugs Alcohol Substance Misuse Criminal Sexual Online Safety Disability Disabilities
    Analysis Transcript Themes Theme Cross Boundary Older People Care Home Homes""".split())
#: Months are names too ("SAR June"), but only where a headline ends with one.
_MONTH_NAMES = frozenset("""January February March April May June July August September
    October November December""".split())
#: A role before a first name chosen for the review: "Baby Eve", "Child Amira".
_ROLE_NAME = re.compile(r"\b(?P<role>Baby|Child|Adult)\s+(?P<name>[A-Z][a-z]{2,15})\b(?![-‐])")
#: A first name owning the people and things a review is about ("Marcella’s mother",
#: "Jo’s death"): on a page about one review, the subject's pseudonym.
_POSSESSED = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,15})['’]s\s+(?:mother|father|parents?|family|children|child|"
    r"sons?|daughters?|partner|husband|wife|sisters?|brothers?|grandmother|grandfather|carers?|"
    r"death|life|story|experiences?|needs|wishes|views|voice|words|killer|murder|home)\b")
_ROLES = {"baby": SubjectRole.child, "child": SubjectRole.child, "children": SubjectRole.child,
          "infant": SubjectRole.child, "young person": SubjectRole.child,
          "adult": SubjectRole.adult, "family": SubjectRole.family_member,
          "mother": SubjectRole.family_member, "father": SubjectRole.family_member,
          "sibling": SubjectRole.family_member,
          # Welsh: "Oedolyn A" (an adult), "Plentyn B" (a child), "Babi C", "Person Ifanc D"
          "oedolyn": SubjectRole.adult, "plentyn": SubjectRole.child, "babi": SubjectRole.child,
          "person ifanc": SubjectRole.child}


@dataclass(frozen=True)
class FoundPseudonym:
    pseudonym: str
    role: SubjectRole | None
    evidence: str
    start: int  # in the text searched
    end: int
    confidence: Confidence


def find_pseudonyms(text: str) -> list[FoundPseudonym]:
    """Every pseudonym the text uses, each once, in the order first used."""
    found: list[FoundPseudonym] = []
    for match in _ROLE_LETTER.finditer(text):
        role = _ROLES.get(match["role"].lower())
        found.append(FoundPseudonym(match.group(), role, match.group(), match.start(),
                                    match.end(), "high"))
    for match in _TITLED_LETTER.finditer(text):
        found.append(FoundPseudonym(f"{match['role']} {match['letter']}", None, match.group(),
                                    match.start(), match.end(), "high"))
    for match in _COVER_ROLE_LETTER.finditer(text):
        role_words = match["role"].title()
        found.append(FoundPseudonym(f"{role_words} {match['letter']}",
                                    _ROLES.get(role_words.lower()), match.group().strip(),
                                    match.start("role"), match.end(), "high"))
    for match in _LETTER_FAMILY.finditer(text):
        name = f"{'The ' if match['the'] else ''}{match['letter']} Family"
        found.append(FoundPseudonym(name, SubjectRole.family_member, match.group(),
                                    match.start(), match.end(), "high"))
    for pattern, confidence in ((_INTRODUCED, "high"), (_IS_PSEUDONYM, "high"),
                                (_MARKED, "high"), (_QUOTED_SUBJECT, "high"),
                                (_AFTER_KIND, "medium"), (_BRACKETED, "medium")):
        for match in pattern.finditer(text):
            name = match["name"]
            quoted = bool(match.groupdict().get("q")) or pattern is _QUOTED_SUBJECT
            own = re.sub(r"^(?:Child|Baby|Adult|Young Person)\s+", "", name)
            ends_line = pattern is _AFTER_KIND and not text[match.end():].strip()
            if ends_line and own in _MONTH_NAMES:
                pass  # "SAR June" as a headline: a month ending it is a name
            elif not quoted and any(_not_a_name(word) for word in re.split(r"[- ]", own)):
                continue  # a quoted name is a name, even "June"
            found.append(FoundPseudonym(name, None, match.group(), match.start("name"),
                                        match.end("name"), confidence))  # type: ignore[arg-type]
    for match in _POSSESSED.finditer(text):
        name = match["name"]
        if name in NOT_NAMES or name not in _first_names() \
                or re.search(r"[A-Z][\w’'-]*\s+$|\w[-‐]$", text[:match.start()]):
            continue  # not a first name, a surname ("Dawn Bowden's"), or a name's second part
        found.append(FoundPseudonym(name, None, match.group(), match.start(), match.end("name"),
                                    "medium"))
    for match in _ROLE_NAME.finditer(text):
        name = match["name"]
        if name in NOT_NAMES or name not in _first_names():
            continue  # "Child Protection", "Adult Social Care": no first name
        found.append(FoundPseudonym(match.group(), _ROLES.get(match["role"].lower()),
                                    match.group(), match.start(), match.end(), "medium"))
    found.sort(key=lambda item: item.start)
    unique: list[FoundPseudonym] = []
    for item in found:
        if any(_overlaps(item, kept) or item.pseudonym == kept.pseudonym for kept in unique):
            continue
        unique.append(item)
    return unique


def cover_subject_line(text: str) -> bool:
    """Whether ``text`` is a report cover's subject line in capitals ("CHILD M")."""
    return _COVER_ROLE_LETTER.fullmatch(text.strip()) is not None


def _not_a_name(word: str) -> bool:
    """A word that names a thing, not a person: one of the words above, or its plural
    ("SCR Publications", "SAR Updates", "DHR Policies")."""
    singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word.removesuffix("s")
    return any(form in NOT_NAMES or form in _THEME_WORDS for form in (word, singular))


def is_first_name(word: str) -> bool:
    """Whether ``word`` is in the shipped list of first names."""
    return word in _first_names()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    lines = resources.read_text("data", "first-names.txt").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _overlaps(a: FoundPseudonym, b: FoundPseudonym) -> bool:
    return a.start < b.end and b.start < a.end
