"""Names written in quotation marks: given names typed in lower case in someone's own
words, and nicknames in quotes."""

from __future__ import annotations

import re

from . import spelling
from .name_runs import is_given_name
from .people import PersonName
from .people_cues import NICKNAME_BEFORE, PSEUDONYM_AFTER, PSEUDONYM_BEFORE
from .sentence_index import SentenceIndex

#: "me and jayden walked", "ask jack if": a name typed in lower case in someone's own words.
_LOWER_NAME = re.compile(
    r"\b(?:[Mm]e and|and me and|[Tt]ell|[Aa]sk|with|told|seen|saw)\s+(?P<name>[a-z]{3,12})\b"
    r"(?P<after>\s+(?:and|walked|went|used|was|were|had|said|told|if|got|came|is)\b)?"
    # "im at jordans", "going round kyles": someone's home by their name and an "s"
    r"|\b(?:at|round|to)\s+(?P<home>[a-z]{3,12})(?=s\b)")
_LOWER_TRIGGERS = frozenset({"me", "tell", "ask", "with", "told", "seen", "saw", "at", "round",
                             "to"})
_QUOTES = frozenset("\"“”‘’'")
_QUOTE = re.compile("[\"“”‘’']")
#: An opening quotation mark before a capital: every quoted nickname's pattern holds one.
_QUOTED_CAPITAL = re.compile("[\"“‘'][A-Z]")
#: A name typed in lower case is found only in a sentence holding one of these words and
#: one of these quotation marks.
LOWER_NAME_TRIGGERS, QUOTES = _LOWER_TRIGGERS, _QUOTES


def lower_case_names(text: str, index: SentenceIndex) -> list[tuple[int, PersonName]]:
    """Given names written in lower case inside quotation marks ("me and tiana used to get the
    bus"): an uncommon given name, or a common one ("jack") before a doing or an "if"."""
    found: list[tuple[int, PersonName]] = []
    if _QUOTE.search(text) is None:
        return found
    for at in index.with_any(_LOWER_TRIGGERS):
        s_start, s_end = index.spans[at]
        if _QUOTE.search(text, s_start, s_end) is None:
            continue
        for match in _LOWER_NAME.finditer(text, s_start, s_end):
            group = "name" if match.group("name") else "home"
            name = match.group(group)
            if is_given_name(name.capitalize()) and name not in _LOWER_NOT_NAMES and (
                    not spelling.is_common_word(name) or match.group("after")) and (
                    group == "name" or not spelling.is_common_word(name + "s")):
                found.append((at, PersonName(match.start(group), match.end(group) + (
                    group == "home"), "person")))
    return found


#: Lower-case words that are given names too but in everyday talk are mostly not.
_LOWER_NOT_NAMES = frozenset({"her", "him", "them", "mum", "mam", "dad", "nan", "you", "all",
                              "the", "one", "some", "any", "his", "who", "that", "this"})


#: A nickname in quotes after "known as" or "called", or inside a name ("Darren 'Dazza'
#: Quinn"); the review's own name for someone ("the review calls her 'Ellie'") is not one.
_QUOTED_NICKNAME = re.compile(
    r"\b(?:known|called|calls|call|nicknamed|went by|goes by|name was|name is)\b"
    r"[^.;:\"“”‘’\n]{0,30}?\s[\"“‘'](?P<nick>[A-Z][\w'’ -]{1,24}?)[\"”’'](?![\w])")
_NICKNAME_INSIDE = re.compile(r"[ ][\"“‘'](?P<nick>[A-Z][\w-]{1,20})[\"”’'][ ][A-Z][a-z]")
_NICKNAME_WORDS = frozenset({"known", "called", "calls", "call", "nicknamed", "went", "goes",
                             "name"})


