"""Attach a local document to a record, with the facts read from the file.

An attachment's ``path`` is relative to the record's folder, so the record and its documents
move together and open on a colleague's machine. A file elsewhere is refused unless the user
asks for a copy beside the record. Its size, page count, SHA-256, media type and (for a PDF)
whether it is tagged, has a title and sets a language are read from the file now and kept in
the record; they are read again only when the user asks (attach again, or refresh), so the
checks (C7.3) notice a file that changed after it was described. The window and the
``attach`` command both come here. No Qt, no network.
"""

from __future__ import annotations

import copy
import mimetypes
import os
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .checks.localfiles import EXTENSION_TYPES, OOXML_TYPES, resolve, sha256_of, sniff

PDF = "application/pdf"
DOCX = OOXML_TYPES[".docx"]
#: docProps/app.xml and core.xml are a few kilobytes; nothing past this is read.
PROPERTIES_MAX_BYTES = 1 << 20


class AttachError(Exception):
    """The file cannot be attached; ``str()`` names the file and says why and what to do."""


@dataclass(frozen=True)
class FileFacts:
    media_type: str
    size_bytes: int
    sha256: str
    pages: int | None = None
    title: str | None = None  # the document's own title, from its metadata
    tagged: bool | None = None  # PDF only, like the two below
    has_title: bool | None = None
    language: str | None = None


@dataclass(frozen=True)
class Attached:
    """What attaching did: the record's new attachment list and where the file is."""

    attachments: list[dict[str, Any]]
    index: int
    facts: FileFacts
    refreshed: bool  # True: an attachment for this file was there and its facts were re-read
    copied_to: Path | None = None


def read_facts(path: Path) -> FileFacts:
    """The facts of a local document, read from its content. Raises ``AttachError``."""
    try:
        size = path.stat().st_size
        digest = sha256_of(path)
        sniffed = sniff(path)
    except OSError as error:
        raise AttachError(f"{path}: cannot be read: {error.strerror or error}") from None
    media_type = sniffed or _type_by_name(path)
    if media_type == PDF:
        return _pdf_facts(path, size, digest)
    if media_type == DOCX:
        pages, title = _docx_properties(path)
        return FileFacts(media_type, size, digest, pages=pages, title=title)
    return FileFacts(media_type, size, digest)


def _type_by_name(path: Path) -> str:
    suffix = path.suffix.lower()
    return EXTENSION_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] \
        or "application/octet-stream"


def _pdf_facts(path: Path, size: int, digest: str) -> FileFacts:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise AttachError(f"{path}: the PDF is protected by a password; attach an "
                              "unprotected copy (readers and screen readers need one)")
        root: Any = reader.trailer["/Root"]
        pages = len(reader.pages)
        mark_info = root.get("/MarkInfo")
        tagged = bool(mark_info and mark_info.get("/Marked")) and "/StructTreeRoot" in root
        info: Any = reader.metadata or {}
        title = str(info.get("/Title") or "").strip() or _xmp_title(reader)
        language = str(root.get("/Lang") or "").strip() or None
    except AttachError:
        raise
    except (PyPdfError, OSError, KeyError, ValueError, TypeError, AttributeError) as error:
        raise AttachError(f"{path}: not a readable PDF ({error or type(error).__name__}); "
                          "export it again from its source") from None
    return FileFacts(PDF, size, digest, pages=pages or None, title=title or None,
                     tagged=tagged, has_title=bool(title), language=language)


def _xmp_title(reader: Any) -> str:
    try:
        xmp = reader.xmp_metadata
        titles = (xmp.dc_title or {}) if xmp is not None else {}
    except Exception:  # noqa: BLE001 - damaged XMP is no title, not a failure
        return ""
    return next((str(t).strip() for t in titles.values() if str(t).strip()), "")


