"""Reading a Word document (.docx) into blocks with python-docx.

Headings become section headings; lists, bold, italic, hyperlinks (including the field-code
hyperlinks Word makes when text is pasted from a browser) and tables are kept as Markdown.
Tracked insertions count as text, tracked deletions do not.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import docx
from docx.text.paragraph import Paragraph

from .blocks import (
    Block,
    ListEntry,
    ListItem,
    SourceDocument,
    TextCleanup,
    emphasis,
    empty_paragraphs_note,
    escape,
    escape_line_starts,
    link_markdown,
    list_block,
    nest_lists,
    table_block,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


_TRANSPARENT = frozenset(w(name) for name in (
    "ins", "smartTag", "customXml", "moveTo", "sdt", "sdtContent", "fldSimple", "hyperlink"))
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list (bullet|number)(?:\s*(\d))?$", re.IGNORECASE)
_FIELD_HYPERLINK = re.compile(r'HYPERLINK\s+"([^"]+)"')
_OFF = frozenset({"0", "false", "off", "none"})


@dataclass
class _Segment:
    text: str
    bold: bool
    italic: bool
    url: str | None


def read_docx(data: bytes) -> SourceDocument:
    """Blocks of the document's body; python-docx's own errors mean a damaged file."""
    return _DocxReader(docx.Document(io.BytesIO(data))).read()


class _DocxReader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.doc = SourceDocument("docx")
        self.cleanup = TextCleanup()
        self.empty_paragraphs = 0
        self.images = 0
        self.pending_list: list[ListEntry] = []
        self.fields: list[dict[str, Any]] = []  # open Word fields: instruction, url, result
        try:
            self.numbering: Any = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self.numbering = None  # no numbering part: lists are known by style only
        self.formats: dict[tuple[str, str], tuple[bool, int]] = {}
        self.style_names: dict[str | None, str] = {}

    def read(self) -> SourceDocument:
        title = (self.document.core_properties.title or "").strip()
        if title:
            self.doc.title_hint = title
        for element in self.document.element.body.iterchildren():
            self._body_element(element)
        self._flush_list()
        self.doc.cleanups.extend(self.cleanup.notes()[:1]
                                 + empty_paragraphs_note(self.empty_paragraphs)
                                 + self.cleanup.notes()[1:])
        if self.images:
            self.doc.warnings.append(f"{self.images} image{'s' if self.images > 1 else ''} "
                                     "not imported: add them as files beside the record")
        return self.doc

    def _body_element(self, element: Any) -> None:
        if element.tag == w("p"):
            self._paragraph(element)
        elif element.tag == w("tbl"):
            self._flush_list()
            block = table_block(self._rows(element))
            if block:
                self.doc.blocks.append(block)
        elif element.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            for child in element.iterchildren():
                self._body_element(child)

    # paragraphs -------------------------------------------------------------------------

    def _paragraph(self, element: Any) -> None:
        style = self._style_name(element)
        segments = self._read_segments(element)
        markdown, plain = _render(segments).strip(), _plain(segments)
        if not plain:
            self.empty_paragraphs += 1
            return
        listing = self._list_info(element, style)
        if listing is not None:
            level, kind, start = listing
            self.pending_list.append(ListEntry((level,), kind, ListItem(markdown, plain), start))
            return
        self._flush_list()
        heading_level = self._heading_level(element, style)
        if heading_level is not None:
            self.doc.blocks.append(Block("heading", plain, plain, level=heading_level))
        elif style.lower() in ("quote", "intense quote"):
            quoted = "\n".join(f"> {line}" for line in escape_line_starts(markdown).split("\n"))
            self.doc.blocks.append(Block("quote", plain, quoted))
        else:
            if style.lower() == "subtitle" and not self.doc.summary_hint:
                self.doc.summary_hint = plain
            block = Block("paragraph", plain, escape_line_starts(markdown))
            block.link = _sole_link(segments)
            self.doc.blocks.append(block)

    def _style_name(self, element: Any) -> str:
        """The paragraph style's name, looked up once per style (python-docx searches every
        style for each paragraph, which grows with the document)."""
        style_id = element.style  # the w:pStyle value, None for the default style
        if style_id not in self.style_names:
            try:
                style = Paragraph(element, self.document).style
            except (KeyError, ValueError, AttributeError):
                style = None
            self.style_names[style_id] = str(getattr(style, "name", "") or "")
        return self.style_names[style_id]

    def _heading_level(self, element: Any, style: str) -> int | None:
        if style.lower() == "title":
            return 0
        match = _HEADING_STYLE.match(style)
        if match:
            return int(match[1])
        outline = element.find(f"{w('pPr')}/{w('outlineLvl')}")
        value = outline.get(w("val"), "") if outline is not None else ""
        if value.isdigit() and int(value) < 6:
            return int(value) + 1
        return None

    def _list_info(self, element: Any, style: str) -> tuple[int, str, int] | None:
        """(level, "bullet" or "number", first number) for a list paragraph."""
        num_pr = element.find(f"{w('pPr')}/{w('numPr')}")
        if num_pr is not None:
            num_id = _val(num_pr.find(w("numId")))
            ilvl = _val(num_pr.find(w("ilvl"))) or "0"
            if num_id and num_id != "0" and ilvl.isdigit():
                ordered, start = self._number_format(num_id, ilvl)
                return int(ilvl), "number" if ordered else "bullet", start
        match = _LIST_STYLE.match(style)
        if match:
            level = int(match[2]) - 1 if match[2] else 0
            return level, "number" if match[1].lower() == "number" else "bullet", 1
        return None

    def _number_format(self, num_id: str, level: str) -> tuple[bool, int]:
        key = (num_id, level)
        if key not in self.formats:
            self.formats[key] = (False, 1)
            if self.numbering is not None and num_id.isdigit():
                abstract = self.numbering.xpath(
                    f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
                if abstract and str(abstract[0]).isdigit():
                    lvl = self.numbering.xpath(
                        f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]'
                        f'/w:lvl[@w:ilvl="{level}"]')
                    if lvl:
                        fmt = _val(lvl[0].find(w("numFmt"))) or "bullet"
                        start = _val(lvl[0].find(w("start")))
                        self.formats[key] = (fmt not in ("bullet", "none"),
                                             int(start) if start.isdigit() else 1)
        return self.formats[key]

    def _flush_list(self) -> None:
        if self.pending_list:
            self.doc.blocks.extend(list_block(data) for data in nest_lists(self.pending_list))
            self.pending_list = []

    # tables -----------------------------------------------------------------------------

    def _rows(self, table: Any) -> list[list[tuple[str, str]]]:
        rows: list[list[tuple[str, str]]] = []
        for tr in table.iterchildren(w("tr")):
            row: list[tuple[str, str]] = []
            for tc in tr.iterchildren(w("tc")):
                properties = tc.find(w("tcPr"))
                merged = properties is not None and properties.find(w("vMerge")) is not None \
                    and _val(properties.find(w("vMerge"))) != "restart"
                cell = ("", "") if merged else self._cell(tc)
                row.append(cell)
                span = _val(properties.find(w("gridSpan"))) if properties is not None else ""
                if span.isdigit():
                    row.extend([("", "")] * (min(int(span), 50) - 1))
            rows.append(row)
        return rows

    def _cell(self, tc: Any) -> tuple[str, str]:
        parts = [self._inline(p) for p in tc.iter(w("p"))]
        parts = [(md, plain) for md, plain in parts if plain]
        return " ".join(md for md, _ in parts), " ".join(plain for _, plain in parts)

    # inline -----------------------------------------------------------------------------

    def _inline(self, paragraph: Any) -> tuple[str, str]:
        segments = self._read_segments(paragraph)
        return _render(segments).strip(), _plain(segments)

    def _read_segments(self, paragraph: Any) -> list[_Segment]:
        segments: list[_Segment] = []
        self.fields = []
        self._segments(paragraph, None, segments)
        return segments

    def _segments(self, element: Any, url: str | None, out: list[_Segment]) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == w("r"):
                self._run(child, url, out)
            elif tag in _TRANSPARENT:
                inner = url
                if tag == w("hyperlink"):
                    inner = self._hyperlink_target(child) or url
                elif tag == w("fldSimple"):
                    inner = _field_url(child.get(w("instr"), "")) or url
                self._segments(child, inner, out)

    def _run(self, run: Any, url: str | None, out: list[_Segment]) -> None:
        properties = run.find(w("rPr"))
        bold = italic = False
        if properties is not None:
            style = _val(properties.find(w("rStyle"))).lower()
            bold = _on(properties.find(w("b"))) or style in ("strong", "bold")
            italic = _on(properties.find(w("i"))) or style in ("emphasis", "italic")
        text: list[str] = []
        for child in run.iterchildren():
            tag = child.tag
            if tag == w("fldChar"):
                self._field_char(child.get(w("fldCharType"), ""))
            elif tag == w("instrText") and self.fields:
                self.fields[-1]["instruction"] += child.text or ""
            elif self.fields and not self.fields[-1]["result"]:
                continue  # inside a field's instruction: not shown text
            elif tag == w("t"):
                text.append(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                text.append(" ")
            elif tag in (w("br"), w("cr")) and child.get(w("type"), "textWrapping") \
                    == "textWrapping":
                text.append("\n")
            elif tag == w("noBreakHyphen"):
                text.append("-")
            elif tag in (w("drawing"), w("pict"), w("object")):
                self.images += 1
        field_url = next((f["url"] for f in reversed(self.fields) if f["url"]), None)
        content = self.cleanup.clean("".join(text))
        if content:
            out.append(_Segment(content, bold, italic, url or field_url))

    def _field_char(self, kind: str) -> None:
        if kind == "begin":
            self.fields.append({"instruction": "", "url": None, "result": False})
        elif kind == "separate" and self.fields:
            self.fields[-1]["result"] = True
            self.fields[-1]["url"] = _field_url(self.fields[-1]["instruction"])
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _hyperlink_target(self, hyperlink: Any) -> str | None:
        rel_id = hyperlink.get(f"{{{R}}}id")
        if not rel_id:
            return None  # a link to a bookmark inside the document
        relationship = self.document.part.rels.get(rel_id)
        if relationship is None or not relationship.is_external:
            return None
        return str(relationship.target_ref)


def _plain(segments: list[_Segment]) -> str:
    return "".join(segment.text for segment in segments).strip()


def _sole_link(segments: list[_Segment]) -> tuple[str, str] | None:
    """(text, url) when the whole paragraph is one link."""
    links = {segment.url for segment in segments if segment.text.strip()}
    if len(links) != 1:
        return None
    url = links.pop()
    return (" ".join(_plain(segments).split()), url) if url else None


def _render(segments: list[_Segment]) -> str:
    """Markdown for runs: neighbours with the same link and emphasis are merged first."""
    merged: list[_Segment] = []
    for segment in segments:
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.url) == (segment.bold, segment.italic,
                                                           segment.url):
            last.text += segment.text
        else:
            merged.append(_Segment(segment.text, segment.bold, segment.italic, segment.url))
    parts: list[str] = []
    index = 0
    while index < len(merged):
        url = merged[index].url
        group: list[str] = []
        while index < len(merged) and merged[index].url == url:
            group.append(_styled(merged[index]))
            index += 1
        text = "".join(group)
        if url and text.strip():
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            text = f"{lead}{link_markdown(text.strip(), url)}{trail}"
        parts.append(text)
    return "".join(parts)


def _styled(segment: _Segment) -> str:
    text = escape(segment.text).replace("\n", "\\\n")
    if segment.italic:
        text = emphasis(text, "*")
    if segment.bold:
        text = emphasis(text, "**")
    return text


def _field_url(instruction: str) -> str | None:
    match = _FIELD_HYPERLINK.search(instruction)
    if match and ("://" in match[1] or match[1].startswith("mailto:")):
        return match[1]
    return None


def _val(element: Any) -> str:
    return str(element.get(w("val"), "")) if element is not None else ""


def _on(element: Any) -> bool:
    return element is not None and _val(element).lower() not in _OFF
