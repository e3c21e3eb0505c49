"""The common shape every source is read into: blocks of Markdown with their plain text.

Each reader (text, HTML, Word) produces a ``SourceDocument``; ``assemble`` turns it into a
record the same way whatever the source was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list", "table", "quote", "code"]


@dataclass
class Block:
    kind: BlockKind
    plain: str  # what a reader sees, for detection and side-by-side display
    markdown: str  # for a heading: the heading text, unescaped
    level: int = 0  # heading level; 0 is a Word "Title" paragraph
    link: tuple[str, str] | None = None  # (text, url) when the block is nothing but a link
    boilerplate: str | None = None  # set when the block is navigation, a cookie notice…


@dataclass
class SourceDocument:
    format: Literal["text", "html", "docx"]
    blocks: list[Block] = field(default_factory=list)
    title_hint: str | None = None  # <title>, og:title or the Word file's title property
    published_hint: tuple[date, str] | None = None  # (date, evidence) from page metadata
    publisher_hint: str | None = None  # og:site_name
    summary_hint: str | None = None  # meta description, or a Word "Subtitle" paragraph
    source_url: str | None = None
    language: str | None = None  # <html lang="cy">
    removed: list[str] = field(default_factory=list)  # boilerplate the reader dropped
    cleanups: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ListItem:
    markdown: str
    plain: str
    children: list[ListData] = field(default_factory=list)


@dataclass
class ListData:
    ordered: bool
    items: list[ListItem] = field(default_factory=list)
    start: int = 1


@dataclass
class ListEntry:
    """A list item as read, before nesting: its depth and its kind of marker."""

    depth: tuple[int, ...]  # compared in order; deeper items are greater
    style: str  # "bullet", "number", "letter"…: a change of style starts a new list
    item: ListItem
    start: int = 1


def nest_lists(entries: list[ListEntry]) -> list[ListData]:
    """Nest items by depth; a deeper item goes under the last item above it."""
    roots: list[ListData] = []
    stack: list[tuple[ListEntry, ListData]] = []
    for entry in entries:
        while stack and stack[-1][0].depth > entry.depth:
            stack.pop()
        if stack and stack[-1][0].depth == entry.depth:
            if stack[-1][0].style == entry.style:
                stack[-1][1].items.append(entry.item)
                continue
            stack.pop()
        new_list = ListData(entry.style != "bullet", [entry.item], entry.start)
        if stack:
            stack[-1][1].items[-1].children.append(new_list)
        else:
            roots.append(new_list)
        stack.append((entry, new_list))
    return roots


# text clean-up ----------------------------------------------------------------------------

NBSP = "\u00a0\u202f\u2007"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass
class TextCleanup:
    """Counts what ``clean`` changed, so the record's provenance can say so."""

    nbsp: int = 0
    invisible: int = 0
    control: int = 0

    def clean(self, text: str) -> str:
        """Non-breaking spaces become spaces; invisible and control characters go."""
        for char in NBSP:
            if char in text:
                self.nbsp += text.count(char)
                text = text.replace(char, " ")
        for char in INVISIBLE:
            if char in text:
                self.invisible += text.count(char)
                text = text.replace(char, "")
        text, count = _CONTROL.subn("", text)
        text, surrogates = _SURROGATE.subn("", text)
        self.control += count + surrogates
        return text

    def notes(self) -> list[str]:
        notes = []
        if self.nbsp:
            notes.append("non-breaking spaces replaced")
        if self.invisible:
            notes.append("invisible characters (zero-width spaces, soft hyphens) removed")
        if self.control:
            notes.append("control characters removed")
        return notes


def empty_paragraphs_note(count: int) -> list[str]:
    if not count:
        return []
    return [f"{count} empty paragraph{'s' if count != 1 else ''} removed"]


# Markdown ---------------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#>+=|~-]|\d+[.)](?=\s|$))")


def escape(text: str) -> str:
    """Text that Markdown shows as written, inside a line."""
    return _ENTITY.sub("&amp;", _INLINE_SPECIAL.sub(r"\\\1", text))


def escape_line_starts(markdown: str) -> str:
    """Stop a paragraph's lines from starting a heading, quote, list or rule."""
    return "\n".join(_LINE_START.sub(_escape_marker, line) for line in markdown.split("\n"))


def _escape_marker(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"


def link_markdown(text_markdown: str, url: str) -> str:
    safe_url = url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"[{text_markdown}]({safe_url})"


def emphasis(markdown: str, marker: str) -> str:
    """Wrap in ``**`` or ``*``, keeping surrounding spaces outside the markers."""
    core = markdown.strip()
    if not core:
        return markdown
    lead = markdown[: len(markdown) - len(markdown.lstrip())]
    trail = markdown[len(markdown.rstrip()):]
    return f"{lead}{marker}{core}{marker}{trail}"


def list_markdown(data: ListData, indent: str = "") -> str:
    lines: list[str] = []
    for number, item in enumerate(data.items, start=data.start):
        marker = f"{number}." if data.ordered else "-"
        inner = indent + " " * (len(marker) + 1)
        text = escape_line_starts(item.markdown).replace("\n", "\n" + inner)
        lines.append(f"{indent}{marker} {text}".rstrip())
        lines.extend(list_markdown(child, inner) for child in item.children)
    return "\n".join(lines)


def list_plain(data: ListData, depth: int = 0) -> str:
    lines: list[str] = []
    for number, item in enumerate(data.items, start=data.start):
        marker = f"{number}." if data.ordered else "•"
        lines.append(f"{'  ' * depth}{marker} {item.plain}")
        lines.extend(list_plain(child, depth + 1) for child in item.children)
    return "\n".join(lines)


def list_block(data: ListData) -> Block:
    return Block("list", list_plain(data), list_markdown(data))


def table_block(rows: list[list[tuple[str, str]]]) -> Block | None:
    """A GitHub table from rows of (markdown, plain) cells; the first row is the header."""
    rows = [row for row in rows if any(plain.strip() for _md, plain in row)]
    if not rows:
        return None
    width = max(len(row) for row in rows)
    if width == 1:  # a one-column layout table: its cells are paragraphs
        markdown = "\n\n".join(escape_line_starts(row[0][0]) for row in rows)
        return Block("paragraph", "\n\n".join(row[0][1] for row in rows), markdown)
    padded = [row + [("", "")] * (width - len(row)) for row in rows]
    md_rows = ["| " + " | ".join(_cell(md) for md, _plain in row) + " |" for row in padded]
    md_rows.insert(1, "|" + " --- |" * width)
    plain = "\n".join("\t".join(plain for _md, plain in row) for row in padded)
    return Block("table", plain, "\n".join(md_rows))


def _cell(markdown: str) -> str:
    return " ".join(markdown.replace("|", "\\|").split()) or " "


def paragraph_block(markdown: str, plain: str) -> Block:
    return Block("paragraph", plain.strip(), escape_line_starts(markdown.strip()))




_URL = re.compile(r"\bhttps?://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]’']")


def text_markdown(text: str) -> str:
    """Plain text as Markdown: escaped, with its web addresses as autolinks."""
    parts: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        parts.append(escape(text[position:match.start()]))
        parts.append(f"<{match.group(0)}>")
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)
