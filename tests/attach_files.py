"""Documents made for the attach tests: tagged and untagged PDFs (pypdf) and Word files."""

from __future__ import annotations

import os
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import (
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)

from review_editor import model, storage

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_pdf(path: Path, *, pages: int = 1, tagged: bool = True, title: str | None = "Report",
             lang: str | None = "en-GB", padding: int = 0) -> Path:
    """A PDF with a line of text on each page and a bookmark; ``tagged`` adds /MarkInfo and
    a structure tree root, ``title`` the document title (shown in the title bar), ``lang`` /Lang;
    ``padding`` bytes of incompressible data make it larger."""
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for number in range(pages):
        page = writer.add_blank_page(595, 842)
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 12 Tf 72 770 Td (Page {number + 1} of the report) Tj ET"
                         .encode("ascii"))
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    writer.add_outline_item("Report", 0)
    root = writer._root_object
    if tagged:
        root[NameObject("/MarkInfo")] = DictionaryObject({
            NameObject("/Marked"): BooleanObject(True)})
        root[NameObject("/StructTreeRoot")] = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/StructTreeRoot")}))
    if lang:
        root[NameObject("/Lang")] = TextStringObject(lang)
    if title:
        writer.add_metadata({"/Title": title})
        root[NameObject("/ViewerPreferences")] = DictionaryObject({
            NameObject("/DisplayDocTitle"): BooleanObject(True)})
    if padding:
        filler = DecodedStreamObject()
        filler.set_data(os.urandom(padding))
        writer._add_object(filler)
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def make_docx(path: Path, *, pages: int | None = 12, title: str = "Action plan") -> Path:
    """A Word document; docProps/app.xml says ``pages`` (None: no page count)."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading("Action plan", level=1)
    document.add_paragraph("What each agency will do, and by when.")
    document.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    app = parts["docProps/app.xml"].decode("utf-8")
    app = re.sub(r"<Pages>\d+</Pages>", f"<Pages>{pages}</Pages>" if pages else "", app)
    parts["docProps/app.xml"] = app.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def make_record(folder: Path, name: str = "review.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    storage.save_record(model.new_record("review_notice", "Overview report: Adult R", NOW), path)
    return path
