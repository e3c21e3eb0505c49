"""Reading saved HTML into blocks: the page's main content, without its site furniture."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urljoin, urlsplit

from .blocks import (
    Block,
    ListData,
    ListItem,
    SourceDocument,
    TextCleanup,
    emphasis,
    empty_paragraphs_note,
    escape,
    escape_line_starts,
    link_markdown,
    list_block,
    table_block,
)
from .boilerplate import SKIPPED_TAGS, element_boilerplate, is_hidden, removed_note
from .html_tree import Node, parse_html

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_WRAPPERS = frozenset({"strong", "b", "em", "i", "span", "u", "font"})
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|»)\s+")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DATE_META = frozenset({
    "article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.date", "pubdate", "publish-date", "publication_date", "datepublished",
})
_SPACES = re.compile(r"[ \t\n\r\f]+")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  # as the model's language field


def read_html(text: str) -> SourceDocument:
    """Blocks of the page's main content; raises ``ValueError`` if it cannot be parsed."""
    tree = parse_html(text)
    reader = _HtmlReader(tree)
    return reader.read()


class _HtmlReader:
    def __init__(self, tree: Node) -> None:
        self.tree = tree
        self.doc = SourceDocument("html")
        self.cleanup = TextCleanup()
        self.empty_paragraphs = 0
        self.images = 0
        self._has_block: dict[int, bool] = {}
        self._read_metadata()
        self.base = self._base_url()

    def read(self) -> SourceDocument:
        body = self.tree.find("body") or self.tree
        root = _content_root(body)
        keep: set[int] = set()
        heading = None
        if root is not body and root.find("h1") is None:
            heading = body.find("h1")  # a page title placed above the main content
            if heading is not None:
                keep |= _ancestors(body, heading)
        if root is not body:
            keep |= _ancestors(body, root)
            self._note_outside(body, root, keep, heading)
        if heading is not None:
            self.doc.blocks.extend(self._block(heading))
        self.doc.blocks.extend(self._blocks(root))
        self.doc.cleanups.extend(self.cleanup.notes()[:1]
                                 + empty_paragraphs_note(self.empty_paragraphs)
                                 + self.cleanup.notes()[1:])
        if self.images:
            self.doc.warnings.append(f"{self.images} image{'s' if self.images > 1 else ''} "
                                     "not imported: add them as files beside the record")
        return self.doc

    # metadata ---------------------------------------------------------------------------

    def _read_metadata(self) -> None:
        root = self.tree.find("html")
        language = root.attrs.get("lang", "").strip() if root is not None else ""
        if _LANGUAGE.match(language) and not language.lower().startswith("en"):
            self.doc.language = language  # English pages keep the record's en-GB
        title = self.tree.find("title")
        if title is not None:
            self.doc.title_hint = _TITLE_SEPARATORS.split(_plain(title.text()))[0] or None
        for node in self.tree.elements():
            if node.tag == "meta":
                self._meta(node.attrs)
            elif node.tag == "link" and "canonical" in node.attrs.get("rel", "").lower():
                self._source_url(node.attrs.get("href", ""))
            elif node.tag == "time" and self.doc.published_hint is None and _is_pubdate(node):
                self._published(node.attrs.get("datetime", ""), _plain(node.text()))

    def _meta(self, attrs: dict[str, str]) -> None:
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "")
        name = name.strip().lower()
        content = _plain(attrs.get("content", ""))
        if not content:
            return
        if name == "og:title":
            self.doc.title_hint = content
        elif name == "og:site_name":
            self.doc.publisher_hint = content
        elif name in ("description", "og:description") and not self.doc.summary_hint:
            self.doc.summary_hint = content
        elif name == "og:url":
            self._source_url(content)
        elif name in _DATE_META and self.doc.published_hint is None:
            self._published(content, f'{name} "{content}"')

    def _source_url(self, url: str) -> None:
        if urlsplit(url.strip()).scheme in ("http", "https") and not self.doc.source_url:
            self.doc.source_url = url.strip()

    def _published(self, value: str, evidence: str) -> None:
        match = _ISO_DAY.match(value.strip())
        if match:
            try:
                day = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return
            self.doc.published_hint = (day, evidence)

    def _base_url(self) -> str | None:
        base = self.tree.find("base")
        href = base.attrs.get("href", "") if base is not None else ""
        if urlsplit(href).scheme in ("http", "https"):
            return href
        return self.doc.source_url

    # outside the main content -----------------------------------------------------------

    def _note_outside(self, node: Node, root: Node, keep: set[int], heading: Node | None
                      ) -> None:
        for child in node.children:
            if isinstance(child, str) or child is root or child is heading:
                continue
            if child.tag in SKIPPED_TAGS or is_hidden(child.attrs):
                continue
            if id(child) in keep:
                self._note_outside(child, root, keep, heading)
                continue
            text = _visible_text(child)
            if text:
                reason = element_boilerplate(child.tag, child.attrs, in_content=False)
                self.doc.removed.append(removed_note(reason or "outside the main content",
                                                     text))

    # blocks -----------------------------------------------------------------------------

    def _blocks(self, node: Node) -> list[Block]:
        blocks: list[Block] = []
        pending: list[Node | str] = []
        for child in node.children:
            if isinstance(child, str) or (child.tag not in BLOCK_TAGS
                                          and not self._contains_block(child)):
                pending.append(child)
                continue
            blocks.extend(self._paragraph(pending))
            pending = []
            blocks.extend(self._block(child))
        blocks.extend(self._paragraph(pending))
        return blocks

    def _block(self, node: Node) -> list[Block]:
        if node.tag in SKIPPED_TAGS or is_hidden(node.attrs):
            return []
        reason = element_boilerplate(node.tag, node.attrs, in_content=True)
        if reason:
            text = _visible_text(node)
            if text:
                self.doc.removed.append(removed_note(reason, text))
            return []
        if node.tag in _HEADINGS:
            _markdown, plain = self._inline(node.children)
            return [Block("heading", plain, plain, level=_HEADINGS[node.tag])] if plain else []
        if node.tag == "p" and not self._contains_block(node):
            blocks = self._paragraph(node.children)
            if not blocks and not any(isinstance(n, Node) and n.tag == "img"
                                      for n in node.elements()):
                self.empty_paragraphs += 1
            self.images += sum(1 for n in node.elements() if n.tag == "img")
            return blocks
        if node.tag in ("ul", "ol"):
            data = self._list(node)
            return [list_block(data)] if data.items else []
        if node.tag == "table":
            block = table_block(self._rows(node))
            return [block] if block else []
        if node.tag == "blockquote":
            return self._quote(node)
        if node.tag == "pre":
            return _code(node.text())
        if node.tag == "hr":
            return []
        return self._blocks(node)

    def _paragraph(self, nodes: list[Node | str]) -> list[Block]:
        markdown, plain = self._inline(nodes)
        if not plain:
            self.images += sum(1 for n in nodes if isinstance(n, Node) and n.tag == "img")
            return []
        block = Block("paragraph", plain, escape_line_starts(markdown))
        link = _sole_link(nodes)
        if link is not None:
            url = self._url(link.attrs.get("href", ""))
            if url:
                block.link = (_plain(self.cleanup.clean(link.text())), url)
        return [block]

    def _quote(self, node: Node) -> list[Block]:
        inner = self._blocks(node)
        if not inner:
            return []
        markdown = "\n\n".join(block.markdown for block in inner)
        quoted = "\n".join(f"> {line}" if line else ">" for line in markdown.split("\n"))
        return [Block("quote", "\n\n".join(block.plain for block in inner), quoted)]

    def _list(self, node: Node) -> ListData:
        start = node.attrs.get("start", "1")
        data = ListData(node.tag == "ol", start=int(start) if start.isdigit() else 1)
        for child in node.children:
            if not isinstance(child, Node) or is_hidden(child.attrs):
                continue
            if child.tag in ("ul", "ol") and data.items:  # a list nested without its <li>
                data.items[-1].children.append(self._list(child))
            elif child.tag == "li":
                content = [n for n in child.children
                           if not (isinstance(n, Node) and n.tag in ("ul", "ol"))]
                markdown, plain = self._inline(content)
                item = ListItem(markdown, plain)
                item.children = [self._list(n) for n in child.children
                                 if isinstance(n, Node) and n.tag in ("ul", "ol")]
                item.children = [sub for sub in item.children if sub.items]
                if plain or item.children:
                    data.items.append(item)
        return data

    def _rows(self, table: Node) -> list[list[tuple[str, str]]]:
        rows: list[list[tuple[str, str]]] = []
        for part in table.children:
            if not isinstance(part, Node):
                continue
            if part.tag in ("thead", "tbody", "tfoot"):
                rows.extend(self._rows(part))
            elif part.tag == "tr":
                row: list[tuple[str, str]] = []
                for cell in part.children:
                    if isinstance(cell, Node) and cell.tag in ("td", "th"):
                        row.append(self._inline(cell.children))
                        span = cell.attrs.get("colspan", "1")
                        extra = min(int(span), 50) - 1 if span.isdigit() and span != "0" else 0
                        row.extend([("", "")] * extra)
                rows.append(row)
        return rows

    # inline -----------------------------------------------------------------------------

    def _inline(self, nodes: list[Node | str]) -> tuple[str, str]:
        """(Markdown, plain text) of inline content, whitespace collapsed as browsers do."""
        markdown, plain = self._inline_parts(nodes, bold=False, italic=False)
        markdown, plain = (
            "\n".join(line.strip() for line in re.sub(" {2,}", " ", text).split("\n"))
            for text in (markdown, plain))
        return self.cleanup.clean(markdown).strip(), self.cleanup.clean(plain).strip()

    def _inline_parts(self, nodes: list[Node | str], *, bold: bool, italic: bool
                      ) -> tuple[str, str]:
        md_parts: list[str] = []
        plain_parts: list[str] = []
        for node in nodes:
            markdown, plain = self._inline_node(node, bold=bold, italic=italic)
            md_parts.append(markdown)
            plain_parts.append(plain)
        return "".join(md_parts), "".join(plain_parts)

    def _inline_node(self, node: Node | str, *, bold: bool, italic: bool) -> tuple[str, str]:
        if isinstance(node, str):
            text = _SPACES.sub(" ", node)
            return escape(text), text
        tag = node.tag
        if tag in SKIPPED_TAGS or is_hidden(node.attrs):
            return "", ""
        if tag == "br":
            return "\\\n", "\n"
        if tag == "img":
            self.images += 1
            return "", ""
        if tag in ("strong", "b"):
            markdown, plain = self._inline_parts(node.children, bold=True, italic=italic)
            return (markdown if bold else emphasis(markdown, "**")), plain
        if tag in ("em", "i", "cite"):
            markdown, plain = self._inline_parts(node.children, bold=bold, italic=True)
            return (markdown if italic else emphasis(markdown, "*")), plain
        if tag == "code":
            text = _SPACES.sub(" ", node.text())
            fence = "``" if "`" in text else "`"
            return (f"{fence}{text}{fence}" if text.strip() else text), text
        if tag == "a":
            markdown, plain = self._inline_parts(node.children, bold=bold, italic=italic)
            url = self._url(node.attrs.get("href", ""))
            if not url or not plain.strip():
                return markdown, plain
            lead = markdown[: len(markdown) - len(markdown.lstrip())]
            trail = markdown[len(markdown.rstrip()):]
            return f"{lead}{link_markdown(markdown.strip(), url)}{trail}", plain
        markdown, plain = self._inline_parts(node.children, bold=bold, italic=italic)
        if tag in BLOCK_TAGS:  # a block inside inline content (a <p> in an <li>)
            return f" {markdown} ", f" {plain} "
        return markdown, plain

    def _url(self, href: str) -> str | None:
        href = href.strip()
        scheme = urlsplit(href).scheme.lower() if "://" in href or ":" in href[:12] else ""
        if not href or href.startswith("#") or scheme in ("javascript", "data", "vbscript"):
            return None
        if self.base and not scheme:
            return urljoin(self.base, href)
        return href

    def _contains_block(self, node: Node) -> bool:
        key = id(node)
        if key not in self._has_block:
            self._has_block[key] = any(
                isinstance(child, Node) and (child.tag in BLOCK_TAGS or self._contains_block(child))
                for child in node.children)
        return self._has_block[key]


