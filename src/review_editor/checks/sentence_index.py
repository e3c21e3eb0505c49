"""The sentences of a field, to place a match found by one scan of the whole text, and the
words of each sentence, so that a pattern runs only on sentences holding its trigger words."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # the only digits of an ASCII text, found faster


class SentenceIndex:
    def __init__(self, spans: list[tuple[int, int]], text: str = "") -> None:
        self.spans = spans
        self.text = text
        self._starts = [s for s, _ in spans]

    def at(self, start: int, end: int) -> int | None:
        """The index of the sentence holding ``[start, end)``, or None if it holds none."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return None
        s_start, s_end = self.spans[index]
        return index if start >= s_start and end <= s_end else None

    @cached_property
    def words(self) -> list[frozenset[str]]:
        """The lower-case words of each sentence."""
        lowered = self.text.lower()
        if len(lowered) != len(self.text):
            lowered = self.text
        return [frozenset(_WORD.findall(lowered, s, e)) for s, e in self.spans]

    @cached_property
    def has_digit(self) -> list[bool]:
        search = (_ASCII_DIGIT if self.text.isascii() else _DIGIT).search
        return [search(self.text, s, e) is not None for s, e in self.spans]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The lower-case words of all the sentences."""
        return frozenset().union(*self.words)

    def with_any(self, triggers: frozenset[str]) -> list[int]:
        """The sentences holding at least one of ``triggers`` (lower-case words)."""
        if self.vocabulary.isdisjoint(triggers):
            return []  # most trigger sets: one test for the field instead of one a sentence
        return [i for i, words in enumerate(self.words) if not words.isdisjoint(triggers)]
