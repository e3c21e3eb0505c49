"""Many fields' texts read as one, so that a check's gate (``registry.gate``) finds the
few fields where the check can find anything with one scan instead of one per field.

The texts are joined with a blank line between them: a pattern that tests what stands
before or after it (``\\b``, a lookbehind for a word character) sees there what it sees at
the edge of a field's own text. A match that runs across the blank line only makes a field
read that did not need to be, never the other way round.
"""

from __future__ import annotations

import bisect
import heapq
import operator
import re
import string
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import Any

from ..model.dates import MONTHS
from .language import Phrases
from .text import FieldText

SEPARATOR = "\n\n"
#: The longest field a gate in front of a single field's reading is worth its scan for:
#: a pattern costs as much a character over the joined text as in the field's own first
#: tests, so what such a gate saves is the calls, which only weigh in a short field (a
#: heading, a one-line section). A longer field is read as it would be anyway.
SHORT_FIELD = 64
#: The number of fields from which a gate is worth its scans: a few long fields (a
#: 10,000-word record's twenty sections) hold most of what gates look for.
GATED_FROM = 100


class FieldBatch:
    def __init__(self, fields: list[FieldText]) -> None:
        self.fields = fields
        self._run_views: dict[str, tuple[bytes, frozenset[bytes]] | None] = {}

    @cached_property
    def starts(self) -> list[int]:
        """Where each field's text starts in ``text``."""
        starts = []
        at = 0
        step = len(SEPARATOR)
        for field in self.fields:
            starts.append(at)
            at += len(field.text) + step
        return starts

    @cached_property
    def positions(self) -> dict[str, int]:
        """Each field's position in ``fields``, by its path."""
        return {field.path: position for position, field in enumerate(self.fields)}

    @cached_property
    def text(self) -> str:
        return SEPARATOR.join([field.text for field in self.fields])

    @cached_property
    def lowered(self) -> str | None:
        """``text`` in lower case, or None when lower-casing would move offsets (or would
        not show "ı" and "ſ", which match "i" and "s" in any case, as either)."""
        text = self.text
        lowered = text.lower()
        if len(lowered) != len(text) or "ı" in text or "ſ" in text:
            return None
        return lowered

    @cached_property
    def most_words(self) -> list[int]:
        """For each field, at least the number of its words (``most_words``)."""
        return [most_words(field.text) for field in self.fields]

    def position(self, offset: int) -> int:
        """The position in ``fields`` of the field whose text holds ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def holding(self, pattern: re.Pattern[str], text: str | None = None,
                then: re.Pattern[str] | None = None) -> list[int]:
        """The positions of the fields where ``pattern`` matches ``text`` (``self.text``, or
        ``lowered``), in order: after a match the search goes on at the next field. With
        ``then``, only those of them where ``then`` matches too (a slower pattern, of which
        ``pattern`` is a quick part)."""
        text = self.text if text is None else text
        starts = self.starts
        fields = self.fields
        found: list[int] = []
        search = pattern.search
        match = search(text)
        while match is not None:
            position = bisect.bisect_right(starts, match.start()) - 1
            start = starts[position]
            if then is None or then.search(text, start,
                                           start + len(fields[position].text)) is not None:
                found.append(position)
            if position + 1 >= len(starts):
                break
            match = search(text, starts[position + 1])
        return found

    @cached_property
    def utf8(self) -> bytes:
        """``text`` in UTF-8, to be translated byte for byte into a view of character
        classes (``bytes.translate``) that ``holding_bytes`` searches at copying speed."""
        return self.text.encode("utf-8", "surrogatepass")

    @cached_property
    def utf8_starts(self) -> list[int]:
        """Where each field's text starts in ``utf8``."""
        if len(self.utf8) == len(self.text):  # ASCII: a byte a character
            return self.starts
        starts = []
        at = 0
        step = len(SEPARATOR)
        for field in self.fields:
            starts.append(at)
            at += len(field.text.encode("utf-8", "surrogatepass")) + step
        return starts

    @cached_property
    def capitals(self) -> bytes:
        """``utf8`` with each capital A-Z as "A" and anything else as a space."""
        return self.utf8.translate(_CAPITALS)

    def beyond_ascii(self) -> list[int]:
        """The positions of the fields holding a character beyond ASCII."""
        if self.text.isascii():
            return []
        return self.holding_bytes(self.utf8.translate(_BEYOND_ASCII), (b"X",))

    def holding_bytes(self, view: bytes, needles: Iterable[bytes]) -> list[int]:
        """The positions of the fields whose bytes in ``view`` (``utf8`` translated byte for
        byte) hold any of ``needles``."""
        return _holding_any(needles, view, self.utf8_starts)

    def holding_any(self, needles: Iterable[str], text: str | None = None) -> list[int]:
        """The positions of the fields whose text (or ``lowered``) holds any of ``needles``."""
        text = self.text if text is None else text
        return _holding_any(self.may_hold(needles, text), text, self.starts)

    def may_hold(self, needles: Iterable[str], text: str) -> tuple[str, ...]:
        """Of ``needles``, those that ``text`` (``text`` or ``lowered``) may hold: a needle
        none of whose letters a-z are left out of a few words' searches. Each run of such
        letters in a needle (in lower case) is part of a word of the text, so a needle
        with a run that is part of none of the text's distinct words (``_letter_runs``)
        is not in the text: it need not be looked for through the whole of it."""
        needles = tuple(needles)
        if len(needles) < _PRUNED_FROM or (text is not self.text and text is not self.lowered):
            return needles
        words = self._letter_runs
        if words is None:
            return needles
        return tuple(needle for needle in needles
                     if all(run in words for run in _LETTER_RUN.findall(needle.lower())))

    @cached_property
    def _letter_runs(self) -> str | None:
        """The distinct runs of letters a-z of ``lowered``, one a line (a few thousand
        words for a long record), or None when it is not ASCII."""
        runs = self._runs(LETTERS)
        return None if runs is None else "\n".join(run.decode("ascii") for run in runs[1])

    def holding_phrases(self, phrases: Phrases | None) -> list[int] | None:
        """The positions of the fields where ``phrases`` may match (None: any of them)."""
        if phrases is None:
            return []
        needles = phrases.needles
        text = self.lowered if phrases.ignore_case else self.text
        if needles is None or text is None:
            return None
        return self.holding_any(needles, text)

    def holding_words(self, words: Iterable[str], letters: str) -> list[int] | None:
        """The positions of the fields whose lower-cased text holds any of ``words`` (lower
        case) as a whole run of ``letters`` (``LETTERS``: a-z, or ``WORD_CHARACTERS``), or
        None when that text is not ASCII (the caller then scans it with a pattern). The
        text's runs are split out once a batch, so a word none of them is costs a set
        look-up, and a word that is one a search for it with a space either side."""
        runs = self._runs(letters)
        if runs is None:
            return None
        view, present = runs
        needles = [b" " + word + b" " for word in
                   (w.encode("ascii") for w in words if w.isascii()) if word in present]
        # a needle found at i (its first space) is a word starting at i of the text: the
        # view is the text after one space
        return _holding_any(needles, view, self.starts)

    def _runs(self, letters: str) -> tuple[bytes, frozenset[bytes]] | None:
        if letters not in self._run_views:
            lowered = self.lowered
            if lowered is None or not lowered.isascii():
                self._run_views[letters] = None
            else:
                view = b" " + lowered.encode("ascii").translate(_RUN_TABLES[letters]) + b" "
                self._run_views[letters] = view, frozenset(view.split())
        return self._run_views[letters]

    def holding_dates(self) -> list[int] | None:
        """The positions of the fields where ``textdates.find_dates`` may find a date: those
        holding a digit and a month's first three letters, or a numeric or ISO date's
        digits and separators."""
        fields = self.fields
        named = [position for position in self.holding_any(_MONTH_STARTS)
                 if _DIGIT.search(fields[position].text) is not None]
        return union(named, self.holding_bytes(self.utf8.translate(_DATE_DIGITS),
                                               (b"9/9", b"9-9")))

    def holding_phrases_read_whole(self, phrases: Phrases | None) -> list[int] | None:
        """``holding_phrases`` for a matcher that reads each field's whole text: one in any
        case reads only a text holding one of its first words (``Phrases.first_words``), a
        set look-up here when the batch can split its text into runs."""
        if phrases is not None and phrases.ignore_case and phrases.first_words is not None:
            found = self.holding_words(phrases.first_words, WORD_CHARACTERS)
            if found is not None:
                return found
        return self.holding_phrases(phrases)

    def where(self, test: Callable[[FieldText], bool]) -> list[int]:
        """The positions of the fields that pass ``test``."""
        return [position for position, field in enumerate(self.fields) if test(field)]


