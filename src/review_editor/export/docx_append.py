"""Adding to a long Word document in constant time.

python-docx finds where each new paragraph goes by scanning the body's children, numbers a
new list by scanning every numbering instance, and names a new hyperlink relationship by
scanning every relationship: each step grows with the document, so a long one took
quadratic time (8,000 sections took minutes). This keeps the anchors and counters itself.
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.numbering import CT_Num
from docx.text.paragraph import Paragraph


class Appender:
    def __init__(self, document: Document) -> None:
        self.document = document
        body = document.element.body
        self._body = body
        self._section = body.find(qn("w:sectPr"))  # the body's last child; paragraphs go before it
        self._container = document._body
        self._style_ids: dict[str, str] = {}
        numbering = document.part.numbering_part.element
        self._numbering = numbering
        self._numbering_end = numbering.find(qn("w:numIdMacAtCleanup"))
        self._next_num = max((int(num.numId) for num in numbering.num_lst), default=0) + 1
        self._abstract_ids: dict[str, int] = {}
        self._rels = document.part.rels
        self._next_rel = max((int(rid[3:]) for rid in self._rels if rid[3:].isdigit()),
                             default=0) + 1
        self._links: dict[str, str] = {}

    def paragraph(self, style: str | None = None) -> Paragraph:
        element = OxmlElement("w:p")
        if self._section is not None:
            self._section.addprevious(element)
        else:
            self._body.append(element)
        if style:
            element.style = self.style_id(style)  # type: ignore[attr-defined]
        return Paragraph(element, self._container)  # type: ignore[arg-type]

    def style_id(self, name: str) -> str:
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self.document.styles[name].style_id
        return found

    def new_numbering(self, style: str, start: int, level: int = 0) -> int:
        """A new numbering instance of the list style's own numbering, from ``start``."""
        abstract_id = self._abstract_ids.get(style)
        if abstract_id is None:
            num_id = self.document.styles[style].element.pPr.numPr.numId.val
            abstract_id = int(self._numbering.num_having_numId(num_id).abstractNumId.val)
            self._abstract_ids[style] = abstract_id
        num_id = self._next_num
        self._next_num += 1
        num = CT_Num.new(num_id, abstract_id)
        if self._numbering_end is not None:
            self._numbering_end.addprevious(num)
        else:
            self._numbering.append(num)
        num.add_lvlOverride(ilvl=level).add_startOverride(start)
        return num_id

    def link_id(self, url: str) -> str:
        """The relationship id of an external hyperlink to ``url`` (one per address)."""
        found = self._links.get(url)
        if found is None:
            found = f"rId{self._next_rel}"
            self._next_rel += 1
            self._rels.add_relationship(RT.HYPERLINK, url, found, is_external=True)
            self._links[url] = found
        return found
