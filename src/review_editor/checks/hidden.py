"""Text in a Markdown field that readers will not see.

The page, every copy and the JSON export are made from the record's public copy, which
leaves out what the page would never show: HTML comments and other raw HTML, reference
definitions no link uses, a code block's language. That text is never published, so the
checks cannot pass judgement on it either; but an officer who typed a street into a comment
should know it is there (and that it is not on the page).

A construct counts as hidden only where the rendered page shows none of its characters:
each candidate found by CommonMark's own patterns is tested against the map from the read
text back to the source (``ParsedMarkdown.segments``), so ``<!-- -->`` in a code span, or an
escaped ``\\<div>``, is text like any other.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..render.markdown import render_raw
from .text import ParsedMarkdown, escaped

# CommonMark 0.31, section 6.6 (raw HTML) and 4.6 (HTML blocks).
_ATTRIBUTE = (r"""(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*"""
              r"""(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)""")
_RAW_HTML = re.compile(
    r"<!--(?:>|->|[\s\S]*?-->)"                    # a comment
    r"|<\?[\s\S]*?\?>"                             # a processing instruction
    r"|<![A-Za-z][^>]*>"                           # a declaration
    r"|<!\[CDATA\[[\s\S]*?\]\]>"                   # a CDATA section
    rf"|<[A-Za-z][A-Za-z0-9-]*{_ATTRIBUTE}*\s*/?>"  # an open tag
    r"|</[A-Za-z][A-Za-z0-9-]*\s*>")               # a closing tag
#: HTML blocks of kinds 1 to 5 end at a marker, not at a blank line.
_BLOCK_ENDS = [
    (re.compile(r"<(script|pre|style|textarea)[\s>/]", re.I),
     re.compile(r"</(script|pre|style|textarea)>", re.I)),
    (re.compile(r"<!--"), re.compile(r"-->")),
    (re.compile(r"<\?"), re.compile(r"\?>")),
    (re.compile(r"<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
]
#: A label holds no unescaped bracket (CommonMark 4.7), so a "[" left open on an earlier
#: line does not swallow the definition after it.
_REFERENCE = re.compile(r"(?m)^[ \t>*+\-\d.)]*?\[((?:[^\[\]\\]|\\.){1,999})\]:[ \t]*\n?[ \t]*"
                        r"(<[^>\n]*>|\S+)((?:[ \t]*\n?[ \t]*(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?)"
                        r"[ \t]*$")
_FENCE_INFO = re.compile(r"(?m)^[ \t>*+\-\d.)]*?(?:`{3,}|~{3,})[ \t]*([^`\n]*\S)[ \t]*$")
_BLANK_LINE = re.compile(r"\n[ \t>]*\n")


@dataclass(frozen=True)
class Hidden:
    kind: str  # "comment", "html", "reference", "code language"
    start: int
    end: int


def hidden_content(parsed: ParsedMarkdown) -> list[Hidden]:
    """What ``parsed.source`` holds that its rendered text does not show, in order."""
    source = parsed.source
    if "<" not in source and "]:" not in source and "```" not in source \
            and "~~~" not in source:
        return []  # nothing that could hide (most fields): no need to map the text
    return list(_hidden(source, _covered(parsed)))


@lru_cache(maxsize=512)
def _hidden(source: str, covered: tuple[tuple[int, int], ...]) -> tuple[Hidden, ...]:
    return tuple(_find(source, _Coverage(covered)))


def _covered(parsed: ParsedMarkdown) -> tuple[tuple[int, int], ...]:
    segments = parsed.segments
    source = parsed.source
    # Line breaks the reader writes between blocks are not text the page shows: a block
    # of raw HTML inside a list item does not end at the item's first line break.
    return tuple(sorted((start, start + length)
                        for start, length in zip(segments.source, segments.width,
                                                 strict=True)
                        if source[start:start + length].strip()))


class _Coverage:
    """The source offsets the read text came from."""

    def __init__(self, intervals: tuple[tuple[int, int], ...]) -> None:
        self.starts = [start for start, _ in intervals]
        self.ends = [end for _, end in intervals]

    def shown(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]

    def next_shown(self, offset: int, limit: int) -> int:
        """The first shown offset in ``[offset, limit)``, or ``limit``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.ends[index]:
            return offset
        following = index + 1
        if following < len(self.starts) and self.starts[following] < limit:
            return self.starts[following]
        return limit


def _find(source: str, coverage: _Coverage) -> list[Hidden]:
    found: list[Hidden] = []
    claimed_until = 0
    for match in _RAW_HTML.finditer(source):
        start = match.start()
        if start < claimed_until or escaped(source, start) or coverage.shown(start):
            continue
        end = _block_end(source, match, coverage) if _starts_line(source, start) \
            else match.end()
        kind = "comment" if match.group(0).startswith("<!--") else "html"
        found.append(Hidden(kind, start, end))
        claimed_until = end
    for match in _REFERENCE.finditer(source):
        start = match.start(1) - 1
        if any(h.start <= start < h.end for h in found) or coverage.shown(start + 1):
            continue
        if not _reference_used(source, match):
            found.append(Hidden("reference", start, match.end()))
    for match in _FENCE_INFO.finditer(source):
        start = match.start(1)
        if not coverage.shown(start) and not any(h.start <= start < h.end for h in found):
            found.append(Hidden("code language", start, match.end(1)))
    return sorted(found, key=lambda hidden: hidden.start)


def _starts_line(source: str, offset: int) -> bool:
    line_start = source.rfind("\n", 0, offset) + 1
    return not source[line_start:offset].strip(" \t>*+-0123456789.)")


def _block_end(source: str, match: re.Match[str], coverage: _Coverage) -> int:
    """Where an HTML block that starts with ``match`` ends: at its end marker (kinds 1 to
    5) or the next blank line, and never past text the page shows."""
    start = match.start()
    end = len(source)
    for opener, closer in _BLOCK_ENDS:
        if opener.match(source, start):
            found = closer.search(source, start + 2)
            end = found.end() if found else len(source)
            if found is not None:
                line_end = source.find("\n", end)
                end = len(source) if line_end < 0 else line_end
            break
    else:
        blank = _BLANK_LINE.search(source, start)
        end = blank.start() if blank else len(source)
    end = coverage.next_shown(match.end(), end)
    return len(source[:end].rstrip())


@lru_cache(maxsize=1024)
def _destination(label: str, definition: str) -> str | None:
    """The address a reference definition gives a link, as cmarkgfm writes it."""
    html = render_raw(f"[{label}]\n\n{definition.strip()}")
    found = re.search(r'<a href="([^"]*)"', html)
    return found.group(1) if found else None


@lru_cache(maxsize=64)
def _rendered(source: str) -> str:
    return render_raw(source)


def _reference_used(source: str, match: re.Match[str]) -> bool:
    """Whether any link or image on the page takes its address from this definition."""
    label = match.group(1)
    definition = f"[{label}]: {match.group(2)}{match.group(3)}"
    href = _destination(label, definition)
    if href is None:
        return True  # not a definition after all: the page shows it as text
    rendered = _rendered(source)
    return f'href="{href}"' in rendered or f'src="{href}"' in rendered


DESCRIPTIONS = {
    "comment": "an HTML comment",
    "html": "raw HTML (the page shows none of it)",
    "reference": "a link reference that no link uses",
    "code language": "a code block's language name",
}
