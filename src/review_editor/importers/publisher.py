"""Finding the publishing organisation in a page's opening words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.vocab import PublisherType
from ..textdates import full_dates
from .gazetteer import Partnership, find_partnerships, lookup, whole_name

_ORG = re.compile(
    r"(?P<org>(?:The\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:and|for|of|&)\s+)?){0,7}?"
    r"(?:Partnership|Board|Panel|Partners|Arrangements|(?:Child|Adult|Public)\s+Protection\s+"
    r"Committee))\b"
    r"(?:\s*\((?P<short>[A-Z][A-Za-z]{1,9})\))?"
    r"(?:\s+[–—-]\s+(?P<tagline>[A-Z][^,.;:()]{3,100}?))?(?=[,.;:()]|\s+(?:has|have|is|are|"
    r"today|this|will|was|were|publishe[sd]|announce[sd]|release[sd]|launche[sd]|welcome[sd])"
    r"\b|$)")
#: A body said to hold the duty for reviews: "has a statutory responsibility to conduct".
_DUTY = (r"^[\s,]*(?:\([^)]*\)\s*)?(?:has|have|holds?)\s+(?:a\s+|the\s+)?(?:statutory\s+|legal\s+)?"
         r"(?:duty|responsibility|responsibilities)\b|^[\s,]*(?:is|are)\s+(?:statutorily\s+)?"
         r"responsible\s+for\b")
_PUBLISHES = re.compile(
    r"^[\s,]*(?:\([^)]*\)\s*)?(?:has|have)?\s*(?:today\s+|now\s+|this week\s+|recently\s+)?"
    r"(?:published|publishes|released|releases|launched|launches|announced|announces|"
    r"welcomed|welcomes|completed|completes|developed|develops|produced|produces|"
    r"commissioned|commissions)\b|" + _DUTY)
_ON_BEHALF = re.compile(r"\bon behalf of\s+(?:the\s+)?$", re.IGNORECASE)
#: "A function of the Fenmoor Safeguarding Children Partnership is to conduct …": the body
#: whose statutory work the page describes.
_FUNCTION_OF = re.compile(r"\b(?:(?:a|one|the)\s+(?:\w+\s+)?)(?:function|duty)\s+of\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
#: A statement's signature: "Jo Bloggs  Chief Executive, The Fenmoor Council".
_SIGNATURE = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+\s+(?P<role>[A-Z][^,]{2,60}),"
                        r"\s*(?P<org>(?:The\s+)?[A-Z][\w&'’ -]{2,80})$")


def signatory(lines: list[str]) -> str | None:
    """The organisation of a statement's first signatory, in its closing lines."""
    for line in lines:
        match = _SIGNATURE.match(" ".join(line.split()))
        if match:
            return match["org"].strip()
    return None


#: Capitalised words that start sentences but are not part of a name.
_LEADING_WORDS = re.compile(r"^(?:(?:Today|Yesterday|Now|Following|Earlier|Last|This|Next|"
                            r"Recently|In|On|Both|All|Each)\s+)+")
_CHILDREN = re.compile(r"safeguard(?:ing)?\s+(?:of\s+)?children|child(?:ren)?(?:'s|’s|s)?\s+"
                       r"safeguarding|safeguarding\s+(?:partnership\s+)?for\s+children|"
                       r"\bLSCB\b|\bL?SCP\b", re.IGNORECASE)
