"""The page as a format-neutral outline: headings, paragraphs, lists, quotes, tables, facts
and images, read from the renderer's HTML with the standard library's html.parser.

The Word and plain-text copies are written from this outline, and the outline is read from
the very blocks the preview shows (``render.render_blocks``): what is exported is what is
previewed, and Markdown is parsed once, by the renderer, never again here.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..render.html_tree import Element, parse_fragment
from .characters import printable

# -- the outline ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    """An embedded raster image (the page embeds every image as a data: URI)."""

    data: bytes = field(repr=False)
    media_type: str
    alt: str


@dataclass(frozen=True)
class Run:
    """Text with one set of character formats; ``text == "\\n"`` is a line break."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False
    href: str | None = None
    picture: Picture | None = None


Runs = list[Run]


@dataclass
class Heading:
    level: int  # 1 is the page title; section headings are 2
    runs: Runs


@dataclass
class Paragraph:
    runs: Runs
    role: str = ""  # the renderer's class ("kicker", "summary", "dateline"…) or ""


@dataclass
class ListItem:
    blocks: list[Runs | ListBlock] = field(default_factory=list)


@dataclass
class ListBlock:
    ordered: bool
    items: list[ListItem] = field(default_factory=list)
    start: int = 1


@dataclass
class Quote:
    paragraphs: list[Runs]
    attribution: Runs = field(default_factory=list)


@dataclass
class Cell:
    paragraphs: list[Runs]
    header: bool = False


@dataclass
class Table:
    header: list[Cell]
    rows: list[list[Cell]]


@dataclass
class Facts:
    """A definition list: each term with its values ("Key facts")."""

    items: list[tuple[str, list[Runs]]]


@dataclass
class Figure:
    picture: Picture
    caption: Runs = field(default_factory=list)


@dataclass
class Rule:
    pass


Block = Heading | Paragraph | ListBlock | Quote | Table | Facts | Figure | Rule


def plain(runs: Iterable[Run]) -> str:
    """The text of some runs, line breaks included."""
    return "".join(run.text for run in runs)


# -- a small element tree -------------------------------------------------------------------

#: Elements whose content is never part of the document text.
SKIPPED = frozenset({"script", "style", "template", "head", "title", "noscript"})


# -- element tree → outline -----------------------------------------------------------------

HEADINGS = {f"h{n}": n for n in range(1, 7)}
INLINE = frozenset({"a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "img", "kbd",
                    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
                    "u", "var", "wbr"})
_DATA_URI = re.compile(r"^data:(image/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/=]*)$")
_SPACES = re.compile(r"[ \t\r\n\f]+")


def outline(html: str) -> list[Block]:
    """The blocks of an HTML fragment (or page) in reading order."""
    return _blocks(parse_fragment(html).children)


def _hidden(element: Element) -> bool:
    return "hidden" in element.attrs or element.tag in SKIPPED


def _blocks(nodes: list[Element | str], role: str = "") -> list[Block]:
    """Block-level content; loose inline content between blocks becomes paragraphs."""
    found: list[Block] = []
    pending: list[Element | str] = []

    def flush() -> None:
        runs = _runs(pending)
        pending.clear()
        if runs:
            found.append(Paragraph(runs, role))

    for node in nodes:
        if isinstance(node, str) or node.tag in INLINE:
            pending.append(node)
            continue
        flush()
        if not _hidden(node):
            found.extend(_block(node))
    flush()
    return found


def _block(element: Element) -> list[Block]:
    tag = element.tag
    if tag in HEADINGS:
        runs = _runs(element.children)
        return [Heading(HEADINGS[tag], runs)] if runs else []
    if tag == "p":
        return _paragraph(element)
    if tag in ("ul", "ol"):
        return [_list(element)]
    if tag == "blockquote":
        return [Quote(_paragraphs(element.children))]
    if tag == "figure":
        return _figure(element)
    if tag == "table":
        return [_table(element)]
    if tag == "dl":
        return [_facts(element)]
    if tag == "hr":
        return [Rule()]
    if tag == "pre":
        return [Paragraph([Run(printable(_text(element)).rstrip("\n"), code=True)], "code")]
    # Containers (section, aside, div, header, footer, main, article…) and anything unknown:
    # their content, with their class as the role of loose paragraphs.
    return _blocks(element.children, _role(element))


