"""A document's table of contents, copied line by line: neither headline, review nor date.

Text copied from a report often keeps its contents page: short lines each ending in a page
number ("Introduction 3", "Cases considered 4", "Key findings ......... 11"), with no section
numbers to tell them apart. Three or more such lines running together, their page numbers
never going down, are the contents; so is a "Contents" line just above them (a cover's
last line may run into it: "July 2031 Contents").
"""

from __future__ import annotations

import re

from .blocks import Block

_ENTRY = re.compile(r"^(?P<title>[^\d\s].{1,120}?)(?:\s*(?:\.{2,}|…+))?\s+(?P<page>\d{1,3})$")
#: The contents' heading, perhaps run on from the cover's last line ("July 2031 Contents").
_HEADER = re.compile(r"(?i)^(?:\S+\s+){0,4}(?:table of\s+)?contents\s*:?$")
_LEAST = 3


def contents_lines(blocks: list[Block], content: list[int]) -> set[int]:
    """The ``content`` blocks (indexes into ``blocks``) that are a table of contents."""
    found: set[int] = set()
    run: list[int] = []
    last_page = 0
    for index in [*content, -1]:
        page = _entry_page(blocks[index]) if index >= 0 else None
        if page is not None and (not run or page >= last_page):
            run.append(index)
            last_page = page
            continue
        if len(run) >= _LEAST:
            found.update(run)
            before = content.index(run[0]) - 1
            if before >= 0 and _HEADER.match(blocks[content[before]].plain.strip()):
                found.add(content[before])
        run, last_page = ([index], page) if page is not None else ([], 0)
    return found


def _entry_page(block: Block) -> int | None:
    """The page number a contents line ends with, if the block is such a line."""
    text = " ".join(block.plain.split())
    if block.kind != "paragraph" or "\n" in block.plain.strip() or len(text.split()) > 16:
        return None
    match = _ENTRY.match(text)
    if match is None or re.search(r"[.!?;:,]$", match["title"].rstrip(". …")):
        return None
    return int(match["page"])
