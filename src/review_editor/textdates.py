"""Dates written in prose, as UK pages write them: one parser for the importers and the checks.

"27 July 2021", "Tue 27 Jul 2021", "27th July 2021", "the 3rd of May", "July 27, 2021",
"27/07/2021", "2021-07-27", "July 2021" and years alone are found with where they are, how
precise they are and how they differ from GOV.UK style (C1.3, C5). The importers read a page's
dates with the same functions (``full_dates``, ``parse_date``, ``partial_from``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .field_cache import per_text
from .model.dates import MONTHS

_MONTH_NUMBERS: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_NUMBERS[_name.lower()] = _number
    _MONTH_NUMBERS[_name[:3].lower()] = _number
_MONTH_NUMBERS["sept"] = 9

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY_NUMBERS = {name.lower(): index for index, name in enumerate(WEEKDAYS)}
_WEEKDAY_NUMBERS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                         "thurs": 3, "fri": 4, "sat": 5, "sun": 6})

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY = (r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?(?P<wcomma>,)?")
_DAY_FIRST = re.compile(
    rf"\b(?:{_WEEKDAY}\s+)?(?P<the>the\s+)?(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?\s+"
    rf"(?P<of>of\s+)?{_MONTH}(?:(?P<comma>,)?\s+(?P<year>\d{{4}}))?(?![\w-])")
_MONTH_FIRST = re.compile(
    rf"\b(?:{_WEEKDAY}\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?!\d)"
    rf"(?:(?P<comma>,)?\s+(?P<year>\d{{4}}))?(?![\w-])")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b")
# The next three start with their first digit and test what precedes it after it (a digit
# then "not after a digit, slash or point"), rather than with the lookbehind: the regex
# engine then skips to the digits instead of trying every position of a line.
_NUMERIC = re.compile(r"(?P<day>\d(?<![\d/.]\d)\d?)[/.](?P<month>\d{1,2})[/.]"
                      r"(?P<year>\d{4}|\d{2})(?![\d/.]\d)")
_ISO = re.compile(r"(?P<year>\d(?<![\d-]\d)\d{3})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")
_YEAR = re.compile(r"(?P<year>(?:19|20)(?<![\d£$€/-](?:19|20))\d{2})(?![\d%])")
_DIGIT = re.compile(r"\d")
#: What every ``_NUMERIC`` and ``_ISO`` date holds: a digit, a separator and a digit.
_SEPARATED_DIGITS = re.compile(r"\d[/.-]\d")
#: ``_DIGIT`` for an ASCII text, where the only digits are 0-9: a range is several times
#: faster to look for than the Unicode digit class.
_ASCII_DIGIT = re.compile(r"[0-9]")


@per_text(4096)
def digit_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the lines that hold a digit: every date pattern, and every pattern for a
    number, needs one, so only these lines need reading."""
    lines: list[tuple[int, int]] = []
    position = 0
    digit = _ASCII_DIGIT if text.isascii() else _DIGIT
    while (match := digit.search(text, position)) is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        lines.append((start, end))
        position = end + 1
    return tuple(lines)


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that cannot match without a digit."""
    for start, end in digit_lines(text):
        yield from pattern.finditer(text, start, end)


_RUN = re.compile(r"\w+")
_MONTH_WORDS = frozenset(re.findall(r"\w+", _MONTH.split(">", 1)[1]))
#: What every month's name starts with ("Jun" for "June" and "Jun"): a line holding none of
#: these holds no month, and its words need not be read.
_MONTH_STARTS = tuple(sorted({word[:3] for word in _MONTH_WORDS}))
#: Any of ``_MONTH_STARTS``, found by one search rather than a ``find`` for each.
_MONTH_START = re.compile("|".join(_MONTH_STARTS))


@per_text(4096)
def _month_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines holding a digit and a month's name as a whole word."""
    return tuple((start, end) for start, end in digit_lines(text)
                 if _MONTH_START.search(text, start, end) is not None
                 and not _MONTH_WORDS.isdisjoint(_RUN.findall(text, start, end)))


