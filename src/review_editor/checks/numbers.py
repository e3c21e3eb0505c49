"""Reference numbers found by their keyword as well as their shape (C1.6): National Insurance
and NHS numbers beside their names (specimen-like prefixes included), case, crime, court,
file and patient references, and social media names beside a platform."""

from __future__ import annotations

import re
from collections.abc import Callable

from .language import digit_lines, holds_any

_NI = re.compile(
    r"\b(?:National Insurance|NI|NINO)\b(?:\s+(?:number|no\.?|num\.?))?[^.\n]{0,40}?"
    r"(?P<ref>\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Z]?\b)", re.IGNORECASE)
_NHS = re.compile(
    r"\b(?:NHS|CHI|H&C|health and care)\s+(?:number|no\.?)[^.\n]{0,30}?"
    r"(?P<ref>\b\d{3}[ -]?\d{3}[ -]?\d{4}\b)", re.IGNORECASE)
_KEYS = (
    r"case|crime|incident|court|log|file|claim|serial|patient|hospital|pupil|unique "
    r"pupil|URN|UPN|reference|ref\.?|Ofsted|Home Office|CAFCASS|Cafcass|police|tenancy|"
    r"account|docket|warrant|custody|record|CRN|PNC|ID|passport|driving licence|licence|Mosaic|"
    r"LCS|Liquidlogic|SystmOne|EMIS|CareFirst|client|person|child|MARAC|MASH|EHCP|EHC plan|"
    r"housing|benefit|council tax|DWP|Cafcass|CAD|occurrence|STORM|Niche|OEL|LADO|referral|"
    r"IOPC|YJS|YOT|Athena|prison|prisoner|NOMS|HMPPS")
#: The first word of each keyword, in lower case: each stands as a whole word in the text
#: before a number found by its keyword, so a field holding none of them (in any case) has
#: no such number and is not searched for keywords.
_KEY_WORDS = frozenset(re.findall(r"(?:^|\|)(\w+)", _KEYS.lower()))
_KEYWORD_BEFORE = re.compile(
    rf"\b(?P<key>{_KEYS})\b\.?"
    r"(?:,?\s+(?:number|no\.?|ref(?:erence)?\.?|"
    r"reference number|crime number|id))?\s*(?:[:#,(]|was|is|of|as)?\s*(?-i:[A-Z]{1,4}\s+)?\Z",
    re.IGNORECASE)
#: A token holding a digit: a reference when a keyword stands just before it.
_DIGIT_TOKEN = re.compile(
    r"(?<![\w/.-])(?=[A-Za-z0-9/.-]*\d)[A-Za-z0-9][A-Za-z0-9/.-]{2,}[A-Za-z0-9]"
    r"(?:\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+|\d{1,2}/\d{1,2}/\d{2,4}))?")
_STRONG_KEYS = ("case", "crime", "incident", "log", "serial", "court", "file", "passport",
                "ehcp", "ehc plan", "housing", "benefit", "council tax", "dwp", "cafcass",
                "driving licence", "licence", "mosaic", "lcs", "liquidlogic", "systmone", "emis",
                "carefirst", "client", "person", "child", "marac", "mash", "cad", "occurrence",
                "storm", "niche", "oel", "lado", "iopc", "athena", "prison", "noms", "hmpps")
#: Shapes that are references wherever they stand: "CSC/2019/04471", "FD19P00812",
#: "13/290617/21", "SC484912", "WS-2021-118".
_SHAPE = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{1,4}\d{5,}[A-Z0-9]*|[A-Z]{1,4}\d{2}[A-Z]\d{4,}|"
    r"[A-Z0-9]{1,6}(?:[/-][A-Z0-9]{1,8}){2,4}|\d{2,4}/\d{5,8}(?:/\d{2,4})?)(?![\w/-])")
#: ``_SHAPE`` without what it asks of the character after it: searched in the whole text,
#: it finds every shape that ``_SHAPE`` finds within a token.
_SHAPE_IN_TEXT = re.compile(_SHAPE.pattern.removesuffix(r"(?![\w/-])"))
#: What every ``_SHAPE`` match holds: a capital before five digits, or before two digits, a
#: capital and four digits, a separator between two others, or two digits, a slash and five
#: digits. Its first character is read first, so the regex engine skips to such characters
#: (``_SHAPE_IN_TEXT`` tries its lookbehind at every position): a text without one is passed
#: over quickly.
_SHAPE_GATE = re.compile(r"[A-Z\d](?:(?<=[A-Z])\d{5}|(?<=[A-Z])\d\d[A-Z]\d{4}"
                         r"|[/-][A-Z0-9]{1,8}[/-][A-Z0-9]|(?<=\d)\d/\d{5})")
