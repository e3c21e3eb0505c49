"""What printToPdf cannot write: title, author, subject, keywords, dates, the document
language (``/Lang``) and "show the title, not the file name" — set afterwards with pypdf,
in the information dictionary and in XMP (Dublin Core). Pure Python: no Qt here."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

from .metadata import DocumentInfo


def pdf_date(moment: datetime) -> str:
    """"D:20261125120000+00'00'", the PDF date format."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def finish_pdf(pdf: bytes, info: DocumentInfo) -> bytes:
    """``pdf`` with our metadata in place of Chromium's."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    fields = {
        "/Title": info.title,
        "/Author": info.author,
        "/Subject": info.subject,
        "/Keywords": "; ".join(info.keywords),
        "/Creator": info.creator_tool,
        "/Producer": f"{info.creator_tool} (Qt WebEngine, pypdf)",
    }
    if info.created is not None:
        fields["/CreationDate"] = pdf_date(info.created)
    if info.modified is not None:
        fields["/ModDate"] = pdf_date(info.modified)
    writer.add_metadata(fields)
    writer.root_object[NameObject("/Lang")] = TextStringObject(info.language)
    # Viewers show the title, not the file name, in the window's title bar.
    writer.root_object[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)})
    _write_xmp(writer, info)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _write_xmp(writer: PdfWriter, info: DocumentInfo) -> None:
    try:
        from pypdf.xmp import XmpInformation
    except ImportError:  # pragma: no cover - pypdf without XMP support
        return
    if not hasattr(XmpInformation, "create"):  # XMP writing came with pypdf 6
        return
    xmp = XmpInformation.create()
    language = info.language
    xmp.dc_title = {"x-default": info.title, language: info.title}
    if info.author:
        xmp.dc_creator = [info.author]
        xmp.dc_publisher = [info.author]
    if info.subject:
        xmp.dc_description = {"x-default": info.subject, language: info.subject}
    if info.keywords:
        xmp.dc_subject = list(info.keywords)
        xmp.pdf_keywords = "; ".join(info.keywords)
    xmp.dc_language = [language]
    xmp.dc_format = "application/pdf"
    if info.identifier:
        xmp.dc_identifier = info.identifier
    xmp.xmp_creator_tool = info.creator_tool
    xmp.pdf_producer = f"{info.creator_tool} (Qt WebEngine, pypdf)"
    if info.created is not None:
        xmp.xmp_create_date = info.created.astimezone(UTC)
    if info.modified is not None:
        xmp.xmp_modify_date = info.modified.astimezone(UTC)
        xmp.xmp_metadata_date = info.modified.astimezone(UTC)
    writer.xmp_metadata = xmp
