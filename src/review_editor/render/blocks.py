"""A section's Markdown as a list of top-level blocks (paragraph, list, heading, table…),
each sanitised on its own and cached, so an edit re-renders only what changed.

cmarkgfm renders the whole text (about 1 ms per 10k words); its output is split into
top-level blocks and each block is sanitised by nh3 through a cache keyed on the block's
HTML without source positions, so a paragraph that only moved costs nothing. The page
carries no ``data-sourcepos``: a line inserted above would otherwise change every block
below it. Checks read ``markdown.to_html``, which keeps them.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from markupsafe import escape

from .images import embed_images
from .markdown import render_raw, sanitise

# cmarkgfm's own output: comments, and tags whose attributes are quoted and escaped.
_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>", re.S)
_SOURCEPOS = re.compile(r' data-sourcepos="(\d+):\d+-(\d+):(\d+)"')
_VOID = frozenset({"area", "br", "col", "hr", "img", "input", "wbr"})
_FIGURE = re.compile(r"^<p><img ([^>]*)></p>$")
_ATTRIBUTE = re.compile(r'([a-z-]+)="([^"]*)"')
_START_TAG = re.compile(r"^<([a-z][a-z0-9]*)")


class RawBlock(NamedTuple):
    """One top-level block of cmarkgfm's output, without source positions.

    A tuple of strings and numbers, so the garbage collector stops tracking it: the cache
    below keeps thousands of these, and tracked objects would lengthen every full
    collection (which holds the GIL and stalls typing)."""

    html: str
    first_line: int
    last_line: int


@lru_cache(maxsize=512)
def raw_blocks(markdown: str) -> tuple[RawBlock, ...]:
    """cmarkgfm's HTML for ``markdown``, split into top-level blocks (cached per text).

    A NUL is left out, as the page leaves out every control character: CommonMark would
    read it as U+FFFD, a box on the page (only lines are mapped back, not columns)."""
    raw = render_raw(markdown.replace("\x00", ""))
    blocks: list[RawBlock] = []
    for chunk in split_top_level(raw):
        lines = _SOURCEPOS.search(chunk)
        first, last = (int(lines.group(1)), int(lines.group(2))) if lines else (0, 0)
        if lines and lines.group(3) == "0":  # a list ending at column 0 of the next line
            last = max(first, last - 1)
        blocks.append(RawBlock(_SOURCEPOS.sub("", chunk), first, last))
    return tuple(blocks)


def split_top_level(raw: str) -> list[str]:
    """The top-level elements (and comments) of well-formed cmarkgfm output, in order."""
    chunks: list[str] = []
    depth = 0
    start = 0
    for match in _TAG.finditer(raw):
        closing, name, self_closing = match.groups()
        if name is None:  # a comment, such as "raw HTML omitted"
            if depth == 0:
                chunks.append(match.group(0))
            continue
        if closing:
            depth -= 1
            if depth == 0:
                chunks.append(raw[start:match.end()])
        elif self_closing or name.lower() in _VOID:
            if depth == 0:
                chunks.append(match.group(0))
        else:
            if depth == 0:
                start = match.start()
            depth += 1
    return chunks


@lru_cache(maxsize=32768)
def clean_block(raw_block: str) -> str:
    """One block sanitised and shaped for the page ("" when nothing survives).

    Level-1 headings become level 2 (the title is the page's only h1), and a paragraph
    holding only a captioned image becomes a figure with its caption.
    """
    cleaned = sanitise(raw_block).strip()
    if not cleaned:
        return ""
    if "<h1" in cleaned:
        cleaned = cleaned.replace("<h1>", "<h2>").replace("<h1 ", "<h2 ")
        cleaned = cleaned.replace("</h1>", "</h2>")
    figure = _FIGURE.match(cleaned)
    if figure:
        cleaned = _as_figure(figure.group(1)) or cleaned
    return cleaned


def _as_figure(attributes: str) -> str | None:
    values = dict(_ATTRIBUTE.findall(attributes))
    caption = values.pop("title", None)
    if not caption:
        return None
    img = "".join(f' {name}="{value}"' for name, value in values.items())
    # The caption leaves the attribute for text content: unescape, then escape for text.
    text = escape(html.unescape(caption))
    return f"<figure><img{img}><figcaption>{text}</figcaption></figure>"


def with_id(block_html: str, block_id: str) -> str:
    """The block's first tag with ``id`` added (ids are escaped by the caller's rules)."""
    match = _START_TAG.match(block_html)
    if match is None:
        return f'<div id="{block_id}">{block_html}</div>'
    end = match.end()
    return f'{block_html[:end]} id="{block_id}"{block_html[end:]}'


def markdown_blocks(markdown: str, base_dir: Path | None = None) -> list[str]:
    """The page HTML of each top-level block, without ids (empty blocks left out)."""
    blocks: list[str] = []
    for raw in raw_blocks(markdown):
        source = embed_images(raw.html, base_dir) if "<img " in raw.html else raw.html
        cleaned = clean_block(source)
        if cleaned:
            blocks.append(cleaned)
    return blocks


def markdown_html(markdown: str, base_dir: Path | None = None) -> str:
    """Sanitised page HTML of a Markdown field that is one block of the page."""
    return "\n".join(markdown_blocks(markdown, base_dir))


def block_lines(markdown: str) -> list[tuple[int, int]]:
    """First and last source line (1-based) of each block that ``markdown_blocks`` keeps,
    so an editor can map a block id ``b-<section>-<n>`` back to the text."""
    lines: list[tuple[int, int]] = []
    for raw in raw_blocks(markdown):
        if clean_block(embed_images(raw.html, None)):
            lines.append((raw.first_line, raw.last_line))
    return lines