#: Apps and games where people have user names.
_PLATFORMS = ("Snapchat|Instagram|TikTok|Facebook|Twitter|Discord|WhatsApp|YouTube|Kik|Telegram|"
              "Xbox|PlayStation|PSN|Steam|Roblox|Twitch|Reddit|Fortnite|Minecraft|Threads|Yubo|"
              "Omegle|Wizz|OnlyFans|Tinder|Grindr|Badoo|Bumble|Hinge|BeReal|Skype|Messenger")
_HANDLE = re.compile(
    rf"\b(?:{_PLATFORMS}|gaming|online|social media)\b"
    r"[^.\n]{0,40}?\b(?:name|username|user name|user|handle|account|profile|gamertag|tag|ID|as|"
    r"called|named|channel|page|server)\b\s*(?:was|is|:|,)?\s*(?:called\s+|named\s+)?[\"“']?"
    r"(?P<ref>@?[A-Za-z0-9][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])", re.IGNORECASE)
_HANDLE_DIRECT = re.compile(
    rf"\b(?:{_PLATFORMS})\s*(?:was|is|:|-)\s*[\"“']?(?P<ref>@?[A-Za-z0-9][A-Za-z0-9_.]{2,30}"
    r"[A-Za-z0-9_])", re.IGNORECASE)
#: A user name's shape: letters with digits, dots or underscores ("jaz.k_2010", "tilly99").
_HANDLE_SHAPE = re.compile(
    r"(?<![\w@./-])(?=[a-z0-9._]*[a-z])(?=[a-z0-9._]*[0-9_.])[a-z0-9][a-z0-9_.]{2,30}[a-z0-9_]"
    r"(?![\w@/-]|\.[a-z])")
#: A channel, page or group named in quotes after its platform: "a YouTube channel, 'Tyler
#: Plays'", "a Facebook page called “Justice for Jay”".
_CHANNEL = re.compile(
    r"\s+(?:channel|page|group|account|server)\s*,?\s*(?:called\s+|named\s+)?"
    r"[\"“‘'](?P<ref>[^\"”’'\n]{2,40})[\"”’']", re.IGNORECASE)
#: A user name set right after a short name of its app: "snap lexibxo", "insta kai.b".
_HANDLE_LISTED = re.compile(
    r"\b(?i:insta|instagram|snap|snapchat|tiktok|fb|ig|sc|twitter)\s*[:-]?\s+"
    r"(?P<ref>@?[a-z0-9][a-z0-9_.]{3,30}[a-z0-9_])\b(?![.@])")
#: "his snap was jj_smoke09", "insta is kai.b2": a user name said to be an app's; it must hold a
#: digit, "_" or "." inside ("his snap was funny" names no one).
_HANDLE_WAS = re.compile(
    r"\b(?i:insta|instagram|snap|snapchat|tiktok)\s+(?:(?i:name|username)\s+)?(?:was|is)\s+"
    r"(?P<ref>@?[a-z0-9][a-z0-9_.]{2,30}[a-z0-9_])(?![\w@]|\.\w)")
#: A name in quotes after an app's name word: "Facebook name was 'Daz Mac'".
_SHORT_PLATFORMS = ("insta", "snap", "tiktok", " fb ", " ig ", " sc ")
_QUOTED_NAME = re.compile(
    r"\s+(?:name|username|user name|profile|display name)\s+(?:was|is|:)?\s*"
    r"[\"“‘'](?P<ref>[^\"”’'\n]{2,30})[\"”’']", re.IGNORECASE)
_PLATFORM_NAME = re.compile(rf"\b(?:{_PLATFORMS})\b", re.IGNORECASE)
_HANDLE_BEFORE = re.compile(
    r"\b(?:username|user name|handle|gamertag|screen name|under the (?:user ?)?name)\s+"
    r"(?:was\s+|is\s+|of\s+)?[\"“']?"
    r"(?P<ref>@?[A-Za-z0-9][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])", re.IGNORECASE)
