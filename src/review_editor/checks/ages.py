"""Exact ages however they are written (C1.2): "aged fourteen", "then 13", "was nine when",
"a Year 9 pupil", "her twelfth birthday", "At 17, she…", "Liam Royle, 34,".

Bands are not ages: "under 3 months old", "in her 40s", "aged 10 to 17".
"""

from __future__ import annotations

import re

from .sentence_index import SentenceIndex, TriggerTable

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

_NUMBER_WORDS = frozenset(_UNITS.split("|") + _TENS.split("|"))


_Age = tuple[re.Pattern[str], frozenset[str], bool, frozenset[str], re.Pattern[str] | None]


#: "in Reception, Year 1 and Year 2", "in Year 3, Year 4 and Year 5": a list of school years is
#: the classes something reached, no one's age.
_A_LIST_OF_YEARS = r"(?!,\s*(?:Year|Yr|Reception|Nursery|Primary)\b)"


def _age(pattern: str, *triggers: str, case: bool = False, number: bool = True,
         also: str = "", needs: str = "") -> _Age:
    """A pattern, the words one of which a sentence must hold for it to be tried, whether the
    sentence must hold a number, words one of which it must hold as well (``also``: read in
    an ASCII text, whose lower case the sentence's words are) and a pattern it must hold
    (``needs``): every match holds one of the ``also`` words and a match of ``needs``."""
    return (re.compile(pattern, 0 if case else re.IGNORECASE), frozenset(triggers), number,
            frozenset(also.split()), re.compile(needs) if needs else None)