_ADULTS = re.compile(r"safeguarding\s+adults?|adults?\s+safeguarding|\bSAB\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundPublisher:
    name: str
    publisher_type: PublisherType | None
    short_name: str | None
    phrase: str  # the whole phrase as the page writes it, with any tagline
    start: int  # of the phrase in the text searched


def publisher_type(text: str) -> PublisherType | None:
    lowered = text.lower()
    if "practice review panel" in lowered:
        return PublisherType.child_safeguarding_practice_review_panel
    if "community safety" in lowered:
        return PublisherType.community_safety_partnership
    children, adults = _CHILDREN.search(text), _ADULTS.search(text)
    if children and adults:
        return PublisherType.joint_safeguarding_partnership
    if children:
        return PublisherType.safeguarding_children_partnership
    if adults:
        return PublisherType.safeguarding_adults_board
    return None


def find_publisher(texts: list[str], *, publishing_only: bool = False
                   ) -> tuple[int, FoundPublisher] | None:
    """(index of the text, publisher): one that publishes something, else (unless
    ``publishing_only``) the first named."""
    first: tuple[int, FoundPublisher] | None = None
    for index, text in enumerate(texts):
        for match in _ORG.finditer(text):
            found = _found(match)
            if found is None:
                continue
            if _PUBLISHES.match(text[match.end():]) or _ON_BEHALF.search(text[:match.start()]) \
                    or (_FUNCTION_OF.search(text[:match.start()]) and not _national_name(found)):
                return index, found
            if first is None and not publishing_only:
                first = (index, found)
    return first


def _national_name(found: FoundPublisher) -> bool:
    """A national body ("the duty of the Child Safeguarding Practice Review Panel"): whose
    duty a local page explains, not the page's publisher."""
    entry = lookup(found.name)
    return entry is not None and national(entry) or \
        found.publisher_type is PublisherType.child_safeguarding_practice_review_panel


def _found(match: re.Match[str]) -> FoundPublisher | None:
    name = _LEADING_WORDS.sub("", match["org"]).strip()
    if len(name.split()) < 2 or len(name) > 200:
        return None
    tagline = match["tagline"] or ""
    kind = publisher_type(f"{name} {tagline}")
    return FoundPublisher(name, kind, match["short"], match.group(0).strip(), match.start())


_WHOLE_ORG = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w’'&.,-]*\s+(?:(?:and|for|of|&)\s+)?){1,8}"
    r"(?:Safeguarding\s+(?:Children(?:'s|’s)?\s+|Adults?\s+)?(?:Partnership|Board)|"
    r"(?:Child|Adult|Public)\s+Protection\s+Committee|Community\s+Safety\s+Partnership|"
    r"Safeguarding\s+Adults?\s+Partnership(?:\s+Board)?)(?:\s*\([A-Z]{2,10}\))?$")


def whole_organisation(text: str) -> bool:
    """Whether ``text`` is nothing but a safeguarding body's name (one not in the list)."""
    return bool(_WHOLE_ORG.match(" ".join(text.split())))


def listed_publisher(title: str, paragraphs: list[str], opening: list[str]
                     ) -> tuple[Partnership, str] | None:
    """A listed body: in an author line or the headline, said to publish or commission,
    or (a local one) the first the opening names."""
    for text in paragraphs[:6]:
        author = _AUTHOR_LINE.match(text)
        entry = lookup(author["who"]) if author else None
        if entry is not None and author is not None:
            return entry, author["who"]
        if author is not None:  # "Author: Jo Bloggs, Research in Practice Associate"
            named = find_partnerships(author["who"])
            if len(named) == 1 and re.match(r"^[^,]{3,60},\s*(?:the\s+)?$",
                                             author["who"][:named[0].start], re.IGNORECASE):
                return named[0].partnership, named[0].text
    for text in paragraphs[:2]:
        written = _officer_writing(text)
        if written is not None:
            return written
    for mention in find_partnerships(title):
        if mention.name_kind != "short_name" or _repeated(mention.text, paragraphs):
            return mention.partnership, mention.text
    headings = [found.partnership for found in map(whole_name, paragraphs) if found]
    sections = set(headings) if len(section_bodies(paragraphs)) >= 2 else set()
    for number, text in enumerate(paragraphs):
        for mention in find_partnerships(text):
            if national(mention.partnership) and after_the_lead(paragraphs, number) \
                    and not _THIS_DOCUMENT_BY.search(text[:mention.start]):
                continue  # a national body that publishes, further down, is news about it
            if mention.partnership in sections:
                continue  # each of several bodies heading a part of the page: its own news
            if _PUBLISHES_AFTER.match(text[mention.end:]) or _BEHALF.match(text[mention.end:]) \
                    or _ACTING_FOR.match(text[mention.end:]) \
                    or (_BY_BEFORE.search(text[:mention.start])
                        and not _OTHER_DOCUMENT.search(text[:mention.start])):
                return mention.partnership, mention.text
    for texts in (opening, paragraphs[len(opening):]):
        for text in texts:
            if whole_name(text) is not None:
                continue  # a board's name as a line of its own heads a part of the page
            for mention in find_partnerships(text):
                if not national(mention.partnership) and mention.name_kind != "short_name" \
                        and mention.partnership not in sections and not _plural(mention.text):
                    return mention.partnership, mention.text
    header = running_header(paragraphs)
    if header is not None:
        return header
    if len(set(headings)) == 1 and not national(headings[0]) and not sections:
        text = next(text for text in paragraphs if whole_name(text))
        return headings[0], text.strip()  # the one body the page names, as a heading
    return None


