"""Exact ages however they are written (C1.2): "aged fourteen", "then 13", "was nine when",
"a Year 9 pupil", "her twelfth birthday", "At 17, she…", "Liam Royle, 34,".

Bands are not ages: "under 3 months old", "in her 40s", "aged 10 to 17".
"""

from __future__ import annotations

import re

_UNITS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TENS_UNIT = r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
NUMBER = rf"(?:1[01]\d|\d{{1,2}}|(?:{_TENS}){_TENS_UNIT}|{_UNITS})"
_ORDINAL = (r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
            r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first|thirtieth|fortieth|"
            r"fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)")
_NOT_BAND_AFTER = (r"(?!\s*(?:-|–|to|and over|and under|or over|or under|or older|or younger|"
                   r"plus)\b)(?!\s*\+)")

#: Ages that need no person nearby: the words say it is someone's age.
_ALWAYS = [
    re.compile(rf"\b{NUMBER}-(?:years?|yrs?|months?|weeks?|days?)-old\b", re.IGNORECASE),
    re.compile(rf"\b(?:his|her|their|\w+['’]s)\s+{_ORDINAL}\s+birthday\b", re.IGNORECASE),
    re.compile(rf"\b(?:aged?|age of)\s+(?:just\s+|only\s+)?{NUMBER}\b{_NOT_BAND_AFTER}",
               re.IGNORECASE),
    re.compile(rf"\bthen\s+(?:aged\s+)?{NUMBER}\b(?=\s*(?:,|\.|;|\)|and\b|when\b|years\b|"
               rf"at\b|who\b|–))", re.IGNORECASE),
    re.compile(rf"\bturned\s+{NUMBER}\b(?!\s*(?:per|%|times|months|weeks|days))",
               re.IGNORECASE),
    re.compile(rf"\b(?i:at)\s+{NUMBER},\s+(?:he|she|they|the|his|her)\b"),
]
#: Ages that count only in a sentence about a person.
_NEAR_PERSON = [
    re.compile(rf"\b{NUMBER}[- ](?:years?|yrs?|months?|weeks?|days?)[- ]old\b"
               rf"(?!\s+(?:and|or)\s+(?:over|under))", re.IGNORECASE),
    re.compile(rf"\b(?:was|were|is|being|now|just|only|barely|already)\s+(?:just\s+|only\s+|"
               rf"barely\s+|aged\s+)?{NUMBER}\b(?=\s*(?:,|\.|;|\)|when\b|at the time\b|"
               rf"and\b|by then\b|before\b|–))", re.IGNORECASE),
    re.compile(r"\b(?:in|into|a|an|was in|started|starting|entered|reached)\s+"
               r"(?:Year|year)\s+(?:\d{1,2}|Reception)\b"),
    re.compile(r"\bYear\s+(?:\d{1,2})\s+(?:pupil|student|girl|boy|child)\b"),
]
#: Press style after a person: "Liam Royle, 34," / "The girl, 14, had…" / "Child A (6)".
_PRESS = re.compile(r"\s*(?:,\s*(\d{1,3})\s*,|\((\d{1,3})\))")
_BAND_BEFORE = re.compile(
    r"(?:under|over|less than|more than|fewer than|younger than|older than|nearly|almost|"
    r"around|about|approximately|up to|at least|between|aged between|from|to|and|or|early|"
    r"mid|late)\s*$", re.IGNORECASE)


def find_ages(text: str, start: int, end: int, about_person: bool) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    patterns = _ALWAYS + (_NEAR_PERSON if about_person else [])
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            if _BAND_BEFORE.search(text[max(start, match.start() - 20):match.start()]):
                continue
            spans.append((match.start(), match.end()))
    return spans


def press_age(text: str, after: int) -> tuple[int, int] | None:
    """An age set off right after a person's name or role: ", 34," or " (6)"."""
    match = _PRESS.match(text, after)
    if not match:
        return None
    group = 1 if match.group(1) else 2
    if int(match.group(group)) > 119:
        return None
    return match.start(group), match.end(group)
