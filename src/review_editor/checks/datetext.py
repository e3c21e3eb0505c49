"""Dates written in prose: found, parsed and compared with GOV.UK style (C1.3, C5)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model.dates import MONTHS
from .language import scan

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
_NUMERIC = re.compile(r"(?<![\d/.])(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.]"
                      r"(?P<year>\d{4}|\d{2})(?![\d/.]\d)")
_ISO = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")
_YEAR = re.compile(r"(?<![\d£$€/-])(?P<year>(?:19|20)\d{2})(?![\d%])")


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


@lru_cache(maxsize=2048)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Full dates, day and month, month and year, numeric and ISO dates, in text order.

    Years on their own are left out: ``find_years`` reads them.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(mention: DateMention) -> None:
        found.append(mention)
        taken.append((mention.start, mention.end))

    for match in scan(_DAY_FIRST, text):
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
    for match in scan(_MONTH_FIRST, text):
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
    for match in scan(_NUMERIC, text):
        if not free(match.start(), match.end()):
            continue
        day, month, year = (int(match.group(g)) for g in ("day", "month", "year"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if year < 100:
            year += 2000 if year < 70 else 1900
        add(DateMention(match.start(), match.end(), match.group(), day, month, year, None,
                        ("numeric",)))
    for match in scan(_ISO, text):
        if not free(match.start(), match.end()):
            continue
        year, month, day = (int(match.group(g)) for g in ("year", "month", "day"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            add(DateMention(match.start(), match.end(), match.group(), day, month, year, None,
                            ("iso",)))
    for match in scan(_MONTH_YEAR, text):
        if not free(match.start(), match.end()):
            continue
        month = _MONTH_NUMBERS[match.group("month").rstrip(".").lower()]
        add(DateMention(match.start(), match.end(), match.group(), None, month,
                        int(match.group("year")), None,
                        tuple(_month_problem(match.group("month")))))
    return tuple(sorted(found, key=lambda m: m.start))


@lru_cache(maxsize=2048)
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