#: A standfirst naming the writer as one of a body's officers: "The Fenmoor Board’s Director
#: of Operations, Jo Bloggs, provides an overview of its work".
_OFFICER_WRITES = re.compile(
    r"['’]s\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Director|Chair|Chief Executive|Head|Manager|Lead|"
    r"Officer|Co-?ordinator)\b[^,]{0,40},\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s+"
    r"(?:provides|gives|writes|sets out|outlines|explains|reflects on|describes|shares)\b")
#: A document's running header: a body's name in capitals with the page's number.
_RUNNING_HEADER = re.compile(r"(?P<name>[^a-z\d]{8,120}?)\s+\d{1,3}")


def _officer_writing(text: str) -> tuple[Partnership, str] | None:
    """The listed body whose officer, named in the standfirst, writes the piece."""
    officer = _OFFICER_WRITES.search(text)
    if officer is None:
        return None
    mention = next((m for m in find_partnerships(text[:officer.end()])
                    if m.start < officer.start() <= m.end), None)
    return (mention.partnership, re.sub(r"['’]s$", "", mention.text)) if mention else None


def running_header(paragraphs: list[str]) -> tuple[Partnership, str] | None:
    """The listed body a copied document's running header names ("THE CHILD SAFEGUARDING
    PRACTICE REVIEW PANEL 3"): whose document it is."""
    for text in paragraphs:
        header = _RUNNING_HEADER.fullmatch(" ".join(text.split()))
        found = whole_name(header["name"]) if header else None
        if found is not None:
            return found.partnership, found.text
    return None


#: "The analysis and this briefing were commissioned by the …": the page's own document,
#: whoever commissioned it, and wherever the page says so.
_THIS_DOCUMENT_BY = re.compile(r"(?i)\bth(?:is|ese)\s+(?:\w+\s+){0,2}?(?:briefing|report|page|"
                               r"guide|document|paper|publication|analysis|resource|toolkit)s?"
                               r"\b[^.]{0,80}?\b(?:commissioned|published|produced|funded)\s+"
                               r"by\s+(?:the\s+)?$")


def _plural(name: str) -> bool:
    """"Northumberland and North Tyneside Safeguarding Adult Boards": a plural names several
    bodies (the last of them matched), none of them the one speaking."""
    return bool(re.search(r"(?:Boards|Partnerships|Committees)$", name, re.IGNORECASE))


def after_the_lead(texts: list[str], index: int) -> bool:
    """Whether ``texts[index]`` comes after the page's first paragraph of prose: a national
    body publishing something there is news about it, not the page's publisher."""
    return any(len(text.split()) >= 3 and re.search(r"[.!?]\s*$", text)
               and not _status_line(text) for text in texts[:index])


