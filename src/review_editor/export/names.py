"""File and folder names of exports: ``<slug>.pdf``, ``<slug>-EMBARGOED.pdf`` while the
record is embargoed, and ``<slug>[-EMBARGOED]-bundle-<yyyy-mm-dd>`` for a bundle."""

from __future__ import annotations

from datetime import datetime

from ..model import LONDON
from ..model.records import RecordBase
from ..model.slugs import slugify as slugify_text
from ..render import is_embargoed
from ..storage.names import is_device_name

FORMATS = ("html", "pdf", "docx", "txt", "json")
EMBARGO_SUFFIX = "-EMBARGOED"
MAX_STEM = 80


def export_stem(record: RecordBase, now: datetime) -> str:
    """The record's slug (or one made from its title), with the embargo suffix."""
    stem = record.slug or slugify(record.title) or f"record-{str(record.id)[:8]}"
    return not_a_device(stem, "-page") + (EMBARGO_SUFFIX if is_embargoed(record, now) else "")


def not_a_device(stem: str, tail: str) -> str:
    """``stem`` with ``tail`` added when Windows would read it as a device: "con.pdf" names
    the console, not a file."""
    return stem + tail if is_device_name(stem) else stem


def export_filename(record: RecordBase, fmt: str, now: datetime, suffix: str = "") -> str:
    """``<slug>[-EMBARGOED][<suffix>].<fmt>`` (the suffix names a language copy: "-cy")."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose from {', '.join(FORMATS)}")
    return f"{export_stem(record, now)}{suffix}.{fmt}"


def bundle_name(record: RecordBase, now: datetime) -> str:
    """``<slug>[-EMBARGOED]-bundle-<yyyy-mm-dd>``, dated in London time."""
    return f"{export_stem(record, now)}-bundle-{now.astimezone(LONDON):%Y-%m-%d}"


def slugify(title: str) -> str:
    """"Adult R: what we learnt" → "adult-r-what-we-learnt" (ASCII, at most 80 characters)."""
    return slugify_text(title, MAX_STEM)
