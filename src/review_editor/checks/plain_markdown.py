"""Markdown that cmark reads as plain text laid out in blocks, read without cmark: one
plain line, a line of plain text and web links, a tight list of plain one-line items, a
plain line in bold (most sections of a long record). ``plain_reading`` gives what
``text._parse_markdown`` reads from cmark's HTML for them, exactly
(``tests/render/test_markdown_walk.py`` compares the two)."""

from __future__ import annotations

import re
from functools import lru_cache

from .parsed_markdown import BLOCK_SEPARATOR, Block, LinkRef, ParsedMarkdown, Segments


def plain_reading(markdown: str) -> ParsedMarkdown | None:
    """What cmark reads from ``markdown`` when it is one of the plain shapes, else None."""
    if _is_plain(markdown):
        return _plain_paragraph(markdown)
    if markdown.startswith("- "):
        return _plain_list(markdown)
    if markdown.startswith("**"):
        return _plain_strong(markdown)
    if "](" in markdown:
        return _plain_links(markdown)
    return None


#: What may make a line of Markdown anything but one paragraph of exactly its own text:
#: markup, references and escapes (GFM also reads "www." and "://" and e-mail addresses as
#: links), a line break or other control character, a byte-order mark.
_NOT_PLAIN = re.compile(r"[\x00-\x1f\x7f\\`*_\[\]<>&#~|\ufeff]")
#: An "@" that may be an e-mail address's: one after a space ("follow us at @name") is text.
_EMAIL_AT = re.compile(r"(?<! )@")
#: What starts a block (a list, heading, quote or setext underline) at the start of a line.
_BLOCK_START = frozenset("0123456789+=-")


def _is_plain(markdown: str) -> bool:
    """Whether cmark reads ``markdown`` as one paragraph of exactly its own text."""
    return (bool(markdown) and _plain_text(markdown)
            and markdown[0] not in _BLOCK_START and not markdown[0].isspace()
            and not markdown[-1].isspace() and "://" not in markdown
            and "www." not in markdown.lower())


@lru_cache(maxsize=4096)
def whole_block(kind: str, length: int) -> Block:
    """The block of a one-block text (shared: blocks are frozen, and a long record's
    headings and one-line paragraphs have a few hundred lengths between them)."""
    return Block(kind, 0, length)


def _plain_paragraph(markdown: str) -> ParsedMarkdown:
    """What ``_parse_markdown`` reads from Markdown that ``_NOT_PLAIN`` does not match (a
    long record's typical section): one paragraph holding the source as it is."""
    segments = Segments([0], [0], [len(markdown)], [len(markdown)])
    return ParsedMarkdown(markdown, [whole_block("p", len(markdown))], [], [], [], [], [],
                          segments, markdown)


def _plain_list(markdown: str) -> ParsedMarkdown | None:
    """What ``_parse_markdown`` reads from a tight list of one-line plain items ("- a" on
    each line), or None for anything else."""
    items = markdown.split("\n")
    if not all(item.startswith("- ") and _is_plain(item[2:]) for item in items):
        return None
    parts, blocks, segments = [], [], Segments()
    plain = source = 0
    for item in items:
        text = item[2:]
        if plain:
            parts.append(BLOCK_SEPARATOR)
            plain += len(BLOCK_SEPARATOR)
        parts.append(text)
        segments.add(plain, source + 2, len(text))
        blocks.append(Block("li", plain, plain + len(text)))
        plain += len(text)
        source += len(item) + 1
    return ParsedMarkdown("".join(parts), blocks, [], [], [], [], [], segments, markdown)


def _plain_strong(markdown: str) -> ParsedMarkdown | None:
    """What ``_parse_markdown`` reads from a line of plain text in bold ("**a**")."""
    text = markdown[2:-2]
    if not (markdown.startswith("**") and markdown.endswith("**") and _is_plain(text)):
        return None
    segments = Segments([0], [2], [len(text)], [len(text)])
    return ParsedMarkdown(text, [Block("p", 0, len(text))], [], [], [], [], [], segments,
                          markdown)


#: An inline link to a web address ("[text](https://…)"); the address holds only characters
#: that cmark writes into the link's ``href`` as they are (no entity, escape, space, bracket
#: or quotation mark), and a scheme cmark never drops as unsafe.
_WEB_LINK = re.compile(r"(!?)\[([^\[\]]*)\]\((https?://[A-Za-z0-9/:.?=#+,;~_-]*)\)")


def _plain_links(markdown: str) -> ParsedMarkdown | None:
    """What ``_parse_markdown`` reads from one line of plain text and web links whose text
    is plain ("Read [the briefing](https://…)."), or None for anything else."""
    pieces = _WEB_LINK.split(markdown)  # text, then (image mark, link text, address, text)…
    texts = pieces[::4]
    if len(pieces) < 5 or not _is_plain_line(markdown, texts):
        return None
    links = [(text, address) for image, text, address in zip(pieces[1::4], pieces[2::4],
                                                              pieces[3::4], strict=True)
             if not image and text and not text[0].isspace() and not text[-1].isspace()
             and _is_plain(text)]
    if len(links) != len(pieces) // 4:
        return None
    # As the reading of cmark's HTML does, each run of text is looked for from where the
    # last one was found (``text._align``): with no reference in the line, a plain search.
    parts: list[str] = []
    found: list[LinkRef] = []
    segments = Segments()
    plain = cursor = 0
    window = (0, len(markdown))

    def read(text: str) -> None:
        nonlocal plain, cursor
        if text:
            at = markdown.find(text, cursor)
            segments.add(plain, at, len(text))
            cursor = at + len(text)
            parts.append(text)
            plain += len(text)

    read(texts[0])
    for (text, address), after in zip(links, texts[1:], strict=True):
        start = plain
        read(text)
        found.append(LinkRef(text, address, start, plain, window))
        read(after)
    text = "".join(parts)
    if "://" in text or "www." in text.lower():
        return None  # GFM would make a link of it
    return ParsedMarkdown(text, [Block("p", 0, len(text))], found, [], [], [], [], segments,
                          markdown)


def _is_plain_line(markdown: str, texts: list[str]) -> bool:
    """Whether a line of text runs ``texts`` between links holds nothing but plain text:
    no markup in the runs, nothing at the line's start or end that cmark reads otherwise."""
    return (markdown[0] not in _BLOCK_START and not markdown[0].isspace()
            and not markdown[-1].isspace()
            and all(_plain_text(text) for text in texts))


def _plain_text(text: str) -> bool:
    """Whether ``text`` holds no markup, reference, escape or e-mail address."""
    return _NOT_PLAIN.search(text) is None and ("@" not in text
                                                or _EMAIL_AT.search(text) is None)
