"""What the C1 detectors find (``Detection``), the helpers they share, and
``DetectorBase``: the record's facts and the per-field look-ups every detector uses.

Each detector reads one field's text and returns ``Detection`` items; the C1 checks turn
them into issues and the jigsaw scorer (C1.7) adds up those in a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .facts import RecordFacts
from .language import cached_phrases, sentences, token_index, tokens
from .sentence_index import SentenceIndex, span_words
from .text import FieldText


@dataclass(frozen=True)
class Detection:
    code: str
    kind: str  # a jigsaw category or a finer label ("dob", "postcode", "phone", …)
    start: int
    end: int
    text: str
    message: str
    suggestion: str = ""
    blocking: bool = False


_UNREAD = object()


def digits(value: str) -> str:
    only = re.sub(r"\D", "", value)
    if only.startswith("44") and len(only) in (11, 12):
        only = "0" + only[2:]
    return only


def nhs_number_valid(number: str) -> bool:
    if len(number) != 10 or not number.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(number[9])


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


class DetectorBase:
    """The record's facts and the per-field look-ups shared by the C1 detectors."""

    def __init__(self, facts: RecordFacts) -> None:
        self.facts = facts
        self.settings = facts.settings
        self._last_index: tuple[FieldText, SentenceIndex] | None = None
        self._allowed_pattern: Any = _UNREAD

    # -- helpers -------------------------------------------------------------------------
    def _near_subject(self, field: FieldText, start: int, end: int,
                      window: int | None = None) -> bool:
        window = window or self.settings.subject_window_tokens
        block = field.block_at(start)
        if block is None:
            return False
        refs = [r for r in self.facts.subject_refs(field) if block.start <= r[0] < block.end]
        if not refs:
            return False
        text = field.text
        here = token_index(text, start)
        here_end = token_index(text, max(end - 1, start))
        return any(here - window <= token_index(text, ref_start) <= here_end + window
                   for ref_start, _ in refs)

    def _sentence_of(self, field: FieldText, offset: int) -> tuple[int, int]:
        block = field.block_at(offset)
        if block is None:
            return offset, offset
        for s, e in sentences(field.text, block.start, block.end):
            if s <= offset < e:
                return s, e
        return block.start, block.end

    def _window_text(self, field: FieldText, start: int, end: int, words: int) -> str:
        block = field.block_at(start)
        if block is None:
            return ""
        inside = tokens(field.text, block.start, block.end)
        before = [t for t in inside if t.end <= start][-words:]
        after = [t for t in inside if t.start >= end][:words]
        first = before[0].start if before else start
        last = after[-1].end if after else end
        return field.text[first:last]

    def _allowed_spans(self, field: FieldText) -> list[tuple[int, int]]:
        return self.facts.remember(f"allowed:{field.path}", lambda: self._find_allowed(field))

    def _find_allowed(self, field: FieldText) -> list[tuple[int, int]]:
        pattern = self._allowed_pattern
        if pattern is _UNREAD:
            pattern = self._allowed_pattern = cached_phrases(
                tuple(n for n in self.facts.allowed_names if len(n) > 2), False)
        return [] if pattern is None else [
            (m.start(), m.end()) for m in pattern.finditer(field.text)]

    def _denied(self, text: str, start: int, end: int) -> bool:
        denylist = self.facts.ctx.denylist
        return bool(denylist and denylist.matches(text[start:end]))

    def sentence_index(self, field: FieldText) -> SentenceIndex:
        """The field's sentences, block by block, and their words. The detectors read one
        field at a time, so only the last field's is kept: a long record's run would
        otherwise hold every field's sentence words until it ends."""
        last = self._last_index
        if last is not None and last[0] is field:
            return last[1]
        text = field.text
        index = SentenceIndex(
            [span for block in field.blocks for span in sentences(text, block.start, block.end)],
            text)
        self._last_index = (field, index)
        return index

    def block_words(self, field: FieldText) -> list[tuple[tuple[int, int], frozenset[str]]]:
        """Each block's span and lower-case words: a pattern runs only on the blocks holding
        one of its trigger words. They are found in the blocks' text, not gathered from a
        prose field's sentences: the sentences hold all of a block but spaces, and no word
        runs across two, so the words are the same, and a field read after another field's
        sentences were indexed is not split into sentences again for them."""
        return self.facts.remember(f"words:{field.path}", lambda: self._block_words(field))

    @staticmethod
    def _block_words(field: FieldText) -> list[tuple[tuple[int, int], frozenset[str]]]:
        spans = [(block.start, block.end) for block in field.blocks]
        return list(zip(spans, span_words(field.text, spans), strict=True))


def a_persons_name(first: str, last: str) -> bool:
    from .name_runs import first_names
    from .people_words import PLAIN_TITLES, PROFESSIONAL_TITLES

    return first in PLAIN_TITLES or first in PROFESSIONAL_TITLES or last in first_names()


def unique(found: list[Detection]) -> list[Detection]:
    seen: set[tuple[str, int, int]] = set()
    result = []
    for detection in sorted(found, key=lambda d: (d.start, -d.end)):
        key = (detection.code, detection.start, detection.end)
        if key not in seen:
            seen.add(key)
            result.append(detection)
    return result


def without_nested(found: list[Detection]) -> list[Detection]:
    spans = [(d.start, d.end) for d in found]
    return [d for d in found
            if not any(s <= d.start and d.end <= e and (s, e) != (d.start, d.end)
                       for s, e in spans)]

