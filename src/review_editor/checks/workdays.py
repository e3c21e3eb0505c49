"""Working days in England and Wales (bank holidays from the ``holidays`` package)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    # Imported on first use: importing ``holidays`` builds every calendar it knows (about
    # a third of a second), and most records never need a working-day count.
    import holidays

    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def days_after(day: date, days: int) -> date:
    """``day`` moved by ``days`` (before it when negative), held within the calendar's
    first and last days rather than overflowing for a date in year 1 or 9999."""
    if days >= 0:
        return day + timedelta(days) if (date.max - day).days >= days else date.max
    return day + timedelta(days) if (day - date.min).days >= -days else date.min


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (at most the calendar's last day)."""
    current = start
    remaining = days
    while remaining > 0 and current < date.max:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