def _status_line(text: str) -> bool:
    """A short line that only dates the page or says where a process stands ("Consultation
    opened on 4 July 2018. Closing date 28 September 2018."): not the lead's prose."""
    return len(text.split()) <= 14 and len(full_dates(text)) >= 1 and not re.search(
        r"\b(?:has|have|is|are|was|were)\b", text)


def section_bodies(paragraphs: list[str]) -> set[str]:
    """The bodies named by lines of their own (listed or not), by their words: two or more
    head parts of a page about each one's work, and none of them publishes the page."""
    names = set()
    for text in paragraphs:
        line = re.sub(r"\s*\([A-Z]{2,10}\)$", "", " ".join(text.split()))
        known = whole_name(line)
        if known is not None:
            names.add(known.partnership.name)
        elif whole_organisation(line):
            names.add(re.sub(r"^the\s+", "", line.lower()))
    return names


def heads_a_section(found: FoundPublisher, known: Partnership | None,
                    paragraphs: list[str]) -> bool:
    """Whether ``found`` is one of two or more bodies that head parts of the page."""
    sections = section_bodies(paragraphs)
    return len(sections) >= 2 and ((known.name if known else None) in sections
                                   or re.sub(r"^the\s+", "", found.name.lower()) in sections)


def _repeated(short_name: str, paragraphs: list[str]) -> bool:
    """Whether the text under a headline writes the headline's abbreviation again."""
    pattern = re.compile(rf"\b{re.escape(short_name)}\b")
    return any(pattern.search(text) for text in paragraphs[:12])


#: Welsh: "Mae Bwrdd Diogelu X wedi cyhoeddi …" (has published), "… yn comisiynu" (commissions),
#: "… wedi llunio adroddiad" (has produced a report).
_WELSH_PUBLISHES = (r"^[\s,]*(?:\([^)]*\)\s*)?(?:heddiw\s+)?(?:wedi|yn)\s+(?:heddiw\s+)?"
                    r"(?:cyhoeddi|comisiynu|llunio|cynhyrchu|lansio|rhyddhau|cynnal)\b")
_PUBLISHES_AFTER = re.compile(
    r"^[\s,]*(?:\([^)]*\)\s*)?(?:–[^,.]*,\s*)?(?:has|have|will|is|are)?\s*(?:today\s+|now\s+|"
    r"this week\s+|also\s+|jointly\s+|recently\s+)?(?:\(\S+\)\s+)?(?:published|publishes|publish|"
    r"publishing|released|releases|launched|launches|announced|announces|welcomed|welcomes|"
    r"commissioned|commissions|carry out|carries out|arranges?|conducts?|completed|completes|"
    r"developed|develops|produced|produces|undertook|undertaken|"
    r"(?:is|are) required to publish|must publish|(?:is|are) responsible for "
    r"(?:commissioning|publishing|conducting))\b|" + _DUTY + "|" + _WELSH_PUBLISHES)
#: "The Care Inspectorate, on behalf of the Scottish Government, acts as …": the body before
#: the words acts; the one after them is whom it acts for.
_ACTING_FOR = re.compile(r"^\s*(?:\([A-Z]{2,10}\))?\s*,\s*(?:acting\s+)?on behalf of\b",
                         re.IGNORECASE)
#: "… to undertake the function on the SBNI's behalf".
_BEHALF = re.compile(r"^['’]s?\s+behalf\b")
_BY_BEFORE = re.compile(r"\b(?:(?:published|commissioned|produced|written|issued|carried out|"
                        r"undertaken|completed|conducted|developed|led)\s+by|on behalf of|"
                        r"(?:a\s+)?(?:gyhoeddwyd|gomisiynwyd|luniwyd|gynhaliwyd)\s+gan|ar\s+ran)"
                        r"\s+(?:the\s+|y\s+|yr\s+)?$", re.IGNORECASE)
