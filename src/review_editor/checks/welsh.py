"""Which text is Welsh: English spelling, plain-English and GOV.UK style checks skip it.

A text's language is its field's own where the model has one (the Welsh version of a text in
a bilingual record, ``…_cy``; an attachment's ``language``), else the record's ``language``.
"""

from __future__ import annotations

from typing import Any

from ..model.bilingual import WELSH, is_welsh_field, is_welsh_tag

#: Checks that read English only: plain English (C4.1-C4.3, C4.8), GOV.UK style (C4.4-C4.6,
#: C4.11, C4.13, C5.1 date format) and English spelling (C4.12).
ENGLISH_ONLY = frozenset({
    "C4.1", "C4.2", "C4.3", "C4.4", "C4.5", "C4.6", "C4.8", "C4.11", "C4.12", "C4.13", "C5.1",
})


def is_welsh(tag: str | None) -> bool:
    """``cy``, ``cy-GB``, ``cym``, ``wel`` (any case)."""
    return is_welsh_tag(tag)


def field_language(record: Any, path: str) -> str:
    if is_welsh_field(path):
        return WELSH
    parts = path.split(".")
    if len(parts) > 2 and parts[0] == "attachments" and parts[1].isdigit():
        index = int(parts[1])
        if index < len(record.attachments) and record.attachments[index].language:
            return str(record.attachments[index].language)
    return str(record.language or "")


def english_only_on_welsh(record: Any, issue: Any) -> bool:
    """True for an English-only finding about Welsh text (it is dropped)."""
    return issue.code in ENGLISH_ONLY and is_welsh(field_language(record, issue.field_path))
