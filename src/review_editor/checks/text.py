"""The text of a field as checks read it, with offsets back into the field's own text.

A plain field is read as it is. A Markdown field is rendered by cmarkgfm with source
positions (the same renderer and options as ``render/``; the sanitiser after it only drops
attributes and URLs, never text), and its text nodes are aligned with the Markdown source,
so a span found in the rendered text maps back to the Markdown the officer typed. Headings,
links, images, emphasis and tables are collected from the same rendered tree for C6. An
image's alt text and caption and a link's title are read too: readers see them. This is the
text of the record's public copy (``render.public_copy``) exactly; what the source holds
beyond it is ``checks.hidden``'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

import cmarkgfm
from cmarkgfm.cmark import Options

from ..field_cache import FieldCache
from .parsed_markdown import (
    BLOCK_SEPARATOR,
    Block,
    HeadingRef,
    ImageRef,
    LinkRef,
    ParsedMarkdown,
    Segments,
    TableRef,
)
from .plain_markdown import plain_reading, whole_block

_OPTIONS = Options.CMARK_OPT_SOURCEPOS | Options.CMARK_OPT_VALIDATE_UTF8
_LEAF_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td", "pre"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A list item's or an ATX heading's source position starts at its marker, which the page
# does not show as text: "* &#42; x" reads "* x", and its "*" is the reference's.
_LIST_MARKER = re.compile(r"(?:[*+-]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\](?=[ \t]))?")
_HEADING_MARKER = re.compile(r"#{1,6}(?=[ \t]|$)", re.MULTILINE)


_SOURCEPOS = re.compile(r"(\d+):(\d+)-(\d+):(\d+)")


class _ByteColumns:
    """cmark's source positions count bytes in a line; Python counts characters."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.ascii = source.isascii()  # then every column is a character
        self.line_starts = [0]
        for match in re.finditer("\n", source):
            self.line_starts.append(match.end())

    def offset(self, line: int, column: int) -> int:
        if line < 1:
            return 0
        if line > len(self.line_starts):
            return len(self.source)
        start = self.line_starts[line - 1]
        stop = self.line_starts[line] if line < len(self.line_starts) else len(self.source)
        if self.ascii:
            return min(start + max(column - 1, 0), stop)
        text = self.source[start:stop]
        if text.isascii():
            return min(start + max(column - 1, 0), stop)
        prefix = text.encode("utf-8")[: max(column - 1, 0)].decode("utf-8", errors="ignore")
        return start + len(prefix)

    def span(self, sourcepos: str | None) -> tuple[int, int] | None:
        if not sourcepos:
            return None
        match = _SOURCEPOS.match(sourcepos)
        if not match:
            return None
        l1, c1, l2, c2 = map(int, match.groups())
        start = self.offset(l1, c1)
        end = self.offset(l2, c2 + 1) if c2 > 0 else self.offset(l2, 1)
        return start, max(end, start)


#: What stands in the source for a character it does not show as itself: a character
#: reference, or a backslash before ASCII punctuation (CommonMark 2.4, 2.5).
_REFERENCE = re.compile(r"&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"
                        r"|\\[!-/:-@\[-`{-~]")
_REFERENCE_START = re.compile(r"[&\\]")


def _stands_for(source: str, at: int) -> tuple[str, int] | None:
    """What the reference or escape at ``at`` stands for, and where it ends."""
    match = _REFERENCE.match(source, at)
    if match is None or escaped(source, at):
        return None
    written = match.group()
    value = written[1] if written[0] == "\\" else unescape(written)
    return (value, match.end()) if value != written else None


