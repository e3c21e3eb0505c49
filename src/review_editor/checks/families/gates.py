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
from ..language import cached_phrases
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
    """The fields that may have more than ``words`` words."""
    return [position for position, most in enumerate(batch.most_words) if most > words]


@gate("C4.1")
def _long_sentences(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int]:
    return _words_over(batch, ctx.settings.long_sentence_words)


@gate("C4.2")
def _reading_age(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int]:
    return _words_over(batch, 29)  # shorter fields are not measured


@gate("C4.3")
def _words_to_avoid(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return batch.holding_phrases(cached_phrases(tuple(ctx.settings.words_to_avoid)))


@gate("C4.5")
def _tone(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return union(batch.holding_bytes(batch.capitals, (b"AAAA",)),
                 batch.holding_any(("!", "&")),
                 batch.where(lambda field: field.markdown is not None
                             and bool(field.markdown.emphasis)))


@gate("C4.6")
def _ages_style(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _lower_needles(batch, ("-old",))


_CURLY_UTF8 = tuple(quote.encode() for quote in _CURLY.pattern.strip("[]"))
_HIDDEN_CHARACTERS = re.compile(f"{_INVISIBLE.pattern}|{_REORDERING.pattern}|{_CONTROL.pattern}")
#: Three white-space characters or more, written to lead with a class (``\s{3,}`` leads
#: with a repeat): the regex engine then skips to white space instead of trying every
#: character.
_WHITE_RUN = re.compile(r"\s\s\s+")


def _blank_blocks(batch: FieldBatch) -> list[int]:
    """The fields that may hold a block of white space only: it stands at the start or the
    end of the text, beside the separator, or between two blocks' separators ("\\n\\n"), in a
    run of white space of three characters or more (five), which may be the next field's."""
    fields = batch.fields
    found = {0, len(fields) - 1}
    for run in _WHITE_RUN.finditer(batch.text):  # every field the run touches
        found.update(range(batch.position(run.start()), batch.position(run.end() - 1) + 1))
    return sorted(found)


@gate("C4.7")
def _scrape_hygiene(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    boilerplate = _configured(batch, ctx.settings.boilerplate)
    title = " ".join(record.title.split()).casefold()
    repeats: list[int] | None = []
    if title:  # a block repeating it holds its longest word (lower case if it is ASCII)
        repeats = union(_lower_needles(batch, (max(title.split(), key=len),)),
                        batch.beyond_ascii())
    empty = _blank_blocks(batch)
    fields = batch.fields
    quotes = [position for position in batch.holding_bytes(batch.utf8, _CURLY_UTF8)
              if _STRAIGHT.search(fields[position].text) is not None]
    return union(boilerplate, repeats, batch.holding(_HIDDEN_CHARACTERS), empty, quotes)


def _configured(batch: FieldBatch, patterns: list[str]) -> list[int] | None:
    """The fields where any of ``patterns`` (matched in any case) may match."""
    if not patterns:
        return []
    needles = tuple(max(_leading_text(pattern), _required_text(pattern), key=len)
                    for pattern in patterns)
    return None if "" in needles else _lower_needles(batch, needles)


_VERBOSE = re.compile(r"\(\?[a-zA-Z]*x")
_COUNT = re.compile(r"\{\d*,?\d*\}")


def _required_text(pattern: str) -> str:
    """The longest run of plain characters in ``pattern`` outside any group, class or
    alternative, which every match holds (lower case); "" when there is none."""
    if _VERBOSE.search(pattern):
        return ""  # spaces would mean nothing
    runs: list[str] = [""]
    depth = 0
    at = 0
    while at < len(pattern):
        char = pattern[at]
        literal = None
        if char == "\\":
            following = pattern[at + 1:at + 2]
            literal = following if following and not following.isalnum() else None
            at += 2
        elif char == "[":
            at = _class_end(pattern, at)
        elif char == "{" and _COUNT.match(pattern, at):
            at = _COUNT.match(pattern, at).end()  # type: ignore[union-attr]
        elif char in "()|.^$*+?":
            if char == "|" and depth == 0:
                return ""
            depth += {"(": 1, ")": -1}.get(char, 0)
            at += 1
        else:
            literal = char
            at += 1
        if literal is None or depth:
            runs.append("")
        elif pattern[at:at + 1] in ("*", "?", "{"):
            runs.append("")  # optional, or a count we do not read
        else:
            runs[-1] += literal
            if pattern[at:at + 1] == "+":
                runs.append("")
    return max(runs, key=len).lower()


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opening at ``at`` ends (just after its "]")."""
    at += 1
    if pattern[at:at + 1] == "^":
        at += 1
    if pattern[at:at + 1] == "]":
        at += 1
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


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
    fields = batch.fields
    if len(fields) > _SPELLING_SAMPLE:
        misspelt = sum(not speller.spelt_right(field.text)
                       for field in fields[:_SPELLING_SAMPLE])
        if misspelt >= _SPELLING_SAMPLE * _MOSTLY_MISSPELT:
            return None  # most fields hold a word to report: reading each first spares little
        # The joined text holds each field's words, and a word that may start a sentence
        # in its field may start one there too (a field's start follows a blank line):
        # when the joined text is spelt right, so is every field, and its distinct words
        # are read once.
        if not misspelt and speller.spelt_right(batch.text):
            return []
    return batch.where(lambda field: not speller.spelt_right(field.text))


#: The first fields the spelling gate reads one by one: when one of them may be misspelt,
#: the others likely hold a word to report too, and reading their joined text first would
#: not spare reading them.
_SPELLING_SAMPLE = 100
#: The share of those fields that may be misspelt from which the gate passes every field:
#: each field it passes is read twice (its words are looked up again by the check itself),
#: so when many hold a word to report, reading them all first costs more than it spares.
_MOSTLY_MISSPELT = 1 / 3


_PLURAL_APOSTROPHE = re.compile("s['’]")
_TIME_APOSTROPHE = re.compile(r"(?:year|month|week|day|hour)s['’]")
#: "0's", "'90s": each apostrophe's patterns on their own, led by a literal character (which
#: the regex engine skips to) rather than by a class (which it tries at every character).
_DECADE_APOSTROPHES = (re.compile("0['’]s"), re.compile(r"'\d0s"), re.compile(r"’\d0s"))


@gate("C4.13")
def _apostrophes(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    lowered = batch.lowered
    if lowered is None:
        return None
    return union(batch.holding(_PLURAL_APOSTROPHE, lowered, then=_TIME_APOSTROPHE),
                 *(batch.holding(decade) for decade in _DECADE_APOSTROPHES))


@gate("C4.14")
def _victim_blaming(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    settings = ctx.settings
    return union(batch.holding_phrases(cached_phrases(tuple(settings.victim_blaming))),
                 batch.holding_phrases(cached_phrases(tuple(settings.victim_blaming_with_child))))


_DIGIT = re.compile(r"\d")


#: What every date ``textdates.find_dates`` finds holds: a month's name (its first three
#: letters), or digits written as a numeric or an ISO date; all of them hold a digit.
def _dates(batch: FieldBatch) -> list[int] | None:
    return batch.holding_dates()


@gate("C5.1")
def _date_format(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _dates(batch)


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
    return _lower_needles(batch, ("today", "yesterday", "this week", "last week", "last month",
                                  "last year", "recently"))  # dates._RELATIVE's words


_YEAR_RANGES = (re.compile(r"19\d\d\s*[-–—/]"), re.compile(r"20\d\d\s*[-–—/]"))
_MONTH_RANGE = re.compile(rf"(?:{'|'.join(MONTHS)})\s*[-–—]")


@gate("C5.6")
def _ranges(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return union(*(batch.holding(years) for years in _YEAR_RANGES),
                 batch.holding(_MONTH_RANGE))


@gate("C5.7")
def _numbers(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    if record.review is None or record.review.number_of_cases is None:
        return []
    return _lower_needles(batch, ("case", "families"))


_COLOUR = re.compile(r"\s(?:red|green|amber|blue|yellow|orange|purple|grey)")


@gate("C6.6")
def _colour_only(record: Any, ctx: CheckContext, batch: FieldBatch) -> list[int] | None:
    return _lower_pattern(batch, _COLOUR)
