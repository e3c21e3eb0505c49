"""The Word copy: the page's outline written with python-docx.

Real styles throughout, so the document navigates and reads well with assistive technology:
Title, Heading 1–3, List Bullet / List Number (nested levels 2 and 3), Quote, Caption, a
table style with a repeated header row, and clickable hyperlinks. The core properties are
ours, every one of them: python-docx's template would otherwise sign the file as its own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Emu, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run as WordRun

from ..model.records import RecordModel
from ..render import Branding, render_blocks
from . import docx_oxml as oxml
from .docx_append import Appender
from .files import write_output
from .languages import page_words
from .metadata import APPLICATION, DocumentInfo, document_info
from .names import export_filename
from .outline import (
    Block,
    Cell,
    Facts,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Run,
    Runs,
    Table,
    join_runs,
    outline,
)

#: Page chrome of the web page that a document does not repeat in its body: the
#: organisation goes into the page header instead.
SKIPPED_BLOCKS = frozenset({"f-masthead"})
ROLE_STYLES = {"summary": "Subtitle", "caption": "Caption", "code": "macro"}
MAX_LIST_LEVEL = 3
MAX_PICTURE_WIDTH = Mm(174)  # the text width of A4 with 18 mm margins
#: The longest value a Word core property may hold.
MAX_PROPERTY = 255


def docx_bytes(record: RecordModel, *, now: datetime, branding: Branding | None = None,
               base_dir: Path | None = None, also: Sequence[RecordModel] = ()) -> bytes:
    """The Word copy; ``also`` are the record's other language copies, each after a page
    break, their runs marked with their language (``w:lang``)."""
    info = document_info(record, now)
    document = docx.Document()
    _set_up(document, info)
    writer = _Writer(document)
    for index, copy in enumerate((record, *also)):
        if index:
            document.add_page_break()
        writer.language = copy.language if copy.language != info.language else None
        for block_id, html in render_blocks(copy, now=now, branding=branding,
                                            base_dir=base_dir).items():
            if block_id not in SKIPPED_BLOCKS:
                writer.write(outline(html))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(record: RecordModel, folder: Path, *, now: datetime,
                branding: Branding | None = None, base_dir: Path | None = None) -> Path:
    data = docx_bytes(record, now=now, branding=branding, base_dir=base_dir)
    return write_output(Path(folder) / export_filename(record, "docx", now), data)


# -- document set-up ------------------------------------------------------------------------

def _set_up(document: Document, info: DocumentInfo) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    section.left_margin = section.right_margin = Mm(18)
    oxml.set_language(document, info.language)
    oxml.ensure_hyperlink_style(document)
    _header_and_footer(document, info)
    _core_properties(document, info)
    oxml.replace_template_parts(document, application=info.creator_tool, company=info.author)


def _header_and_footer(document: Document, info: DocumentInfo) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    if info.embargo:
        header.add_run(info.embargo).bold = True
        if info.author:
            section.header.add_paragraph(info.author)
    elif info.author:
        header.add_run(info.author)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, between = page_words(info.language)
    footer.add_run(before)
    oxml.add_field(footer, "PAGE")
    footer.add_run(between)
    oxml.add_field(footer, "NUMPAGES")


def _core_properties(document: Document, info: DocumentInfo) -> None:
    # Word's core properties hold at most 255 characters each: a longer summary or a long
    # list of keywords is shortened there (the document's text keeps it whole).
    properties = document.core_properties
    properties.title = fit_property(info.title)
    properties.author = fit_property(info.author)
    properties.subject = fit_property(info.subject)
    properties.keywords = fit_keywords(info.keywords)
    properties.language = fit_property(info.language)
    properties.identifier = fit_property(info.identifier)
    properties.category = fit_property(info.category)
    properties.comments = fit_property(f"{info.category} {info.identifier}".strip())
    properties.last_modified_by = fit_property(info.author or APPLICATION)
    properties.content_status = fit_property(info.embargo or "")
    properties.version = ""
    properties.revision = 1
    if info.created is not None:
        properties.created = info.created
    if info.modified is not None:
        properties.modified = info.modified


def fit_property(text: str, limit: int = MAX_PROPERTY) -> str:
    """``text`` within ``limit`` characters: cut at a word where there is one, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def fit_keywords(keywords: list[str], limit: int = MAX_PROPERTY) -> str:
    """As many whole keywords as fit, "; "-separated (a single long one is shortened)."""
    kept: list[str] = []
    for keyword in keywords:
        candidate = "; ".join([*kept, keyword])
        if len(candidate) > limit:
            break
        kept.append(keyword)
    if not kept and keywords:
        return fit_property(keywords[0], limit)
    return "; ".join(kept)


# -- blocks ---------------------------------------------------------------------------------

