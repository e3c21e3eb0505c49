"""Pages that list several reviews: each review found, with its own lines.

A listing names each review on a line of its own ("Serious Case Review - Child G", "Discretionary
SAR 'Holly'", "APR CTMSB 03-2022 Report"), often once per document ("Adult V Overview Report
04/04/2023", "Adult V Learning Brief 04/04/2023"), or in a sentence ("The HSCP published CSPR
Peer on Peer Abuse on 21 February, 2022."). Lines about the same review are one review: the
review's name is the line without its document words and dates, and two names are the same
review when their kind and numbers agree ("CPR CTMSB 8/2020" and "CPR 08 2020").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.vocab import ReviewType
from ..reviewkinds import described_kind, resolve, review_kinds
from .blocks import Block
from .gazetteer import Nation
from .pagedates import whole_block_date
from .pseudonyms import NOT_NAMES, find_pseudonyms, is_first_name

_DOCUMENT = re.compile(
    r"(?i)\b(?:(?:final|full|overview|summary|executive summary|published)\s+reports?|"
    r"(?:one|single|two)[- ]page(?:d)?\s+(?:learning\s+)?summar(?:y|ies)|one[- ]pagers?|"
    r"reports?|executive summary|summary|(?:7|seven)[- ]minute (?:learning )?briefings?|"
    r"learning (?:briefs?|briefings?|summary|leaflets?|recommendations)|briefings?|action plans?|"
    r"(?:board|partnership)(?:'s|’s)? response|response|easy read(?: version)?|"
    r"(?:and|&)\b|pdf|docx?|\d+(?:\.\d+)?\s*[km]b)\b")
_DATE_LIKE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+"
                        r"[A-Z][a-z]+,?\s+\d{4}\b|\(\s*(?:(?i:published|updated|added|posted)"
                        r"(?:\s+on)?:?\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:19|20)\d{2})?\s*\)")
#: "…into the death of Lisa", "…in relation to Clare": a name introduced by these words.
_NAMED_BY = re.compile(r"\b(?:death of|deaths of|in relation to|concerning|known as|"
                       r"referred to as|in respect of)\s+[‘'\"“]?[A-Z][a-z]+")
_SEPARATORS = re.compile(r"^[\s:–—|,-]+|[\s:–—|,(-]+$")
_LEADING_DOCUMENT = re.compile(
    r"(?i)^\s*(?:(?:LSCB|SAB|SCP|LSCP)\s+)?(?:overview|final|full|improvement|summary)\s+"
    r"reports?\s*[:–—-]?\s*(?=[A-Z])")
_TRAILING_KIND = re.compile(
    r"\s+[–—-]\s+(?:(?:discretionary|statutory|mandatory)\s+)?(?:safeguarding adults? reviews?|"
    r"domestic homicide reviews?|serious case reviews?|child safeguarding practice reviews?|"
    r"(?:learning lessons|lessons learn(?:ed|t)|learning|thematic|rapid) reviews?|"
    r"SARs?|DHRs?|SCRs?|L?CSPRs?)\s*$", re.IGNORECASE)
_BRIEF_FIRST = re.compile(r"(?i)^\s*(?:learning (?:brief|briefing|leaflet)|(?:7|seven)[- ]minute"
                          r" briefing)\b")
_PUBLISHED_NAMED = re.compile(
    r"\bpublished\s+(?:the\s+|its\s+|a\s+)?(?P<title>(?:L?CSPR|SCR|SAR|DHR|DARDR|CPR|APR|"
    r"Child Safeguarding Practice Review|Serious Case Review|Safeguarding Adults? Review|"
    r"Domestic Homicide Review)\s+[A-Z][^.,;]{1,60}?)\s+on\s+\d", re.IGNORECASE)
_GENERIC = frozenset("""s reviews review report reports learning framework protocol process
    policy panel guidance published""".split())
_MAX_LINE = 120
#: What is left of "(published 16/01/2030)" once its date is taken off an entry's line.
_PUBLISHED_LABEL = re.compile(r"(?i)\s*\(?\s*(?:published|updated|added|posted)(?:\s+on)?\s*:?"
                              r"\s*\)?$")
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December)")
#: A table row's publication status after the review's name ("Child O  No longer published",
#: "Child KG  Unpublished*", "Delayed in publication**"), its footnote marks included.
_STATUS_END = re.compile(
    r"(?i)\s+(?:no longer published|not (?:yet )?published|unpublished|to be published|"
    r"awaiting publication|(?:publication )?(?:delayed|deferred|postponed)(?: in publication)?|"
    r"withdrawn|archived|removed)\s*[*†‡]*\s*$")
#: An entry's own date ending its line: "(2024)", "| April 2024", "- published November 2015",
#: ", March 2018".
_YEAR_END = re.compile(rf"\(\s*(?:(?:published|updated|added|posted)(?:\s+on)?:?\s+)?(?:"
                       rf"{_MONTHS}\s+)?(?:19|20)\d{{2}}\s*\)\s*$|(?:\s[|–—-]|,)\s*(?:published\s+)?"
                       rf"{_MONTHS}\s+(?:19|20)\d{{2}}\s*$", re.IGNORECASE)
#: A document word cut off where the stored copy of a page stops ("Judith - Overview R").
_CUT_DOCUMENT = re.compile(r"\s+[–—-]\s+(?P<words>[A-Za-z]+(?:\s+[A-Za-z]+){0,2})\s*$")
_DOCUMENT_WORDS = ("overview", "report", "summary", "executive", "final", "full", "action",
                   "plan", "learning", "briefing", "brief")
#: Headings of a section about reviews in general, never one listed review.
_SECTION_WORDS = frozenset("""purpose about what why how when who criteria process role
    making make referral referrals introduction background information definition
    published publishing publication publications guidance view read download see click
    access visit""".split())


@dataclass
class ListedReview:
    title: str
    review_type: ReviewType | None
    blocks: list[int] = field(default_factory=list)  # the lines (and text) about it
    key: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # the pseudonyms its line gives: lines naming the same are one


def find_reviews(blocks: list[Block], content: list[int], *, page_type: ReviewType | None,
                 nation: Nation | None) -> list[ListedReview]:
    """The reviews a page lists, in page order; fewer than two means it is no listing.

    Entries are found by their words (a kind of review, a pseudonym), then by their shape:
    lines shaped like the entries found ("Anne (2022)" beside "Gillian SAR (2023)"), and
    short lines under a date, each above its description ("01 August 2025" / "Responding to
    physical abuse" / "In June 2025, the partnership completed a multi-agency audit …").
    """
    reviews = _by_words(blocks, content, page_type, nation, year_lines=False)
    if _among_topics(reviews, blocks, content):
        return []
    shaped = [r for r in reviews if _YEAR_END.search(blocks[r.blocks[0]].plain)]
    dated_lines = [i for i in content if _dated_line(blocks[i])]
    if len(shaped) >= 2 or len(dated_lines) >= 2:  # lines shaped alike are entries alike
        kinds = [r.review_type for r in shaped if r.review_type is not None]
        reviews = _by_words(blocks, content, page_type, nation, year_lines=True,
                            shaped_type=kinds[0] if kinds else page_type)
    if len(reviews) < 2:
        dated = _dated_entries(blocks, content, nation)
        if len(dated) >= 2:
            return dated
        echoed = _echoed_entries(blocks, content, nation)
        if len(echoed) >= 2:
            keys = {r.key for r in echoed}
            merged = echoed + [r for r in reviews if r.key not in keys]
            return sorted(merged, key=lambda r: r.blocks[0])
    return reviews


def _among_topics(reviews: list[ListedReview], blocks: list[Block], content: list[int]
                  ) -> bool:
    """A review or two among many topics' names, one a line ("Child Sexual Exploitation",
    "Child E Serious Case Review", "Dark Web", …): a page of topic briefings, some drawn from
    reviews, not a listing of reviews."""
    if not reviews or len(reviews) > 3:
        return False
    entries = {review.blocks[0] for review in reviews if review.blocks}
    short = [_line_like(blocks[i]) and len(blocks[i].plain.split()) <= 8 for i in content]
    topics: set[int] = set()
    for position, index in enumerate(content):
        if index not in entries:
            continue
        start = end = position  # the run of short lines the entry stands in
        while start > 0 and short[start - 1]:
            start -= 1
        while end + 1 < len(content) and short[end + 1]:
            end += 1
        if start == position or end == position:
            return False  # an entry opening or closing its run heads or ends a list of its own
        topics.update(i for i in content[start:end + 1] if i not in entries
                      and not review_kinds(blocks[i].plain)
                      and not find_pseudonyms(blocks[i].plain))
    return len(topics) >= 5 * len(reviews) and len(topics) >= 12


_NAME_LINE = re.compile(r"^[A-Z][\w’'-]*(?:\s+(?:and|&|[A-Z][\w’'-]*)){0,4}$")


def _echoed_entries(blocks: list[Block], content: list[int], nation: Nation | None
                    ) -> list[ListedReview]:
    """Names on lines of their own, each repeated in the sentence under it ("Alvah" /
    "In August 2020, three month old baby Alvah was brought to hospital …")."""
    entries: list[ListedReview] = []
    for position, index in enumerate(content[:-1]):
        line, description = blocks[index], blocks[content[position + 1]]
        name = line.plain.strip()
        if line.kind not in ("paragraph", "heading") or not _NAME_LINE.match(name) \
                or description.kind != "paragraph":
            continue
        first = re.split(r"(?<=[.!?])\s+", description.plain, maxsplit=1)[0]
        if not re.search(rf"\b{re.escape(name)}\b", first):
            continue
        entries.append(ListedReview(name, described_kind(first, nation),
                                    [index, content[position + 1]],
                                    key=("", *_words_of(name))))
    return entries


def _dated_entries(blocks: list[Block], content: list[int], nation: Nation | None
                   ) -> list[ListedReview]:
    entries: list[ListedReview] = []
    for position, index in enumerate(content[:-2]):
        title, description = blocks[content[position + 1]], blocks[content[position + 2]]
        if whole_block_date(blocks[index]) is None or not _line_like(title) \
                or len(title.plain.split()) > 12 or description.kind != "paragraph" \
                or whole_block_date(title) is not None:
            continue
        first = re.split(r"(?<=[.!?])\s+", description.plain, maxsplit=1)[0]
        entries.append(ListedReview(title.plain.strip(), described_kind(first, nation),
                                    [content[position + 1], content[position + 2]],
                                    key=("", *_words_of(title.plain))))
    if len(entries) >= 2:
        entries.extend(_undated_entries(blocks, content, content.index(entries[-1].blocks[1]),
                                        nation))
    return entries


def _undated_entries(blocks: list[Block], content: list[int], start: int,
                     nation: Nation | None) -> list[ListedReview]:
    """Entries after the dated ones that lack only the date: a short line between
    descriptions, or the last line where the stored page stops, each naming a review."""
    found: list[ListedReview] = []
    for position in range(start + 1, len(content)):
        line, before = blocks[content[position]], blocks[content[position - 1]]
        after = blocks[content[position + 1]] if position + 1 < len(content) else None
        if before.kind != "paragraph" or not _line_like(line) or len(line.plain.split()) > 12 \
                or whole_block_date(line) is not None or line.plain.rstrip().endswith(":"):
            continue
        if after is not None and (after.kind != "paragraph" or _line_like(after)):
            continue
        said = re.split(r"(?<=[.!?])\s+", after.plain, maxsplit=1)[0] if after else line.plain
        kind = described_kind(said, nation)
        if kind is None:
            continue
        title = line.plain.strip()
        found.append(ListedReview(title, kind, [content[position]],
                                  key=("", *_words_of(title))))
    return found


def _words_of(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+", text)]


def _by_words(blocks: list[Block], content: list[int], page_type: ReviewType | None,
              nation: Nation | None, *, year_lines: bool,
              shaped_type: ReviewType | None = None) -> list[ListedReview]:
    reviews: list[ListedReview] = []
    current: ListedReview | None = None
    section_type = page_type
    listed_under: ReviewType | None = None  # the kind a heading over a list names
    documents = sum(len(_FILE_SIZE.findall(blocks[i].plain)) for i in content)
    for index in content:
        block = blocks[index]
        if _CONTENTS_LINE.search(block.plain.strip()):
            continue  # "3.7 Birth of child M 11": a document's contents, not a review
        if block.kind == "list":
            listed = _listed_documents(block, section_type, nation, topics=documents >= 2)
            _add_new(reviews, listed, index)
            if listed:
                current = None
                continue
        item = _item(block, section_type, nation) if _line_like(block) else None
        if item is None and _line_like(block):
            item = _document_entry(block, section_type, topics=documents >= 2)
        if item is None and section_type is not None:
            item = _code_entry(block, section_type)
        if item is None and year_lines and _dated_line(block):
            title = _title(" ".join(block.plain.split()))
            item = ListedReview(title, _own_type(title, nation, section_type or shaped_type),
                                key=("", *_words_of(block.plain)))
        if item is None and listed_under is not None and _line_like(block):
            item = _section_document(block, listed_under)
        if item is None and _line_like(block):
            heading = _resolved([kind for kind, m in review_kinds(block.plain)
                                 if m.group().endswith(("s", "S"))], nation)
            section_type = heading[0] if heading else section_type
            listed_under = heading[0] if heading else listed_under
        elif item is None and _lead_in(block):
            heading = _resolved([kind for kind, _m in review_kinds(block.plain)], nation)
            section_type = heading[0] if heading else section_type
            listed_under = heading[0] if heading else listed_under
        if item is not None:
            same = next((r for r in reviews if r.key == item.key
                         or (item.names and r.names == item.names)), None)
            if same is None:
                reviews.append(item)
                same = item
            same.blocks.append(index)
            current = same
            continue
        if block.kind == "paragraph" and not _line_like(block) and _mixed_kinds(block.plain):
            section_type = listed_under = None  # "reports of SCRs and Case Reviews": either
        named = _sentence_items(block, nation)
        _add_new(reviews, named, index)
        if named:
            current = None
        elif current is not None and block.kind in ("paragraph", "list", "quote", "table"):
            current.blocks.append(index)
    return reviews


_AND_OTHER_REVIEWS = re.compile(r"^\s*(?:and|or|&)\s+(?:[A-Z][\w-]*\s+){0,3}[Rr]eviews\b")


def _mixed_kinds(text: str) -> bool:
    """Whether a sentence speaks of two kinds of review together ("reports of Serious Case
    Reviews and Case Reviews", "our SARs and DHRs"): the entries below it may be either."""
    plural = [(kind, match) for kind, match in review_kinds(text)
              if match.group().endswith(("s", "S"))]
    return len({kind for kind, _m in plural}) >= 2 or any(
        _AND_OTHER_REVIEWS.match(text[match.end():]) for _kind, match in plural)


def _resolved(kinds: list[ReviewType | str], nation: Nation | None) -> list[ReviewType]:
    resolved = [resolve(kind, nation) for kind in kinds]
    return [kind for kind in resolved if kind is not None]


def _line_like(block: Block) -> bool:
    text = _DATE_COLON.sub("", block.plain.strip())  # a row's date, not a list's lead-in
    sentence = re.search(r"[.!?]$", text) and len(text.split()) > 6
    return block.kind in ("paragraph", "heading") and "\n" not in text and not sentence \
        and len(text) <= _MAX_LINE and not re.search(r"[a-z]{2}[.!?:;]$|[:;]$", text)


#: A line of a document's contents: a section's number, its title and its page number
#: ("1.1 Event triggering this review 1"), or a title and dotted leaders ("Introduction ..... 4").
_CONTENTS_LINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\D[^\n]{1,120}?\s+\d{1,3}$|"
                            r"\.{4,}\s*\d{1,3}$")


