"""A Markdown field's public copy: the tree readers see, written back as Markdown.

cmarkgfm renders the officer's Markdown; its output is read into a small element tree, and
Markdown is written again from that tree. What readers never see cannot survive the trip:
HTML comments and raw HTML (cmarkgfm omits them), reference definitions no link uses (they
leave no trace in the tree), a code block's language, a task list's check boxes, and a link
or image address the sanitiser would drop. Link titles and image captions stay: readers see
them, and the checks read them.

The tree is the one ``public_tree`` gives: nesting capped at ``MAX_NESTING``, side-by-side
strikethroughs joined.

The tree is read and the Markdown written per top-level block, cached on the block's HTML,
so an edit in a long section writes again only the block that changed.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

from .blocks import raw_blocks
from .emphasis_marks import (
    BLANK,
    FORMATS,
    ChosenMarks,
    as_reference_before,
    chosen_marks,
    ends_with_delimiter,
    space_or_punctuation,
    spaces_as_references,
    spaces_kept_inside,
    tilde_edges_as_references,
    underscored,
    word_character,
)
from .html_tree import Element
from .images import embed_image
from .markdown import IMAGE_DATA_URI, render_raw, sanitise
from .public_tree import (
    BLOCKS,
    characters,
    formats_and_text,
    public_tree,
)

_BLANK = BLANK

_FORMATS = FORMATS
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = frozenset({"ul", "ol"})
_BLOCKS = BLOCKS
#: Characters that are Markdown syntax anywhere in a line.
_ALWAYS_ESCAPED = re.compile(r"([\\`*_\[\]<>&~|#!])")
#: The same but ``~``: a literal tilde beside emphasis, left bare, lets cmarkgfm judge the
#: mark by the character beyond it, as it did in the source (``**b*é-*~b***``).
_ESCAPED_BUT_TILDES = re.compile(r"([\\`*_\[\]<>&|#!])")
#: At the start of a line, these open a block: a list, a heading, a quote, a rule.
_LINE_START = re.compile(r"^( *)([-+=])|^( *\d{1,9})([.)])")
#: A line that reads as a rule: three or more of one of these marks, spaces between.
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?: *\1){2,} *$")
_DESTINATION_ESCAPED = re.compile(r"([\\()<>&\s\"])")
#: What GitHub's autolinks start from; escaped in text, so that text stays text.
_AUTOLINK_START = re.compile(r"(?i)(?<=www)\.|:(?=//)")



# -- writing Markdown ------------------------------------------------------------------------

def public_markdown(markdown: str, base_dir: Path | None = None) -> str:
    """The Markdown of what readers see of ``markdown``, written from its rendered tree.

    With ``base_dir`` (the record's folder) a local image becomes a data: URI, as the
    page embeds it; a source the page would not show is left out.
    """
    parts: list[str] = []
    previous: str | None = None
    alternate = False
    for block in raw_blocks(markdown):
        kind = _list_kind(block.html)
        # Two lists in a row stay two lists only if their markers differ.
        alternate = kind is not None and kind == previous and not alternate
        if "<img " in block.html:
            text = _write_block(block.html, alternate, base_dir)
        else:
            text = _write_cached(block.html, alternate)
        if text:
            parts.append(text)
            previous = kind
    return "\n\n".join(parts)


def _list_kind(block_html: str) -> str | None:
    return block_html[1:3] if block_html.startswith(("<ul", "<ol")) else None


@lru_cache(maxsize=16384)
def _write_cached(block_html: str, alternate: bool) -> str:
    return _write_block(block_html, alternate, None)


#: How emphasis is marked, tried in turn until the written block reads back as itself:
#: ``*`` or ``_`` by what is around, ``*`` only, ``_`` wherever it can open and close,
#: ``*`` and ``_`` by turns as formats nest, ``*`` or ``_`` with a letter beside a mark
#: written as a character reference (``~~\\-~~&#xE9;``: a mark between punctuation and a
#: letter cannot close), then each emphasis's mark chosen in turn (``chosen_marks``); then
#: the same for each paragraph, heading and cell on its own ("paragraphs": emphasis is read
#: within its paragraph, so one that no marking keeps does not cost a whole list its
#: formats), and at last no emphasis (the words stay; marks that would show as text never
#: do).
_MARKINGS = ("mixed", "stars", "underscores", "nested", "references", "paragraphs", "plain")
_WHOLE_BLOCK_MARKINGS = _MARKINGS[:5]


def _write_block(block_html: str, alternate: bool, base_dir: Path | None) -> str:
    """The block's Markdown in the first marking that renders back to the same formats.

    CommonMark reads emphasis by the characters around each mark (its flanking rules), so
    a mark beside punctuation may open, close or stay text by what else is in the
    paragraph; rather than predict every case, each marking is checked by rendering it."""
    if not any(f"<{tag}>" in block_html for tag in _FORMATS):
        return _write_tree(public_tree(block_html), alternate, base_dir, "mixed")
    wanted = formats_and_text(public_tree(block_html))
    emphasis = block_html.count("<em>") + block_html.count("<strong>")
    markings: list[tuple[str, ChosenMarks | None]] = [
        *((marking, None) for marking in _WHOLE_BLOCK_MARKINGS),
        *(("chosen", chosen) for chosen in chosen_marks(emphasis, len(block_html))),
        ("paragraphs", None)]
    for marking, chosen in markings:
        written = _write_tree(public_tree(block_html), alternate, base_dir, marking, chosen)
        read_back = formats_and_text(public_tree(render_raw(written)))
        if read_back == wanted:
            return written
    # Each paragraph as it reads back on its own, its emphasis kept or left out whole: the
    # words must be the same.
    if characters(read_back) == characters(wanted):
        return written
    return _write_tree(public_tree(block_html), alternate, base_dir, "plain")


def _inline_marked(nodes: list[Element | str], base_dir: Path | None,
                   in_table: bool) -> str:
    """A paragraph's (a heading's, a cell's) inline content in the first marking that
    reads back as itself on its own, else without emphasis."""
    wanted = formats_and_text(Element("p", {}, nodes))
    emphasis, size = _emphasis_in(nodes)
    markings: list[tuple[str, ChosenMarks | None]] = [
        *((marking, None) for marking in _WHOLE_BLOCK_MARKINGS),
        *(("chosen", chosen) for chosen in chosen_marks(emphasis, size))]
    for marking, chosen in markings:
        written = _Writer(base_dir, marking, chosen).inline(nodes, in_table=in_table)
        if formats_and_text(public_tree(render_raw(written))) == wanted:
            return written
    return _Writer(base_dir, "plain").inline(nodes, in_table=in_table)


def _emphasis_in(nodes: list[Element | str]) -> tuple[int, int]:
    """How many ``em`` and ``strong`` the nodes hold, and about how long they are."""
    count = size = 0
    stack = list(nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            size += len(node)
        else:
            count += node.tag in ("em", "strong")
            size += 9
            stack.extend(node.children)
    return count, size


def _write_tree(root: Element, alternate: bool, base_dir: Path | None, marking: str,
                chosen: ChosenMarks | None = None) -> str:
    writer = _Writer(base_dir, marking, chosen)
    lines = writer.blocks(root.children, alternate=alternate)
    return "\n".join(lines).strip("\n")


class _Writer:
    def __init__(self, base_dir: Path | None, marking: str = "mixed",
                 chosen: ChosenMarks | None = None) -> None:
        self.base_dir = base_dir
        self.marking = marking
        self.chosen = chosen or ChosenMarks(())
        self.emphasis_seen = 0
        self.depth = 0  # formats around the one being written
        self.reference_next = False  # write the next letter as a character reference
        self.in_link = False

    # -- blocks ----------------------------------------------------------------------------
    def blocks(self, nodes: list[Element | str], *, tight: bool = False,
               alternate: bool = False) -> list[str]:
        """Lines of a sequence of blocks; loose inline content becomes a paragraph."""
        chunks: list[tuple[str, list[str]]] = []  # (kind, lines)
        pending: list[Element | str] = []
        previous_list: str | None = None
        flip = False

        def flush() -> None:
            if any(not isinstance(n, str) or n.strip(_BLANK) for n in pending):
                chunks.append(("text", self.paragraph(pending)))
            pending.clear()

        for node in nodes:
            if isinstance(node, str) or node.tag not in _BLOCKS and node.tag != "div":
                pending.append(node)
                continue
            flush()
            if node.tag in _LISTS:
                # Two lists in a row stay two lists only if their markers differ.
                flip = (not flip) if previous_list == node.tag else alternate and not chunks
                chunks.append(("list", self.list_lines(node, flip)))
                previous_list = node.tag
                continue
            previous_list = None
            if node.tag == "div":
                chunks.append(("other", self.blocks(node.children)))
            else:
                chunks.append((_CHUNK_KINDS.get(node.tag, "other"), self.block(node)))
        flush()
        lines: list[str] = []
        previous = ""
        for kind, chunk in chunks:
            if not chunk:
                continue
            if lines and (not tight or _would_continue(previous, kind)):
                lines.append("")
            lines.extend(chunk)
            previous = kind
        return lines

    def block(self, element: Element) -> list[str]:
        tag = element.tag
        if tag == "p":
            return self.paragraph(element.children)
        if tag in _HEADINGS:
            return self.heading(element, _HEADINGS[tag])
        if tag == "hr":
            return ["***"]
        if tag == "pre":
            return self.code_block(element)
        if tag == "blockquote":
            inner = self.blocks(element.children)
            return [f"> {line}" if line else ">" for line in inner] or [">"]
        if tag == "table":
            return self.table(element)
        return self.blocks(element.children)

    def paragraph(self, nodes: list[Element | str]) -> list[str]:
        text = self.inline(nodes).strip(_BLANK)
        return text.split("\n") if text else []

    def heading(self, element: Element, level: int) -> list[str]:
        text = self.inline(element.children).strip(_BLANK)
        if "\n" in text and level <= 2:
            return [*text.split("\n"), "===" if level == 1 else "---"]
        return [("#" * level + " " + text.replace("\n", " ")).rstrip(_BLANK)]

    def code_block(self, element: Element) -> list[str]:
        content = _text(element)
        longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
        fence = "`" * max(3, longest + 1)
        body = content[:-1] if content.endswith("\n") else content
        return [fence, *(body.split("\n") if content else []), fence]

    def list_lines(self, element: Element, alternate: bool) -> list[str]:
        ordered = element.tag == "ol"
        start = element.attrs.get("start", "1")
        number = int(start) if start.isdigit() else 1
        items = [c for c in element.children if isinstance(c, Element) and c.tag == "li"]
        # A loose list wraps every item's first paragraph in <p>; a tight one none.
        tight = not any(_first_block(item) == "p" for item in items)
        lines: list[str] = []
        for item in items:
            if ordered:
                marker = f"{number}{')' if alternate else '.'} "
                number += 1
            else:
                marker = "* " if alternate else "- "
            content = self.blocks(item.children, tight=tight)
            if lines and not tight:
                lines.append("")
            if not content:
                lines.append(marker.rstrip())
                continue
            pad = " " * len(marker)
            if _THEMATIC_BREAK.match(marker + content[0]):
                # "- - -" (items holding empty lists) would read as a rule.
                content = ["", *content]
            lines.append(marker + content[0] if content[0] else marker.rstrip())
            lines.extend(pad + line if line else "" for line in content[1:])
        return lines

    def table(self, element: Element) -> list[str]:
        rows: list[list[Element]] = []
        stack = [element]
        while stack:
            node = stack.pop(0)
            for child in node.children:
                if isinstance(child, Element) and child.tag == "tr":
                    rows.append([c for c in child.children
                                 if isinstance(c, Element) and c.tag in ("th", "td")])
                elif isinstance(child, Element) and child.tag in ("thead", "tbody"):
                    stack.append(child)
        if not rows:
            return []
        header = rows[0]
        align = {"left": ":--", "right": "--:", "center": ":-:"}
        lines = [self.table_row(header),
                 "| " + " | ".join(align.get(c.attrs.get("align", ""), "---")
                                   for c in header) + " |"]
        lines.extend(self.table_row(row) for row in rows[1:])
        return lines

    def table_row(self, cells: list[Element]) -> str:
        texts = [self.inline(cell.children, in_table=True).replace("\n", " ").strip(_BLANK)
                 for cell in cells]
        return "| " + " | ".join(texts) + " |"

    # -- inline ----------------------------------------------------------------------------
    def inline(self, nodes: list[Element | str], *, in_table: bool = False) -> str:
        if self.marking == "paragraphs":
            return _inline_marked(nodes, self.base_dir, in_table)
        out: list[str] = []
        self._inline(nodes, out, in_table)
        return re.sub(r" +\n", "\n", "".join(out))

    def _inline(self, nodes: list[Element | str], out: list[str], in_table: bool,
                in_format: bool = False) -> None:
        closed = ""  # the mark of emphasis that closed just before this node
        for index, node in enumerate(nodes):
            if isinstance(node, str):
                text = _escape_text(node, _at_line_start(out),
                                    tildes=not (self.marking == "chosen"
                                                and self.chosen.bare_tildes))
                if self.reference_next and word_character(text[:1]):
                    text = f"&#x{ord(text[0]):X};{text[1:]}"
                self.reference_next = False
                out.append(self._joined(text, closed, nodes[index + 1:]))
                closed = ""
                continue
            tag = node.tag
            closed = ""
            if tag == "br":
                out.append("\\")  # cmarkgfm writes the line break after it
            elif tag in _FORMATS:
                # A mark beside another format's mark is judged by what is beyond it.
                beside = (in_format if index == 0 else _is_format(nodes[index - 1]),
                          in_format if index == len(nodes) - 1 else _is_format(nodes[index + 1]))
                self._format(node, _FORMATS[tag], out, in_table, nodes[index + 1:], beside)
                closed = out[-1][-1:] if self.marking == "chosen" else ""
            elif tag == "code":
                out.append(_code_span(_text(node), in_table))
            elif tag == "a":
                self._link(node, out, in_table)
            elif tag == "img":
                out.append(self._image(node))
            elif tag == "input":
                continue  # a task list's check box: the page does not show it
            else:
                self._inline(node.children, out, in_table)

    def _joined(self, text: str, closed: str, following: list[Element | str]) -> str:
        """``text`` with a literal mark that touches emphasis of the same mark unescaped,
        when marks are chosen and joined on that side: it then lengthens that emphasis's
        run."""
        if self.marking != "chosen":
            return text
        if self.chosen.joined_after and closed and text.startswith("\\" + closed):
            text = text[1:]
        opening = (self.chosen.joined_before and following
                   and isinstance(following[0], Element)
                   and following[0].tag in ("em", "strong")
                   and self.emphasis_seen < len(self.chosen.marks))
        mark = self.chosen.marks[self.emphasis_seen] if opening else ""
        if mark and text.endswith("\\" + mark) and not ends_with_delimiter(text, mark):
            text = text[:-2] + mark
        return text

    def _format(self, element: Element, mark: str, out: list[str], in_table: bool,
                following: list[Element | str], beside: tuple[bool, bool] = (False, False)
                ) -> None:
        order = self.emphasis_seen
        if mark[0] == "*":
            self.emphasis_seen += 1
        inner: list[str] = []
        self.depth += 1
        self._inline(element.children, inner, in_table, in_format=True)
        self.depth -= 1
        text = "".join(inner)
        core = text.strip()
        if not text.strip(_BLANK) or self.marking == "plain":
            out.append(text)
            return
        lead = text[:len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()):]
        kept = spaces_kept_inside(text, out, following) if mark[0] in "*~" else None
        if kept is not None:
            lead, core, trail = kept
        if mark[0] == "~" and (self.marking != "chosen" or self.chosen.tilde_references):
            core = tilde_edges_as_references(core, beside)
        if self.marking == "chosen" and mark[0] == "*" and order < len(self.chosen.marks):
            if self.chosen.spaces_inside:
                lead, core, trail = spaces_as_references(lead, core, trail)
            chosen = self.chosen.marks[order] * len(mark)
            if self.chosen.references:
                self._references_beside(out, lead, core, trail)
            out.append(f"{lead}{chosen}{core}{chosen}{trail}")
            return
        if "*" in mark and self.marking != "stars" and (
                self.marking == "underscores" or core.startswith("*")
                or (self.marking == "nested" and self.depth % 2)
                or ends_with_delimiter(core, "*")):
            mark = underscored(mark, [*out, lead], [trail, *following] if trail
                                else following, core)
        before = next((chunk[-1] for chunk in reversed([*out, lead]) if chunk), " ")
        if "*" in mark and before == mark[0]:  # **a****b** would read as one run
            mark = mark.replace("*", "_")
        elif "_" in mark and before == "_":
            mark = mark.replace("_", "*")
        if self.marking == "references":
            self._references_beside(out, lead, core, trail)
        out.append(f"{lead}{mark}{core}{mark}{trail}")

    def _references_beside(self, out: list[str], lead: str, core: str, trail: str) -> None:
        """The letter before a mark opening on punctuation, and the one after a mark closing
        on punctuation, written as references (punctuation on both sides lets it)."""
        as_reference_before(out, lead, core)
        self.reference_next = not trail and bool(core) and space_or_punctuation(core[-1])

    def _link(self, element: Element, out: list[str], in_table: bool) -> None:
        if self.in_link:  # cmarkgfm nests an empty link in a link; a link holds no link
            self._inline(element.children, out, in_table)
            return
        inner: list[str] = []
        self.in_link = True
        try:
            self._inline(element.children, inner, in_table)
        finally:
            self.in_link = False
        href = element.attrs.get("href", "")
        kept = href if _link_kept(href) else ""
        out.append(f"[{''.join(inner)}]({_destination(kept)}"
                   f"{_title(element.attrs.get('title', ''))})")

    def _image(self, element: Element) -> str:
        src = element.attrs.get("src", "")
        shown = embed_image(src, self.base_dir)
        kept = shown if IMAGE_DATA_URI.match(shown) else ""
        alt = _escape_text(element.attrs.get("alt", ""), False)
        return f"![{alt}]({_destination(kept)}{_title(element.attrs.get('title', ''))})"


def _is_format(node: Element | str) -> bool:
    return isinstance(node, Element) and node.tag in _FORMATS


_CHUNK_KINDS = {"p": "text", "table": "table", "blockquote": "quote"}


def _would_continue(previous: str, kind: str) -> bool:
    """Whether a block of ``kind`` written on the line after a ``previous`` block, as a
    tight list item writes them, would be read as part of it (text continues a paragraph,
    a quote or a table; a quote or table row continues a quote, a table or a list)."""
    if kind == "text":
        return previous in ("text", "table", "quote", "list")
    if kind in ("table", "quote"):
        return previous in ("table", "quote", "list")
    return False


def _first_block(item: Element) -> str:
    for child in item.children:
        if isinstance(child, Element):
            return child.tag
        if child.strip(_BLANK):
            return "#text"
    return ""


def _text(element: Element) -> str:
    parts: list[str] = []
    stack: list[Element | str] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        else:
            stack.extend(reversed(node.children))
    return "".join(parts)


def _at_line_start(out: list[str]) -> bool:
    """Whether only spaces stand between the last line break written and here (a line's
    leading spaces are not text: ``<!-- c --> 1.`` starts a line with ``1.``)."""
    for chunk in reversed(out):
        before_break, newline, _ = chunk.rpartition("\n")
        if chunk.strip(" \t"):
            return bool(newline) and not chunk[len(before_break) + 1:].strip(" \t")
    return True


def _escape_text(text: str, at_line_start: bool, *, tildes: bool = True) -> str:
    escaped = (_ALWAYS_ESCAPED if tildes else _ESCAPED_BUT_TILDES).sub(r"\\\1", text)
    lines = _AUTOLINK_START.sub(lambda m: "\\" + m.group(0), escaped).split("\n")
    for index, line in enumerate(lines):
        if index or at_line_start:
            lines[index] = _LINE_START.sub(_escape_line_start, line, count=1)
    return "\n".join(lines)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(3)}\\{match.group(4)}"


def _code_span(content: str, in_table: bool) -> str:
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    # A space at each end is stripped on reading, unless the span holds only spaces.
    if content.strip(" ") and (content.startswith(("`", " ")) or content.endswith(("`", " "))):
        content = f" {content} "
    if in_table:
        content = content.replace("|", "\\|")
    return f"{fence}{content}{fence}"


@lru_cache(maxsize=4096)
def _link_kept(href: str) -> bool:
    """Whether the page keeps this link address (the sanitiser decides)."""
    if not href:
        return False
    return "href=" in sanitise(f'<a href="{html.escape(href)}">x</a>')


def _destination(url: str) -> str:
    if not url:
        return "<>"
    return _DESTINATION_ESCAPED.sub(lambda m: _escape_destination_char(m.group(1)), url)


def _escape_destination_char(char: str) -> str:
    if char.isspace():
        return "%" + "".join(f"{byte:02X}" for byte in char.encode("utf-8"))
    return "\\" + char


def _title(title: str) -> str:
    if not title:
        return ""
    escaped = re.sub(r'([\\"&])', r"\\\1", title)
    return f' "{escaped}"'
