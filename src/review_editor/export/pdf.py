"""The printed copy: a tagged PDF/UA-1 made by Typst from the page's data.

``pdf_data`` turns the page into JSON values; ``resources/templates/page.typ`` lays them out.
The data reaches the template as a ``sys.inputs`` string and the template shows its strings
as text, so nothing in a record is ever read as Typst markup. The compiler's root is a
private temporary folder holding only the page's images, under names made by the exporter:
the template can read nothing else. Only the bundled fonts are used (system fonts are
ignored), so a copy made on Windows matches one made on Linux.

Typst writes the metadata itself, from the template's ``document`` settings: title, author,
subject, keywords and dates in the information dictionary and in XMP (with the PDF/UA
identifier), ``/Lang`` from the text language, and ``DisplayDocTitle``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import typst

from .. import resources
from ..model.records import RecordModel
from ..render import Branding
from .files import ExportError, write_output
from .names import export_filename
from .pdf_data import PdfData, pdf_data

TEMPLATE = ("templates", "page.typ")
FONTS = ("fonts",)
STANDARDS: list[str] = ["ua-1"]


class PdfError(ExportError):
    """Typst could not lay the page out."""


def pdf_bytes(record: RecordModel, *, now: datetime, branding: Branding | None = None,
              base_dir: Path | None = None, also: Sequence[RecordModel] = ()) -> bytes:
    """The PDF copy; ``also`` are the record's other language copies, after it."""
    return compile_pdf(pdf_data(record, now=now, branding=branding, base_dir=base_dir,
                                also=also), now=now)


def compile_pdf(page: PdfData, *, now: datetime) -> bytes:
    """The PDF of ``page``, straight from Typst. An image Typst cannot decode is left out
    (its description stands in for it) rather than losing the whole copy."""
    template = resources.path(*TEMPLATE).read_bytes()
    with tempfile.TemporaryDirectory(prefix="review-editor-pdf-",
                                     ignore_cleanup_errors=True) as folder:
        root = Path(folder)
        try:
            for name, data in page.images.items():
                (root / name).write_bytes(data)
        except OSError as error:
            raise PdfError(f"the PDF's images could not be prepared in {root}: "
                           f"{error.strerror or error}") from error
        try:
            return _compile(template, root, page.data, now)
        except PdfError:
            unreadable = [name for name in page.images if not _decodes(root, name, now)]
            if not unreadable:
                raise
        return _compile(template, root, {**page.data, "unreadable": unreadable}, now)


def _compile(template: bytes, root: Path, data: dict[str, Any], now: datetime) -> bytes:
    compiler = typst.Compiler(root=str(root), font_paths=[str(resources.path(*FONTS))],
                              ignore_system_fonts=True)
    try:
        result = compiler.compile(
            input=template, format="pdf", pdf_standards=STANDARDS,  # type: ignore[arg-type]
            sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
            timestamp=fixed_offset(now))
    except typst.TypstError as error:
        raise PdfError(f"the PDF could not be laid out: {error.message}") from error
    except BaseException as error:
        # A fault inside Typst arrives as a Rust panic, which is not an Exception.
        if type(error).__name__ != "PanicException":
            raise
        raise PdfError(f"the PDF could not be laid out: Typst stopped ({error})") from error
    if not isinstance(result, bytes):
        raise PdfError("the PDF could not be laid out: Typst returned no document")
    return result


def _decodes(root: Path, name: str, now: datetime) -> bool:
    probe = f'#pdf.artifact(image("/{name}"))'.encode()
    try:
        typst.Compiler(root=str(root), ignore_system_fonts=True).compile(
            input=probe, format="pdf", timestamp=fixed_offset(now))
    except typst.TypstError:
        return False
    return True


def fixed_offset(moment: datetime) -> datetime:
    """``moment`` with its offset as a fixed one, to the second (what Typst takes)."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("now must be a timezone-aware datetime")
    return moment.astimezone(timezone(offset)).replace(microsecond=0)


def export_pdf(record: RecordModel, folder: Path, *, now: datetime,
               branding: Branding | None = None, base_dir: Path | None = None) -> Path:
    data = pdf_bytes(record, now=now, branding=branding, base_dir=base_dir)
    return write_output(Path(folder) / export_filename(record, "pdf", now), data)