#: Ages that need no person nearby: the words say it is someone's age.
_ALWAYS = [
    _age(rf"\b{NUMBER}-(?:years?|yrs?|months?|weeks?|days?)-old\b", "old"),
    _age(rf"\b(?:his|her|their|\w+['’]s)\s+{_ORDINAL}\s+birthday\b", "birthday", number=False),
    # "celebrated his 18th", "her 16th party"
    _age(r"\b(?:celebrated|celebrating|for|at)\s+(?:his|her|their|\w+['’]s)\s+"
         r"\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of|century|time|attempt|day|week|month|year|"
         r"place|floor|birthday|in\s+line))", "celebrated", "celebrating", "for", "at",
         also="st nd rd th"),
    _age(rf"\b(?:aged?|age of)\s+(?:just\s+|only\s+)?{NUMBER}\b{_NOT_BAND_AFTER}", "age", "aged"),
    _age(rf"\bthen\s+(?:aged\s+)?{NUMBER}\b(?=\s*(?:,|\.|;|\)|and\b|when\b|years\b|"
         rf"at\b|who\b|–))", "then"),
    _age(rf"\bturned\s+{NUMBER}\b(?!\s*(?:per|%|times|months|weeks|days))", "turned"),
    _age(rf"\b{NUMBER}\s+(?:years?|months?)\s+of\s+age\b", "age"),
    _age(rf"\b(?:baby|child|boy|girl|infant|toddler|teenager|man|woman) of\s+(?:just\s+)?"
         rf"{NUMBER}(?:\s+(?:years?|months?|weeks?|days?))?\b", "of",
         also="baby child boy girl infant toddler teenager man woman"),
    _age(rf"\b(?:the|a|an)\s+{NUMBER}[- ](?:years?|months?|weeks?|days?)[- ]olds?\b", "old"),
    _age(rf"\b(?i:at|by)\s+{NUMBER},\s+(?:he|she|they|the|his|her|[A-Z]\w*)\b", "at", "by",
         case=True),
    _age(rf"\bage(?:\s+at\s+(?:death|the time|referral))?\s*[:–-]\s*{NUMBER}\b", "age"),
    _age(rf"\b{NUMBER}\s+years?,?\s+(?:and\s+)?{NUMBER}\s+months?\b", "years", "year"),
    # "gave his age as fifteen"
    _age(rf"\b(?:his|her|their|\w+['’]s)\s+age\s+as\s+{NUMBER}\b", "age"),
    _age(r"\(Year\s+\d{1,2}\)", "year", case=True, number=False),
    # "a 15yo male", "15 y/o", "aged 14yrs"
    _age(rf"\b{NUMBER}\s?(?:yo|y/o|y\.o\.|yrs?)\b(?!\s+(?:ago|later|on|before|after|of))",
         "yo", "y", "yr", "yrs"),
    # "aged 2y 4m", "3 yrs 2 mths"
    _age(r"\b\d{1,2}\s?(?:y|yrs?)\s+\d{1,2}\s?(?:m|mths?|months?)\b", "y", "yr", "yrs",
         number=False),
    # a child's own words: "I'm fifteen, not a baby", "I am 14 and…"
    _age(rf"\bI(?:['’]m|\s+am)\s+(?:only\s+|just\s+)?{NUMBER}\b"
         rf"(?=\s*(?:,|\.|;|!|\?|and\b|now\b|not\b|years?\b|yrs?\b)|\s*[\"”’])", "m", "am",
         case=True),
    # "Year 10 @ Rhydwen High", "Y9 @ Oakfield": a school year in a profile's bio
    _age(r"\b(?:Year|Yr|Y)\s?\d{1,2}(?=\s?@\s?[A-Z])", "year", "yr", "y", case=True,
         number=False),
    # "her sweet 16", "a sweet sixteen party": a birthday's age
    _age(r"\b[Ss]weet\s+(?:16|sixteen|Sixteen)\b", "sweet", case=True, number=False),
    # "a fortnight old", "a week old", "two fortnights old"
    _age(r"\b(?:a|one|two|three)\s+(?:fortnight|week|month|day)s?[- ]old\b", "old",
         number=False),
]
#: Ages that count only in a sentence about a person.
_NEAR_PERSON = [
    # first, so that "were 12 and 14" is one age span, not "were 12" alone
    _age(rf"\b(?:were|are|aged)\s+{NUMBER}\s+and\s+{NUMBER}\b(?!\s*(?:%|per|years? ago))",
         "were", "are", "aged", also="and"),
    _age(rf"\b{NUMBER}[- ](?:years?|yrs?|months?|weeks?|days?)[- ]old\b"
         rf"(?!\s+(?:and|or)\s+(?:over|under))", "old"),
    _age(rf"\b(?:was|were|is|being|been|now|just|only|barely|already)\s+(?:just\s+|only\s+|"
         rf"barely\s+|aged\s+)?{NUMBER}\b(?![./:-]\d)(?=\s*(?:,|\.|;|\)|when\b|at the time\b|"
         rf"and\b|by then\b|before\b|–))", "was", "were", "is", "being", "now", "just", "only",
         "barely", "already", "been"),
    _age(r"\b(?:[Ii]n|[Ii]nto|[Bb]y|a|an|was in|started|starting|entered|reached|since)\s+"
         r"(?:Year\s*|year\s*|Yr\.?\s*|yr\s*|Y)(?:\d{1,2}\b|Reception\b|(?:One|Two|Three|Four|Five|"
         r"Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|one|two|three|four|five|six|seven|"
         r"eight|nine|ten|eleven|twelve|thirteen)\b)" + _A_LIST_OF_YEARS, "year", "yr", "y",
         case=True, number=False),
    _age(r"\b(?:Year|Yr\.?|Y)\s*(?:\d{1,2})\s+(?:pupil|student|girl|boy|child)\b", "year", "yr",
         "y", case=True, number=False),
    # "placed in a foyer at 16 after…", "excluded at 14 when…": a teenage age after "at" (a
    # time of day is written "16:00", and hours past noon are seldom said so)
    _age(r"\bat\s+1[2-9]\b(?![:.]\d)(?=\s*,|\s+(?:after|when|because|until|following|she|he|"
         r"they)\b)", "at", case=True),
    # "Lacey, Year 9, Tudor House": a school year set off after a name, as records list pupils
    _age(r"(?<=[a-z], )(?<!Reception, )(?<!Nursery, )(?:Year|Yr\.?)\s*\d{1,2}(?=\s*[,;)])",
         "year", "yr", case=True, number=False),
    # "In Primary 6", "in Reception": Scottish and Northern Irish primary years, the first year
    _age(r"\b(?:[Ii]n|[Ii]nto|[Bb]y|reached|started|entered|a|an|the)\s+(?:Primary\s+[1-7]|"
         r"Reception|(?:Lower|Upper)\s+Sixth)\b(?!\s+(?:[A-Z]|class teacher|teacher|staff))"
         + _A_LIST_OF_YEARS,
         "primary", "reception", "sixth", case=True, number=False),
    # Scottish school years: "in P6", "by S3", "moved up to S1"
    _age(r"\b(?:[Ii]n|[Ii]nto|[Bb]y|reached|started|entered|a|an|(?:moved|went|going|goes) up "
         r"(?:in)?to)\s+(?:P[1-7]|S[1-6])\b", "p", "s", case=True, needs="[PS][1-7]"),
    # "until Year 4", "from Year 9": a school year as a time in a child's life; "from Year 7",
    # "from Year 1", "from S1" are where a school's years begin, no age of anyone's
    _age(r"\b(?:[Uu]ntil|[Tt]ill|[Uu]ntil the end of)\s+(?:(?:Year|Yr\.?)\s*\d{1,2}|P[1-7]|S[1-6])"
         r"\b|\b[Ff]rom\s+(?:(?:Year|Yr\.?)\s*(?:(?!(?:1|7)\b)\d{1,2}\b|(?:1|7)\s+onwards\b)|"
         r"P[2-7]\b|S[2-6]\b)",
         "until", "till", "from", case=True, number=False, needs="Y(?:ear|r)|[PS][1-7]"),
    # "a spiral fracture at seven months" (not "born at 7 months", a pregnancy's length; weeks
    # and days are mostly that or a routine check: "delivered at 33 weeks", "seen at 10 days")
    _age(rf"(?<!born )(?<!delivered )(?<!birth )(?<!reviewed )(?<!looked )\bat\s+{NUMBER}\s+"
         rf"months?(?:\s+old)?\b(?![’']|\s*(?:pregnant|gestation|of|into|later|after|before))",
         "at", case=True, also="month months"),
    _age(rf"(?:–|—|-|,|\()\s*{NUMBER}\s+at the time\b", "time"),
    # "At 14 months Baby V…" (not "delivered at 33 weeks")
    _age(rf"\bAt\s+{NUMBER}\s+(?:months?|weeks?|days?|years?)(?:\s+old)?,?(?=\s+(?:he|she|they|"
         rf"the|his|her|[A-Z]))", "at", case=True,
         also="months month weeks week days day years year"),
]
#: Press style after a person: "Liam Royle, 34," / "The girl, 14, had…" / "Child A (6)", and
#: at a list's or line's end: "grandmother, Brenda Oakes, 61" / "Freya 9, Oscar 6".
#: ", 34,", " (6)", " (eldest, 11)": an age set off after a name.
_PRESS = re.compile(r"\s*(?:,\s*(\d{1,3}(?:\s+(?:months?|weeks?|days?))?)\s*"
                    r"(?:,|(?=\.?\s*$|;|\.\s|\)))|"
                    r"\((?:(?:the\s+)?[a-z][a-z -]{0,20},\s*)?(\d{1,3})\))|"
                    r"[ ](\d{1,2}(?:\s+(?:months?|weeks?|years?))?)(?=\s*(?:,|;|\)|\.(?!\d)|"
                    r"and\b|$))", re.MULTILINE)
