"""The tree a Markdown field's public copy is written from, and what a written copy must
keep of it.

Nesting is capped (``MAX_NESTING`` lists, quotes, or inline formats inside one another):
deeper lists join the list at the cap, deeper quotes and formats open into their parent. No
reader follows a list 300 levels deep, and every output (the page, Word, text, PDF) then
walks a tree of bounded depth. Strikethroughs, and code spans, side by side become one:
they show as one, and Markdown has no way to write two of them touching (``~~a~~~~b~~`` is
no strikethrough at all, and two code spans touching read as one holding a run of
backticks).
"""

from __future__ import annotations

from .emphasis_marks import BLANK, FORMATS
from .html_tree import Element, parse_fragment

MAX_NESTING = 12

_LISTS = frozenset({"ul", "ol"})
_HEADINGS = frozenset(f"h{n}" for n in range(1, 7))
BLOCKS = frozenset({"p", "pre", "blockquote", "ul", "ol", "li", "hr", "table", "thead",
                    "tbody", "tr", "th", "td", *_HEADINGS})


def public_tree(block_html: str) -> Element:
    """The rendered block's tree, as the public copy writes it."""
    return join_touching(cap_nesting(parse_fragment(block_html)))


#: What Markdown cannot write twice in a row without a character between.
_JOINED = frozenset({"del", "code"})


def join_touching(root: Element) -> Element:
    """Strikethroughs side by side, and code spans side by side, joined into one, in
    place."""
    stack = [root]
    while stack:
        element = stack.pop()
        joined: list[Element | str] = []
        for child in element.children:
            previous = joined[-1] if joined else None
            if isinstance(child, Element) and child.tag in _JOINED \
                    and isinstance(previous, Element) and previous.tag == child.tag:
                previous.children.extend(child.children)
            else:
                joined.append(child)
        element.children = joined
        stack.extend(child for child in joined if isinstance(child, Element))
    return root


def cap_nesting(root: Element, limit: int = MAX_NESTING) -> Element:
    """Lists, quotes and inline formats at most ``limit`` deep, in place."""
    stack: list[tuple[Element, int, int, int]] = [(root, 0, 0, 0)]
    while stack:
        element, lists, quotes, formats = stack.pop()
        index = 0
        while index < len(element.children):
            child = element.children[index]
            if isinstance(child, str):
                index += 1
                continue
            if child.tag == "li" and element.tag in _LISTS and lists >= limit:
                _hoist_lists(element, index)
            too_deep = ((child.tag in _LISTS and lists >= limit)
                        or (child.tag == "blockquote" and quotes >= limit)
                        or (child.tag in FORMATS and formats >= limit))
            if too_deep:
                element.children[index:index + 1] = _opened(child)
                continue  # look at what took its place
            stack.append((child, lists + (child.tag in _LISTS),
                          quotes + (child.tag == "blockquote"),
                          formats + (child.tag in FORMATS)))
            index += 1
    return root


def _hoist_lists(parent_list: Element, item_index: int) -> None:
    """Lists inside the item at ``item_index`` join ``parent_list`` as items after it."""
    item = parent_list.children[item_index]
    assert isinstance(item, Element)
    moved: list[Element | str] = []
    kept: list[Element | str] = []
    for node in item.children:
        if isinstance(node, Element) and node.tag in _LISTS:
            moved.extend(c for c in node.children if isinstance(c, Element) and c.tag == "li")
        else:
            kept.append(node)
    if moved:
        item.children = kept
        parent_list.children[item_index + 1:item_index + 1] = moved


def _opened(element: Element) -> list[Element | str]:
    """What replaces an element opened into its parent: its content (a list's items'
    content, each item a paragraph of its own)."""
    if element.tag not in _LISTS:
        return element.children
    opened: list[Element | str] = []
    for item in element.children:
        if isinstance(item, Element) and item.tag == "li":
            opened.append(Element("p", {}, item.children) if _is_inline(item) else
                          Element("div", {}, item.children))
    return opened


def _is_inline(element: Element) -> bool:
    return all(isinstance(c, str) or c.tag not in BLOCKS for c in element.children)


def formats_and_text(root: Element) -> list[str]:
    """Where each format opens and closes among the characters shown (white space and
    formats around nothing aside): what a marking must keep."""
    tokens: list[str] = []
    stack: list[Element | str] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if node.startswith("\0/"):  # a format's end
                if tokens and tokens[-1] == node[2:]:
                    tokens.pop()  # around nothing
                else:
                    tokens.append(node)
            else:
                tokens.extend(c for c in node if c not in BLANK)
        elif node.tag in FORMATS:
            tokens.append(node.tag)
            stack.append(f"\0/{node.tag}")
            stack.extend(reversed(node.children))
        else:
            stack.extend(reversed(node.children))
    return tokens


def characters(tokens: list[str]) -> list[str]:
    """The characters shown, without where formats open and close."""
    return [token for token in tokens if len(token) == 1]