def _lead_in(block: Block) -> bool:
    """A few words ending in a colon over a list ("CSPR Reports:", "Learning Review's 7-point
    Briefings:"): the kind they name is the kind of the entries below, whatever its number."""
    text = block.plain.strip()
    return block.kind in ("paragraph", "heading") and "\n" not in text and text.endswith(":") \
        and len(text.split()) <= 8 and not _DATE_COLON.search(text)


#: A colon straight after a year ends a table row ("Child K  Published 6 October 2029:").
_DATE_COLON = re.compile(r"(?<=\b(?:19|20)\d\d)\s*:$")


def _item(block: Block, page_type: ReviewType | None, nation: Nation | None
          ) -> ListedReview | None:
    text = " ".join(block.plain.split())
    name = _name(text)
    if not name:
        return None
    named = review_kinds(name)
    kinds = _resolved([kind for kind, _m in named], nation)
    whose = _DOCUMENT_FOR.search(name)
    if whose and (kinds or page_type) and is_first_name(whose["who"]):  # "… for Gary": Gary's
        return ListedReview(whose["who"], _statutory(kinds) or page_type,
                            key=("", whose["who"].lower()))
    pseudonyms = find_pseudonyms(name)
    rest = _identity(name)
    singular = any(not match.group().endswith(("s", "S")) for _k, match in named)
    introduced = _introduced(name)
    if not pseudonyms and not introduced and not (kinds and singular
                                                  and _distinctive(name, rest)):
        return None
    if not pseudonyms and _NOT_REVIEWS.search(text):
        return None  # "The Panel's annual report and national review": another document
    brief = bool(_BRIEF_FIRST.match(text)) and not kinds  # a brief, not a review
    review_type = None if brief else _statutory(kinds) or page_type
    key = _key(kinds[0].value if kinds else "", rest)
    names = tuple(sorted(found.pseudonym for found in pseudonyms))
    return ListedReview(_title(text), review_type, key=key, names=names)


