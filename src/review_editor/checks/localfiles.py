"""Facts read from local attachment and image files (C1.9, C1.10, C6.7, C7.3). No network.

Only regular files are read (``storage.special``: a pipe never hangs the checks, a link to a
device is not read), and within the importer's limits: a Word file's size, its unpacked
size as the archive declares it, every part read with a cap (a declaration can lie), and a
time limit on reading a document's pages. A file over a limit is reported, not read.
"""

from __future__ import annotations

import hashlib
import re
import struct
import time
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from ..storage.special import ensure_regular_file, open_regular

#: The importer's limits (``importers.files``), applied to attachments too.
MAX_DOCX_BYTES = 40 * 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024
#: A PDF is read lazily, page by page; past this size it is not inspected at all.
MAX_PDF_BYTES = 200 * 1024 * 1024
#: Reading one document's pages stops here (a page of pathological content is slow).
READ_SECONDS = 10.0
#: EXIF sits in the JPEG's first segments, each at most 64 KB.
JPEG_HEADER_BYTES = 2 * 1024 * 1024

OOXML_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
EXTENSION_TYPES = {
    ".pdf": "application/pdf", ".odt": "application/vnd.oasis.opendocument.text",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".svg": "image/svg+xml", ".txt": "text/plain", ".html": "text/html", ".htm": "text/html",
    ".mp3": "audio/mpeg", ".mp4": "video/mp4", **OOXML_TYPES,
}


def resolve(path: str, base_dir: Path | None) -> Path:
    candidate = Path(path)
    if not candidate.is_absolute() and base_dir is not None:
        candidate = base_dir / candidate
    return candidate


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open_regular(path) as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=64)
def _cached_sha256(path: str, stamp: tuple[int, int, int, int]) -> str:
    return sha256_of(Path(path))


def file_sha256(path: Path) -> str:
    """``sha256_of``, cached while the file's size, inode and modification and change times
    are all unchanged (the checks run on every edit: a document of tens of megabytes is not
    hashed each time). The change time cannot be set back, so a replaced file is hashed."""
    stat = ensure_regular_file(path)
    stamp = (stat.st_size, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns)
    return _cached_sha256(str(path), stamp)


def sniff(path: Path) -> str | None:
    """The media type the file's first bytes show, or None if unknown."""
    with open_regular(path) as stream:
        head = stream.read(16)
        if head.startswith(b"PK\x03\x04"):
            return _sniff_zip(stream)
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return None


def _sniff_zip(stream: IO[bytes]) -> str | None:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                return read_member(archive, "mimetype", 256).decode("ascii", "replace").strip()
            if "word/document.xml" in names:
                return OOXML_TYPES[".docx"]
            if "xl/workbook.xml" in names:
                return OOXML_TYPES[".xlsx"]
            if "ppt/presentation.xml" in names:
                return OOXML_TYPES[".pptx"]
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    return "application/zip"


class OverLimit(ValueError):
    """A file or one of its parts is over the limit for reading it."""


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A zip member's bytes, never more than ``limit`` whatever the archive declares."""
    with archive.open(name) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise OverLimit(f"its part {name} is over {_megabytes(limit)} unpacked")
    return data


def read_regular_head(path: Path, limit: int) -> bytes:
    """The first ``limit`` bytes of a regular file."""
    with open_regular(path) as stream:
        return stream.read(limit)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


@dataclass
class DocumentFacts:
    """What a PDF or DOCX file reveals: metadata, comments, text, accessibility markers."""

    metadata: dict[str, str] = field(default_factory=dict)
    comments: int = 0
    tracked_changes: int = 0
    hidden_layers: bool = False
    text: str = ""
    tagged: bool | None = None
    lang: str | None = None
    display_title: bool | None = None
    pages: int = 0
    pages_without_text: int = 0
    has_outline: bool | None = None
    fonts_not_embedded: int = 0
    error: str | None = None
    #: Why the document was not inspected, when a size or time limit stopped it (then
    #: ``error`` says so too).
    limit: str | None = None