_BAND_BEFORE = re.compile(
    r"(?:under|over|less than|more than|fewer than|younger than|older than|nearly|almost|"
    r"around|about|approximately|up to|at least|between|aged between|from|to|and|or|early|"
    r"mid|late|(?:under|over|above|below|beyond|past|reached|reach|reaching) the)\s*$",
    re.IGNORECASE)


#: "a reading age of 6 years 2 months": a test's score, not how old anyone is.
_SCORE_AGE_BEFORE = re.compile(
    r"\b(?:reading|spelling|language|developmental|emotional|cognitive|comprehension)\s+ages?\b"
    r"[\w ]{0,50}$", re.IGNORECASE)
#: "… and his age as fifteen": someone's own age, whatever stands before it.
_OWN_AGE = re.compile(r"(?:his|her|their|\w+['’]s)\s+age\s+as\b", re.IGNORECASE)

#: Every pattern in the order tried, with whether it needs a number and a person nearby, and
#: their trigger words.
_PATTERNS = [(pattern, number, False, also, needs)
             for pattern, _, number, also, needs in _ALWAYS] + \
    [(pattern, number, True, also, needs) for pattern, _, number, also, needs in _NEAR_PERSON]
_TRIGGERS = TriggerTable([triggers for _, triggers, *_ in _ALWAYS + _NEAR_PERSON])


def find_ages(text: str, start: int, end: int, about_person: bool) -> list[tuple[int, int]]:
    return ages_in(text, SentenceIndex([(start, end)], text), [about_person])


def ages_in(text: str, index: SentenceIndex, about_person: list[bool]) -> list[tuple[int, int]]:
    """Ages in the field's sentences; the weaker forms only in sentences about a person."""
    spans: list[tuple[int, int]] = []
    numbered: list[bool] | None = None  # whether each sentence holds a number, when asked
    lower_words = text.isascii()  # the sentences' words are then the text's in lower case
    for number_of, sentences in index.met(_TRIGGERS):  # no pattern's trigger word: most fields
        pattern, number, needs_person, also, needs = _PATTERNS[number_of]
        for at in sentences:
            if needs_person and not about_person[at]:
                continue
            if number:
                if numbered is None:
                    numbered = [digit or not words.isdisjoint(_NUMBER_WORDS) for digit, words
                                in zip(index.has_digit, index.words, strict=True)]
                if not numbered[at]:
                    continue
            if also and lower_words and also.isdisjoint(index.words[at]):
                continue
            s_start, s_end = index.spans[at]
            if needs is not None and needs.search(text, s_start, s_end) is None:
                continue
            for match in pattern.finditer(text, s_start, s_end):
                if _BAND_BEFORE.search(text[max(s_start, match.start() - 20):
                                            match.start()]) and not _OWN_AGE.match(match.group()):
                    continue
                if _SCORE_AGE_BEFORE.search(text, max(s_start, match.start() - 70), match.start()):
                    continue
                spans.append((match.start(), match.end()))
    return spans


def press_age(text: str, after: int) -> tuple[int, int] | None:
    """An age set off right after a person's name or role: ", 34," or " (6)"."""
    match = _PRESS.match(text, after)
    if not match:
        return None
    group = next(g for g in (1, 2, 3) if match.group(g))
    if int(match.group(group).split()[0]) > 119:
        return None
    return match.start(group), match.end(group)