#: A review's document named for whom the review is about, once its document words are gone
#: ("Safeguarding Adults Overview Review [report] for Gary", "… Review [executive summary] of
#: Mary"): the name is the review's.
_DOCUMENT_FOR = re.compile(r"\b[Rr]eview\s+(?:for|of)\s+(?P<who>[A-Z][a-z]{2,15})$")


def _dated_line(block: Block) -> bool:
    """A short line ending with its own date: "Anne (2022)", "Louise | published May 2024"."""
    text = block.plain.strip()
    return _line_like(block) and bool(_YEAR_END.search(text)) and not text[:1].islower() \
        and len(_YEAR_END.sub("", text).split()) <= 10  # a lower-case start continues a line


def _own_type(title: str, nation: Nation | None, fallback: ReviewType | None
              ) -> ReviewType | None:
    """An entry's kind: its own words', else the section's; an entry naming reviews in the
    plural ("Thematic Analysis of SARs") is about many reviews, not one of that kind."""
    named = review_kinds(title)
    singular = _resolved([kind for kind, m in named if not m.group().endswith(("s", "S"))],
                         nation)
    if singular:
        return _statutory(singular)
    return None if named else fallback


#: A review listed by its reference alone: "Case GN13:", "Review 2019/04", "Family AB12".
_CODE_ENTRY = re.compile(r"^(?:Case|Review|Family|Child|Adult|Ref(?:erence)?\.?)\s+"
                         r"(?P<code>(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{1,11})"
                         r"\s*:?$")


