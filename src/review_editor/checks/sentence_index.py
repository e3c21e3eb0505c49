"""The sentences of a field, to place a match found by one scan of the whole text, and the
words of each sentence, so that a pattern runs only on sentences holding its trigger words.

Whether a field's words meet a set of trigger words is asked about thirty times a prose field
by the sentence-context detectors, most often of a field that holds none of them. Each set
asked about is given a bit, and each word the bits of the sets holding it (``TriggerBits``):
the bits of a field's words, found once a field, then answer each set with one ``&`` however
many words the field and the set hold.
"""

from __future__ import annotations

import bisect
import re
import threading
from functools import reduce
from operator import itemgetter, or_

_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # the only digits of an ASCII text, found faster
_FIRST = itemgetter(0)


class TriggerBits:
    """A bit for each set of trigger words asked about, and for each word the bits of the sets
    holding it: a group of words meets a set just when the union of its words' bits holds the
    set's bit. Sets are given bits as they are first asked about, up to ``LIMIT`` of them (a
    set asked about beyond that is read word by word)."""

    LIMIT = 4096

    def __init__(self) -> None:
        #: Each set's bit (a set is published here only once its words carry the bit).
        self.bit_of: dict[frozenset[str], int] = {}
        self._word_bits: dict[str, int] = {}
        self._words: frozenset[str] = frozenset()
        self._adding = threading.Lock()

    def add(self, triggers: frozenset[str]) -> int | None:
        """``triggers``' bit, given now if it has none (None when ``LIMIT`` sets have one)."""
        with self._adding:
            bit = self.bit_of.get(triggers)
            if bit is not None or len(self.bit_of) >= self.LIMIT:
                return bit
            bit = 1 << len(self.bit_of)
            word_bits = self._word_bits
            for word in triggers:
                word_bits[word] = word_bits.get(word, 0) | bit
            self._words = self._words | triggers
            self.bit_of[triggers] = bit
            return bit

    def of(self, words: frozenset[str]) -> int:
        """The bits of the sets ``words`` meets, among those with a bit when it is called."""
        return reduce(or_, map(self._word_bits.__getitem__, words & self._words), 0)

    def covered(self) -> int:
        """A bound above every bit given so far: ``of`` called after this is asked answers
        every set whose bit is below it."""
        return 1 << len(self.bit_of)


#: The trigger sets' bits, shared by every index.
BITS = TriggerBits()


class TriggerTable:
    """The trigger words of several patterns tried in turn, each set with its bit, so that the
    bits of a field's words show at once which sets they meet."""

    def __init__(self, sets: list[frozenset[str]]) -> None:
        self.sets = sets
        bits = [BITS.add(words) for words in sets]
        #: The sets' numbers by their bit (equal sets share one), or None when a set has no
        #: bit (``TriggerBits.LIMIT``): the sets are then read word by word.
        self.numbers: dict[int, list[int]] | None = None
        #: All the sets' bits together, and a bound above each of them.
        self.bits = self.covered = 0
        if None not in bits:
            numbers: dict[int, list[int]] = {}
            for number, bit in enumerate(bits):
                assert bit is not None
                numbers.setdefault(bit, []).append(number)
                self.bits |= bit
            self.numbers, self.covered = numbers, max(numbers, default=0)


_NONE: list[int] = []


#: Every byte but a-z made a space: an ASCII text's words are then what ``split`` finds.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def span_words(text: str, spans: list[tuple[int, int]]) -> list[frozenset[str]]:
    """The runs of letters a-z in each span of ``text`` lower-cased (each span lower-cased
    alone where lower case would move the text's offsets: "İ" is two characters in lower
    case); an ASCII text's are found by splitting it at what is no letter, several times
    faster than a pattern's search for each run."""
    lowered = text.lower()
    if lowered.isascii() and len(lowered) == len(text):
        letters = lowered.encode("ascii").translate(_LETTERS_ONLY).decode("ascii")
        return [frozenset(letters[s:e].split()) for s, e in spans]
    find_words = _WORD.findall
    if len(lowered) != len(text):  # each span lower-cased alone: its words, not its offsets
        return [frozenset(find_words(text[s:e].lower())) for s, e in spans]
    return [frozenset(find_words(lowered, s, e)) for s, e in spans]


