"""The headline among the short lines that open a page's text."""

from __future__ import annotations

import re

from ..reviewkinds import review_kinds
from .blocks import Block
from .furniture import author_line
from .pagedates import month_or_year_line, whole_block_date


def headline_in_run(blocks: list[Block], content: list[int]) -> int | None:
    """The headline among the short lines that open a page's text.

    A section's or menu's name often stands above the page's own heading, so the last
    short line before the text (or before the dateline or author line under the
    headline) is the headline, unless it shares words with an earlier one (then it is
    a sub-heading of it) or the lines are many (a list).
    """
    run: list[int] = []
    if whole_block_date(blocks[content[0]]) is not None or _section_label(blocks, content):
        content = content[1:]  # a date, or a section's label ("Safeguarding Children:"), above
    if not content:
        return None
    for index in content[:8]:
        block = blocks[index]
        if whole_block_date(block) is not None or (run and author_line(block)) \
                or (run and month_or_year_line(block)):
            break
        if not title_like(block) and not (block.kind == "heading"
                                           and "\n" not in block.plain) \
                and not _shortened_title(block):
            break
        run.append(index)
    if not run:
        return _over_dateline(blocks, content)
    carried_on = {run[n - 1] for n, i in enumerate(run)
                  if n and _CONTINUING.match(blocks[i].plain.strip())}  # a banner's two lines
    carried_on |= _captions(blocks, run)
    candidates = [i for n, i in enumerate(run)
                  if not _not_a_headline(blocks[i].plain, first=n == 0) and i not in carried_on]
    if not candidates:
        return None
    for n, index in enumerate(run[:-1]):
        if _PART_LABEL.match(blocks[index].plain) and run[n + 1] in candidates:
            return run[n + 1]  # a cover's "Appendix 1" over the appendix's own title
    if len(candidates) > 3 and _header_then_headline([blocks[i].plain for i in candidates]):
        return candidates[-1]  # a logo's words and a tagline, line by line, over the headline
    if len(candidates) > 3 or len(run) == len(content):
        return candidates[0]
    chosen = candidates[-1]
    if _SUB_HEADING.match(blocks[chosen].plain) and not review_kinds(blocks[chosen].plain):
        one_review = [i for i in candidates[:-1] if _names_one_review(blocks[i].plain)]
        if one_review:
            return one_review[-1]  # "… Review Report for April" over "Statement from the Chair"
    words = _content_words(blocks[chosen].plain)
    for index in candidates[:-1]:
        if _extends(blocks[chosen].plain, blocks[index].plain):
            return chosen  # a section's name, then the page's fuller headline starting with it
        if len(_stems(words) & _stems(_content_words(blocks[index].plain))) >= 2 \
                or words < _content_words(blocks[index].plain) \
                or _names_kinds(blocks[index].plain):
            return index  # a sub-heading, or the first entry under a list's heading
    return chosen


#: A cover's line naming which part of a larger document this is ("Appendix 1", "Part II").
_PART_LABEL = re.compile(r"^\s*(?:Appendix|Annex|Annexe|Atodiad|Part|Volume|Supplement)\s+"
                         r"(?:\d{1,2}|[IVX]{1,4})\s*$")


def _over_dateline(blocks: list[Block], content: list[int]) -> int | None:
    """A page opening with prose (a site's blurb, a promotion) before its article: the short
    line just above the article's dateline or byline is its headline."""
    for position in range(1, min(len(content), 8)):
        line, above = blocks[content[position]], blocks[content[position - 1]]
        dated = whole_block_date(line)
        if (dated is not None or author_line(line)) and title_like(above) \
                and len(above.plain.split()) >= 3 and whole_block_date(above) is None \
                and not _not_a_headline(above.plain, first=False):
            return content[position - 1]
    return None


def split_cover_title(blocks: list[Block], content: list[int]) -> tuple[list[int], str] | None:
    """A document's cover title broken over two or three short lines ("Case Management
    Review" / "Process Practice Guidance") that the document writes whole further down:
    (the lines, the title joined)."""
    later = {_words(blocks[i].plain) for i in content[8:200]}
    for position in range(min(len(content), 8)):
        for size in (3, 2):
            lines = content[position:position + size]
            if len(lines) < size or not all(title_like(blocks[i]) for i in lines):
                continue
            joined = " ".join(" ".join(blocks[i].plain.split()) for i in lines)
            if len(joined.split()) >= 4 and _words(joined) in later:
                return lines, joined
    return None


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _section_label(blocks: list[Block], content: list[int]) -> bool:
    """A few words ending in a colon over a headline-like line: the section's label."""
    text = blocks[content[0]].plain.strip()
    return len(content) > 1 and "\n" not in text and text.endswith(":") \
        and 1 <= len(text.split()) <= 4 and not re.search(r"\d", text) \
        and title_like(blocks[content[1]])


def question_heading(blocks: list[Block], content: list[int]) -> int | None:
    """A page that opens with one question on a line of its own, too long for a headline's
    usual length ("Will the Cabinet Secretary ensure that … is published?"): that question
    heads the page (a written question, a page of answers)."""
    if not content:
        return None
    block = blocks[content[0]]
    text = block.plain.strip()
    if block.kind != "paragraph" or "\n" in text or not text.endswith("?") \
            or len(text) > 300 or len(text.split()) > 50 or "://" in text or block.link:
        return None
    return content[0]


