"""A forgiving element tree from HTML with the standard library's parser.

Pages saved from browsers and CMSs are often not well formed: unclosed ``<p>`` and ``<li>``,
stray end tags. The tree closes what the HTML rules imply and ignores what does not match.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
#: Deeper elements are flattened into their ancestor, so walking the tree never recurses
#: without bound.
MAX_DEPTH = 200
#: Block elements whose start closes an open paragraph.
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p",
    "pre", "section", "table", "ul",
})
#: An element closes an open one of these, unless one of the boundaries comes first.
_IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "option": ({"option"}, {"select"}),
}


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def elements(self) -> Iterator[Node]:
        """This node and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.elements()

    def find(self, tag: str) -> Node | None:
        return next((node for node in self.elements() if node.tag == tag), None)

    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text())
        return "".join(parts)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close_within("p", {"button", "td", "th", "li", "table"})
        if tag in _IMPLIED_END:
            closes, boundaries = _IMPLIED_END[tag]
            for name in closes:
                self._close_within(name, boundaries)
        if len(self.stack) > MAX_DEPTH:  # absurd nesting: keep the text, drop the element
            return
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """Skip a ``<![…]>`` section the standard parser does not know, instead of failing."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return len(self.rawdata) if end < 0 else end + 1

    def _close_within(self, tag: str, boundaries: set[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            name = self.stack[index].tag
            if name == tag:
                del self.stack[index:]
                return
            if name in boundaries:
                return


def parse_html(text: str) -> Node:
    """The document tree; raises ``ValueError`` if the parser gives up."""
    builder = _TreeBuilder()
    try:
        builder.feed(text)
        builder.close()
    except (AssertionError, ValueError, IndexError) as error:  # malformed declarations
        raise ValueError(str(error)) from None
    return builder.root
