"""The record's body: a page's blocks grouped into sections under its top-level headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.slugs import slugify
from ..textdates import parse_date
from .blocks import Block, escape
from .pseudonyms import cover_subject_line


@dataclass
class Section:
    id: str
    heading: str
    markdown: str
    blocks: list[int] = field(default_factory=list)  # the blocks it was made from


def promote_headings(blocks: list[Block], content: list[int]) -> None:
    """In plain text, a short line without a full stop, before a paragraph, is a heading."""
    for position, index in enumerate(content[:-1]):
        block, following = blocks[index], blocks[content[position + 1]]
        if block.kind == "paragraph" and following.kind in ("paragraph", "list") \
                and _heading_like(block):
            block.kind, block.level, block.markdown = "heading", 2, block.plain


def body_sections(blocks: list[Block], content: list[int]) -> list[Section]:
    """One section per top-level heading (and one for the text before the first); deeper
    headings stay in their section's Markdown."""
    levels = [max(blocks[i].level, 1) for i in content if blocks[i].kind == "heading"]
    top = min(levels) if levels else 1
    groups: list[tuple[str, list[str], list[int]]] = [("", [], [])]
    for index in content:
        block = blocks[index]
        if block.kind == "heading" and max(block.level, 1) == top:
            groups.append((block.plain[:300], [], [index]))
            continue
        _heading, parts, used_blocks = groups[-1]
        if block.kind == "heading":
            depth = min(6, max(block.level, 1) - top + 2)
            parts.append(f"{'#' * depth} {escape(block.plain)}")
        else:
            parts.append(block.markdown)
        used_blocks.append(index)
    sections: list[Section] = []
    used: set[str] = set()
    for heading, parts, used_blocks in groups:
        if not heading and not parts:
            continue
        section_id = _unique(slugify(heading, 40) or ("intro" if not sections else "section"),
                             used)
        sections.append(Section(section_id, heading, "\n\n".join(parts), used_blocks))
    return sections


def _heading_like(block: Block) -> bool:
    text = block.plain
    return ("\n" not in text and len(text) <= 80 and len(text.split()) <= 12
            and not re.search(r"[.,;:”\"’]$", text) and text[:1].isupper()
            and "://" not in text and block.link is None and parse_date(text) is None
            and not cover_subject_line(text))  # "CHILD M" on a cover names, it heads nothing


def _unique(section_id: str, used: set[str]) -> str:
    candidate, number = section_id, 2
    while candidate in used:
        candidate = f"{section_id}-{number}"
        number += 1
    used.add(candidate)
    return candidate
