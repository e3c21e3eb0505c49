"""What the checks read from a Markdown field: its text, blocks and structure, and the map
from the text back to the Markdown source (``text.parse_markdown`` makes them)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

#: Between two blocks of a field's read text.
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Block:
    """A paragraph-like unit of a field's text: start and end are offsets in ``text``."""

    kind: str  # p, li, h1..h6, th, td, pre, alt, caption, title (a link's)
    start: int
    end: int


@dataclass(frozen=True)
class LinkRef:
    text: str
    href: str
    start: int  # the link text, in the field's rendered text
    end: int
    source: tuple[int, int]  # the whole link, in the Markdown


@dataclass(frozen=True)
class ImageRef:
    alt: str
    title: str
    src: str
    source: tuple[int, int]


@dataclass(frozen=True)
class HeadingRef:
    level: int
    text: str
    source: tuple[int, int]


@dataclass(frozen=True)
class TableRef:
    header: tuple[str, ...]
    body_rows: int
    columns: int
    source: tuple[int, int]
    preceded_by: str | None  # the kind of the block just before the table, if any


@dataclass
class Segments:
    """Runs of rendered text that map onto source offsets: one-to-one where the text is the
    source's own characters, or a character reference (``&#42;``) read as the whole of its
    source (``width`` is each run's length in the source)."""

    plain: list[int] = field(default_factory=list)
    source: list[int] = field(default_factory=list)
    length: list[int] = field(default_factory=list)
    width: list[int] = field(default_factory=list)

    def add(self, plain: int, source: int, length: int) -> None:
        if self.plain:
            last = len(self.plain) - 1
            if (self.length[last] == self.width[last]
                    and self.plain[last] + self.length[last] == plain
                    and self.source[last] + self.length[last] == source):
                self.length[last] += length
                self.width[last] += length
                return
        self._append(plain, source, length, length)

    def add_reference(self, plain: int, source: int, length: int, width: int) -> None:
        """``length`` characters of text read from a ``width``-character reference."""
        self._append(plain, source, length, width)

    def _append(self, plain: int, source: int, length: int, width: int) -> None:
        self.plain.append(plain)
        self.source.append(source)
        self.length.append(length)
        self.width.append(width)

    def same_offsets(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is the source's at the same offsets (a paragraph read
        as it is written: one run from the start, each character its own), so the span
        maps back to itself."""
        plain = self.plain
        return (len(plain) == 1 and plain[0] == 0 and self.source[0] == 0
                and 0 <= start <= end <= self.length[0] == self.width[0])

    def to_source(self, offset: int, *, end: bool) -> int:
        if not self.plain:
            return offset
        probe = offset - 1 if end else offset
        index = bisect.bisect_right(self.plain, probe) - 1
        if index < 0:
            return self.source[0]
        start, source, length = self.plain[index], self.source[index], self.length[index]
        width = self.width[index]
        if probe < start + length:
            if width != length:  # a reference: its text starts and ends with it
                return source + width if end else source
            return source + (probe - start) + (1 if end else 0)
        # In a gap between runs (a block separator): snap to the nearest run edge.
        if end:
            return source + width
        if index + 1 < len(self.plain):
            return self.source[index + 1]
        return source + width


@dataclass
class ParsedMarkdown:
    text: str
    blocks: list[Block]
    links: list[LinkRef]
    images: list[ImageRef]
    headings: list[HeadingRef]
    tables: list[TableRef]
    emphasis: list[tuple[int, int]]
    segments: Segments
    source: str = ""  # the Markdown as typed
