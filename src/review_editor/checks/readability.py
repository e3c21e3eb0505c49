"""Flesch reading ease and Flesch-Kincaid grade, with a small English syllable counter.

textstat would do this, but its syllable counts need a corpus downloaded at run time; the
app makes no network requests, so the counts are estimated here from vowel groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .language import sentences, word_list

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_SILENT_E = re.compile(r"[^aeiouy]e$")


@lru_cache(maxsize=50_000)
def syllables(word: str) -> int:
    word = word.lower().strip("'’")
    if not word:
        return 0
    if len(word) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(word))
    if _SILENT_E.search(word) and not word.endswith(("le", "ee", "ye")):
        count -= 1
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1
    if word.endswith(("es",)) and not word.endswith(("ses", "zes", "ces", "ges", "xes")) \
            and count > 1:
        count -= 1
    return max(count, 1)


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def reading_ease(self) -> float:
        if not self.words or not self.sentences:
            return 100.0
        return (206.835 - 1.015 * self.words / self.sentences
                - 84.6 * self.syllables / self.words)

    @property
    def grade(self) -> float:
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def reading_age(self) -> float:
        """UK reading age: the US grade plus 5."""
        return max(self.grade + 5, 5.0)


def measure(text: str) -> Readability:
    words = word_list(text)  # the text's word tokens (``words_in``), without their places
    count = sum(1 for _ in sentences(text)) or (1 if words else 0)
    return Readability(len(words), count, sum(map(syllables, words)))