_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")
def _a_date(token: str) -> bool:
    """"03/05/21", "2021-05-03": a day, a month and a year; "44/21/9981" is no date."""
    if not _DATE.fullmatch(token):
        return False
    parts = [int(p) for p in re.split(r"[/.-]", token)]
    if len(str(parts[0])) == 4 or parts[0] > 31:
        parts = parts[::-1]  # a year first
    return 1 <= parts[0] <= 31 and 1 <= parts[1] <= 12


_DATED = re.compile(r"\d\s+of\s+\Z")
#: "Learning brief LB-2023-04", "Thematic review 2024/01": a publication's own number.
_PUBLICATION_BEFORE = re.compile(
    r"(?<!crime )(?<!police )(?<!incident )(?<!medical )\b(?:brief|briefing|report|bulletin|"
    r"newsletter|circular|paper|guidance|edition|series|publication|thematic review|"
    r"learning review)s?(?:\s+note)?\s*\(?\s*(?:reference|ref\.?|no\.?|number)?\s*[:#]?\s*\Z",
    re.IGNORECASE)
#: A Discord-style tag: "shadowfox#4411".
_TAG = re.compile(r"(?<![\w@#])[A-Za-z0-9_.]{2,32}#\d{4}\b")
_TAG_NUMBER = re.compile(r"#\d{4}\b")
_NI_WORD = re.compile(r"\bni\b")
#: What a text naming an NHS-style number must hold; the regex runs only when one is there.
_NHS_WORDS = ("nhs ", "chi ", "h&c ", "health and care ")
_NHS_KEY = re.compile(r"\b(?:nhs|chi|h&c|health and care) (?:number|no)")
#: What a text naming a user name must hold (lower case); the handle patterns run only then.
_PLATFORM_WORDS = (
    "snapchat", "instagram", "tiktok", "facebook", "twitter", "discord", "whatsapp", "youtube",
    "kik", "telegram", "xbox", "playstation", "psn", "steam", "roblox", "twitch", "reddit",
    "gaming", "online", "social media", "username", "user name", "handle", "gamertag",
    "screen name", "fortnite", "minecraft", "threads", "yubo", "omegle", "wizz", "onlyfans",
    "tinder", "grindr", "badoo", "bumble", "hinge", "bereal", "skype", "messenger",
    "under the name", "insta", "snap")
#: Whole words (in any case) that every match of ``_NI``, and of the handle patterns but a
#: tag's, holds: a text without one is not read for them. The substring tests after them
#: still decide where lower case cannot show the words (``holds_any`` is then True).
_NI_WORDS = frozenset({"insurance", "ni", "nino"})
_HANDLE_WORDS = frozenset([platform.lower() for platform in _PLATFORMS.split("|")]
                          + ["gaming", "online", "media", "username", "name", "handle",
                             "gamertag", "insta", "snap", "fb", "ig", "sc", "tiktok"])
_YEARS = re.compile(r"\A(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?\Z")
_NOT_REF = re.compile(r"\A(?:COVID-19|\d{1,2}(?:st|nd|rd|th)?|\d+(?:\.\d+)?%?)\Z", re.IGNORECASE)


def _looks_like_handle(token: str) -> bool:
    if token.startswith("@"):
        return True
    return any(c.isdigit() or c in "_." for c in token) or token.islower() \
        or re.search(r"[a-z][A-Z]", token) is not None  # "xXSlayerXx"