class _Writer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.append = Appender(document)
        self.level = 0  # the last heading's level: levels never skip (h2 → h4 becomes h3)
        self.language: str | None = None  # a run language other than the document's

    def write(self, blocks: list[Block]) -> None:
        for block in blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.level = max(1, min(block.level, self.level + 1))
            style = "Title" if self.level <= 1 else f"Heading {min(self.level - 1, 3)}"
            self.runs(self.append.paragraph(style), block.runs)
        elif isinstance(block, Paragraph):
            paragraph = self.append.paragraph(ROLE_STYLES.get(block.role))
            self.runs(paragraph, block.runs)
        elif isinstance(block, ListBlock):
            self.list_block(block, 1)
        elif isinstance(block, Quote):
            self.quote(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Facts):
            self.facts(block)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, Rule):
            pass  # a thematic break has no counterpart worth drawing in a document

    def list_block(self, block: ListBlock, level: int) -> None:
        level = min(level, MAX_LIST_LEVEL)
        kind = "List Number" if block.ordered else "List Bullet"
        style = kind if level == 1 else f"{kind} {level}"
        continued = "List Continue" if level == 1 else f"List Continue {level}"
        num_id: int | None = None
        for item in block.items:
            first = True
            for part in item.blocks:
                if isinstance(part, ListBlock):
                    self.list_block(part, level + 1)
                    continue
                paragraph = self.append.paragraph(style if first else continued)
                if first and block.ordered:
                    if num_id is None:
                        num_id = self.append.new_numbering(style, block.start)
                        oxml.use_numbering(paragraph, num_id)
                    else:
                        oxml.use_numbering(paragraph, num_id)
                self.runs(paragraph, part)
                first = False

    def quote(self, block: Quote) -> None:
        for runs in block.paragraphs:
            self.runs(self.append.paragraph("Quote"), runs)
        if block.attribution:
            paragraph = self.append.paragraph("Quote")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self.runs(paragraph, [Run("— "), *block.attribution])

    def table(self, block: Table) -> None:
        columns = max([len(block.header), *(len(row) for row in block.rows)], default=0)
        if columns == 0:
            return
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"]
        if block.header:
            row = table.add_row()
            oxml.repeat_as_header(row)
            self.cells(row.cells, block.header, bold=True)
        for cells in block.rows:
            self.cells(table.add_row().cells, cells)
        self.append.paragraph()  # Word runs adjacent tables together otherwise

    def cells(self, targets: list[_Cell], cells: list[Cell], bold: bool = False) -> None:
        for target, cell in zip(targets, cells, strict=False):
            for index, runs in enumerate(cell.paragraphs):
                paragraph = target.paragraphs[0] if index == 0 else target.add_paragraph()
                self.runs(paragraph, runs, bold=bold or (cell.header and index == 0))

    def facts(self, block: Facts) -> None:
        for term, values in block.items:
            paragraph = self.append.paragraph()
            if term:
                paragraph.add_run(f"{term}: ").bold = True
            self.runs(paragraph, join_runs(values))

    def figure(self, block: Figure) -> None:
        paragraph = self.append.paragraph()
        self.runs(paragraph, [Run(picture=block.picture)])
        if block.caption:
            self.runs(self.append.paragraph("Caption"), block.caption)

    # -- inline ---------------------------------------------------------------------------

    def runs(self, paragraph: WordParagraph, runs: Runs, bold: bool = False) -> None:
        index = 0
        while index < len(runs):
            href = runs[index].href
            group = [runs[index]]
            index += 1
            while href and index < len(runs) and runs[index].href == href:
                group.append(runs[index])
                index += 1
            if href:
                container = oxml.hyperlink_to(paragraph, self.append.link_id(href))
                for run in group:
                    oxml.move_into(container, self.run(paragraph, run, bold, link=True))
            else:
                self.run(paragraph, group[0], bold)

    def run(self, paragraph: WordParagraph, run: Run, bold: bool,
            link: bool = False) -> WordRun:
        if run.picture is not None:
            return self.picture(paragraph, run)
        word_run = paragraph.add_run(run.text)
        if link:  # by id: a style looked up by name scans every relationship of the part
            word_run._r.style = self.append.style_id(oxml.HYPERLINK_STYLE)
        if bold or run.bold:
            word_run.bold = True
        if run.italic:
            word_run.italic = True
        if run.strike:
            word_run.font.strike = True
        if run.code:
            word_run.font.name = "Consolas"
            word_run.font.size = Pt(10)
        if self.language:
            oxml.set_run_language(word_run, self.language)
        return word_run

    def picture(self, paragraph: WordParagraph, run: Run) -> WordRun:
        assert run.picture is not None
        word_run = paragraph.add_run()
        try:
            shape = word_run.add_picture(io.BytesIO(run.picture.data))
        except Exception:  # noqa: BLE001 - an image Word cannot read becomes its alt text
            word_run.text = f"[{run.picture.alt}]" if run.picture.alt else ""
            return word_run
        if shape.width > MAX_PICTURE_WIDTH:
            shape.height = Emu(int(shape.height * MAX_PICTURE_WIDTH / shape.width))
            shape.width = MAX_PICTURE_WIDTH
        oxml.set_picture_description(word_run, run.picture.alt)
        return word_run
