"""Whether a page is written in Welsh: by the words only Welsh uses often."""

from __future__ import annotations

import re

#: Common Welsh words that English text does not use.
_WELSH = frozenset("""yn yr y mae gan wedi ac ar eu ei sydd hyn hwn hon neu gyda ydy fel bod
    dros ond pan rhaid ein eich nhw hefyd drwy trwy oedd fydd bydd cael gael wrth mewn ynghylch
    rhwng ynglyn adolygiad adolygiadau ymarfer diogelu bwrdd plant oedolion cymru rhanbarthol
    gwybodaeth cysylltu chi ni yw'r i'r o'r a'r""".split())
_WORD = re.compile(r"[a-zâêîôûŵŷ']+")


def guess_language(text: str, minimum_words: int = 20) -> str | None:
    """"cy" for a Welsh text, None when it reads as English (or is too short to tell)."""
    words = _WORD.findall(text.lower()[:20000])
    if len(words) < minimum_words:
        return None
    welsh = sum(1 for word in words if word in _WELSH)
    return "cy" if welsh / len(words) >= 0.12 else None