def _code_entry(block: Block, section_type: ReviewType) -> ListedReview | None:
    """Under a heading or headline naming a kind of review, a line naming one review by its
    reference ("Case GN13:"): an entry of that kind, whose reference is not a pseudonym."""
    text = " ".join(block.plain.split())
    match = _CODE_ENTRY.match(text) if block.kind in ("paragraph", "heading") else None
    if match is None:
        return None
    title = text.rstrip(" :")
    return ListedReview(title, section_type, key=("", *_words_of(match["code"])))


def _section_document(block: Block, section_type: ReviewType) -> ListedReview | None:
    """Under a heading naming a kind of review ("Thematic Partnership Reviews"), a line naming
    one review's document and its year ("Online Safety/Self-Harm – Full Report (2017)")."""
    text = " ".join(block.plain.split())
    if not _REPORT.search(text) or not re.search(r"(?:19|20)\d{2}", text) \
            or _NOT_REVIEWS.search(text):
        return None
    title = _title(text)
    if not re.search(r"[A-Za-z]{3}", title) or len(title.split()) > 8 or title == text:
        return None
    return ListedReview(title, section_type, key=("", *_words_of(title)))


_MONTH_END = re.compile(rf"(?:\s[|–—-]|,)\s*(?:published\s+)?{_MONTHS}\s+(?:19|20)\d{{2}}\s*$",
                        re.IGNORECASE)
