"""Partial dates, Europe/London time and GOV.UK date display (DOMAIN B1.5)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

# ASCII digits only, and the whole string: ``\d`` would take other scripts' digits and ``$``
# a trailing newline, and both would break the display and the day arithmetic below.
PARTIAL_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]


def check_partial_date(value: str) -> str:
    """``value`` if it is a real year, month or day, else ValueError saying why."""
    if not PARTIAL_DATE.fullmatch(value):
        raise ValueError("a date must be YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    if parts[0] < 1:
        raise ValueError("the year must be 0001 or later")
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        raise ValueError("the month must be 01 to 12")
    if len(parts) == 3:
        try:
            date(parts[0], parts[1], parts[2])
        except ValueError:
            raise ValueError("not a real calendar date") from None
    return value


def precision(value: str) -> str:
    """"year", "month" or "day"."""
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def earliest_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def latest_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return date(year, month, day)


def format_date(value: date) -> str:
    """GOV.UK style with the weekday: "Tuesday 27 July 2021"."""
    return f"{value.strftime('%A')} {value.day} {MONTHS[value.month - 1]} {value.year}"


def format_partial(value: str | date, *, months: Sequence[str] = MONTHS,
                   full: Callable[[date], str] = format_date) -> str:
    """"2001", "April 2019" or "Tuesday 27 July 2021" (``months`` and ``full``: another
    language's month names and full dates)."""
    if isinstance(value, date):
        return full(value)
    kind = precision(value)
    if kind == "year":
        return value
    if kind == "month":
        year, month = value.split("-")
        return f"{months[int(month) - 1]} {year}"
    return full(earliest_day(value))


def format_datetime(value: datetime, *, full: Callable[[date], str] = format_date) -> str:
    """"00:01 Wednesday 14 May 2031", in London time."""
    local = value.astimezone(LONDON)
    return f"{local:%H:%M} {full(local.date())}"


def london_now() -> datetime:
    return datetime.now(LONDON)