def _holding_any(needles: Iterable[Any], text: Any, starts: list[int]) -> list[int]:
    """The positions of the fields (starting at ``starts`` in ``text``, a string or bytes)
    where ``text`` holds any of ``needles``."""
    return list(_holding_in_order(tuple(needles), text, starts))


def _holding_in_order(needles: tuple[Any, ...], text: Any, starts: list[int]) -> Iterator[int]:
    """``_holding_any``'s positions in order, each found only when the one before it has
    been read: each needle's next place in ``text`` waits in a heap, and after a field is
    found every needle is looked for again from the next field on."""
    found = [(at, index) for index, needle in enumerate(needles) if (at := text.find(needle)) >= 0]
    heapq.heapify(found)
    while found:
        position = bisect.bisect_right(starts, found[0][0]) - 1
        yield position
        if position + 1 >= len(starts):
            return
        following = starts[position + 1]
        while found and found[0][0] < following:
            index = found[0][1]
            at = text.find(needles[index], following)
            if at >= 0:
                heapq.heapreplace(found, (at, index))
            else:
                heapq.heappop(found)


def byte_view(classes: dict[str, str], beyond_ascii: str) -> bytes:
    """A ``bytes.translate`` table writing each ASCII character of ``classes``' keys as the
    class's symbol (its value), any other ASCII character as a space, and every byte of a
    character beyond ASCII as ``beyond_ascii``."""
    table = bytearray(b" " * 128 + beyond_ascii.encode("ascii") * 128)
    for characters, symbol in classes.items():
        for character in characters:
            table[ord(character)] = ord(symbol)
    return bytes(table)