_REPORT = re.compile(r"(?i)\b(?:(?:full|final|overview|summary)\s+report|executive summary)\b")


#: A document link's type and size after its name: "(PDF, 224 Kb)", "[PDF 1.2MB]".
_FILE_SIZE = re.compile(r"(?i)[(\[]\s*(?:(?:PDF|Word|DOCX?|ODT)\b[\s,:;-]*)?\d+(?:\.\d+)?\s*"
                        r"(?:[KM]B|bytes)\b[^)\]]{0,12}[)\]]")
_QUOTED = re.compile(r"(?:^|(?<=\s))[\"“‘']\s*(?P<name>[A-Z][^\"”’']{1,40}?)\s*[\"”’']"
                     r"(?=\s|$|[,:;–—-])")
#: Documents a partnership publishes beside its reviews that are not reviews.
_NOT_REVIEWS = re.compile(r"(?i)\b(?:annual report|strategy|strategic plan|business plan|"
                          r"policy|procedures?|guidance|protocol|terms of reference|newsletter|"
                          r"(?:feedback|quality assurance|qa)\s+letter|letter from|"
                          r"poster|form|template|leaflet|minutes|agenda|constitution)\b")


def _document_entry(block: Block, section_type: ReviewType | None, *, topics: bool
                    ) -> ListedReview | None:
    """A link to one review's document named by a quoted name or a topic, its file type and
    size after it (`"Jenny" (PDF, 224 Kb)`); a topic counts where several documents are
    listed so."""
    text = " ".join(block.plain.split())
    size = _FILE_SIZE.search(text)
    if size is None or text[size.end():].strip(" .,;–—-"):
        return None
    line = _SEPARATORS.sub("", text[:size.start()])
    name = _SEPARATORS.sub("", _name(line))
    quoted = _QUOTED.search(name)
    if quoted is None and (not topics or len(name.split()) > 10 or _NOT_REVIEWS.search(line)):
        return None
    if not re.search(r"[A-Za-z]{2}", name):
        return None
    kinds = _resolved([kind for kind, _m in review_kinds(name)], None)
    who = quoted["name"] if quoted else name  # "DHR “Jenny” Executive Summary" is Jenny's
    title = who if quoted and quoted.group().strip() == line else _title(line)
    return ListedReview(title,
                        _statutory(kinds) or section_type, key=("", *_words_of(who)))


