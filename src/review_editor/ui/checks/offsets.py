"""Offsets in a text as Python counts them and as Qt does (UTF-16 code units)."""

from __future__ import annotations

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 code units: an emoji before ``index`` counts twice."""
    if not _ASTRAL.search(text, 0, index):
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def python_offset(text: str, units: int) -> int:
    """The inverse of ``utf16_offset``."""
    if not _ASTRAL.search(text):
        return units
    count = 0
    for index, character in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(character) > 0xFFFF else 1
    return len(text)
