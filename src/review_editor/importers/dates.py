"""Dates as UK pages write them: "Tue 27 Jul 2021", "27/07/2021", "27th July 2021"…"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_WEEKDAY = (r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            r"Mon|Tues?|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?")
MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
         r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

_FULL_DATES = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-]"
               rf"(?P<year>(?:19|20)\d{{2}}|\d{{2}})\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
]
_MONTH_YEAR = re.compile(rf"\b{MONTH}\s+{_YEAR}\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")


@dataclass(frozen=True)
class FoundDate:
    value: date
    text: str  # as written
    start: int
    end: int
    weekday: str | None = None  # as written, if the text named one

    @property
    def weekday_matches(self) -> bool:
        if not self.weekday:
            return True
        return WEEKDAYS[self.value.weekday()].startswith(self.weekday.lower().rstrip("s")[:3])


def _month_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    return _MONTHS[text[:3].lower()]


def _to_date(match: re.Match[str]) -> date | None:
    year = int(match["year"])
    if year < 100:
        year += 2000
    try:
        return date(year, _month_number(match["month"]), int(match["day"]))
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text``, in order, without overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            value = _to_date(match)
            if value is None:
                continue
            weekday = match.groupdict().get("weekday")
            found.append(FoundDate(value, match.group(0), start, end, weekday))
            taken.append((start, end))
    return sorted(found, key=lambda item: item.start)


def parse_date(text: str) -> FoundDate | None:
    """The date when ``text`` is nothing but one date (a dateline)."""
    text = text.strip().rstrip(".")
    dates = find_dates(text)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(text):
        return dates[0]
    return None


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


#: A full date, a month and year, or a year, as a regex fragment without named groups.
PARTIAL_DATE = _unnamed(rf"(?:{_DAY}\s+(?:of\s+)?{MONTH},?\s+{_YEAR}|{MONTH}\s+{_YEAR}|{_YEAR})")


def partial_from(text: str) -> str | None:
    """An ISO partial date ("2019", "2019-04", "2019-04-03") from "April 2019" and the like."""
    for found in find_dates(text):
        return found.value.isoformat()
    match = _MONTH_YEAR.search(text)
    if match:
        return f"{match['year']}-{_month_number(match['month']):02d}"
    match = _YEAR_ONLY.search(text)
    return match["year"] if match else None


#: A month and year, or a year, as a regex fragment without named groups.
MONTH_YEAR_OR_YEAR = _unnamed(rf"(?:{MONTH}\s+{_YEAR}|{_YEAR})")