def _listed_documents(block: Block, section_type: ReviewType | None, nation: Nation | None,
                      *, topics: bool) -> list[ListedReview]:
    """The reviews a bulleted or numbered list names, one item each: by a document it links
    to, or by its kind and name ("1. SAR Mr E")."""
    found = []
    for line in block.plain.splitlines():
        item = re.sub(r"^\s*(?:[•*–-]|\d+[.)])\s+", "", line)
        entry = _document_entry(Block("paragraph", item, item), section_type, topics=topics)
        if entry is None and _kind_and_name(item):
            entry = _item(Block("paragraph", item, item), section_type, nation)
        if entry is not None:
            found.append(entry)
    return found


def _kind_and_name(item: str) -> bool:
    """A list item that is a kind of review and a name, and no more ("SAR Mr E", "DHR
    Jenny"): not a sentence that mentions a review ("the response to Adult P's needs")."""
    words = item.split()
    return 2 <= len(words) <= 5 and any(match.start() == 0 and not match.group().endswith("s")
                                        for _kind, match in review_kinds(item))


def _sentence_items(block: Block, nation: Nation | None) -> list[ListedReview]:
    if block.kind != "paragraph":
        return []
    items = []
    for match in _PUBLISHED_NAMED.finditer(block.plain):
        title = match["title"].strip()
        kinds = _resolved([kind for kind, _m in review_kinds(title)], nation)
        rest = _identity(title)
        if kinds and _distinctive(title, rest):
            items.append(ListedReview(title, _statutory(kinds), key=_key(kinds[0].value, rest)))
    return items


def about_kinds(title: str) -> bool:
    """A headline naming a kind of review in the plural ("Safeguarding Adults Reviews"), or a
    kind and nothing else ("Domestic Homicide Review"): a page about that kind of review, whose
    one listed review is an entry of a list, not the page's own."""
    if re.search(r"s\)?\s*$", title):
        return True
    rest = title
    for _kind, match in reversed(review_kinds(title)):
        rest = rest[:match.start()] + rest[match.end():]
    return not re.search(r"[A-Za-z0-9]", re.sub(r"(?i)\b(?:the|a|an|our|about)\b", "", rest))