#: The letters of ``FieldBatch.holding_words``' runs: a-z (``DetectorBase.block_words``), or
#: the word characters of an ASCII text in lower case (``language.holds_any``).
LETTERS = "a-z"
WORD_CHARACTERS = "word"
_RUN_TABLES = {
    LETTERS: bytes(byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256)),
    WORD_CHARACTERS: bytes(byte if chr(byte) in string.ascii_lowercase + string.digits + "_"
                           else ord(" ") for byte in range(256)),
}
_MONTH_STARTS = tuple(month[:3] for month in MONTHS)
_LETTER_RUN = re.compile("[a-z]+")
#: The number of needles from which sorting out those a text cannot hold is worth splitting
#: its words out (about what twenty searches through the whole text cost).
_PRUNED_FROM = 4
_DIGIT = re.compile(r"\d")
#: Digits as "9", "/" and "." as "/", "-" as itself; a character beyond ASCII, which may be
#: a digit, as "9"s. Every numeric date ("5/3/2031", "5.3.31") holds b"9/9", every ISO date
#: b"9-9".
_DATE_DIGITS = byte_view({string.digits: "9", "/.": "/", "-": "-"}, "9")
#: Capitals as "A" (a byte beyond ASCII is never one of A-Z), anything else as a space.
_CAPITALS = byte_view({string.ascii_uppercase: "A"}, " ")
#: Every byte of a character beyond ASCII as "X", anything else as a space.
_BEYOND_ASCII = byte_view({}, "X")


def _word_runs_table() -> bytes:
    """UTF-8 bytes to "a" or " ": an ASCII word character is "a", any other ASCII character
    " ", and a character beyond ASCII " a", " aa" or " aaa" (its lead byte, then its
    continuation bytes), whether or not it is a word character."""
    ascii_word = re.compile(r"\w", re.ASCII)
    return bytes(ord("a") if (byte < 0x80 and ascii_word.match(chr(byte))) or 0x80 <= byte < 0xC0
                 else ord(" ") for byte in range(256))


_WORD_RUNS = _word_runs_table()


def most_words(text: str) -> int:
    """At least ``language.count_words(text)``, read at the speed of a byte copy: the runs
    of "a" where ``_WORD_RUNS`` writes each character. Each word's first character starts a
    run (or, beyond ASCII, holds one), and between two words stands a character that writes
    a space, so no two words share a run."""
    runs = text.encode("utf-8", "surrogatepass").translate(_WORD_RUNS)
    return runs.count(b" a") + runs.startswith(b"a")


def union(*found: Iterable[int] | None) -> list[int] | None:
    """Positions found by any of several tests, in order (None if any test passes all)."""
    positions: set[int] = set()
    for part in found:
        if part is None:
            return None
        positions.update(part)
    return sorted(positions)


#: The batches made during a run: several checks read the same fields joined (the record's
#: sexual-offence words, C2.2's phrases, C4.4's capitals, the per-field checks' gates), and
#: join, lower-case and encode them once. Emptied at the end of each run (``forget``).
_BATCHES: list[FieldBatch] = []


def batch_of(fields: list[FieldText]) -> FieldBatch:
    """A batch of ``fields``: the same as an earlier one of the run when it has the same
    fields, in the same order."""
    for batch in _BATCHES:
        if len(batch.fields) == len(fields) and all(map(operator.is_, batch.fields, fields)):
            return batch
    batch = FieldBatch(fields)
    _BATCHES.append(batch)
    if len(_BATCHES) > 4:
        del _BATCHES[0]
    return batch


def forget() -> None:
    """Drop the run's batches (their joined texts are the size of the record)."""
    _BATCHES.clear()


def may_match(phrases: Phrases | None, fields: list[FieldText]) -> Iterator[FieldText]:
    """Of ``fields``, in order, those where ``phrases`` may match (all of them when they are
    few), each looked for when the one before it has been read: a reader that stops at the
    first match (the record's sexual-offence words) has the rest looked for no further."""
    if phrases is None:
        return iter(())
    batch = batch_of(fields) if len(fields) >= GATED_FROM else None
    text = None if batch is None else batch.lowered if phrases.ignore_case else batch.text
    if batch is None or text is None or phrases.needles is None:
        return iter(fields)
    return (fields[position] for position in
            _holding_in_order(batch.may_hold(phrases.needles, text), text, batch.starts))


def with_capitals(fields: list[FieldText], run: int) -> list[FieldText]:
    """Of ``fields``, those holding ``run`` capitals A-Z in a row (all of them when they
    are few)."""
    if len(fields) < GATED_FROM:
        return fields
    batch = batch_of(fields)
    return [fields[position] for position in batch.holding_bytes(batch.capitals, (b"A" * run,))]
