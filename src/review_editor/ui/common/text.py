"""Small text helpers for the window: word counts, reading time, GOV.UK short dates."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from ...model import LONDON

WORDS_PER_MINUTE = 200
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# A word: letters or digits, with inner apostrophes and hyphens ("children's", "7-minute").
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def count_words(text: str) -> int:
    """Counted a paragraph at a time, each paragraph cached: typing in a 100k-word section
    recounts one paragraph, not the section (which would stall the window ~15 ms a key)."""
    return sum(_paragraph_words(paragraph) for paragraph in text.split("\n\n"))


@lru_cache(maxsize=16384)
def _paragraph_words(text: str) -> int:
    return len(_WORD.findall(text))


def page_words(data: dict[str, Any]) -> int:
    """Words a reader reads on the page: title, summary, the body's headings and text, and
    the quotes. Each piece is counted once and cached, so typing in one section of a long
    record recounts only that section."""
    pieces = [data.get("title"), data.get("summary")]
    for section in data.get("body") or []:
        if isinstance(section, dict):
            pieces += [section.get("heading"), section.get("markdown")]
    for quote in data.get("quotes") or []:
        if isinstance(quote, dict):
            pieces.append(quote.get("text"))
    return sum(count_words(piece) for piece in pieces if isinstance(piece, str) and piece)


def reading_minutes(words: int) -> int:
    return math.ceil(words / WORDS_PER_MINUTE) if words else 0


def words_label(words: int) -> str:
    return f"{words:,} word{'' if words == 1 else 's'}"


def reading_label(words: int) -> str:
    minutes = reading_minutes(words)
    return f"{max(minutes, 1)} min read" if words else "—"


def short_date(value: date | None) -> str:
    """GOV.UK's short form for tight spaces: "27 Jul 2021"."""
    if value is None:
        return ""
    return f"{value.day} {SHORT_MONTHS[value.month - 1]} {value.year}"


def short_datetime(value: datetime | None) -> str:
    """"27 Jul 2021, 2:05pm" in London time (GOV.UK writes times as 2:05pm)."""
    if value is None:
        return ""
    local = value.astimezone(LONDON)
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return f"{short_date(local.date())}, {hour}:{local.minute:02d}{suffix}"