def _docx_properties(path: Path) -> tuple[int | None, str | None]:
    """The page count Word saved in docProps/app.xml and the title in docProps/core.xml."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            app, core = (_part(archive, name) if name in names else ""
                         for name in ("docProps/app.xml", "docProps/core.xml"))
    except (zipfile.BadZipFile, OSError, KeyError, EOFError) as error:
        raise AttachError(f"{path}: not a readable Word document ({error})") from None
    pages = re.search(r"<(?:\w+:)?Pages>\s*(\d+)\s*</(?:\w+:)?Pages>", app)
    title = re.search(r"<dc:title>(.*?)</dc:title>", core, re.S)
    count = int(pages.group(1)) if pages else 0
    return (count or None), (_unescape(title.group(1)).strip() or None) if title else None


def _part(archive: zipfile.ZipFile, name: str) -> str:
    """A small XML part, read with a cap: the archive's declared sizes can lie."""
    with archive.open(name) as stream:
        return stream.read(PROPERTIES_MAX_BYTES).decode("utf-8", "replace")


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


# where the file is -------------------------------------------------------------------------

def relative_path(file: Path, record_folder: Path) -> str | None:
    """``file`` relative to the record's folder, with forward slashes; None if it is not in
    that folder or below it."""
    try:
        relative = file.resolve().relative_to(record_folder.resolve())
    except (ValueError, OSError):
        return None
    return relative.as_posix()


def copy_beside(file: Path, record_folder: Path) -> Path:
    """Copy ``file`` into the record's folder under its own name. The same file already
    there is used as it is; a different file of that name is never replaced."""
    target = record_folder / file.name
    if target.exists():
        if target.is_file() and sha256_of(target) == sha256_of(file):
            return target
        raise AttachError(f"{target}: a different file of that name is already beside the "
                          "record; rename one of them, then attach again")
    try:
        with file.open("rb") as source, open(target, "xb") as copied:  # never replaces
            try:
                while chunk := source.read(1 << 20):
                    copied.write(chunk)
                copied.flush()
                os.fsync(copied.fileno())
            except BaseException:
                copied.close()
                target.unlink(missing_ok=True)
                raise
    except FileExistsError:
        raise AttachError(f"{target}: a file of that name appeared meanwhile; attach "
                          "again") from None
    except OSError as error:
        raise AttachError(f"{file}: could not be copied to {record_folder}: "
                          f"{error.strerror or error}") from None
    return target


def outside_message(file: Path, record_folder: Path) -> str:
    return (f"{file} is not in the record's folder ({record_folder}); attachments are kept "
            "beside the record so they travel with it. Copy it there (--copy), or move it "
            "there and attach it again.")


# the record's attachment list --------------------------------------------------------------

def attach(attachments: list[dict[str, Any]], record_folder: Path, file: Path, *,
           role: str | None = None, title: str | None = None,
           copy_file: bool = False) -> Attached:
    """A new attachment list with ``file`` attached, or its facts refreshed when it is
    attached already. ``attachments`` is the record's list as data; it is not changed.
    Raises ``AttachError`` (a missing file, a file elsewhere without ``copy_file``, a file
    that cannot be read)."""
    if not file.is_file():
        raise AttachError(f"{file}: no such file")
    copied_to = None
    relative = relative_path(file, record_folder)
    if relative is None:
        if not copy_file:
            raise AttachError(outside_message(file, record_folder))
        copied_to = copy_beside(file, record_folder)
        relative = relative_path(copied_to, record_folder) or copied_to.name
    local = record_folder / relative
    facts = read_facts(local)
    items = copy.deepcopy(attachments)
    index = _find(items, record_folder, local)
    refreshed = index is not None
    if index is None:
        items.append({"title": title or facts.title or _title_from_name(local),
                      "role": role or "other"})
        index = len(items) - 1
    item = items[index]
    if title:
        item["title"] = title
    if role:
        item["role"] = role
    items[index] = with_facts(item, relative, facts)
    return Attached(items, index, facts, refreshed, copied_to)