def _content_root(body: Node) -> Node:
    for node in body.elements():
        if node.tag == "main" or node.attrs.get("role", "").lower() == "main":
            return node
    articles = [node for node in body.elements() if node.tag == "article"]
    if articles:
        return max(articles, key=lambda node: len(_visible_text(node)))
    return body


def _ancestors(top: Node, target: Node) -> set[int]:
    """Ids of the elements from ``top`` down to ``target``'s parent."""
    path: list[Node] = []

    def search(node: Node) -> bool:
        for child in node.children:
            if isinstance(child, Node):
                if child is target:
                    return True
                path.append(child)
                if search(child):
                    return True
                path.pop()
        return False

    search(top)
    return {id(node) for node in path}


def _visible_text(node: Node) -> str:
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag not in SKIPPED_TAGS and not is_hidden(child.attrs):
            parts.append(" " + _visible_text(child) + " ")
    return _plain("".join(parts))


def _sole_link(nodes: list[Node | str]) -> Node | None:
    """The one ``<a>`` that is all of this content (perhaps inside ``<strong>``), if any."""
    meaningful = [n for n in nodes if not (isinstance(n, str) and not n.strip())]
    if len(meaningful) != 1 or isinstance(meaningful[0], str):
        return None
    node = meaningful[0]
    if node.tag == "a" and node.attrs.get("href"):
        return node
    if node.tag in _WRAPPERS:
        return _sole_link(node.children)
    return None


def _is_pubdate(node: Node) -> bool:
    marks = f"{node.attrs.get('class', '')} {node.attrs.get('itemprop', '')}".lower()
    return "pubdate" in node.attrs or any(word in marks for word in ("publish", "posted",
                                                                      "date"))


def _code(text: str) -> list[Block]:
    if not text.strip():
        return []
    fence = "~~~" if "```" in text else "```"
    text = text.strip("\n")
    return [Block("code", text, f"{fence}\n{text}\n{fence}")]


def _plain(text: str) -> str:
    return " ".join(text.split())
