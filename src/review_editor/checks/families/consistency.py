"""C3.14 and C5.9: the key facts agree with the text they head.

The key facts (review type, publication date) are shown on the page and written into its
structured data, so a wrong one is published as fact. An imported page's facts are often
suggestions accepted in a hurry; these checks warn when the text says otherwise:

- C3.14: the review type contradicts the kind of review the text is plainly about (its
  headline names one, or a sentence announces one or speaks of "this" review). A "rapid
  review" on a page announcing a national review is the case this catches.
- C5.9: the publication date contradicts the day the text announces its publication
  ("published today (16 January 2020)", "is today (16/01/2020) publishing"). C5.3 already
  compares "published on …" and other dates next to the words "commissioned", "published"
  and "completed".
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from ...model.vocab import label
from ...reviewkinds import FoundType, agrees, may_name_a_kind, page_review_type
from ...textdates import DateMention, find_dates, scan
from ..context import CheckContext
from ..issue import WARNING, Issue
from ..language import holds_any, sentences
from ..registry import check
from ..text import FieldText
from .common import field_issue, quoted, text_issue

#: A day of publication announced in the text: "today (…)" in a sentence about publishing,
#: or a form of "publish" that C5.3's "published" does not read, then a date.
_TODAY = re.compile(r"\btoday\s*\(\s*(?P<date>[^()]{5,40}?)\s*\)", re.IGNORECASE)
_PUBLISHING = re.compile(r"\b(?:publish(?:es|ing)?|will publish|launch(?:es|ed|ing)?|"
                         r"releas(?:es|ed|ing)|announc(?:es|ed|ing))\b", re.IGNORECASE)
_PUBLISHES_ON = re.compile(r"\b(?:publishes|publishing|will publish|launches|launched|"
                           r"releases|released)\s+(?:\w+\s+){0,6}?on\s+(?P<date>(?:\w+day,?\s+)?"
                           r"\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})", re.IGNORECASE)
#: Whole words every match of each holds one of: a text without any is not read for it.
_ANNOUNCING = ((_TODAY, frozenset({"today"})),
               (_PUBLISHES_ON, frozenset({"publishes", "publishing", "publish", "launches",
                                          "launched", "releases", "released"})))
_LEAD_BLOCKS = 2


@check("C3.14", WARNING, "Review type agrees with the text")
def review_type_agrees(record: Any, ctx: CheckContext) -> list[Issue]:
    review = record.review
    if review is None or review.review_type is None:
        return []
    facts = ctx.facts(record)
    said: list[tuple[FieldText, int, int]] = []
    lead: set[int] = set()
    for field in facts.prose_fields:
        if field.path == "title":
            continue
        first_body = field.path in ("body.0.markdown", "summary")
        spans = tuple((block.start, block.end) for block in field.blocks)
        for start, end, in_lead in _naming_sentences(field.text, spans, first_body):
            if in_lead:
                lead.add(len(said))
            said.append((field, start, end))
    texts = tuple((field.text[start:end], n in lead) for n, (field, start, end)
                  in enumerate(said))
    sure = _sure_kind(record.title, texts)
    if sure is None or not sure.named or agrees(review.review_type, sure.named):
        return []
    shown = label(review.review_type)
    message = (f"the key facts say this is a {shown.lower()}, but the text speaks of "
               f"{quoted(sure.evidence)}: the review type would be published as fact")
    suggestion = "make the review type and the text agree"
    if sure.context == record.title:
        return [Issue("C3.14", WARNING, "title", (sure.start, sure.start + len(sure.evidence)),
                      message, suggestion)]
    for (field, start, _end), (text, _lead) in zip(said, texts, strict=True):
        if text == sure.context:
            at = start + sure.start
            return [text_issue("C3.14", WARNING, field, at, at + len(sure.evidence), message,
                               suggestion)]
    return [field_issue("C3.14", WARNING, "review.review_type", message, suggestion)]


@check("C5.9", WARNING, "Publication date agrees with the text")
def publication_day_agrees(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    day = facts.release_day
    if day is None:
        return []
    issues = []
    for field in facts.prose_fields:
        for mention in _announced_days(field.text):
            if _same_day(mention, day):
                continue
            issues.append(text_issue(
                "C5.9", WARNING, field, mention.start, mention.end,
                f"the text announces publication on {quoted(mention.text)}, but the "
                f"publication date is {day:%-d %B %Y}",
                "make the publication date and the text agree"))
    return issues


@lru_cache(maxsize=256)
def _sure_kind(title: str, texts: tuple[tuple[str, bool], ...]) -> FoundType | None:
    found = page_review_type(title, list(texts), None)
    return next((item for item in found if item.confidence == "high"), None)


@lru_cache(maxsize=1024)
def _naming_sentences(text: str, blocks: tuple[tuple[int, int], ...], first_body: bool
                      ) -> tuple[tuple[int, int, bool], ...]:
    """The sentences that name a kind of review, and whether each is in the lead."""
    if not may_name_a_kind(text):
        return ()
    found = []
    for number, (block_start, block_end) in enumerate(blocks):
        if not may_name_a_kind(text[block_start:block_end]):
            continue
        for start, end in sentences(text, block_start, block_end):
            if may_name_a_kind(text[start:end]):
                found.append((start, end, first_body and number < _LEAD_BLOCKS))
    return tuple(found)


@lru_cache(maxsize=1024)
def _announced_days(text: str) -> tuple[DateMention, ...]:
    found = []
    for pattern, words in _ANNOUNCING:
        if not holds_any(text, words, ignore_case=True):
            continue
        for match in scan(pattern, text):
            if pattern is _TODAY and not _PUBLISHING.search(_sentence(text, match.start())):
                continue
            offset = match.start("date")
            for mention in find_dates(match["date"]):
                found.append(DateMention(mention.start + offset, mention.end + offset,
                                         mention.text, mention.day, mention.month,
                                         mention.year, mention.weekday,
                                         mention.style_problems))
    return tuple(found)


def _same_day(mention: DateMention, day: date) -> bool:
    if mention.day is None or mention.month is None:
        return True  # not a day: nothing to compare
    if mention.year is None:
        return (mention.day, mention.month) == (day.day, day.month)
    return mention.as_date() == day


def _sentence(text: str, position: int) -> str:
    start = max(text.rfind(". ", 0, position), 0)
    end = text.find(". ", position)
    return text[start: end if end >= 0 else len(text)]