def refresh(attachments: list[dict[str, Any]], record_folder: Path
            ) -> tuple[list[dict[str, Any]], list[str]]:
    """Every local attachment's facts read again; and a message for each that could not be
    (those keep the facts they had, so the checks still flag them)."""
    items = copy.deepcopy(attachments)
    problems: list[str] = []
    for index, item in enumerate(items):
        path = item.get("path") if isinstance(item, dict) else None
        if not path:
            continue
        local = resolve(path, record_folder)
        if not local.is_file():
            problems.append(f"{path}: the file is missing")
            continue
        try:
            items[index] = with_facts(item, path, read_facts(local))
        except AttachError as error:
            problems.append(str(error))
    return items, problems


def with_facts(item: dict[str, Any], path: str, facts: FileFacts) -> dict[str, Any]:
    """``item`` with its path and the facts read from the file; what the user wrote (title,
    role, known issues, an accessible alternative) stays."""
    updated = dict(item, path=path, media_type=facts.media_type, size_bytes=facts.size_bytes,
                   sha256=facts.sha256)
    if facts.pages is None:
        updated.pop("pages", None)
    else:
        updated["pages"] = facts.pages
    if facts.media_type == PDF:
        accessibility = dict(updated.get("accessibility") or {})
        accessibility.update(tagged_pdf=facts.tagged, has_title_metadata=facts.has_title,
                             lang_set=facts.language is not None)
        updated["accessibility"] = accessibility
        if facts.language:
            updated["language"] = facts.language
    return updated


def _find(items: list[dict[str, Any]], record_folder: Path, local: Path) -> int | None:
    target = local.resolve()
    for index, item in enumerate(items):
        path = item.get("path") if isinstance(item, dict) else None
        if path and resolve(path, record_folder).resolve() == target:
            return index
    return None


def _title_from_name(path: Path) -> str:
    words = re.sub(r"[-_.]+", " ", path.stem).strip()
    return (words[:1].upper() + words[1:]) if words else path.name


def describe(facts: FileFacts) -> str:
    """"PDF, 1.2 MB, 48 pages; tagged, title, language en-GB" for the command's output."""
    from .render.formats import format_name, size_label

    parts = [format_name(facts.media_type) or facts.media_type, size_label(facts.size_bytes)]
    if facts.pages is not None:
        parts.append("1 page" if facts.pages == 1 else f"{facts.pages} pages")
    text = ", ".join(parts)
    if facts.media_type == PDF:
        marks = ["tagged" if facts.tagged else "not tagged",
                 "title" if facts.has_title else "no title",
                 f"language {facts.language}" if facts.language else "no language"]
        text += "; " + ", ".join(marks)
    return text


# the command ---------------------------------------------------------------------------------

def attach_to_record_file(record_path: Path, file: Path | None, *, role: str | None = None,
                          title: str | None = None, copy_file: bool = False,
                          now: datetime) -> tuple[Attached | None, list[str]]:
    """``review-editor attach``: attach ``file`` (or, with None, refresh every local
    attachment) and save the record atomically, never over a change made meanwhile.
    Returns what was attached and the refresh problems. Raises ``AttachError`` and the
    storage errors (``LoadError``, ``ConflictError``, ``SaveError``)."""
    from .model import parse_record
    from .model.walk import dump
    from .storage import load_record, save_record

    loaded = load_record(record_path)
    if loaded.read_only:
        raise AttachError(f"{record_path}: opened read-only (a newer schema version), so "
                          "nothing can be attached to it here")
    data = dump(loaded.record)
    folder = record_path.parent
    attached = None
    problems: list[str] = []
    if file is None:
        data["attachments"], problems = refresh(data.get("attachments") or [], folder)
    else:
        attached = attach(data.get("attachments") or [], folder, file, role=role, title=title,
                          copy_file=copy_file)
        data["attachments"] = attached.attachments
    if data["attachments"] != dump(loaded.record).get("attachments", []):
        data["modified_at"] = now.replace(microsecond=0).isoformat()
        save_record(parse_record(data), record_path, expected_sha256=loaded.sha256)
    return attached, problems