def find_numbers(text: str, common: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """(kind, start, end) for each reference number or handle found by keyword or shape;
    ``common`` tells an everyday word, which is not a user name."""
    found: list[tuple[str, int, int]] = []
    lowered = text.lower()
    wanted = []
    if holds_any(text, _NI_WORDS, ignore_case=True) and (
            "insurance" in lowered or "nino" in lowered or (
            "ni" in lowered and _NI_WORD.search(lowered))):
        wanted.append(("ni", _NI))
    if any(word in lowered for word in _NHS_WORDS) and _NHS_KEY.search(lowered):
        wanted.append(("nhs", _NHS))
    for kind, pattern in wanted:
        for match in pattern.finditer(text):
            found.append((kind, match.start("ref"), match.end("ref")))
    last_end = 0
    keyed = None  # whether the field holds a keyword, read at the first number
    lines = digit_lines(text)  # every match starts on a digit's line
    if lines and (_SHAPE_GATE.search(text) is None or _SHAPE_IN_TEXT.search(text) is None):
        keyed = holds_any(text, _KEY_WORDS, ignore_case=True)
        if not keyed:
            lines = ()  # a number is a reference only by its shape or a keyword before it
    for line_start, line_end in lines:
        for head in _DIGIT_TOKEN.finditer(text, max(line_start, last_end), line_end):
            if head.start() < last_end:
                continue
            whole = _DIGIT_TOKEN.match(text, head.start())  # "… of 3 May" may end a line on
            assert whole is not None
            last_end = whole.end()
            if keyed is None:
                keyed = holds_any(text, _KEY_WORDS, ignore_case=True)
            found += _reference(text, whole, keyed)
    handles = holds_any(text, _HANDLE_WORDS, ignore_case=True)
    if not (handles or "#" in text) or not any(word in lowered for word in _PLATFORM_WORDS):
        return found
    for hash_sign in _TAG_NUMBER.finditer(text):  # "shadowfox#4411"
        tag = _TAG.search(text, max(0, hash_sign.start() - 32), hash_sign.end())
        if tag is not None and tag.end() == hash_sign.end():
            found.append(("handle", tag.start(), tag.end()))
    if not handles:
        return found
    for platform in _PLATFORM_NAME.finditer(text):
        # "a YouTube channel, 'Tyler Plays',", "Facebook name was 'Daz Mac'"
        named = _CHANNEL.match(text, platform.end()) or _QUOTED_NAME.match(text, platform.end())
        if named is not None:
            found.append(("handle", named.start("ref"), named.end("ref")))
        # "on Snapchat as kaib_2010", and "messages from lil_jay_x on Snapchat"
        line_start = text.rfind("\n", 0, platform.start()) + 1
        for match in _HANDLE_SHAPE.finditer(text, max(line_start, platform.start() - 40),
                                            platform.end() + 60):
            if platform.start() <= match.start() < platform.end():
                continue
            if any(c.isdigit() or c in "_." for c in match.group()):  # not "cash" before "."
                found.append(("handle", match.start(), match.end()))
    short_platform = any(short in lowered for short in _SHORT_PLATFORMS)
    for match in _HANDLE_LISTED.finditer(text) if short_platform else ():
        if not common(match.group("ref").lstrip("@")):  # "insta @lexi.b_x, snap lexibxo"
            found.append(("handle", match.start("ref"), match.end("ref")))
    for match in _HANDLE_WAS.finditer(text) if short_platform else ():
        if any(c.isdigit() or c in "_." for c in match.group("ref")):
            found.append(("handle", match.start("ref"), match.end("ref")))
    for pattern in (_HANDLE, _HANDLE_BEFORE, _HANDLE_DIRECT):
        for match in pattern.finditer(text):
            token = match.group("ref")
            if not _looks_like_handle(token) or (not token.startswith("@") and common(token)):
                continue
            found.append(("handle", match.start("ref"), match.end("ref")))
    return found


def _reference(text: str, match: re.Match[str], keyed: bool) -> list[tuple[str, int, int]]:
    """A token holding a digit, as a case number when its shape or its keyword says so
    (``keyed``: the text may hold a keyword)."""
    ref = match.group()
    # a bare number ("log 0447") is a reference only after a case, crime or log keyword
    bare = ref.isdigit() and len(ref) >= 4
    if _YEARS.match(ref) or (_NOT_REF.match(ref) and not bare) or _a_date(ref):
        return []
    digits = sum(c.isdigit() for c in ref)
    shape = _SHAPE.search(text, match.start(), match.end())
    if shape is not None and _DATED.search(text, match.start(), shape.start()):
        shape = None  # "CAD 1234 of 03/05/21": a log number and its day, one reference
    if shape is not None and digits >= 4:
        if _PUBLICATION_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            return []
        return [("case_number", shape.start(), shape.end())]
    key = _KEYWORD_BEFORE.search(text, max(0, match.start() - 45), match.start()) \
        if keyed else None
    if key is None:
        return []
    strong = key.group("key").lower().startswith(_STRONG_KEYS)
    if digits < (3 if strong else 5) or (bare and not strong) or _PUBLICATION_BEFORE.search(
            text, max(0, match.start() - 30), match.start()):
        return []
    return [("case_number", match.start(), match.end())]
