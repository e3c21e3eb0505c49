"""The printed copy's content as data for the Typst template (``resources/templates/page.typ``).

The page is read from the very blocks the preview shows, through the format-neutral outline
(``outline.py``), and turned into plain JSON values: strings, numbers, booleans, lists and
objects. The template shows every string as text; nothing here is ever Typst markup, so a
record cannot run code or read files however its text is written. Images travel separately,
as bytes under names made here (``image-3.png``), never under a name from the record.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model.bilingual import is_welsh_tag
from ..model.records import RecordModel
from ..render import Branding, public_copy, render_blocks
from .characters import printable
from .glyphs import displayable
from .languages import page_words
from .metadata import document_info
from .outline import (
    Block,
    Facts,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Picture,
    Quote,
    Rule,
    Runs,
    Table,
    join_runs,
    outline,
    plain,
)

#: Page blocks drawn as a box of their own, and the box's look in the template.
BOXED = {
    "f-embargo": "embargo",
    "f-keyfacts": "facts",
    "f-signposting": "support",
    "f-disclaimer": "disclaimer",
    "f-questions": "questions",
}
#: Page chrome the template draws itself, from the branding: the masthead (organisation and
#: logo) and the site footer (kept for the end of the document).
MASTHEAD = "f-masthead"
FOOTER = "f-footer"
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}
#: Links a PDF reader may follow; anything else is shown as plain text.
LINK = re.compile(r"^(?:https?://|mailto:|tel:)", re.IGNORECASE)
#: A table column whose entries are all this short (in characters) is as wide as they are.
SHORT_COLUMN = 12
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:-([A-Za-z]{2}|\d{3}))?(?:-.*)?$")


@dataclass
class PdfData:
    """What the template reads: ``data`` (JSON values) and the images it names."""

    data: dict[str, Any]
    images: dict[str, bytes] = field(default_factory=dict)


class _Converter:
    """Outline blocks → JSON values. Collects the images, makes every text displayable
    with the bundled font, and keeps heading levels consecutive (PDF/UA-1 requires it:
    a level 4 right after a level 2 becomes a 3)."""

    def __init__(self) -> None:
        self.images: dict[str, bytes] = {}
        self.level = 0

    def image(self, picture: Picture) -> str:
        name = f"image-{len(self.images) + 1}.{EXTENSIONS[picture.media_type]}"
        self.images[name] = picture.data
        return name

    def heading_level(self, level: int) -> int:
        self.level = max(1, min(level, self.level + 1, 6))
        return self.level


def pdf_data(record: RecordModel, *, now: datetime, branding: Branding | None = None,
             base_dir: Path | None = None, also: Sequence[RecordModel] = ()) -> PdfData:
    """The page as Typst data; ``also`` are the record's other language copies, each after a
    page break in a ``language`` block the template sets in that language."""
    brand = branding or Branding()
    info = document_info(record, now)
    public = public_copy(record)
    converter = _Converter()
    blocks, footer = _page_blocks(record, converter, now=now, branding=branding,
                                  base_dir=base_dir)
    for copy in also:
        more, _ = _page_blocks(copy, converter, now=now, branding=branding, base_dir=base_dir)
        other, other_region = split_language(copy.language)
        blocks.append({"type": "language", "lang": other, "region": other_region,
                       "blocks": more})
    lead = "cy" if is_welsh_tag(public.language) else "en"  # the first copy's language
    organisation = printable(brand.organisation_name_in(lead) or (
        public.publisher.name if public.publisher and public.publisher.name else ""))
    language, region = split_language(info.language)
    logo = None
    if brand.logo is not None:
        logo = {"image": converter.image(Picture(brand.logo.data, brand.logo.media_type, "")),
                "alt": displayable(f"{organisation} logo" if organisation else "Logo")}
    data = {
        "title": info.title,  # the metadata's: exactly the record's title
        "running_title": displayable(info.title),
        "author": info.author,
        "description": info.subject,
        "keywords": "; ".join(info.keywords),
        "language": language,
        "region": region,
        "page_words": list(page_words(info.language)),
        "embargo": info.embargo,
        "organisation": displayable(organisation),
        "logo": logo,
        "colours": {
            "primary": brand.primary_colour,
            "on_primary": brand.header_text_colour,
            "accent": brand.accent_colour,
            "link": brand.link_colour,
        },
        "footer_text": displayable(printable(brand.footer_text_in(lead))),
        "blocks": blocks,
        "footer": footer,
    }
    return PdfData(data, converter.images)


def _page_blocks(record: RecordModel, converter: _Converter, *, now: datetime,
                 branding: Branding | None, base_dir: Path | None) \
        -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    blocks: list[dict[str, Any]] = []
    footer: list[dict[str, Any]] = []
    for block_id, html in render_blocks(record, now=now, branding=branding,
                                        base_dir=base_dir).items():
        if block_id == MASTHEAD:
            continue
        converted = [_block(block, converter) for block in outline(html)]
        if block_id == FOOTER:
            footer.extend(converted)
        elif block_id in BOXED:
            blocks.append({"type": "box", "style": BOXED[block_id], "blocks": converted})
        else:
            blocks.extend(converted)
    return blocks, footer


def split_language(tag: str) -> tuple[str, str | None]:
    """"en-GB" → ("en", "GB"); Typst takes the language and the region apart."""
    match = _LANGUAGE.match(tag.strip())
    if match is None:
        return "en", "GB"
    region = match.group(2)
    return match.group(1).lower(), region.upper() if region and region.isalpha() else None


# -- outline → data -------------------------------------------------------------------------

def _block(block: Block, converter: _Converter) -> dict[str, Any]:
    if isinstance(block, Heading) and not plain(block.runs).strip():
        # A heading of pictures only has no title to announce or bookmark (PDF/UA-1 refuses
        # one): it is shown as a bold paragraph; the checks report the empty heading.
        return {"type": "paragraph", "role": "strong", "runs": _runs(block.runs, converter)}
    if isinstance(block, Heading):
        return {"type": "heading", "level": converter.heading_level(block.level),
                "runs": _runs(block.runs, converter)}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "role": block.role, "runs": _runs(block.runs, converter)}
    if isinstance(block, ListBlock):
        return _list(block, converter)
    if isinstance(block, Quote):
        return {"type": "quote",
                "paragraphs": [_runs(runs, converter) for runs in block.paragraphs],
                "attribution": _runs(block.attribution, converter)}
    if isinstance(block, Table):
        return {"type": "table", "widths": column_widths(block),
                "header": [_cell(cell.paragraphs, cell.header, converter) for cell in block.header],
                "rows": [[_cell(cell.paragraphs, cell.header, converter) for cell in row]
                         for row in block.rows]}
    if isinstance(block, Facts):
        return _facts(block, converter)
    if isinstance(block, Figure):
        return {"type": "figure", "image": converter.image(block.picture),
                "alt": displayable(block.picture.alt.strip()),
                "caption": _runs(block.caption, converter)}
    assert isinstance(block, Rule)
    return {"type": "rule"}


def column_widths(table: Table) -> list[str | float]:
    """Each column's share of the line: "auto" for short entries (a number, a status), else
    a weight that grows with the square root of its mean text length, so a column of
    sentences gets more room than a column of names without starving it."""
    rows = ([table.header] if table.header else []) + table.rows
    columns = max((len(row) for row in rows), default=0)
    widths: list[str | float] = []
    for index in range(columns):
        lengths = [len(plain(join_runs(row[index].paragraphs)))
                   for row in rows if index < len(row)]
        if max(lengths, default=0) <= SHORT_COLUMN:
            widths.append("auto")
        else:
            widths.append(round(max(1.0, math.sqrt(sum(lengths) / len(lengths))), 2))
    return widths


def _list(block: ListBlock, converter: _Converter) -> dict[str, Any]:
    items = []
    for item in block.items:
        parts = []
        for part in item.blocks:
            if isinstance(part, ListBlock):
                parts.append(_list(part, converter))
            else:
                parts.append({"type": "paragraph", "role": "", "runs": _runs(part, converter)})
        items.append(parts)
    return {"type": "list", "ordered": block.ordered, "start": block.start, "items": items}


def _facts(block: Facts, converter: _Converter) -> dict[str, Any]:
    return {"type": "facts", "items": [
        {"term": displayable(printable(term)),
         "values": [_runs(runs, converter) for runs in values]}
        for term, values in block.items]}


def _cell(paragraphs: list[Runs], header: bool, converter: _Converter) -> dict[str, Any]:
    return {"header": header, "paragraphs": [_runs(runs, converter) for runs in paragraphs]}


def _runs(runs: Runs, converter: _Converter) -> list[dict[str, Any]]:
    converted: list[dict[str, Any]] = []
    for run in runs:
        item: dict[str, Any] = {"text": displayable(run.text)}
        for name in ("bold", "italic", "strike", "code"):
            if getattr(run, name):
                item[name] = True
        if run.href and LINK.match(run.href):
            item["link"] = run.href
        if run.picture is not None:
            item["image"] = converter.image(run.picture)
            item["alt"] = displayable(run.picture.alt.strip())
        converted.append(item)
    return converted

