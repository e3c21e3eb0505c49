"""Capitalised Welsh words are not names (C1.1 on Welsh text).

The identification check finds people by capitals and context, tuned on English. In Welsh
text a sentence's first word ("Mae", "Beth") or a body's Welsh name ("Bwrdd Diogelu …",
"Adolygiad Ymarfer Oedolion") would read as a person's name. A name found without a family
context whose first word is an ordinary Welsh word is dropped; one beside a family word
("ei mam, Beth") stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import spelling

if TYPE_CHECKING:
    from .detection import Detection

_FIRST_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NOT_FAMILY = "this looks like a person's name"


def is_ordinary_welsh_word(word: str) -> bool:
    """A lower-case Welsh dictionary word ("mae", "beth", "bwrdd")."""
    return spelling.is_known(word.lower(), spelling.WELSH)


def without_welsh_words(found: list[Detection]) -> list[Detection]:
    """Detections in Welsh text, less the names that are ordinary Welsh words."""
    kept = []
    for detection in found:
        if detection.code == "C1.1" and detection.message.startswith(_NOT_FAMILY):
            first = _FIRST_WORD.search(detection.text)
            if first is not None and is_ordinary_welsh_word(first.group()):
                continue
        kept.append(detection)
    return kept