def _role(element: Element) -> str:
    classes = element.classes()
    return sorted(classes)[0] if classes else ""


def _paragraph(element: Element) -> list[Block]:
    # A paragraph holding only an image is a figure without a caption.
    meaningful = [c for c in element.children if not (isinstance(c, str) and not c.strip())]
    if len(meaningful) == 1 and isinstance(meaningful[0], Element) \
            and meaningful[0].tag == "img":
        picture = _picture(meaningful[0])
        return [Figure(picture)] if picture else []
    runs = _runs(element.children)
    return [Paragraph(runs, _role(element))] if runs else []


def _paragraphs(nodes: list[Element | str]) -> list[Runs]:
    paragraphs: list[Runs] = []
    for block in _blocks(nodes):
        if isinstance(block, Paragraph | Heading):
            paragraphs.append(block.runs)
        elif isinstance(block, ListBlock):
            paragraphs.extend(_flatten_list(block))
        elif isinstance(block, Quote):
            paragraphs.extend(block.paragraphs)
    return paragraphs


def _flatten_list(block: ListBlock) -> list[Runs]:
    lines: list[Runs] = []
    for number, item in enumerate(block.items, start=block.start):
        marker = f"{number}. " if block.ordered else "• "
        first = True
        for part in item.blocks:
            if isinstance(part, ListBlock):
                lines.extend(_flatten_list(part))
            else:
                lines.append([Run(marker), *part] if first else part)
                first = False
    return lines


def _list(element: Element) -> ListBlock:
    start = element.attrs.get("start", "1")
    block = ListBlock(ordered=element.tag == "ol",
                      start=int(start) if start.isdigit() else 1)
    for child in element.children:
        if isinstance(child, Element) and child.tag == "li" and not _hidden(child):
            block.items.append(_list_item(child))
    return block


def _list_item(element: Element) -> ListItem:
    item = ListItem()
    for block in _blocks(element.children):
        if isinstance(block, ListBlock):
            item.blocks.append(block)
        elif isinstance(block, Paragraph | Heading):
            item.blocks.append(block.runs)
        elif isinstance(block, Quote):
            item.blocks.extend(block.paragraphs)
        elif isinstance(block, Facts | Table):
            item.blocks.extend(_block_lines(block))
    if not item.blocks:
        item.blocks.append([])
    return item


def _block_lines(block: Facts | Table) -> list[Runs]:
    if isinstance(block, Facts):
        return [[Run(f"{term}: "), *join_runs(values)] for term, values in block.items]
    return [join_runs([join_runs(cell.paragraphs) for cell in row]) for row in block.rows]


def join_runs(parts: list[Runs], separator: str = "; ") -> Runs:
    """Several runs of text as one, with ``separator`` between them."""
    joined: Runs = []
    for index, part in enumerate(parts):
        if index:
            joined.append(Run(separator))
        joined.extend(part)
    return joined


def _figure(element: Element) -> list[Block]:
    caption: Runs = []
    quote: Quote | None = None
    picture: Picture | None = None
    for child in element.children:
        if not isinstance(child, Element) or _hidden(child):
            continue
        if child.tag == "figcaption":
            caption = _runs(child.children)
        elif child.tag == "blockquote":
            quote = Quote(_paragraphs(child.children))
        elif child.tag == "img":
            picture = _picture(child)
        elif child.tag == "p":
            for grandchild in child.children:
                if isinstance(grandchild, Element) and grandchild.tag == "img":
                    picture = picture or _picture(grandchild)
    if quote is not None:
        quote.attribution = caption
        return [quote]
    if picture is not None:
        return [Figure(picture, caption)]
    return [Paragraph(caption, "caption")] if caption else []


def _table(element: Element) -> Table:
    rows: list[list[Cell]] = []
    header_rows = 0
    for row, in_head in _table_rows(element):
        cells = [Cell(_paragraphs(cell.children) or [[]], cell.tag == "th")
                 for cell in row.children
                 if isinstance(cell, Element) and cell.tag in ("th", "td")]
        if in_head and header_rows == len(rows):
            header_rows += 1
        rows.append(cells)
    if header_rows == 0 and rows and all(cell.header for cell in rows[0]):
        header_rows = 1
    header = rows[0] if header_rows else []
    return Table(header, rows[1:] if header_rows else rows)


