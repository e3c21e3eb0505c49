"""The sentences of a field, to place a match found by one scan of the whole text, and the
words of each sentence, so that a pattern runs only on sentences holding its trigger words."""

from __future__ import annotations

import bisect
import re

_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # the only digits of an ASCII text, found faster


class TriggerTable:
    """The trigger words of several patterns tried in turn, each pattern's set indexed by its
    words, so that a field's words show at once which sets they meet."""

    def __init__(self, sets: list[frozenset[str]]) -> None:
        self.sets = sets
        self.every = frozenset().union(*sets)
        self.by_word: dict[str, list[int]] = {}
        for number, words in enumerate(sets):
            for word in words:
                self.by_word.setdefault(word, []).append(number)


_NONE: list[int] = []


class SentenceIndex:
    """A prose field's sentences, their lower-case words and whether each holds a digit.

    Every C1 detector reading the field uses all three, so they are made at once (a lazy
    attribute cost more to look up on a short field than it saved)."""

    __slots__ = ("_starts", "has_digit", "spans", "text", "vocabulary", "words")

    def __init__(self, spans: list[tuple[int, int]], text: str = "") -> None:
        self.spans = spans
        self.text = text
        self._starts = [s for s, _ in spans]
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text
        find_words = _WORD.findall
        #: The lower-case words of each sentence.
        self.words = [frozenset(find_words(lowered, s, e)) for s, e in spans]
        #: The lower-case words of all the sentences.
        self.vocabulary: frozenset[str] = self.words[0] if len(spans) == 1 \
            else frozenset().union(*self.words)
        search = (_ASCII_DIGIT if text.isascii() else _DIGIT).search
        #: Whether each sentence holds a digit (none does when the text holds none).
        self.has_digit = [search(text, s, e) is not None for s, e in spans] \
            if search(text) is not None else [False] * len(spans)

    def at(self, start: int, end: int) -> int | None:
        """The index of the sentence holding ``[start, end)``, or None if it holds none."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return None
        s_start, s_end = self.spans[index]
        return index if start >= s_start and end <= s_end else None

    def with_each(self, table: TriggerTable) -> list[list[int]]:
        """``with_any`` for each of ``table``'s sets, in order (an empty list for a set the
        field's words do not meet: most of them, found by one look-up a word of the field
        that is a trigger)."""
        found = [_NONE] * len(table.sets)
        for word in self.vocabulary & table.every:
            for number in table.by_word[word]:
                if found[number] is _NONE:
                    triggers = table.sets[number]
                    found[number] = [i for i, words in enumerate(self.words)
                                     if not words.isdisjoint(triggers)]
        return found

    def with_any(self, triggers: frozenset[str]) -> list[int]:
        """The sentences holding at least one of ``triggers`` (lower-case words)."""
        if self.vocabulary.isdisjoint(triggers):
            return []  # most trigger sets: one test for the field instead of one a sentence
        return [i for i, words in enumerate(self.words) if not words.isdisjoint(triggers)]