@lru_cache(maxsize=64)
def _pdf_facts(path: str, mtime: float, size: int) -> DocumentFacts:
    from pypdf import PdfReader

    facts = DocumentFacts()
    if size > MAX_PDF_BYTES:
        facts.error = facts.limit = f"the file is over {_megabytes(MAX_PDF_BYTES)}"
        return facts
    deadline = time.monotonic() + READ_SECONDS
    stream: IO[bytes] | None = None
    try:
        stream = open_regular(path)
        reader = PdfReader(stream)
        info: Any = reader.metadata or {}
        for key in ("/Author", "/Title", "/Subject", "/Creator", "/Producer", "/Keywords"):
            value = info.get(key)
            if value:
                facts.metadata[key.lstrip("/")] = str(value)
        root: Any = reader.trailer["/Root"]
        mark_info = root.get("/MarkInfo")
        facts.tagged = bool(mark_info and mark_info.get("/Marked")) and "/StructTreeRoot" in root
        facts.lang = str(root.get("/Lang")) if root.get("/Lang") else None
        preferences = root.get("/ViewerPreferences")
        facts.display_title = bool(preferences and preferences.get("/DisplayDocTitle"))
        facts.hidden_layers = "/OCProperties" in root
        facts.has_outline = bool(reader.outline)
        xmp = reader.xmp_metadata
        if xmp is not None:
            creators = xmp.dc_creator or []
            if creators:
                facts.metadata.setdefault("XMP creator", ", ".join(map(str, creators)))
        texts = []
        facts.pages = len(reader.pages)
        for page in reader.pages:
            if time.monotonic() > deadline:
                raise OverLimit(f"reading its pages took over {READ_SECONDS:.0f} seconds")
            for annotation in page.get("/Annots") or []:
                subtype = annotation.get_object().get("/Subtype")
                if subtype in ("/Text", "/FreeText", "/Popup", "/Highlight", "/StrikeOut",
                               "/Underline", "/Squiggly", "/Caret", "/Ink"):
                    facts.comments += 1
            page_text = page.extract_text() or ""
            if not page_text.strip():
                facts.pages_without_text += 1
            texts.append(page_text)
            fonts = (page.get("/Resources") or {}).get("/Font") or {}
            for font in fonts.values():
                font = font.get_object()
                # A composite (Type0) font's glyphs live in its descendant font.
                parts = [part.get_object() for part in font.get("/DescendantFonts") or []] \
                    if font.get("/Subtype") == "/Type0" else [font]
                for part in parts:
                    descriptor = part.get("/FontDescriptor")
                    if descriptor is not None and not any(
                            k in descriptor.get_object()
                            for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                        facts.fonts_not_embedded += 1
        facts.text = "\n".join(texts)
    except OverLimit as error:
        facts.error = facts.limit = str(error)
    except Exception as error:  # a damaged file is reported, never raised into the checks
        facts.error = str(error) or type(error).__name__
    finally:
        if stream is not None:
            stream.close()
    return facts


@lru_cache(maxsize=64)
def _docx_facts(path: str, mtime: float, size: int) -> DocumentFacts:
    facts = DocumentFacts()
    try:
        if size > MAX_DOCX_BYTES:
            raise OverLimit(f"the file is over {_megabytes(MAX_DOCX_BYTES)}")
        with open_regular(path) as stream, zipfile.ZipFile(stream) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_DOCX_UNPACKED_BYTES:
                raise OverLimit(f"it is {_megabytes(unpacked)} once unpacked (the limit is "
                               f"{_megabytes(MAX_DOCX_UNPACKED_BYTES)})")
            names = set(archive.namelist())

            def part(name: str) -> str:
                if name not in names:
                    return ""
                return read_member(archive, name, MAX_DOCX_UNPACKED_BYTES).decode("utf-8",
                                                                                  "replace")

            core = part("docProps/core.xml")
            for tag, label in (("dc:creator", "Author"), ("cp:lastModifiedBy",
                               "Last modified by"), ("dc:title", "Title")):
                match = re.search(rf"<{tag}>(.*?)</{tag}>", core, re.S)
                if match and match.group(1).strip():
                    facts.metadata[label] = match.group(1).strip()
            document = part("word/document.xml")
            facts.tracked_changes = len(re.findall(r"<w:(?:ins|del)\b", document))
            facts.comments = len(re.findall(r"<w:comment\b", part("word/comments.xml")))
            facts.text = " ".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", document))
            deleted = " ".join(re.findall(r"<w:delText(?:\s[^>]*)?>([^<]*)</w:delText>",
                                          document))
            if deleted:
                facts.text += "\n" + deleted
    except OverLimit as error:
        facts.error = facts.limit = str(error)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as error:
        facts.error = str(error) or type(error).__name__
    return facts


def document_facts(path: Path) -> DocumentFacts | None:
    """Facts of a local PDF or DOCX (cached while the file is unchanged); None when there
    is no such regular file, or it is of another type."""
    try:
        stat = ensure_regular_file(path)
        kind = sniff(path)
    except (OSError, ValueError):
        return None
    if kind == "application/pdf":
        return _pdf_facts(str(path), stat.st_mtime, stat.st_size)
    if kind == OOXML_TYPES[".docx"]:
        return _docx_facts(str(path), stat.st_mtime, stat.st_size)
    return None


def jpeg_has_gps(path: Path) -> bool:
    """True if a JPEG's EXIF block holds a GPS IFD (read without an imaging library)."""
    try:
        data = read_regular_head(path, JPEG_HEADER_BYTES)
    except (OSError, ValueError):
        return False
    if not data.startswith(b"\xff\xd8"):
        return False
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return False
        marker = data[index + 1]
        length = struct.unpack(">H", data[index + 2:index + 4])[0]
        if marker == 0xE1 and data[index + 4:index + 10] == b"Exif\x00\x00":
            return _tiff_has_gps(data[index + 10:index + 2 + length])
        if marker == 0xDA:
            return False
        index += 2 + length
    return False


def _tiff_has_gps(tiff: bytes) -> bool:
    if len(tiff) < 8:
        return False
    order = "<" if tiff[:2] == b"II" else ">"
    offset = struct.unpack(order + "I", tiff[4:8])[0]
    if offset + 2 > len(tiff):
        return False
    count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
    for entry in range(count):
        position = offset + 2 + entry * 12
        if position + 2 > len(tiff):
            break
        tag = struct.unpack(order + "H", tiff[position:position + 2])[0]
        if tag == 0x8825:
            return True
    return False