def _scan_lines(pattern: re.Pattern[str], text: str,
                lines: tuple[tuple[int, int], ...]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches within ``lines`` (``digit_lines`` or ``_month_lines``)."""
    for start, end in lines:
        yield from pattern.finditer(text, start, end)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    day: int | None
    month: int | None
    year: int | None
    weekday: str | None = None  # as typed
    style_problems: tuple[str, ...] = ()

    @property
    def precision(self) -> str:
        if self.day is not None and self.month is not None:
            return "day" if self.year is not None else "day_month"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def weekday_matches(self) -> bool:
        """False when the text names a weekday that the date does not fall on."""
        day, typed = self.as_date(), weekday_number(self.weekday) if self.weekday else None
        return day is None or typed is None or day.weekday() == typed

    def partial(self) -> str | None:
        """The mention as an ISO partial date ("2019", "2019-04", "2019-04-03"), if it can be."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        day = self.as_date()
        return day.isoformat() if day else None

    def as_date(self) -> date | None:
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


def _weekday_problem(weekday: str | None, comma: str | None) -> list[str]:
    problems = []
    if weekday and weekday.lower() not in {w.lower() for w in WEEKDAYS}:
        problems.append("abbreviated weekday")
    if comma:
        problems.append("comma")
    return problems


def _month_problem(month: str) -> list[str]:
    clean = month.rstrip(".")
    return [] if clean.lower() in {m.lower() for m in MONTHS} else ["abbreviated month"]


@per_text(2048)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Full dates, day and month, month and year, numeric and ISO dates, in text order.

    Years on their own are left out: ``find_years`` reads them.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    numbered = digit_lines(text)  # every date holds a digit
    if not numbered:
        return ()
    named = _month_lines(text)  # and those written with a month's name, the name

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(mention: DateMention) -> None:
        found.append(mention)
        taken.append((mention.start, mention.end))

    for match in _scan_lines(_DAY_FIRST, text, named):
        groups = match.groupdict()
        problems = _weekday_problem(groups["weekday"], groups["wcomma"])
        problems += _month_problem(groups["month"])
        if groups["ord"]:
            problems.append("ordinal")
        if groups["of"] or groups["the"]:
            problems.append("of")
        if groups["comma"]:
            problems.append("comma")
        if not groups["year"]:
            problems.append("no year")
        add(_named_mention(match, groups, problems))
    for match in _scan_lines(_MONTH_FIRST, text, named):
        if not free(match.start(), match.end()):
            continue
        groups = match.groupdict()
        if groups["year"] is None and groups["ord"] is None and not groups["weekday"]:
            # "May 12" alone is too often something else ("in May 12 children…").
            continue
        problems = ["month first", *_weekday_problem(groups["weekday"], groups["wcomma"])]
        problems += _month_problem(groups["month"])
        if groups["ord"]:
            problems.append("ordinal")
        if not groups["year"]:
            problems.append("no year")
        add(_named_mention(match, groups, problems))
    if _SEPARATED_DIGITS.search(text) is None:
        numbered = ()  # no numeric or ISO date: a heading's "Part 12", a year alone
    for match in _scan_lines(_NUMERIC, text, numbered):
        if not free(match.start(), match.end()):
            continue
        day, month, year = (int(match.group(g)) for g in ("day", "month", "year"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if year < 100:
            year += 2000 if year < 70 else 1900
        add(DateMention(match.start(), match.end(), match.group(), day, month, year, None,
                        ("numeric",)))
    for match in _scan_lines(_ISO, text, numbered):
        if not free(match.start(), match.end()):
            continue
        year, month, day = (int(match.group(g)) for g in ("year", "month", "day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            add(DateMention(match.start(), match.end(), match.group(), day, month, year, None,
                            ("iso",)))
    for match in _scan_lines(_MONTH_YEAR, text, named):
        if not free(match.start(), match.end()):
            continue
        month = _MONTH_NUMBERS[match.group("month").rstrip(".").lower()]
        add(DateMention(match.start(), match.end(), match.group(), None, month,
                        int(match.group("year")), None,
                        tuple(_month_problem(match.group("month")))))
    return tuple(sorted(found, key=lambda m: m.start))


@per_text(2048)
def find_years(text: str) -> tuple[DateMention, ...]:
    """Years standing alone (not part of a longer date)."""
    dates = find_dates(text)
    years = []
    for match in scan(_YEAR, text):
        if any(d.start <= match.start() < d.end for d in dates):
            continue
        years.append(DateMention(match.start(), match.end(), match.group(), None, None,
                                 int(match.group("year"))))
    return tuple(years)


def weekday_number(typed: str) -> int | None:
    return _WEEKDAY_NUMBERS.get(typed.rstrip(".,").lower())


def govuk(day: int, month: int, year: int) -> str:
    return f"{day} {MONTHS[month - 1]} {year}"


def _named_mention(match: re.Match[str], groups: dict[str, str], problems: list[str]) \
        -> DateMention:
    """A date written with a month name ("27 July 2021", "July 27, 2021")."""
    month = _MONTH_NUMBERS[groups["month"].rstrip(".").lower()]
    return DateMention(match.start(), match.end(), match.group(), int(groups["day"]), month,
                       int(groups["year"]) if groups["year"] else None, groups["weekday"],
                       tuple(problems))


def full_dates(text: str) -> list[DateMention]:
    """The dates in ``text`` that name a real day, month and year, in text order."""
    return [mention for mention in find_dates(text) if mention.as_date() is not None]


def parse_date(text: str) -> DateMention | None:
    """The date when ``text`` is nothing but one full date (a dateline), else None."""
    stripped = text.strip().rstrip(".")
    offset = text.find(stripped) if stripped else 0
    dates = full_dates(stripped)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(stripped):
        return _shifted(dates[0], offset)
    return None


def partial_from(text: str) -> str | None:
    """The first date, month and year, or year in ``text`` as an ISO partial date."""
    mentions = [m for m in (*find_dates(text), *find_years(text)) if m.partial()]
    if not mentions:
        return None
    return min(mentions, key=lambda m: m.start).partial()


def _shifted(mention: DateMention, offset: int) -> DateMention:
    if not offset:
        return mention
    return DateMention(mention.start + offset, mention.end + offset, mention.text, mention.day,
                       mention.month, mention.year, mention.weekday, mention.style_problems)


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_YEAR_FRAGMENT = r"(?:19|20)\d{2}"
#: Regex fragments without named groups, for phrasings that hold a date ("commissioned in …").
PARTIAL_DATE = _unnamed(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR_FRAGMENT}|"
    rf"{_MONTH}\s+{_YEAR_FRAGMENT}|{_YEAR_FRAGMENT})")
MONTH_YEAR_OR_YEAR = _unnamed(rf"(?:{_MONTH}\s+{_YEAR_FRAGMENT}|{_YEAR_FRAGMENT})")
