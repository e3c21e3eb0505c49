"""Which characters the bundled font can show, read from its ``cmap`` table.

A PDF/UA file may not hold text that no font can display (Typst refuses to write one), so
characters outside the font (an emoji, a script the font lacks) are replaced before the
page is laid out, rather than losing the whole PDF.
"""

from __future__ import annotations

import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

from .. import resources

FONT = ("fonts", "NotoSans-Regular.ttf")
REPLACEMENT = "\ufffd"  # shown as a replacement character, or "?" when the font lacks it
# A byte-order mark inside text is an old spelling of the word joiner; PDF/UA-1 forbids it.
WORD_JOINER = "\u2060"
# The format characters Unicode marks as default-ignorable (joiners, direction marks, tags):
# they are never drawn, so they need no glyph. Every other format character is drawn (the
# Arabic number and end-of-ayah signs, hieroglyph controls, annotation marks) and, like any
# character, needs one.
_IGNORABLE_FORMAT = (
    (0x00AD, 0x00AD), (0x061C, 0x061C), (0x180E, 0x180E), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2060, 0x206F), (0xFEFF, 0xFEFF), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
# The one space character that is drawn (a line, in Ogham text): it needs a glyph too.
OGHAM_SPACE = "\u1680"


@lru_cache(maxsize=4)
def covered(font: Path | None = None) -> frozenset[int]:
    """The code points the font maps to a glyph (formats 4 and 12 of the cmap table)."""
    data = (font or resources.path(*FONT)).read_bytes()
    tables = struct.unpack_from(">H", data, 4)[0]
    cmap = next((struct.unpack_from(">I", data, 12 + 16 * i + 8)[0] for i in range(tables)
                 if data[12 + 16 * i:16 + 16 * i] == b"cmap"), None)
    if cmap is None:
        return frozenset()
    found: set[int] = set()
    subtables = struct.unpack_from(">H", data, cmap + 2)[0]
    for index in range(subtables):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        if (platform, encoding) not in ((0, 3), (0, 4), (3, 1), (3, 10)):
            continue
        start = cmap + offset
        kind = struct.unpack_from(">H", data, start)[0]
        if kind == 4:
            found |= _format_4(data, start)
        elif kind == 12:
            found |= _format_12(data, start)
    return frozenset(found)


def _format_4(data: bytes, start: int) -> set[int]:
    segments = struct.unpack_from(">H", data, start + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, start + 14)
    starts = struct.unpack_from(f">{segments}H", data, start + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, start + 16 + 4 * segments)
    offsets_at = start + 16 + 6 * segments
    offsets = struct.unpack_from(f">{segments}H", data, offsets_at)
    found: set[int] = set()
    for index in range(segments):
        for code in range(starts[index], ends[index] + 1):
            if code == 0xFFFF:
                continue
            if offsets[index] == 0:
                glyph = (code + deltas[index]) & 0xFFFF
            else:
                at = offsets_at + 2 * index + offsets[index] + 2 * (code - starts[index])
                glyph = struct.unpack_from(">H", data, at)[0]
                glyph = (glyph + deltas[index]) & 0xFFFF if glyph else 0
            if glyph:
                found.add(code)
    return found


def _format_12(data: bytes, start: int) -> set[int]:
    groups = struct.unpack_from(">I", data, start + 12)[0]
    found: set[int] = set()
    for index in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * index)
        found.update(range(first, last + 1) if glyph else range(first + 1, last + 1))
    return found


def displayable(text: str) -> str:
    """``text`` with every character the font cannot show replaced (white space and
    invisible format characters, such as a zero-width joiner, are left alone)."""
    text = text.replace("\ufeff", WORD_JOINER)
    codes = covered()
    if all(ord(ch) in codes for ch in text):
        return text
    replacement = REPLACEMENT if ord(REPLACEMENT) in codes else "?"
    return "".join(ch if ord(ch) in codes or (ch.isspace() and ch != OGHAM_SPACE)
                   or _invisible_format(ch) else replacement for ch in text)


def _invisible_format(ch: str) -> bool:
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" and any(
        first <= code <= last for first, last in _IGNORABLE_FORMAT)