class SentenceIndex:
    """A prose field's sentences, their lower-case words and whether each holds a digit.

    Every C1 detector reading the field uses all three, so they are made at once (a lazy
    attribute cost more to look up on a short field than it saved); the trigger sets' bits
    of its words are found at the first question about a set."""

    __slots__ = ("_bits", "_covered", "_sentence_bits", "_starts", "has_digit", "spans", "text",
                 "words")

    def __init__(self, spans: list[tuple[int, int]], text: str = "") -> None:
        self.spans = spans
        self.text = text
        self._starts = [s for s, _ in spans]
        #: The lower-case words of each sentence.
        self.words = span_words(text, spans)
        search = (_ASCII_DIGIT if text.isascii() else _DIGIT).search
        #: Whether each sentence holds a digit (none does when the text holds none).
        self.has_digit = [search(text, s, e) is not None for s, e in spans] \
            if search(text) is not None else [False] * len(spans)
        self._bits = 0  # the bits of the sets the vocabulary meets, of those below _covered
        self._covered = 0
        self._sentence_bits: list[int] = []  # each sentence's, with _bits (of two or more)

    @property
    def vocabulary(self) -> frozenset[str]:
        """The lower-case words of all the sentences (found when asked: the detectors ask
        each sentence's)."""
        return self.words[0] if len(self.words) == 1 else frozenset().union(*self.words)

    def at(self, start: int, end: int) -> int | None:
        """The index of the sentence holding ``[start, end)``, or None if it holds none."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return None
        s_start, s_end = self.spans[index]
        return index if start >= s_start and end <= s_end else None

    def met(self, table: TriggerTable) -> list[tuple[int, list[int]]]:
        """The number of each of ``table``'s sets that the field's words meet, with the
        sentences holding one of its words (``with_any``), in order of number: the few sets a
        field meets, found by one ``&`` of its bits and the table's."""
        if table.numbers is None:
            return [(number, sentences) for number, words in enumerate(table.sets)
                    if (sentences := self.with_any(words))]
        if table.covered >= self._covered:
            self._find_bits()
        met = self._bits & table.bits
        found: list[tuple[int, list[int]]] = []
        while met:
            bit = met & -met  # the lowest
            met ^= bit
            sentences = self._holding(bit)
            found += [(number, sentences) for number in table.numbers[bit]]
        if len(found) > 1:
            found.sort(key=_FIRST)
        return found

    def with_each(self, table: TriggerTable) -> list[list[int]]:
        """``with_any`` for each of ``table``'s sets, in order (an empty list for a set the
        field's words do not meet: most of them)."""
        found = [_NONE] * len(table.sets)
        for number, sentences in self.met(table):
            found[number] = sentences
        return found

    def with_any(self, triggers: frozenset[str]) -> list[int]:
        """The sentences holding at least one of ``triggers`` (lower-case words)."""
        bit = BITS.bit_of.get(triggers)
        if bit is None or bit >= self._covered:
            bit = self._bit(triggers)
            if bit is None:
                return [i for i, words in enumerate(self.words) if not words.isdisjoint(triggers)]
        if not self._bits & bit:
            return []  # most trigger sets: one test for the field instead of one a sentence
        return self._holding(bit)

    def _holding(self, bit: int) -> list[int]:
        """The sentences whose words meet the set of ``bit``, which the field's words meet."""
        if len(self.spans) == 1:
            return [0]
        return [i for i, bits in enumerate(self._sentence_bits) if bits & bit]

    def _bit(self, triggers: frozenset[str]) -> int | None:
        """``triggers``' bit, the field's bits found again if they were found before it had
        one (None when no more sets can have one)."""
        bit = BITS.bit_of.get(triggers)
        if bit is None:
            bit = BITS.add(triggers)
            if bit is None:
                return None
        if bit >= self._covered:
            self._find_bits()
        return bit

    def _find_bits(self) -> None:
        """The bits of the sets the field's words meet, of all the sets with a bit now."""
        self._covered = BITS.covered()  # before the bits: a set given one meanwhile is above
        if len(self.words) == 1:
            self._bits = BITS.of(self.words[0])
        else:  # each sentence's, which a field meeting any set is asked about (most are)
            self._sentence_bits = [BITS.of(words) for words in self.words]
            self._bits = reduce(or_, self._sentence_bits, 0)
