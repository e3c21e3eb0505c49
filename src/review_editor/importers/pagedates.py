"""Which of a page's dates dates the page, and the others kept as alternatives.

Pages date themselves in many ways: a labelled line ("Posted on Thursday 16th May 2024",
"Published: 3rd March 2023"), a line holding only a date under the headline or at the foot of
a statement ("30 May 2024", "Thursday, 7 April 2016 | Ali Spalding"), a date ending the
headline, or an announcement ("is today (16/01/2020) publishing", "published today (27 July)
"). Dates in the prose are mostly about something else (when a review was commissioned, a
policy's date), so they are only alternatives. On a page listing several reviews an
announcement dates its review, not the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..model.dates import MONTHS
from ..textdates import DateMention, find_dates, find_years, full_dates, parse_date
from .blocks import Block

#: How sure each way of dating a page is; the strongest found dates the page.
LABELLED, STANDALONE, ANNOUNCED, IN_HEADING, IN_PROSE = 5, 4, 3, 2, 1

#: Welsh labels: "Cyhoeddwyd gyntaf" (first published), "Diweddarwyd ddiwethaf" (last
#: updated), "Dyddiad cyhoeddi" (date of publication).
_WELSH_LABEL = (r"cyhoeddwyd(?:\s+gyntaf)?|cyhoeddwyd\s+ar|dyddiad(?:\s+cyhoeddi)?|"
                r"diweddarwyd(?:\s+ddiwethaf)?")
_LABEL = re.compile(
    r"^\s*(?:page\s+|this page was\s+)?(?P<label>(?:(?:first|date|originally)\s+)?"
    r"(?:published|posted|issued|released|"
    r"dated?|publication date|date of publication|last\s+updated|updated|last\s+reviewed|"
    r"reviewed|last\s+modified|modified)(?:\s+(?:on|date))?)\s*[:\-–]?\s*(?P<rest>.+)$",
    re.IGNORECASE)
_WELSH_LABELLED = re.compile(rf"(?i)^\s*(?P<label>{_WELSH_LABEL})\s*:?\s*(?P<rest>.+)$")
_UPDATE_LABEL = re.compile(r"updat|review|modif|diweddar", re.IGNORECASE)
#: A label on a line of its own, its date on the next ("Page last updated:" / "25 Nov 2025").
_LABEL_ALONE = re.compile(
    r"^\s*(?:page\s+|this page was\s+)?(?P<label>(?:first\s+|last\s+|date\s+)?(?:published|"
    r"posted|updated|reviewed|modified|issued|date)(?:\s+(?:on|date))?|" + _WELSH_LABEL +
    r")\s*:?\s*$", re.IGNORECASE)
#: A note that the page was changed, over a date of its own: the date of the change.
_AMENDMENT_NOTE = re.compile(
    r"(?i)^\s*(?:amendments?|revisions?|updates?|change log)\s*:?\s*$|^(?=.{0,200}$).*\b(?:"
    r"(?:this|the)\s+(?:page|chapter|document|section|procedure|guidance|information|policy|"
    r"content|protocol)\s+(?:was|has been)\s+(?:last\s+|further\s+)?(?:updated|amended|revised)|"
    r"(?:minor\s+)?(?:revisions|amendments|changes)\s+(?:were|have been)\s+made)\b")
_SIDE_PARTS = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*")
_ANNOUNCING = re.compile(r"\b(?:publish\w*|launch\w*|releas\w*|announc\w*|issu\w*)\b",
                         re.IGNORECASE)
_TODAY_BRACKETED = re.compile(r"\btoday\s*\(\s*(?P<date>[^()]{6,40}?)\s*\)", re.IGNORECASE)
_ON_DATE = re.compile(r"\b(?:published|launched|released|issued|consultation\s+opened)\s+"
                      r"(?:on\s+)?(?:today,?\s+)?"
                      r"(?:\w+day,?\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}|"
                      r"\d{1,2}/\d{1,2}/\d{2,4})", re.IGNORECASE)
#: Welsh announcements: "cyhoeddodd heddiw (3 Mawrth 2031)", "a gyhoeddwyd ar 3 Mawrth 2031".
_WELSH_ANNOUNCED = re.compile(
    r"\bheddiw\s*\(\s*(?P<today>[^()]{6,40}?)\s*\)|\b(?:a\s+)?(?:g?yhoeddwyd|lansiwyd|"
    r"rhyddhawyd)\s+(?:ar\s+)?(?:[Dd]ydd\s+\w+,?\s+)?(?P<on>\d{1,2}\s+\w+\s+\d{4})", re.IGNORECASE)
_WELSH_ANNOUNCING = re.compile(r"\b(?:g?yhoedd\w*|ch?yhoedd\w*|lansi\w*|rhyddha\w*)\b",
                               re.IGNORECASE)
_TOP, _FOOT = 6, 3

Kind = Literal["published", "updated"]


@dataclass(frozen=True)
class PageDate:
    value: date
    text: str  # the date as the page writes it
    evidence: str  # the line or sentence it stands in
    weight: int
    kind: Kind = "published"
    block: int | None = None  # the block that is nothing but this date (and its label)
    start: int | None = None  # offset of the date in the block's text
    weekday_matches: bool = True
    weekday: str | None = None


def page_dates(blocks: list[Block], content: list[int], *, listing: bool) -> list[PageDate]:
    """Every date found, strongest first (then in page order)."""
    found: list[PageDate] = []
    ends = set(content[:_TOP]) | set(content[-_FOOT:])
    standalone = 0
    opening = leading_date(blocks[content[0]]) if content else None
    if opening is not None:
        found.append(opening)
    for index in content:
        block = blocks[index]
        whole = whole_block_date(block)
        if whole is not None:
            mention, label = whole
            above = _LABEL_ALONE.match(blocks[index - 1].plain) if index else None
            label = label or (above["label"] if above else None)
            if label is None and index and _AMENDMENT_NOTE.search(blocks[index - 1].plain):
                label = "updated"  # "This chapter was updated in August 2024." / "5 August 2024"
            standalone += label is None
            kind: Kind = "updated" if label and _UPDATE_LABEL.search(label) else "published"
            weight = LABELLED if label else STANDALONE if index in ends else IN_HEADING
            found.append(_page_date(mention, block.plain, weight, kind, index))
            continue
        if block.kind == "heading" or _title_like(block):
            found.extend(_page_date(m, block.plain, IN_HEADING) for m in _ending_date(block))
            continue
        if block.kind not in ("paragraph", "quote"):
            continue
        announced = [] if listing else _announced(block.plain)
        found.extend(_page_date(m, block.plain, ANNOUNCED, start=m.start) for m in announced)
        taken = {m.start for m in announced}
        found.extend(_page_date(m, block.plain, IN_PROSE, start=m.start)
                     for m in full_dates(block.plain) if m.start not in taken)
    if standalone > 1:  # dates over the entries of a list date the entries, not the page
        found = [item for item in found if item.weight != STANDALONE]
    order = {id(item): n for n, item in enumerate(found)}
    return sorted(found, key=lambda item: (-item.weight, order[id(item)]))


def dateline_in(text: str) -> DateMention | None:
    """A date ending a headline ("Title Tue 27 Jul 2021"), if the rest is a headline."""
    dates = full_dates(text)
    if dates and dates[-1].end == len(text.rstrip()) and dates[-1].start > 0:
        title = text[: dates[-1].start].rstrip(" -–—|,:")
        if len(title.split()) >= 2:
            return dates[-1]
    return None


def whole_block_date(block: Block) -> tuple[DateMention, str | None] | None:
    """(date, label) when the block is a dateline, perhaps beside an author's name."""
    text = block.plain.strip()
    if block.kind not in ("paragraph", "heading") or len(text) > 120 or "\n" in text:
        return None
    text = _CAPITAL_MONTH.sub(lambda m: m[0].title(), text)  # "Date:26 OCT 2010"
    labelled = _LABEL.match(text)
    if labelled:
        rest = labelled["rest"]
        for part in [rest, *_SIDE_PARTS.split(rest)]:
            mention = parse_date(part) or _before_byline(part)
            if mention is not None:
                return mention, labelled["label"]
        dates = full_dates(rest)  # "Published at 5.00 pm on Friday 20 December 2013"
        if len(dates) == 1 and len(rest) <= 60:
            return dates[0], labelled["label"]
    for part in [text, *_SIDE_PARTS.split(text)]:
        mention = parse_date(part) or welsh_date(part) or _before_byline(part)
        if mention is not None:
            return mention, None
    welsh = _WELSH_LABELLED.match(text)
    if welsh:
        mention = welsh_date(welsh["rest"])
        if mention is not None:
            return mention, welsh["label"]
    return None