def quoted_nicknames(text: str, index: SentenceIndex,
                     people: list[tuple[int, PersonName]]) -> list[tuple[int, int]]:
    """(start, end) of nicknames in quotes: "known on the street as 'T-Bone'", "called their
    foster carer 'Mama Grace'", "Darren 'Dazza' Quinn"."""
    found = []
    quoted = _QUOTED_CAPITAL.search(text) is not None
    for at in index.with_any(_NICKNAME_WORDS) if quoted else ():
        s_start, s_end = index.spans[at]
        for match in _QUOTED_NICKNAME.finditer(text, s_start, s_end):
            if not PSEUDONYM_BEFORE.search(text, max(s_start, match.start("nick") - 80),
                                            match.start("nick")) \
                    and not PSEUDONYM_AFTER.match(text[match.end():match.end() + 40]):
                found.append(match.span("nick"))
    for _, person in people if quoted else ():
        inside = _NICKNAME_INSIDE.match(text, person.end)
        if inside is not None and person.kind != "professional":
            found.append(inside.span("nick"))
    for at in index.with_any(_CUE_WORDS):
        found += _cued_nicknames(text, *index.spans[at], quoted)
    if not quoted:
        return found
    named = [(p.start, p.end) for _, p in people]
    for match in _NAME_AROUND_A_NICKNAME.finditer(text):
        if is_given_name(match.group("first")) and index.at(*match.span()) is not None \
                and not any(s < match.end() and match.start() < e for s, e in named + found):
            found.append(match.span())  # "Dale 'Tank' Harwood": the whole name
    return found


#: After a nickname's cue ("aka", "known as", "refer to him as"), nicknames no name pattern
#: holds: in quotes, any capitalised form ("AJ", "Big J"; an acronym is not one); bare, a
#: letter or two joined to a word ("D-Man", "K-Dog") or a size before a letter ("Little T").
_QUOTED_AFTER_A_CUE = re.compile(r"(?<=\s)[\"“‘'](?P<nick>[A-Z][\w'’ -]{0,24}?)[\"”’'](?!\w)")
_ODD_NICKNAME = re.compile(
    r"(?<=\s)(?P<nick>[A-Z]{1,2}-[A-Z][a-z]+|(?:Little|Lil|Big|Young|Baby)\s[A-Z])(?![\w'’-])")
_CUE_WORDS = frozenset({"aka", "alias", "nicknamed", "nickname", "name", "knew", "know",
                        "knows", "known", "refer", "refers", "referred", "referring", "went",
                        "goes", "go", "going", "called", "calls", "call", "calling"})


def _cued_nicknames(text: str, s_start: int, s_end: int,
                    quoted: bool) -> list[tuple[int, int]]:
    """Nicknames after a cue in ``text[s_start:s_end]`` (``quoted``: the text holds an opening
    quotation mark before a capital, without which none is in quotes)."""
    found = []
    for pattern, cue_end in ((_QUOTED_AFTER_A_CUE, 1), (_ODD_NICKNAME, 0)) if quoted \
            else ((_ODD_NICKNAME, 0),):
        for match in pattern.finditer(text, s_start, s_end):
            before = text[max(s_start, match.start() - 80):match.start() + cue_end]
            nick = match.group("nick")
            if nick.isupper() and len(nick) > 2:
                continue  # "knew the service as 'MASH'": an acronym
            if NICKNAME_BEFORE.search(before) and not PSEUDONYM_BEFORE.search(before):
                found.append(match.span("nick"))
    return found


#: "Dale 'Tank' Harwood": a given name, a nickname in quotes and a surname, all one name.
_NAME_AROUND_A_NICKNAME = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)[ ][\"“‘'][A-Z][\w-]{1,20}[\"”’'][ ][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


#: "#JusticeForKai", "#RIPLeahMae": a hashtag naming someone.
_HASHTAG = re.compile(r"(?<![\w#&])#(?P<tag>[A-Za-z][A-Za-z0-9_]{3,40})")
_HASHTAG_PART = re.compile(r"[A-Z][a-z]+")


def hashtag_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of hashtags holding a given name that is no everyday word ("#JusticeForKai",
    not "#SaferInternetDay")."""
    if "#" not in text:
        return []
    return [match.span() for match in _HASHTAG.finditer(text)
            if any(is_given_name(part) and not spelling.is_common_word(part)
                   for part in _HASHTAG_PART.findall(match.group("tag")))]