def _header_then_headline(lines: list[str]) -> bool:
    """Short lines of a site's header (one to four words each) and then one long line."""
    return len(lines[-1].split()) >= 6 and all(len(line.split()) <= 4 for line in lines[:-1])


def title_like(block: Block) -> bool:
    text = block.plain
    return (block.kind == "paragraph" and "\n" not in text and len(text) <= 150
            and not re.search(r"[.,;:]$", text) and len(text.split()) <= 25
            and "://" not in text and block.link is None)


#: Headings that open a section of a page's text, never its headline (unless first).
_SECTION_HEADINGS = frozenset({
    "background", "introduction", "summary", "overview", "about", "contents", "findings",
    "key findings", "recommendations", "next steps", "what happens next", "context",
    "purpose", "learning", "conclusion", "conclusions", "further information",
    "more information", "related documents", "documents", "downloads", "resources",
    "contact", "contact us", "foreword", "preface", "executive summary", "acknowledgements",
    "acknowledgments", "glossary", "appendix", "appendices", "table of contents"})


def _extends(line: str, earlier: str) -> bool:
    """"Domestic Abuse Related Death Reviews (formerly Domestic Homicide Reviews)" under
    "Domestic Abuse Related Death Reviews": the line is the earlier one and more."""
    line, earlier = " ".join(line.split()).casefold(), " ".join(earlier.split()).casefold()
    return len(line) > len(earlier) and line.startswith(earlier) \
        and not line[len(earlier)].isalnum()


#: A line opening with one of these, in lower case, carries on the line above it.
_CONTINUING = re.compile(r"^(?:or|and|but|nor|to|of|for|with|in|on|at|by|from|than|then)\b")


def _captions(blocks: list[Block], run: list[int]) -> set[int]:
    """A line said twice in a row under the headline ("SBNI chair Jo Bloggs" / "SBNI chair
    Jo Bloggs"): a photograph's alternative text and its caption, not a headline. (The first
    lines said twice are the headline itself, written for screen readers and for the eye.)"""
    said_twice = set()
    for earlier, later in zip(run[1:], run[2:], strict=False):
        if " ".join(blocks[earlier].plain.split()) == " ".join(blocks[later].plain.split()):
            said_twice |= {earlier, later}
    return said_twice


def _shortened_title(block: Block) -> bool:
    """A site's title for the page, shortened with an ellipsis: part of the page's opening
    lines, though never its headline."""
    text = block.plain.strip()
    return block.kind == "paragraph" and "\n" not in text and len(text) <= 150 \
        and text.endswith(("...", "…"))


def shortened_site_title(blocks: list[Block], content: list[int]) -> str | None:
    """The page's first line, when it is a site's title cut short ("re-consideration of
    serious case review - bradford..."), without its ellipsis."""
    if not content or not _shortened_title(blocks[content[0]]):
        return None
    text = re.sub(r"\s*(?:\.\.\.|…)$", "", " ".join(blocks[content[0]].plain.split()))
    return text if len(text.split()) >= 3 else None


#: A labelled line of a post's or a catalogue entry's details ("Author: Jo Bloggs").
_METADATA_LINE = re.compile(r"(?i)^(?:authors?|written by|editors?|year|topics?|tags?|"
                            r"categor(?:y|ies)|format|audience|language|type)\s*:\s*\S")
#: A line cut short: a site's shortened title ("… first annual...", "… for Conducting a").
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)$|\s(?:a|an|the|of|for|and|to|in|on|with|by|from)$")


def _not_a_headline(text: str, *, first: bool) -> bool:
    """A question or a usual section heading under another line heads a section; a line
    ending in a dash or a comma is part of an address or a list; a line opening in lower
    case with "or", "and", "to" … carries on the one above ("Worried about someone" / "or
    need help?"); a line cut short (ending in an ellipsis, or in "a", "of", "for" …) or a
    bare number (a document's page count) or a labelled detail ("Author: …") is no
    headline."""
    text = text.strip()
    if re.search(r"[,–—-]$", text) or _CONTINUING.match(text) or _CUT_SHORT.search(text) \
            or re.fullmatch(r"[\d,.\s]+", text) or _METADATA_LINE.match(text):
        return True
    return not first and (text.endswith("?") or text.lower().rstrip(":") in _SECTION_HEADINGS)


#: Lines that head a part of a page about a review: a statement, message or foreword.
_SUB_HEADING = re.compile(r"(?i)^\W*(?:a\s+)?(?:joint\s+)?(?:statement|message|foreword|"
                          r"response|comment|update|letter|introduction)s?\s+(?:from|by)\b")


def _names_one_review(text: str) -> bool:
    """A line naming a single review ("Safeguarding Adult Review Report for April")."""
    kinds = review_kinds(text)
    return bool(kinds) and not any(match.group().endswith(("s", "S")) for _k, match in kinds)


def _names_kinds(text: str) -> bool:
    """A heading naming a kind of review in the plural ("Safeguarding Adult Reviews")."""
    return any(match.group().endswith(("s", "S")) for _kind, match in review_kinds(text))


_STOPWORDS = frozenset("a an the and or of for to in on from with by at our your this".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _STOPWORDS}


def _stems(words: set[str]) -> set[str]:
    """Words by their first six letters: "adolygiad" and "adolygiadau", "review" and "reviews"
    (a plural, a Welsh plural) are the same word."""
    return {word[:6] for word in words}