#: A month's name in capitals, as some sites print dates ("Date:26 OCT 2010").
_CAPITAL_MONTH = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
                            r"(?:UARY|RUARY|CH|IL|E|Y|UST|EMBER|OBER)?\b")
#: A byline after a date ("March 16, 2020 by No Comments", "4 May 2031 by Jo Bloggs").
_BYLINE = re.compile(r"\s+by\s+\S.*$", re.IGNORECASE)
#: A page whose stored text opens with a labelled date run into its first sentence
#: (" date 2031-11-04 “Themes like …"): the date a site's metadata gave the page.
_LEADING_DATE = re.compile(r"(?i)^\s*(?:date|published|posted|updated)\s*:?\s*"
                           r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\s+\S")


def _before_byline(part: str) -> DateMention | None:
    """The date before a byline ("March 16, 2031 by Jo Bloggs")."""
    return parse_date(_BYLINE.sub("", part)) if " by " in part.lower() else None


def leading_date(block: Block) -> PageDate | None:
    """A labelled numeric date opening the page's first block, run into its text."""
    match = _LEADING_DATE.match(block.plain)
    mention = parse_date(match["date"]) if match else None
    if match is None or mention is None or mention.as_date() is None:
        return None
    kind: Kind = "updated" if _UPDATE_LABEL.search(match.group()) else "published"
    return _page_date(mention, block.plain, LABELLED, kind, start=match.start("date"))


def _ending_date(block: Block) -> list[DateMention]:
    mention = dateline_in(block.plain)
    return [mention] if mention else []


def _announced(text: str) -> list[DateMention]:
    mentions = []
    for pattern in (_TODAY_BRACKETED, _ON_DATE):
        for match in pattern.finditer(text):
            sentence = _sentence_around(text, match.start())
            if pattern is _TODAY_BRACKETED and not _ANNOUNCING.search(sentence):
                continue
            for mention in full_dates(text[match.start("date"):match.end("date")]):
                offset = match.start("date")
                mentions.append(DateMention(
                    mention.start + offset, mention.end + offset, mention.text, mention.day,
                    mention.month, mention.year, mention.weekday, mention.style_problems))
    for match in _WELSH_ANNOUNCED.finditer(text):
        group = "today" if match["today"] else "on"
        if group == "today" and not _WELSH_ANNOUNCING.search(_sentence_around(text,
                                                                              match.start())):
            continue
        welsh = welsh_date(match[group])
        if welsh is not None:
            offset = match.start(group)
            mentions.append(DateMention(offset, offset + len(match[group].rstrip()),
                                        welsh.text, welsh.day, welsh.month, welsh.year))
    return mentions


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(". ", 0, position), 0)
    end = text.find(". ", position)
    return text[start: end if end >= 0 else len(text)]