def _introduced(name: str) -> bool:
    """"Review into the death of Lisa": a review named by whom it is about."""
    return bool(_NAMED_BY.search(name)) and bool(re.match(r"(?i)\W*(?:\w+\s+){0,4}review",
                                                           name))


def single_listing(review: ListedReview, line: str) -> bool:
    """Whether one review found on a page about reviews is a list's entry: a line naming a
    document of it, or naming it by whom it is about, not a heading over news about it."""
    return bool(_DOCUMENT.search(line) or _DATE_LIKE.search(line) or _introduced(line))


def _title(text: str) -> str:
    """The line as the list gives it, without the documents, dates and kind of review that
    end it ("SK – Safeguarding Adult Review") or the documents that start it ("Overview
    Report Child L")."""
    title = _LEADING_DOCUMENT.sub("", text) or text
    cut = _CUT_DOCUMENT.search(title)
    if cut and all(any(document.startswith(word.lower()) for document in _DOCUMENT_WORDS)
                   for word in cut["words"].split()):
        title = title[:cut.start()]
    named = re.match(r"^(?P<who>(?:Mr|Mrs|Ms|Miss|Adult|Child|Baby)\s+[A-Z]{1,2})\s*:\s+\S", title)
    if named:  # "Mrs I: key themes around …"
        return named["who"]
    while True:
        shorter = _SEPARATORS.sub("", _PUBLISHED_LABEL.sub("", _trailing(title)))
        shorter = _SEPARATORS.sub("", _STATUS_END.sub("", shorter))
        shorter = _SEPARATORS.sub("", _MONTH_END.sub("", shorter))
        kind = _TRAILING_KIND.search(shorter)
        if kind and kind.start() > 0:
            shorter = _SEPARATORS.sub("", shorter[:kind.start()])
        if shorter == title or not shorter:
            return title
        title = shorter


def _trailing(text: str) -> str:
    for pattern in (_DATE_LIKE, _DOCUMENT):
        last = None
        for match in pattern.finditer(text):
            last = match
        if last is not None and not text[last.end():].strip(" :–—|,()-"):
            return text[:last.start()]
    return text


def _distinctive(name: str, words: list[str]) -> bool:
    """Whether the words left name one review: a number, a name or a quoted title."""
    if not words or len(words) > 6:
        return False
    capitals = [w for w in re.findall(r"\b[A-Z][\w]*", name)
                if w not in NOT_NAMES and w.lower() not in _SECTION_WORDS]
    rest = {w.lower() for w in capitals}
    return any(w.isdigit() for w in words) or bool(rest & set(words))


def _name(text: str) -> str:
    """A listed line without its document words and dates: the review's name."""
    name = _DATE_LIKE.sub(" ", text)
    name = _DOCUMENT.sub(" ", name) if _DOCUMENT.search(name) else name
    name = " ".join(name.split())
    return _SEPARATORS.sub("", name)


def _identity(name: str) -> list[str]:
    """What tells this review from others: the words left once its kind is taken out."""
    rest = name
    for _kind, match in reversed(review_kinds(name)):
        rest = rest[:match.start()] + " " + rest[match.end():]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+|\d+", rest)]
    words = [w for w in words if w not in _GENERIC]
    return words


_ROLE_WORDS = frozenset("child adult baby mr mrs ms miss family the young person".split())


def _key(kind: str, words: list[str]) -> tuple[str, ...]:
    """What makes two lines one review: the kind and numbers of a numbered review
    ("CPR 8/2020"), or the names ("Adult K", "Child K Overview Report")."""
    numbers = [str(int(w)) for w in words if w.isdigit()]
    if numbers:
        return (kind, *numbers)
    named = [w for w in words if w not in _ROLE_WORDS]
    return ("", *(named or words))


def _statutory(kinds: list[ReviewType]) -> ReviewType | None:
    """"Learning Review/DHR": the statutory kind names the review."""
    for kind in kinds:
        if kind not in (ReviewType.learning_review_non_statutory,):
            return kind
    return kinds[0] if kinds else None


def _add_new(reviews: list[ListedReview], found: list[ListedReview], index: int) -> None:
    """Add the reviews of block ``index`` that are not listed yet."""
    for review in found:
        if not any(r.key == review.key for r in reviews):
            review.blocks.append(index)
            reviews.append(review)