#: "guidance published by the Home Office": a document the page refers to, not the page.
_OTHER_DOCUMENT = re.compile(r"\b(?:guidance|legislation|regulations|research|statistics|"
                             r"framework|toolkit|analysis|a report|reports|an? (?:\w+\s+)?"
                             r"(?:review|study|paper))\s+(?:\w+\s+){0,3}?(?:published|"
                             r"produced|issued|written|developed)\s+by\s+(?:the\s+)?$",
                             re.IGNORECASE)
_AUTHOR_LINE = re.compile(r"^\s*(?:author|published by|posted by|written by|by)\s*:?\s+"
                          r"(?P<who>[^|]{3,120}?)\s*$", re.IGNORECASE)
_NATIONWIDE_AREAS = frozenset({"England", "Wales", "Scotland", "Northern Ireland",
                               "England and Wales"})
#: How much of a page's opening text names its local publisher.
_OPENING_CHARS = 900


def national(entry: Partnership) -> bool:
    return entry.type == "other" or entry.area in _NATIONWIDE_AREAS


def opening_paragraphs(paragraphs: list[str]) -> list[str]:
    opening: list[str] = []
    size = 0
    for text in paragraphs:
        if size >= _OPENING_CHARS and len(opening) >= 3:
            break
        opening.append(text)
        size += len(text)
    return opening


#: The page speaking for itself: "We have published", "Our Committee", "Rydym wedi cyhoeddi".
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|rydym|rydyn ni|ein)\b", re.IGNORECASE)
#: A head of a body, by post, before its name: "Prif Arolygydd Arolygiaeth Gofal Cymru",
#: "Chief Inspector of …", "Chair of the …".
_HEAD_OF = re.compile(r"\b(?:Chief Inspector|Chief Executive|Chief Officer|Independent Chair|"
                      r"Chair(?:man|person)?|Director|Prif Arolygydd|Prif Weithredwr|Cadeirydd)"
                      r"(?:\s+of)?\s+(?:the\s+|y\s+|yr\s+)?$")


#: "This blog was written by Jo Bloggs, Chair of …": a guest author credited by the host.
_GUEST = re.compile(r"\b(?:blog|post|article|piece|guest)\s+(?:was\s+)?(?:written\s+)?by\b",
                    re.IGNORECASE)


#: A guide's "we" explaining to its reader ("Here we intend to help you understand …", "In
#: this article we explain …"): the writer's, not a body's that the guide describes.
_EXPLAINING = re.compile(r"(?i)\b(?:we\s+(?:intend|aim|hope|want|will|are going|try|set out)\s+"
                         r"to\s+(?:help|explain|show|guide|outline|look|give|take)|in this "
                         r"(?:article|guide|blog|post|page|resource|section),?\s+we)\b")


#: A page citing another's report by its title ("a report titled …", "entitled …").
_TITLED = re.compile(r"\b(?:titled|entitled)\s+[“\"‘'A-Z]")
#: A page saying where what it reposts comes from ("Source: … | LinkedIn").
_SOURCE_LINE = re.compile(r"^\s*(?:Source|Originally published (?:on|by|in))\s*:?\s+\S",
                          re.IGNORECASE)


def cites_others(title: str, paragraphs: list[str]) -> bool:
    """Whether a page reports another's work: it gives the source it reposts, or cites a
    report by its title and never speaks in the first person ("we", "our") outside what it
    quotes. A national body it names there is the work's author, not the page's publisher."""
    texts = [title, *paragraphs]
    if any(_SOURCE_LINE.match(text) for text in texts):
        return True
    return any(_TITLED.search(text) for text in texts) \
        and not any(_FIRST_PERSON.search(_unquoted(text)) for text in texts)