def _title_like(block: Block) -> bool:
    """A line that may be a heading; one ending with a comma is a sentence cut by a line
    break ("… has today (1 May 2031) published a review into the death,")."""
    text = block.plain.rstrip()
    return block.kind == "paragraph" and "\n" not in text and len(text) <= 150 \
        and not re.search(r"[.;:,]$", text)


#: Welsh month names, as Welsh pages date themselves ("Cyhoeddwyd gyntaf: 3 Mawrth 2023").
_WELSH_MONTHS = {name.lower(): number for number, name in enumerate(
    ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
     "Hydref", "Tachwedd", "Rhagfyr"), start=1)}
_WELSH_DATE = re.compile(r"(?i)^\s*(?:dydd\s+\w+,?\s+)?(?P<day>\d{1,2})(?:af|ain|ydd|ed|fed|eg)?"
                         r"\s+(?P<month>[A-Za-zâ]+)\s+(?P<year>(?:19|20)\d{2})\s*\.?\s*$")


def welsh_date(text: str) -> DateMention | None:
    """A Welsh dateline ("3 Mawrth 2023", "Dydd Llun, 1 Hydref 2024") as a date mention."""
    match = _WELSH_DATE.match(text)
    month = _WELSH_MONTHS.get(match["month"].lower()) if match else None
    if match is None or month is None:
        return None
    mention = DateMention(match.start("day"), match.end("year"), text.strip(),
                          int(match["day"]), month, int(match["year"]))
    return mention if mention.as_date() is not None else None


