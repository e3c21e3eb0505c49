"""Choosing a reader for a file or pasted text, and refusing what cannot be imported.

Every refusal is an ``ImportFailed`` naming the file and the problem, raised before any
record exists. Sizes are checked before a byte is read.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ..model.vocab import Kind
from ..storage.special import NotRegularFile, ensure_regular_file, read_regular
from .assemble import assemble, assemble_each
from .blocks import SourceDocument
from .docx_source import read_docx
from .errors import ImportFailed
from .html_source import read_html
from .result import ImportResult
from .text_source import read_text

TEXT_EXTENSIONS = frozenset({".txt", ".text"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
DOCX_EXTENSIONS = frozenset({".docx"})
SUPPORTED = "web page text (.txt), saved web pages (.html, .htm) and Word documents (.docx)"

MAX_TEXT_BYTES = 10 * 1024 * 1024  # a long web page is well under 1 MB
MAX_DOCX_BYTES = 40 * 1024 * 1024  # Word files carry images, which are not imported
MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024  # refuses "zip bombs"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_MAGIC = [
    (b"%PDF-", "is a PDF file"),
    (b"\x89PNG", "is an image (PNG)"),
    (b"\xff\xd8\xff", "is an image (JPEG)"),
    (b"GIF8", "is an image (GIF)"),
    (b"{\\rtf", "is a Rich Text (.rtf) file"),
]
_OTHER_FORMATS = {
    ".doc": "is a Word 97–2003 document: open it in Word, save it as .docx and import that",
    ".rtf": "is a Rich Text file: open it in Word, save it as .docx and import that",
    ".odt": "is an OpenDocument file: save it as .docx and import that",
    ".pdf": "is a PDF: PDFs cannot be imported; copy the page's text into a .txt file instead",
}
_HTML_MARKERS = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|h[1-6]|ul|ol|li|br|table|span|a|strong|em|b|i|section|"
                       r"article|main)\b[^<>]*>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def import_file(path: Path | str, *, now: datetime, kind: str = Kind.news_item
                ) -> ImportResult:
    """Import a .txt, .html/.htm or .docx file into a new draft record."""
    return _import_path(path, now, kind, each=False)[0]


def import_file_each(path: Path | str, *, now: datetime, kind: str = Kind.news_item
                     ) -> list[ImportResult]:
    """One record per review a listing page names (one record for any other page)."""
    return _import_path(path, now, kind, each=True)


def _import_path(path: Path | str, now: datetime, kind: str, *, each: bool
                 ) -> list[ImportResult]:
    path = Path(path)
    extension = path.suffix.lower()
    if extension in _OTHER_FORMATS:
        raise ImportFailed(path, _OTHER_FORMATS[extension])
    known = TEXT_EXTENSIONS | HTML_EXTENSIONS | DOCX_EXTENSIONS
    if extension and extension not in known:
        raise ImportFailed(path, f"cannot import {extension} files: the importer reads "
                                 f"{SUPPORTED}")
    data = _read(path, MAX_DOCX_BYTES if extension in DOCX_EXTENSIONS else MAX_TEXT_BYTES)
    if data.startswith(_OLE):
        raise ImportFailed(path, "is password-protected or encrypted, or is an old-format "
                                 "(Word 97–2003) document: remove the password, or save it as "
                                 ".docx in Word, and import it again")
    if extension in DOCX_EXTENSIONS or (not extension and data.startswith(_ZIP)):
        return _import_docx(path, data, now, kind, each)
    if data.startswith(_ZIP):
        raise ImportFailed(path, f"is a compressed (zip) file, perhaps a Word document, not "
                                 f"{extension or 'text'}: give a Word document the .docx "
                                 "extension and import it again")
    text, warning = _decode(path, data)
    source_format = "html" if extension in HTML_EXTENSIONS or looks_like_html(text) else "text"
    with _naming(path):
        results = _import(text, source_format, path.name, now, kind, each)
    if warning:
        for result in results:
            result.warnings.insert(0, warning)
    return results


def import_text(text: str, *, source_name: str, now: datetime, kind: str = Kind.news_item
                ) -> ImportResult:
    """Import pasted text, or HTML from the clipboard (recognised by its tags)."""
    if len(text) > MAX_TEXT_BYTES:
        raise ImportFailed(source_name, "is too long to import (over 10 million characters)")
    source_format = "html" if looks_like_html(text) else "text"
    return _import(text, source_format, source_name, now, kind, False)[0]


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    if _HTML_MARKERS.search(head):
        return True
    return text.lstrip().startswith("<") and _HTML_TAG.search(head) is not None


def _import(text: str, source_format: str, name: str, now: datetime, kind: str, each: bool
            ) -> list[ImportResult]:
    if not text.strip():
        raise ImportFailed(name, "is empty: there is no text to import")
    source: SourceDocument
    if source_format == "html":
        try:
            source = read_html(text)
        except ValueError as error:
            raise ImportFailed(name, f"could not be read as HTML ({error})") from None
    else:
        source = read_text(text)
    return _assemble(source, name, now, kind, each)


def _assemble(source: SourceDocument, name: str, now: datetime, kind: str, each: bool
              ) -> list[ImportResult]:
    if each:
        return assemble_each(source, source_name=name, now=now, kind=kind)
    return [assemble(source, source_name=name, now=now, kind=kind)]


def _read(path: Path, limit: int) -> bytes:
    try:
        size = ensure_regular_file(path).st_size
        if size > limit:
            raise ImportFailed(path, f"is too large to import ({_megabytes(size)}; the limit "
                                     f"for this kind of file is {_megabytes(limit)})")
        if size == 0:
            raise ImportFailed(path, "is empty: there is nothing to import")
        return read_regular(path, limit)
    except FileNotFoundError:
        raise ImportFailed(path, "was not found") from None
    except NotRegularFile as error:
        if error.kind == "a folder":
            raise ImportFailed(path, "is a folder, not a file") from None
        raise ImportFailed(path, f"cannot be imported: {error.strerror}") from None
    except PermissionError:
        raise ImportFailed(path, "cannot be read: permission denied") from None
    except OSError as error:
        raise ImportFailed(path, f"cannot be read ({error.strerror or error})") from None


def _decode(path: Path, data: bytes) -> tuple[str, str | None]:
    """The text, and a warning if it was not UTF-8."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFailed(path, f"{what}, not text: the importer reads {SUPPORTED}")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if b"\x00" in data[:8192]:
        raise ImportFailed(path, f"is a binary file, not text: the importer reads {SUPPORTED}")
    warning = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warning = ("The file is not UTF-8 and was read as Windows-1252: check quotes, dashes "
                   "and accented letters.")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(3, len(sample) // 100):
        raise ImportFailed(path, f"is a binary file, not text: the importer reads {SUPPORTED}")
    return text, warning


def _import_docx(path: Path, data: bytes, now: datetime, kind: str, each: bool
                 ) -> list[ImportResult]:
    damaged = "is damaged or is not a Word document (.docx), and could not be read"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise ImportFailed(path, damaged) from None
    if "word/document.xml" not in names:
        raise ImportFailed(path, "is a zip file but not a Word document (.docx)")
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise ImportFailed(path, f"is too large once unpacked ({_megabytes(unpacked)})")
    try:
        source = read_docx(data)
    except Exception:  # python-docx and lxml raise many kinds of error for a damaged file
        raise ImportFailed(path, damaged) from None
    with _naming(path):
        return _assemble(source, path.name, now, kind, each)


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """Errors about a file's content carry the file's full path, like the others."""
    try:
        yield
    except ImportFailed as error:
        raise ImportFailed(path, error.problem) from None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
