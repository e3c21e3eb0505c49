"""WordprocessingML that python-docx has no API for: hyperlinks, restarted numbering,
repeated table header rows, page-number fields, the document language, and the package
parts its template carries (thumbnail, "extended properties") that must not describe us."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.table import _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

HYPERLINK_STYLE = "Hyperlink"
LINK_COLOUR = RGBColor(0x1D, 0x70, 0xB8)


def ensure_hyperlink_style(document: Document) -> None:
    """Word's built-in "Hyperlink" character style; the python-docx template lacks it."""
    names = {style.name for style in document.styles}
    if HYPERLINK_STYLE in names:
        return
    style = document.styles.add_style(HYPERLINK_STYLE, WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = LINK_COLOUR
    style.font.underline = True
    style.unhide_when_used = True
    style.priority = 99


def hyperlink_to(paragraph: Paragraph, r_id: str) -> Any:
    """A ``w:hyperlink`` appended to ``paragraph`` for relationship ``r_id``."""
    element = OxmlElement("w:hyperlink")
    element.set(qn("r:id"), r_id)
    element.set(qn("w:history"), "1")
    paragraph._p.append(element)
    return element


def move_into(container: object, run: Run) -> None:
    container.append(run._r)  # type: ignore[attr-defined]


def use_numbering(paragraph: Paragraph, num_id: int, level: int = 0) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def repeat_as_header(row: _Row) -> None:
    """Mark a table row as a header row: repeated on each page and read as headers."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def add_field(paragraph: Paragraph, instruction: str) -> None:
    """A simple field (``PAGE``, ``NUMPAGES``) Word updates when it lays out the page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def set_language(document: Document, language: str) -> None:
    """The default proofing language of every style (``w:lang`` in the document defaults)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), language)


def set_run_language(run: Any, language: str) -> None:
    """A run's proofing language (``w:lang``), for text in another language than the
    document's (the Welsh copy in a bilingual document)."""
    r_pr = run._r.get_or_add_rPr()
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), language)


#: Word's "Mark as decorative" (Office 2019 and later): an extension of ``wp:docPr``.
DECORATIVE_EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def set_picture_description(run: Run, description: str) -> None:
    """Alternative text of an inline picture (``wp:docPr/@descr``); without one, the
    picture is marked decorative, so screen readers pass over it."""
    for doc_pr in run._r.iter(qn("wp:docPr")):
        doc_pr.set("descr", description)
        doc_pr.set("title", "")
        if not description.strip():
            extensions = etree.SubElement(doc_pr, f"{{{DRAWING_NS}}}extLst")
            extension = etree.SubElement(extensions, f"{{{DRAWING_NS}}}ext",
                                         uri=DECORATIVE_EXTENSION)
            etree.SubElement(extension, f"{{{DECORATIVE_NS}}}decorative",
                             nsmap={"adec": DECORATIVE_NS}, val="1")


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity>"
    "<Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)


def replace_template_parts(document: Document, *, application: str, company: str) -> None:
    """Drop the template's thumbnail (a picture of some other page) and rewrite its extended
    properties, which name an application and a template that did not make this file."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[r_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            xml = _APP_XML.format(application=escape(application), company=escape(company))
            # python-docx models this part as an opaque blob; there is no setter.
            rel.target_part._blob = xml.encode("utf-8")