def _page_date(mention: DateMention, evidence: str, weight: int, kind: Kind = "published",
               block: int | None = None, start: int | None = None) -> PageDate:
    value = mention.as_date()
    assert value is not None
    return PageDate(value, mention.text, evidence, weight, kind, block,
                    mention.start if start is None else start, mention.weekday_matches,
                    mention.weekday)


@dataclass(frozen=True)
class PartialPageDate:
    """A page dated only by a month or a year ("Published: 2014", "… published May 2031")."""

    value: str  # ISO partial date: "2014", "2031-05"
    text: str  # as the page writes it
    evidence: str  # the line it stands in


_MONTH_NAMES = "|".join(MONTHS)

#: "published May 2031", "(published 2021, updated 2024)": a month or year the page is dated by.
_PUBLISHED_PARTIAL = re.compile(r"(?i)\b(?:published|publication date|date of publication|"
                                r"issued|released)\s*:?\s*(?:in\s+|on\s+)?(?:the\s+)?(?P<date>"
                                r"(?:" + _MONTH_NAMES + r"|spring|summer|autumn|"
                                r"fall|winter|Q[1-4]|quarter\s+[1-4])\s+(?:of\s+)?"
                                r"(?:19|20)\d{2}|"
                                r"(?:19|20)\d{2})\b")
#: A season or quarter names only its year as a date can hold it ("Spring 2031", "Q2 2031").
_SEASON = re.compile(r"(?i)^(?:spring|summer|autumn|fall|winter|q[1-4]|quarter\s+[1-4])\s+"
                     r"(?:of\s+)?(?P<year>(?:19|20)\d{2})$")


#: A line of its own dating a cover or a catalogue entry by month or year: "July 2031",
#: "July 2031 Contents" (the contents' heading run on), "Year: 2031".
_DATE_ALONE = re.compile(r"(?i)^\s*(?:(?:date|published|year)\s*:\s*)?(?P<date>(?:" + _MONTH_NAMES
                         + r")\s+(?:19|20)\d{2})(?:\s+contents)?\s*$|"
                         r"^\s*(?i:year)\s*:\s*(?P<year>(?:19|20)\d{2})\s*$")


def month_or_year_line(block: Block) -> bool:
    """Whether the block is a line dating a cover by month or year alone ("July 2031")."""
    return block.kind in ("paragraph", "heading") and len(block.plain) <= 60 \
        and _DATE_ALONE.match(" ".join(block.plain.split())) is not None


def partial_page_dates(blocks: list[Block], content: list[int]) -> list[PartialPageDate]:
    """Month or year datelines near the top of a page, for a page that gives no full date."""
    found: list[PartialPageDate] = []
    for index in content[:_TOP + 2]:
        block = blocks[index]
        if block.kind not in ("paragraph", "heading"):
            continue
        alone = _DATE_ALONE.match(" ".join(block.plain.split()))
        if alone:
            text = alone["date"] or alone["year"]
            mentions = [*find_dates(text), *find_years(text)]
            value = mentions[0].partial() if len(mentions) == 1 else None
            if value:
                found.append(PartialPageDate(value, text, " ".join(block.plain.split())))
            continue
        for match in _PUBLISHED_PARTIAL.finditer(block.plain):
            text = match["date"]
            season = _SEASON.match(text)
            mentions = [*find_dates(text), *find_years(text)]
            partial = season["year"] if season else \
                mentions[0].partial() if len(mentions) == 1 else None
            if partial and len(partial) < 10 and not full_dates(block.plain[match.start():]):
                found.append(PartialPageDate(partial, text, " ".join(block.plain.split())))
    return found
