"""Gates of the per-field text checks (``registry.gate``): for many fields at once, the ones
where a check can find anything, from a few scans of their joined text.

Each gate passes every field holding something every finding of its check holds (a word, a
character, a short pattern): a field it leaves out would give the check nothing to report.
Where lower case would move offsets the lower-cased text is not used, and a gate on it
passes every field.
"""

from __future__ import annotations

import re
from typing import Any

from ...model.dates import MONTHS
from ..batch import FieldBatch, union
from ..context import CheckContext
from ..language import cached_phrases, count_words
from ..registry import gate
from . import style
from .style import _CONTROL, _CURLY, _INVISIBLE, _REORDERING, _STRAIGHT, _leading_text


def _lower_needles(batch: FieldBatch, needles: tuple[str, ...]) -> list[int] | None:
    """The fields holding any of ``needles`` (lower case) in their lower-cased text."""
    lowered = batch.lowered
    return None if lowered is None else batch.holding_any(needles, lowered)


def _lower_pattern(batch: FieldBatch, pattern: re.Pattern[str]) -> list[int] | None:
    """The fields where ``pattern`` (for lower-case text) matches their lower-cased text."""
    lowered = batch.lowered
    return None if lowered is None else batch.holding(pattern, lowered)


def _words_over(batch: FieldBatch, words: int) -> list[int]:
    """The fields of more than ``words`` words (which take at least two characters each
    but the last)."""
    shortest = 2 * words
    return batch.where(lambda field: len(field.text) > shortest
                       and count_words(field.text) > words)


@gate("C4.1")
def _long_sentences(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int]:
    return _words_over(batch, ctx.settings.long_sentence_words)


@gate("C4.2")
def _reading_age(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int]:
    return _words_over(batch, 29)  # shorter fields are not measured


@gate("C4.3")
def _words_to_avoid(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return batch.holding_phrases(cached_phrases(tuple(ctx.settings.words_to_avoid)))


_FOUR_CAPITALS = re.compile("[A-Z]{4}")


@gate("C4.5")
def _tone(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return union(batch.holding(_FOUR_CAPITALS), batch.holding_any(("!", "&")),
                 batch.where(lambda field: field.markdown is not None
                             and bool(field.markdown.emphasis)))


@gate("C4.6")
def _ages_style(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _lower_needles(batch, ("-old",))


_HIDDEN_CHARACTERS = re.compile(f"{_INVISIBLE.pattern}|{_REORDERING.pattern}|{_CONTROL.pattern}")
_WHITE_RUN = re.compile(r"\s{5}")  # a blank block between two blocks' separators


@gate("C4.7")
def _scrape_hygiene(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    boilerplate = _configured(batch, ctx.settings.boilerplate)
    title = " ".join(record.title.split()).casefold()
    repeats: list[int] | None = []
    if title:  # a block repeating it holds its longest word (lower case if it is ASCII)
        repeats = union(_lower_needles(batch, (max(title.split(), key=len),)),
                        batch.where(lambda field: not field.text.isascii()))
    empty = union(batch.holding(_WHITE_RUN), batch.where(
        lambda field: field.markdown is not None and field.text != field.text.strip()))
    quotes = set(batch.holding(_STRAIGHT)).intersection(batch.holding(_CURLY))
    return union(boilerplate, repeats, batch.holding(_HIDDEN_CHARACTERS), empty, quotes)


def _configured(batch: FieldBatch, patterns: list[str]) -> list[int] | None:
    """The fields where ``style.configured_pattern`` keeps any of ``patterns``."""
    if not patterns:
        return []
    leading = tuple(_leading_text(pattern) for pattern in patterns)
    return None if "" in leading else _lower_needles(batch, leading)


_PASSIVE_LOWER = re.compile(r"(?:is|are|was|were|be|been|being)\s+\w+ed\b")


@gate("C4.8")
def _passive_voice(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _lower_pattern(batch, _PASSIVE_LOWER)


@gate("C4.10")
def _leftovers(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    settings = ctx.settings
    return union(_configured(batch, settings.placeholders_blocking),
                 _configured(batch, settings.placeholders_warning))


@gate("C4.12")
def _spelling(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    if not ctx.settings.spelling:
        return []
    speller = style.record_speller(record, ctx)
    return batch.where(lambda field: not speller.knows_every_word(field.text))


_APOSTROPHE_CASES = re.compile(r"(?:year|month|week|day|hour)s['’]|0['’]s|['’]\d0s")


@gate("C4.13")
def _apostrophes(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _lower_pattern(batch, _APOSTROPHE_CASES)


@gate("C4.14")
def _victim_blaming(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    settings = ctx.settings
    return union(batch.holding_phrases(cached_phrases(tuple(settings.victim_blaming))),
                 batch.holding_phrases(cached_phrases(tuple(settings.victim_blaming_with_child))))


_DIGIT = re.compile(r"\d")


@gate("C5.1")
def _date_format(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int]:
    return batch.holding(_DIGIT)  # every date found in text holds one


@gate("C5.2")
def _weekdays(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int]:
    return batch.holding_any(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))


@gate("C5.3")
def _dates_against_fields(record: Any, ctx: CheckContext,
                          batch: FieldBatch) -> list[int] | None:
    period = record.review.period_covered if record.review else None
    periods = batch.holding_any(("since", "from", "between")) if period and period.start \
        else []
    return union(_lower_needles(batch, ("commissioned", "published", "completed")), periods)


@gate("C5.4")
def _relative_dates(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _lower_needles(batch, ("today", "yesterday", "week", "month", "year", "recently"))


_RANGE = re.compile(rf"(?:19|20)\d\d\s*[-–—/]|(?:{'|'.join(MONTHS)})\s*[-–—]")


@gate("C5.6")
def _ranges(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int]:
    return batch.holding(_RANGE)


@gate("C5.7")
def _numbers(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    if record.review is None or record.review.number_of_cases is None:
        return []
    return _lower_needles(batch, ("case", "families"))


_COLOUR = re.compile(r"\s(?:red|green|amber|blue|yellow|orange|purple|grey)")


@gate("C6.6")
def _colour_only(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _lower_pattern(batch, _COLOUR)