def _table_rows(element: Element, in_head: bool = False) -> list[tuple[Element, bool]]:
    rows: list[tuple[Element, bool]] = []
    for child in element.children:
        if not isinstance(child, Element):
            continue
        if child.tag == "tr":
            rows.append((child, in_head))
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(_table_rows(child, child.tag == "thead"))
    return rows


def _facts(element: Element) -> Facts:
    items: list[tuple[str, list[Runs]]] = []

    def walk(nodes: list[Element | str]) -> None:
        for node in nodes:
            if not isinstance(node, Element) or _hidden(node):
                continue
            if node.tag == "dt":
                items.append((plain(_runs(node.children)), []))
            elif node.tag == "dd":
                if not items:
                    items.append(("", []))
                items[-1][1].append(_runs(node.children))
            else:
                walk(node.children)

    walk(element.children)
    return Facts(items)


def _picture(element: Element) -> Picture | None:
    match = _DATA_URI.match(element.attrs.get("src", ""))
    if match is None:
        return None
    try:
        data = base64.b64decode(match.group(2), validate=True)
    except ValueError:
        return None
    return Picture(data, match.group(1), printable(element.attrs.get("alt", "")))


def _text(element: Element) -> str:
    return "".join(c if isinstance(c, str) else _text(c) for c in element.children)


# -- inline content -------------------------------------------------------------------------

_FORMATS = {"strong": "bold", "b": "bold", "em": "italic", "i": "italic", "cite": "italic",
            "del": "strike", "s": "strike", "code": "code", "kbd": "code", "samp": "code"}


def _runs(nodes: list[Element | str]) -> Runs:
    runs: Runs = []
    _collect(nodes, Run(), runs)
    return _tidy(runs)


def _collect(nodes: list[Element | str], style: Run, runs: Runs) -> None:
    for node in nodes:
        if isinstance(node, str):
            # Collapsed here, so that a text node of white space is never taken for a <br>.
            text = _SPACES.sub(" ", printable(node))
            if text:
                runs.append(replace(style, text=text))
            continue
        if _hidden(node):
            continue
        tag = node.tag
        if tag == "br":
            runs.append(Run("\n"))
        elif tag == "img":
            picture = _picture(node)
            if picture is not None:
                runs.append(replace(style, text="", picture=picture))
        elif tag == "a":
            href = node.attrs.get("href") or None
            _collect(node.children, replace(style, href=href or style.href), runs)
        elif tag in _FORMATS:
            _collect(node.children, _formatted(style, _FORMATS[tag]), runs)
        else:
            # Block elements met inside inline content (a <p> in a table cell): a break.
            if tag not in INLINE and runs:
                runs.append(Run("\n"))
            _collect(node.children, style, runs)


def _formatted(style: Run, name: str) -> Run:
    if name == "bold":
        return replace(style, bold=True)
    if name == "italic":
        return replace(style, italic=True)
    if name == "strike":
        return replace(style, strike=True)
    return replace(style, code=True)


def _tidy(runs: Runs) -> Runs:
    """HTML white space: runs of spaces and newlines collapse to one space, none at the
    start or end of a line; formatting-only differences between neighbours merge."""
    tidy: Runs = []
    at_line_start = True
    for run in runs:
        if run.picture is not None:
            tidy.append(run)
            at_line_start = False
            continue
        if run.text == "\n":
            if tidy and tidy[-1].text.endswith(" "):
                tidy[-1] = replace(tidy[-1], text=tidy[-1].text.rstrip(" "))
            tidy.append(run)
            at_line_start = True
            continue
        text = run.text
        if at_line_start or (tidy and tidy[-1].text.endswith(" ")):
            text = text.lstrip(" ")
        if not text:
            continue
        previous = tidy[-1] if tidy else None
        if previous is not None and previous.picture is None and previous.text != "\n" \
                and replace(previous, text="") == replace(run, text=""):
            tidy[-1] = replace(previous, text=previous.text + text)
        else:
            tidy.append(replace(run, text=text))
        at_line_start = False
    while tidy and tidy[-1].picture is None and tidy[-1].text.strip(" ") in ("", "\n"):
        tidy.pop()
    if tidy and tidy[-1].picture is None:
        tidy[-1] = replace(tidy[-1], text=tidy[-1].text.rstrip(" "))
    while tidy and tidy[0].text == "\n":
        tidy.pop(0)
    return [run for run in tidy if run.text or run.picture is not None]