def _align(segments: Segments, text: str, plain: int, source: str, cursor: int,
           window_end: int) -> int:
    """Map ``text`` (read at ``plain``) onto ``source[cursor:window_end]``; return the new
    cursor. Text is the source's characters with the markup between them dropped and
    character references (``&#42;``, ``&lt;``) and escapes (``\\<``) read as what they stand
    for, so a character is found where it first occurs as itself or as a reference, never
    further on (where it may be the opening of a comment the page does not show)."""
    found = source.find(text, cursor, window_end)
    if found >= 0 and not _holds_reference(source, cursor, found):
        segments.add(plain, found, len(text))
        return found + len(text)
    index = 0
    while index < len(text):
        char = text[index]
        hit = source.find(char, cursor, window_end)
        limit = hit + 1 if hit >= 0 else window_end  # "&" itself may start a reference
        reference = _reference_for(text, index, source, cursor, limit)
        if reference is not None:
            at, width, length = reference
            segments.add_reference(plain + index, at, length, width)
            cursor = at + width
            index += length
            continue
        if hit >= 0:
            segments.add(plain + index, hit, 1)
            cursor = hit + 1
        index += 1
    return cursor


def _holds_reference(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` holds a reference or an escape: then text found after
    it may be what it stands for, read again further on."""
    return any(_stands_for(source, found.start()) is not None
               for found in _REFERENCE_START.finditer(source, start, end))


def _reference_for(text: str, index: int, source: str, cursor: int,
                   limit: int) -> tuple[int, int, int] | None:
    """The first reference or escape in ``source[cursor:limit]`` that stands for the text
    at ``index``: (where, its length in the source, its length in the text)."""
    for found in _REFERENCE_START.finditer(source, cursor, limit):
        at = found.start()
        stands = _stands_for(source, at)
        if stands is None:
            continue
        value, end = stands
        if text.startswith(value, index) and not text.startswith(source[at:end], index):
            return at, end - at, len(value)  # (code shows a reference as it is written)
    return None


def escaped(source: str, offset: int) -> bool:
    """Whether the character at ``offset`` follows an odd run of backslashes."""
    before = offset
    while before > 0 and source[before - 1] == "\\":
        before -= 1
    return (offset - before) % 2 == 1


class _Walker(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.columns = _ByteColumns(source)
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.segments = Segments()
        self.links: list[LinkRef] = []
        self.images: list[ImageRef] = []
        self.headings: list[HeadingRef] = []
        self.tables: list[TableRef] = []
        self.emphasis: list[tuple[int, int]] = []
        self._leaf_stack: list[tuple[str, int, int]] = []  # kind, window start, window end
        self._block_start: int | None = None
        self._cursor = 0
        self._window_end = len(source)
        # Attribute text readers see (an image's alt and caption, a link's title), read
        # after the block that holds it: (kind, text, where in the source).
        self._pending_attributes: list[tuple[str, str, tuple[int, int]]] = []
        self._link: tuple[str, int, int] | None = None
        self._em_start: list[int] = []
        self._heading: tuple[int, int, tuple[int, int]] | None = None
        self._table: dict | None = None
        self._row: list[str] | None = None
        self._cell_start = 0
        self._last_kind: str | None = None

    # -- text accumulation -------------------------------------------------------------
    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _begin_block(self) -> None:
        if self._block_start is None:
            if self.length:
                self._append(BLOCK_SEPARATOR)
            self._block_start = self.length

    def _end_block(self, kind: str) -> None:
        if self._block_start is not None:
            if self.length > self._block_start:
                self.blocks.append(Block(kind, self._block_start, self.length))
                self._last_kind = kind
            elif self.length and self.parts and self.parts[-1] == BLOCK_SEPARATOR:
                self.parts.pop()
                self.length -= len(BLOCK_SEPARATOR)
            self._block_start = None
        for kind, value, window in self._pending_attributes:
            self._emit_attribute_text(kind, value, window)
        self._pending_attributes.clear()

    def _emit_attribute_text(self, kind: str, value: str, window: tuple[int, int]) -> None:
        if not value.strip():
            return
        if self.length:
            self._append(BLOCK_SEPARATOR)
        _align(self.segments, value, self.length, self.source, window[0], window[1])
        start = self.length
        self._append(value)
        self.blocks.append(Block(kind, start, self.length))

    def _align(self, text: str) -> None:
        self._cursor = _align(self.segments, text, self.length, self.source,
                              self._cursor, self._window_end)

    # -- parser events -----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag in _LEAF_BLOCKS:
            span = self.columns.span(attributes.get("data-sourcepos"))
            if self._leaf_stack:
                self._end_block(self._leaf_stack[-1][0])
            window = span or (self._cursor, len(self.source))
            marker = (_LIST_MARKER if tag == "li" else _HEADING_MARKER if tag[0] == "h"
                      else None)
            found = marker.match(self.source, *window) if span and marker else None
            if found:
                window = (found.end(), window[1])
            self._leaf_stack.append((tag, window[0], window[1]))
            self._cursor = window[0]
            self._window_end = max(window[1], window[0])
            self._begin_block()
            if tag[0] == "h" and tag[1:].isdigit():
                self._heading = (int(tag[1]), len(self.parts), span or (0, 0))
            if tag in ("th", "td"):
                self._cell_start = len(self.parts)
        elif tag == "a":
            self._link = (attributes.get("href", ""), self.length, len(self.parts))
            if attributes.get("title"):  # shown as a tooltip: text like any other
                self._pending_attributes.append(("title", attributes["title"],
                                                 self._title_window(attributes["title"])))
        elif tag == "em":
            self._em_start.append(self.length)
        elif tag == "img":
            window = self._leaf_window()
            image = ImageRef(attributes.get("alt", ""), attributes.get("title", ""),
                             attributes.get("src", ""), window)
            self.images.append(image)
            self._pending_attributes.append(("alt", image.alt, window))
            if image.title:
                self._pending_attributes.append(("caption", image.title, window))
        elif tag == "table":
            span = self.columns.span(attributes.get("data-sourcepos"))
            self._table = {"span": span or (0, 0), "header": [], "rows": 0, "columns": 0,
                           "preceded_by": self._last_kind, "in_head": False}
        elif tag == "thead" and self._table is not None:
            self._table["in_head"] = True
        elif tag == "tbody" and self._table is not None:
            self._table["in_head"] = False
        elif tag == "tr":
            self._row = []

    def _title_window(self, title: str) -> tuple[int, int]:
        """Where a link's title is written: in its paragraph, or for a reference link
        ("[report][r]") in the definition, anywhere in the field."""
        window = self._leaf_window()
        if self.source.find(title, *window) < 0 and title in self.source:
            return 0, len(self.source)
        return window

    def _leaf_window(self) -> tuple[int, int]:
        if self._leaf_stack:
            _, start, end = self._leaf_stack[-1]
            return start, max(end, start)
        return 0, len(self.source)

    def handle_endtag(self, tag: str) -> None:
        if tag in _LEAF_BLOCKS:
            if tag[0] == "h" and tag[1:].isdigit() and self._heading is not None:
                level, mark, span = self._heading
                self.headings.append(HeadingRef(level, "".join(self.parts[mark:]), span))
                self._heading = None
            if tag in ("th", "td") and self._row is not None:
                self._row.append("".join(self.parts[self._cell_start:]).strip())
            self._end_block(tag)
            if self._leaf_stack:
                self._leaf_stack.pop()
            if self._leaf_stack:
                kind, start, end = self._leaf_stack[-1]
                self._window_end = max(end, start)
                self._begin_block()
        elif tag == "a" and self._link is not None:
            href, start, mark = self._link
            text = "".join(self.parts[mark:])
            window = self._leaf_window()
            self.links.append(LinkRef(text, href, start, self.length, window))
            self._link = None
        elif tag == "em" and self._em_start:
            self.emphasis.append((self._em_start.pop(), self.length))
        elif tag == "tr" and self._row is not None and self._table is not None:
            if self._table["in_head"]:
                self._table["header"] = list(self._row)
            else:
                self._table["rows"] += 1
            self._table["columns"] = max(self._table["columns"], len(self._row))
            self._row = None
        elif tag == "table" and self._table is not None:
            table = self._table
            self.tables.append(TableRef(tuple(table["header"]), table["rows"], table["columns"],
                                        table["span"], table["preceded_by"]))
            self._last_kind = "table"
            self._table = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if not self._leaf_stack:
            if not data.strip():
                return
            self._begin_block()
        self._align(data)
        self._append(data)


#: Parsed fields by Markdown text, sized to the record (``expect_markdown_fields``).
_PARSED: FieldCache[ParsedMarkdown] = FieldCache(512)


def expect_markdown_fields(count: int) -> None:
    """Keep room for ``count`` Markdown fields, so re-reading a long record parses only the
    fields that changed."""
    _PARSED.fit(count)


def parse_markdown(markdown: str) -> ParsedMarkdown:
    """Render a Markdown field and read its text, blocks and structure (cached per text)."""
    parsed = _PARSED.get(markdown)
    if parsed is None:
        parsed = _parse_markdown(markdown)
        _PARSED.put(markdown, parsed)
    return parsed


def _parse_markdown(markdown: str, *, html_parser: bool = False) -> ParsedMarkdown:
    if not html_parser:
        plain = plain_reading(markdown)
        if plain is not None:
            return plain
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=_OPTIONS)
    walker = _Walker(markdown)
    if "<" in markdown or html_parser:
        walker.feed(html)  # raw HTML passes through: it needs a real HTML parser
        walker.close()
    else:
        _walk_cmark_html(walker, html)
    if walker._block_start is not None:
        walker._end_block("p")
    return ParsedMarkdown("".join(walker.parts), walker.blocks, walker.links, walker.images,
                          walker.headings, walker.tables, walker.emphasis, walker.segments,
                          markdown)


_TAG_OR_TEXT = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>|[^<]+")
_ATTRIBUTE = re.compile(r'([^\s="/]+)(?:="([^"]*)")?')


def _walk_cmark_html(walker: _Walker, html: str) -> None:
    """Give ``walker`` the events ``html.parser`` would, several times faster, for HTML
    that cmark wrote from Markdown holding no ``<``: then every tag is cmark's own (its
    attribute values quoted, with ``<``, ``>``, ``&`` and ``"`` escaped) and text holds no
    ``<``, so a tag is everything from ``<`` to ``>`` and text is everything else."""
    for match in _TAG_OR_TEXT.finditer(html):
        name = match.group(2)
        if name is None:
            walker.handle_data(unescape(match.group()))
        elif match.group(1):
            walker.handle_endtag(name.lower())
        else:
            attributes: list[tuple[str, str | None]] = [
                (key.lower(), unescape(value)) for key, value in _ATTRIBUTE.findall(match.group(3))]
            walker.handle_starttag(name.lower(), attributes)


@dataclass
class FieldText:
    """One field's text as the checks read it.

    ``prose`` fields are read by the plain-English checks (C4); ``identify`` fields by the
    identifying-detail detectors (C1). Spans found in ``text`` map back with ``source_span``.
    """

    path: str
    text: str
    blocks: list[Block]
    prose: bool = True
    identify: bool = True
    markdown: ParsedMarkdown | None = None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self.markdown is None:
            return start, end
        segments = self.markdown.segments
        if segments.same_offsets(start, end):  # most of a long record's paragraphs
            return start, end
        source_start = segments.to_source(start, end=False)
        source_end = segments.to_source(end, end=True)
        return source_start, max(source_end, source_start)

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None


def plain_field(path: str, value: str, *, prose: bool = True, identify: bool = True,
                kind: str = "p") -> FieldText:
    if "\n" not in value:  # one block at most (a title, a heading): no break to find
        blocks = [whole_block(kind, len(value))] if value.strip() else []
        return FieldText(path, value, blocks, prose=prose, identify=identify)
    blocks = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(value):
        if value[start:match.start()].strip():
            blocks.append(Block(kind, start, match.start()))
        start = match.end()
    if value[start:].strip():
        blocks.append(Block(kind, start, len(value)))
    return FieldText(path, value, blocks, prose=prose, identify=identify)


def markdown_field(path: str, value: str, *, prose: bool = True,
                   identify: bool = True) -> FieldText:
    parsed = parse_markdown(value)
    return FieldText(path, parsed.text, parsed.blocks, prose=prose, identify=identify,
                     markdown=parsed)
