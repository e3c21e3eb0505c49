"""Reading a web page's text (copied from a browser, or scraped) into blocks."""

from __future__ import annotations

import re

from .blocks import (
    Block,
    ListData,
    ListEntry,
    ListItem,
    SourceDocument,
    TextCleanup,
    empty_paragraphs_note,
    escape_line_starts,
    list_block,
    nest_lists,
    text_markdown,
)

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_LIST_ITEM = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[-*•·▪◦‣○■–]|o(?=\s)|\d{1,3}[.)]|[a-z][.)]|\(\w{1,4}\))"
    r"\s+(?P<text>\S.*)$")
_MARKDOWN_LINK = re.compile(r"^\[(?P<text>[^\]]{2,100})\]\((?P<url>[^)\s]+)\)$")
_LINK_LINE = re.compile(
    r"^(?P<text>[^\s<].{0,99}?)\s*(?:[:|–—-]\s*)?[(<]?"
    r"(?P<url>(?:https?://|www\.|mailto:)[^\s<>()]+?)[)>]?[.,;]?$")
#: Word's plain-text export marks deeper list levels with other bullets, not indentation.
_MARKER_DEPTH = {"o": 1, "◦": 1, "○": 1, "▪": 2, "■": 2, "‣": 2}
_BULLETS = frozenset("-*•·▪◦‣○■–o")
#: Paragraph lines are joined (a hard-wrapped text) only when every line is this short.
_WRAPPED_LINE = 100
#: Lines shorter than this, one under another, are a menu or a toolbar, not a wrapped text.
_SHORTEST_WRAPPED = 40


def read_text(text: str) -> SourceDocument:
    document = SourceDocument("text")
    cleanup = TextCleanup()
    lines: list[str] = []
    empty = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = cleanup.clean(raw).rstrip()
        if raw.strip(" \t") and not line.strip():
            empty += 1
        lines.append(line if line.strip() else "")
    groups = _groups(lines)
    # Without blank lines anywhere, each line is a paragraph (a browser copy); with them,
    # a group of short lines is one hard-wrapped paragraph.
    for group in groups:
        document.blocks.extend(_group_blocks(group, may_join=len(groups) > 1))
    document.cleanups.extend(cleanup.notes()[:1] + empty_paragraphs_note(empty)
                             + cleanup.notes()[1:])
    return document


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _group_blocks(group: list[str], *, may_join: bool) -> list[Block]:
    blocks: list[Block] = []
    join = may_join and len(group) > 1 and all(len(line) <= _WRAPPED_LINE for line in group) \
        and (all(len(line) >= _SHORTEST_WRAPPED for line in group[:-1])
             or any("\t" in line for line in group))
    paragraph: list[str] = []
    items: list[tuple[str, str, str]] = []  # (indent, marker, text)

    def flush() -> None:
        if paragraph:
            text = "\n".join(paragraph)
            blocks.append(Block("paragraph", text, escape_line_starts(text_markdown(text))))
            paragraph.clear()
        if items:
            blocks.extend(list_block(data) for data in _build_lists(items))
            items.clear()

    for line in group:
        item = _LIST_ITEM.match(line)
        if item:
            if paragraph:
                flush()
            items.append((item["indent"].replace("\t", "    "), item["marker"], item["text"]))
            continue
        stripped = " ".join(line.split("\t")).strip()
        if items and line[:1] in " \t":  # a list item's wrapped continuation
            indent, marker, text = items[-1]
            items[-1] = (indent, marker, f"{text} {stripped}")
            continue
        if items:
            flush()
        heading = _HEADING.match(stripped)
        link = _link(stripped)
        if heading or link:
            flush()
            if heading:
                blocks.append(Block("heading", heading[2], heading[2], level=len(heading[1])))
            else:
                blocks.append(Block("paragraph", stripped, text_markdown(stripped), link=link))
            continue
        paragraph.append(stripped)
        if not join:
            flush()
    flush()
    return blocks


def _link(line: str) -> tuple[str, str] | None:
    match = _MARKDOWN_LINK.match(line) or _LINK_LINE.match(line)
    if not match:
        return None
    text = match["text"].strip().rstrip(":|–—-").strip()
    url = match["url"]
    if url.startswith("www."):
        url = "https://" + url
    if len(text) < 2 or "http" in text or len(text.split()) > 12 or not re.search(r"\w", text):
        return None
    return text, url


def _build_lists(items: list[tuple[str, str, str]]) -> list[ListData]:
    entries = []
    for indent, marker, text in items:
        depth = (len(indent), _MARKER_DEPTH.get(marker, 0))
        start = int(marker[:-1]) if marker[0].isdigit() else 1
        entries.append(ListEntry(depth, _marker_style(marker), ListItem(text_markdown(text), text),
                                 start))
    return nest_lists(entries)


def _marker_style(marker: str) -> str:
    if marker in _BULLETS:
        return "bullet"
    if marker[0].isdigit():
        return "number"
    return "letter" if marker[0].isalpha() else "bracket"
