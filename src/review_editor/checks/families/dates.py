"""C5: dates and numbers."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Any

from ...model.dates import LONDON, MONTHS, earliest_day, latest_day
from ...model.vocab import Status
from ..context import CheckContext
from ..datetext import DateMention, find_dates, find_years, govuk, weekday_number
from ..facts import RecordFacts
from ..issue import BLOCKING, INFO, WARNING, Issue
from ..language import NUMBER_WORDS, holds_any, matches_at, sentences, tokens
from ..registry import check
from ..text import FieldText
from ..workdays import add_working_days
from .common import field_issue, text_issue

_KEYWORDS = re.compile(r"\b(commissioned|published|completed)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(today|yesterday|this week|last week|last month|last year|"
                       r"recently)\b", re.IGNORECASE)
_ANNOUNCING = re.compile(r"\b(?:publish(?:ed|es|ing)?|announc(?:ed|es|ing)|launch(?:ed|es|ing)|"
                         r"releas(?:ed|es|ing)|said|says|confirm(?:ed|s)|welcom(?:ed|es))\b",
                         re.IGNORECASE)
_PERIOD = re.compile(
    r"\b(?:since\s+(?P<since>(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?:19|20)\d{2})"
    r"|(?:from|between)\s+(?P<start>(?:19|20)\d{2})\s+(?:to|and|until)\s+"
    r"(?P<end>(?:19|20)\d{2}))\b")
_BRACKET_NEXT = re.compile(r"\s*\(")
_REVIEW_WORD = re.compile(r"\breview", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})(?![\d-])")
_MONTH_NAMES = "|".join(MONTHS)
_MONTH_RANGE = re.compile(rf"\b({_MONTH_NAMES})\s*[-–—]\s*({_MONTH_NAMES})\b")
#: Whole words every match holds one of: a field without any is not read for the pattern.
_KEYWORD_WORDS = frozenset({"commissioned", "published", "completed"})
_RELATIVE_WORDS = frozenset({"today", "yesterday", "week", "month", "year", "recently"})
_PERIOD_WORDS = frozenset({"since", "from", "between"})
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_MONTH_WORDS = frozenset(MONTHS)
#: Where a ``_YEAR_RANGE`` match can start: a 1 or 2 after anything but a digit or hyphen.
_YEAR_RANGE_START = re.compile(r"[12](?<![\d-][12])")
_CASES = re.compile(r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?:cases|case reviews|"
                    r"children's cases|families)\b", re.IGNORECASE)


def _release_year(facts: RecordFacts, ctx: CheckContext) -> int:
    release = facts.release_day
    return release.year if release else ctx.now.astimezone(LONDON).year


def _mentions(field: FieldText) -> list[DateMention]:
    return list(find_dates(field.text))


@check("C5.1", WARNING, "Date format")
def date_format(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    year = _release_year(facts, ctx)
    issues = []
    for field in facts.prose_fields:
        for mention in _mentions(field):
            if not mention.style_problems:
                continue
            if mention.day is not None and mention.month is not None:
                rewrite = govuk(mention.day, mention.month, mention.year or year)
                typed = mention.weekday
                if typed and weekday_number(typed) is not None:
                    when = mention.as_date() or _safe_date(mention.year or year, mention.month,
                                                           mention.day)
                    if when is not None:
                        rewrite = f"{when.strftime('%A')} {rewrite}"
            else:
                rewrite = f"{MONTHS[(mention.month or 1) - 1]} {mention.year}"
            problems = ", ".join(mention.style_problems).replace("no year", "no year")
            issues.append(text_issue("C5.1", WARNING, field, mention.start, mention.end,
                                     f"a date not in GOV.UK style ({problems}): "
                                     f"“{mention.text}”", f"“{rewrite}”"))
    return issues


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@check("C5.2", BLOCKING, "Weekday matches the date")
def weekdays(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for field in ctx.facts(record).prose_fields:
        for mention in _mentions(field):
            when = mention.as_date()
            if not mention.weekday or when is None:
                continue
            typed = weekday_number(mention.weekday)
            if typed is not None and typed != when.weekday():
                issues.append(text_issue(
                    "C5.2", BLOCKING, field, mention.start, mention.end,
                    f"{when.day} {MONTHS[when.month - 1]} {when.year} was a "
                    f"{when.strftime('%A')}, not a {mention.weekday.rstrip('.,')}",
                    f"“{when.strftime('%A')} {govuk(when.day, when.month, when.year)}”"))
    return issues


def _agrees(mention: DateMention, value: str | date) -> bool:
    """Compared at the coarser precision of the two."""
    iso = value.isoformat() if isinstance(value, date) else value
    parts = [int(p) for p in iso.split("-")]
    if mention.year is not None and mention.year != parts[0]:
        return False
    if mention.month is not None and len(parts) > 1 and mention.month != parts[1]:
        return False
    return not (mention.day is not None and len(parts) > 2 and mention.day != parts[2])


def _nearby_date(field: FieldText, start: int, end: int) -> DateMention | None:
    """The date written next to a keyword, in its sentence: after it first, then before."""
    block = field.block_at(start)
    if block is None:
        return None
    low_limit, high_limit = block.start, block.end
    for s_start, s_end in sentences(field.text, block.start, block.end):
        if s_start <= start < s_end:
            low_limit, high_limit = s_start, s_end
    inside = tokens(field.text, low_limit, high_limit)
    before = [t for t in inside if t.end <= start][-4:]
    after = [t for t in inside if t.start >= end][:8]
    low = before[0].start if before else start
    high = after[-1].end if after else end
    candidates = [m for m in (*find_dates(field.text), *find_years(field.text))
                  if low <= m.start and m.end <= high]
    following = [m for m in candidates if m.start >= end]
    if following:
        return min(following, key=lambda m: m.start)
    return max(candidates, key=lambda m: m.start) if candidates else None


@check("C5.3", WARNING, "Dates in the text agree with the fields")
def prose_against_fields(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    review = record.review
    values: dict[str, str | date | None] = {
        "commissioned": review.commissioned_on if review else None,
        "completed": review.completed_on if review else None,
        "published": facts.release_day,
    }
    labels = {"commissioned": "review.commissioned_on", "completed": "review.completed_on",
              "published": "published_on"}
    issues = []
    for field in facts.prose_fields:
        text = field.text
        keywords = _KEYWORDS.finditer(text) \
            if holds_any(text, _KEYWORD_WORDS, ignore_case=True) else ()
        for match in keywords:
            keyword = match.group(1).lower()
            value = values[keyword]
            if value is None:
                continue
            mention = _nearby_date(field, match.start(), match.end())
            if mention is None or _agrees(mention, value):
                continue
            shown = value.isoformat() if isinstance(value, date) else value
            issues.append(text_issue(
                "C5.3", WARNING, field, mention.start, mention.end,
                f"the text says {keyword} “{mention.text}” but {labels[keyword]} is {shown}",
                "make the text and the field agree"))
        period = review.period_covered if review else None
        if period is None or not period.start or not holds_any(text, _PERIOD_WORDS):
            continue
        # every _PERIOD match holds a year after a space, so one found by this scan
        years = [m.start() for m in _YEAR_LIKE.finditer(text)]
        for block in field.blocks:
            for s_start, s_end in sentences(text, block.start, block.end):
                first = bisect.bisect_left(years, s_start)
                if first == len(years) or years[first] + 4 > s_end:
                    continue  # no year in the sentence
                if not _REVIEW_WORD.search(text[s_start:s_end]):
                    continue
                for found in _PERIOD.finditer(text, s_start, s_end):
                    start_text = found.group("since") or found.group("start")
                    start_year = int(start_text[-4:])
                    problems = []
                    if start_year != int(period.start[:4]):
                        problems.append(f"starts in {period.start[:4]}")
                    end_text = found.group("end")
                    if end_text and period.end and int(end_text) != int(period.end[:4]):
                        problems.append(f"ends in {period.end[:4]}")
                    if problems:
                        issues.append(text_issue(
                            "C5.3", WARNING, field, found.start(), found.end(),
                            f"the period covered {' and '.join(problems)}, but the text says "
                            f"“{found.group()}”", "make the text and the period agree"))
    return issues


@check("C5.4", WARNING, "Relative dates")
def relative_dates(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    release = facts.release_day
    issues = []
    for field in facts.prose_fields:
        text = field.text
        if not holds_any(text, _RELATIVE_WORDS, ignore_case=True):
            continue
        for block in field.blocks:
            for s_start, s_end in sentences(text, block.start, block.end):
                if not _ANNOUNCING.search(text, s_start, s_end):
                    continue
                for match in _RELATIVE.finditer(text, s_start, s_end):
                    if _BRACKET_NEXT.match(text, match.end()):
                        continue
                    when = f" ({govuk(release.day, release.month, release.year)})" \
                        if release else " (the date)"
                    issues.append(text_issue(
                        "C5.4", WARNING, field, match.start(), match.end(),
                        f"“{match.group()}” will be wrong once the page is older",
                        f"“{match.group()}{when}”"))
    return issues


def _before(a: str | date, b: str | date) -> bool:
    """Rule a ≤ b fails only if it fails for every day they could denote."""
    a_day = earliest_day(a) if isinstance(a, str) else a
    b_day = latest_day(b) if isinstance(b, str) else b
    return a_day <= b_day


@check("C5.5", BLOCKING, "Chronology")
def chronology(record: Any, ctx: CheckContext) -> list[Issue]:
    review = record.review
    issues: list[Issue] = []
    published = record.published_on
    pairs: list[tuple[str, Any, str, Any]] = []
    if review is not None:
        pairs += [("review.commissioned_on", review.commissioned_on, "review.completed_on",
                   review.completed_on),
                  ("review.completed_on", review.completed_on, "published_on", published),
                  ("review.commissioned_on", review.commissioned_on, "published_on", published)]
        if review.period_covered is not None:
            start, end = review.period_covered.start, review.period_covered.end
            pairs += [("review.period_covered.start", start, "review.period_covered.end", end),
                      ("review.period_covered.end", end, "published_on", published),
                      ("review.period_covered.start", start, "published_on", published)]
    for first_path, first, second_path, second in pairs:
        if first is None or second is None or _before(first, second):
            continue
        issues.append(field_issue("C5.5", BLOCKING, second_path,
                                  f"{second_path} ({second}) is before {first_path} ({first})",
                                  "correct whichever date is wrong"))
    today = ctx.now.astimezone(LONDON).date()
    if published is not None and published > today and (
            ctx.effective_status(record) != Status.scheduled):
        issues.append(field_issue("C5.5", BLOCKING, "published_on",
                                  f"published_on ({published}) is in the future",
                                  "schedule the record instead, or correct the date"))
    return issues


@check("C5.6", INFO, "Ranges")
def ranges(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for field in ctx.facts(record).prose_fields:
        for match in matches_at(_YEAR_RANGE, field.text, _YEAR_RANGE_START):
            first, second = match.group(1), match.group(2)
            full = second if len(second) == 4 else first[:2] + second
            if int(full) <= int(first):
                continue
            issues.append(text_issue("C5.6", INFO, field, match.start(), match.end(),
                                     f"a range written “{match.group()}”",
                                     f"“{first} to {full}”"))
        months = _MONTH_RANGE.finditer(field.text) \
            if holds_any(field.text, _MONTH_WORDS) else ()
        for match in months:
            issues.append(text_issue("C5.6", INFO, field, match.start(), match.end(),
                                     f"a range written “{match.group()}”",
                                     f"“{match.group(1)} to {match.group(2)}”"))
    return issues


@check("C5.7", INFO, "Numbers in the text agree with the fields")
def numbers(record: Any, ctx: CheckContext) -> list[Issue]:
    review = record.review
    if review is None or review.number_of_cases is None:
        return []
    issues = []
    for field in ctx.facts(record).prose_fields:
        for match in _CASES.finditer(field.text):
            word = match.group(1).lower()
            value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
            if value is not None and value != review.number_of_cases:
                issues.append(text_issue("C5.7", INFO, field, match.start(), match.end(),
                                         f"the text says “{match.group()}” but the review "
                                         f"looked at {review.number_of_cases} cases",
                                         "check the number"))
    return issues


@check("C5.8", WARNING, "Statutory timescales")
def timescales(record: Any, ctx: CheckContext) -> list[Issue]:
    review = record.review
    if review is None or not review.incident_notified_on or not review.rapid_review_sent_on:
        return []
    deadline = add_working_days(review.incident_notified_on, 15)
    if review.rapid_review_sent_on > deadline:
        return [field_issue("C5.8", WARNING, "review.rapid_review_sent_on",
                            f"the rapid review was sent after 15 working days (due {deadline})",
                            "record the reason for the delay")]
    return []
