"""Display formats for the page: file sizes and types, periods, people, safe link targets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..model import label
from .wording import partial_text, t

if TYPE_CHECKING:
    from decimal import Decimal

    from ..model.parts import Attachment, PersonRole
    from ..model.records import RecordBase
    from ..model.review import PeriodCovered

KIB = 1024
MIB = 1024 * 1024
GIB = 1024 * 1024 * 1024

#: GOV.UK's names for common document types; anything else shows its subtype in capitals.
FORMAT_NAMES = {
    "application/pdf": "PDF",
    "application/msword": "MS Word Document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        "MS Word Document",
    "application/vnd.ms-excel": "MS Excel Spreadsheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "MS Excel Spreadsheet",
    "application/vnd.ms-powerpoint": "MS PowerPoint Presentation",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation":
        "MS PowerPoint Presentation",
    "application/vnd.oasis.opendocument.text": "ODT",
    "application/vnd.oasis.opendocument.spreadsheet": "ODS",
    "application/vnd.oasis.opendocument.presentation": "ODP",
    "application/rtf": "RTF",
    "text/plain": "Plain text",
    "text/csv": "CSV",
    "text/html": "HTML",
    "application/zip": "ZIP",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "audio/mpeg": "MP3",
    "video/mp4": "MP4",
}

_EMAIL = re.compile(r"^[^\s@<>\"'()\\,;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{3,30}$")
_HOST = re.compile(r"^[A-Za-z0-9.-]+(:\d{1,5})?$")


def _in_units(size_bytes: int, unit: int, places: str) -> Decimal:
    """``size_bytes`` in ``unit``, rounded half up to ``places`` ("1", "0.1")."""
    from decimal import ROUND_HALF_UP, Decimal  # loaded only for a page with a document

    return (Decimal(size_bytes) / unit).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def size_label(size_bytes: int) -> str:
    """GOV.UK sizes, 1024-based: "226 KB" below 1 MB, "1.4 MB" from 1 MB, "2.5 GB"."""
    if size_bytes < KIB:
        return f"{size_bytes} bytes" if size_bytes != 1 else "1 byte"
    kilobytes = _in_units(size_bytes, KIB, "1")
    if kilobytes < KIB:
        return f"{kilobytes} KB"
    megabytes = _in_units(size_bytes, MIB, "0.1")
    if megabytes < KIB:
        return f"{megabytes} MB"
    return f"{_in_units(size_bytes, GIB, '0.1')} GB"


def format_name(media_type: str | None) -> str | None:
    """"PDF", "MS Word Document", … for a MIME type; None when there is none."""
    if not media_type:
        return None
    base = media_type.split(";", 1)[0].strip().lower()
    if base in FORMAT_NAMES:
        return FORMAT_NAMES[base]
    subtype = base.rsplit("/", 1)[-1]
    return subtype.upper() if subtype else None


def document_details(attachment: Attachment) -> str:
    """"(PDF, 1.4 MB, 46 pages)", leaving out what is not known; "" when nothing is."""
    parts: list[str] = []
    name = format_name(attachment.media_type)
    if name:
        parts.append(name)
    if attachment.size_bytes is not None:
        parts.append(size_label(attachment.size_bytes))
    if attachment.pages is not None:
        parts.append(f"1 {t('page')}" if attachment.pages == 1
                     else f"{attachment.pages} {t('pages')}")
    return f"({', '.join(parts)})" if parts else ""


def period_text(period: PeriodCovered | None) -> str | None:
    """"since 2001" for an open end, "January 2021 to June 2023" for a closed one."""
    if period is None or (period.start is None and period.end is None):
        return None
    if period.end is None:
        return f"{t('since')} {partial_text(period.start or '')}"
    if period.start is None:
        return f"{t('until')} {partial_text(period.end)}"
    return f"{partial_text(period.start)} {t('to')} {partial_text(period.end)}"


def temporal_coverage(period: PeriodCovered | None) -> str | None:
    """ISO 8601 interval for schema.org: "2021-01/2023-06", "2001/.." for an open end."""
    if period is None or (period.start is None and period.end is None):
        return None
    return f"{period.start or '..'}/{period.end or '..'}"


def rights_line(record: RecordBase, owner: str) -> str:
    """"© Fenmoor SAB 2025": ``owner``'s copyright, in the record's year of publication."""
    year = record.published_on.year if record.published_on else None
    return f"© {owner} {year}" if year else f"© {owner}"


def person_name(person: PersonRole) -> str:
    """"Clare Hyde MBE"."""
    return " ".join(part for part in (person.name.strip(), person.post_nominals or "") if part)


def person_text(person: PersonRole) -> str:
    """"Clare Hyde MBE, independent reviewer"; "Dr Anika Sorensen, Sorensen Review
    Associates, independent reviewer"; "Joanne Whitcombe, independent chair"."""
    parts = [person_name(person)]
    if person.organisation:
        parts.append(person.organisation)
    role = label(person.role).lower() if person.role else None
    if person.independent and not (role or "").startswith("independent"):
        role = f"independent {role or 'reviewer'}"
    if role:
        parts.append(t(role))
    return ", ".join(part for part in parts if part)


def safe_href(url: str | None) -> str | None:
    """The address if a published page may link to it (https with a host, mailto:, tel:),
    else None: relative, protocol-relative, UNC, javascript: and the like are refused."""
    if not url:
        return None
    value = url.strip()
    if not value or any(ch.isspace() or ord(ch) < 32 or ch == "\\" for ch in value):
        return None
    lowered = value.lower()
    if lowered.startswith("mailto:"):
        return value if _EMAIL.match(value[7:].split("?", 1)[0]) else None
    if lowered.startswith("tel:"):
        return tel_href(value[4:])
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or not parts.netloc or "@" in parts.netloc:
        return None
    if not _HOST.match(parts.netloc):
        return None
    return value


def https_url(url: str | None) -> str | None:
    """The address if it is a safe absolute https address, else None."""
    href = safe_href(url)
    return href if href and href.lower().startswith("https:") else None


def mailto_href(email: str | None) -> str | None:
    if not email or not _EMAIL.match(email.strip()):
        return None
    return f"mailto:{email.strip()}"


def tel_href(number: str | None) -> str | None:
    """"tel:01632960418" from "01632 960 418"; None unless it looks like a phone number."""
    if not number or not _PHONE.match(number.strip()):
        return None
    digits = re.sub(r"[^0-9+]", "", number)
    if len(digits.lstrip("+")) < 3 or "+" in digits[1:]:
        return None
    return f"tel:{digits}"