def speaking_body(title: str, paragraphs: list[str]) -> tuple[Partnership, str] | None:
    """The listed body a page speaks as, when it speaks in the first person ("We have
    published …") and names no publisher otherwise: the body its head is named by post
    beside ("Gillian Baranski, Prif Arolygydd Arolygiaeth Gofal Cymru"), else the only body
    it names at all, a safeguarding body named again and again ("The Safeguarding Board for
    Northern Ireland (SBNI) was established … the SBNI …")."""
    texts = [title, *paragraphs]
    speaking = [sentence for text in texts
                for sentence in re.split(r"(?<=[.!?])\s+", _unquoted(text))
                if _FIRST_PERSON.search(sentence)]
    if not speaking or any(_GUEST.search(text) for text in texts[:4]) \
            or all(_EXPLAINING.search(sentence) for sentence in speaking):
        return None  # no "we"; a guest's piece; or a guide's "we" explaining to its reader
    named: dict[str, list[tuple[Partnership, str]]] = {}
    for text in texts:
        for mention in find_partnerships(text):
            if _HEAD_OF.search(text[:mention.start]):
                return mention.partnership, mention.text
            named.setdefault(mention.partnership.name, []).append(
                (mention.partnership, mention.text))
    if len(named) != 1:
        return None
    mentions = next(iter(named.values()))
    entry = mentions[0][0]  # a safeguarding body the page keeps naming, not one in passing
    return mentions[0] if len(mentions) >= 3 and entry.type != "other" else None


#: A council by its name: "Fenmoor Borough Council", "The Highland Council", "Cyngor Gwynedd".
_COUNCIL = re.compile(r"\b(?:Cyngor(?:\s+(?:Sir|Bwrdeistref Sirol|Dinas))?\s+[A-Z][\w’'-]+|"
                      r"(?:The\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:Borough\s+|County\s+|City\s+|"
                      r"District\s+|Metropolitan\s+)?Council)\b(?=\s+(?:has|have|is|are|wants|"
                      r"will|takes|offers|makes|publishes|published)\b)")


def speaking_council(title: str, paragraphs: list[str]) -> str | None:
    """A council a page speaks as: the page says "we", names no listed body, and names one
    council as the subject of its sentences more than once ("Cyngor Gwynedd wants …",
    "Cyngor Gwynedd has now taken …")."""
    texts = [title, *paragraphs]
    if not any(_FIRST_PERSON.search(_unquoted(text)) for text in texts) \
            or any(find_partnerships(text) for text in texts):
        return None
    names = [re.sub(r"^The\s+", "", match.group()) for text in texts
             for match in _COUNCIL.finditer(_unquoted(text))]
    names = [name for name in names if name != "Council"]  # "The Council" names no council
    return names[0] if len(names) >= 2 and len(set(names)) == 1 else None


def _unquoted(text: str) -> str:
    """The text without what it quotes: a quoted speaker's "we" is the speaker's."""
    return re.sub(r"[“\"][^”\"]*[”\"]", " ", text)


def spoken_for(title: str, paragraphs: list[str]) -> tuple[Partnership | None, str] | None:
    """(listed body or None, name as written) of the body a page speaks for: a listed body
    (``speaking_body``), else a council (``speaking_council``)."""
    body = speaking_body(title, paragraphs)
    if body is not None:
        return body
    council = speaking_council(title, paragraphs)
    return (None, council) if council is not None else None


def page_own(texts: list[tuple[int, str]], entries: set[int]) -> list[int]:
    """The indexes of ``texts`` without a listing's entries' descriptions (``entries``) that
    name only bodies the page's own text does not: a body said to have commissioned one
    listed review is that review's, not the publisher of the page listing it."""
    if not entries:
        return [index for index, _text in texts]
    own = " ".join(text for index, text in texts if index not in entries)
    kept = []
    for index, text in texts:
        named = find_partnerships(text)
        if index not in entries or whole_name(text) or not named \
                or any(_named_in(mention.partnership, own) for mention in named):
            kept.append(index)
    return kept


def _named_in(entry: Partnership, text: str) -> bool:
    """Whether ``text`` names the body by any of its names or its short name."""
    if entry.short_name and re.search(rf"\b{re.escape(entry.short_name)}\b", text):
        return True
    return any(m.partnership is entry for m in find_partnerships(text))
