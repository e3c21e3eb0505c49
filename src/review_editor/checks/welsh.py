"""Which text is Welsh: English spelling, plain-English and GOV.UK style checks skip it.

A text's language is its field's own: a Welsh version field (``title_cy``) is Welsh, the
main fields of a bilingual record are English, an attachment's ``language`` holds for its
texts, else the record's ``language``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..model.bilingual import ENGLISH, WELSH, is_welsh_field, is_welsh_tag

#: Checks that read English only: plain English (C4.1-C4.3, C4.8), GOV.UK style (C4.4-C4.6,
#: C4.11, C4.13, C5.1 date format) and English spelling (C4.12).
ENGLISH_ONLY = frozenset({
    "C4.1", "C4.2", "C4.3", "C4.4", "C4.5", "C4.6", "C4.8", "C4.11", "C4.12", "C4.13", "C5.1",
})


#: Checks that read Welsh only: Welsh spelling (C4.15).
WELSH_ONLY = frozenset({"C4.15"})


@lru_cache(maxsize=64)
def is_welsh(tag: str | None) -> bool:
    """``cy``, ``cy-GB``, ``cym``, ``wel`` (any case)."""
    return is_welsh_tag(tag)


def field_language(record: Any, path: str) -> str:
    # Most paths are neither a Welsh version's nor an attachment's: two substring tests.
    if "_cy" in path and is_welsh_field(path):
        return WELSH
    parts = path.split(".") if path.startswith("attachments.") else ()
    if len(parts) > 2 and parts[0] == "attachments" and parts[1].isdigit():
        index = int(parts[1])
        if index < len(record.attachments) and record.attachments[index].language:
            return str(record.attachments[index].language)
    if getattr(record, "bilingual", False):
        return ENGLISH
    return str(record.language or "")


def welsh_paths(record: Any, paths: set[str]) -> set[str]:
    """Of ``paths``, those whose text is Welsh (``field_language``). Only a Welsh version's
    path or an attachment's may have a language of its own: the others all have the
    record's, which is looked up once."""
    own = [path for path in paths if "_cy" in path or path.startswith("attachments.")]
    found = {path for path in own if is_welsh(field_language(record, path))}
    if not is_welsh(field_language(record, "")):
        return found
    return found | (paths - set(own))


def english_only_on_welsh(record: Any, issue: Any) -> bool:
    """True for an English-only finding about Welsh text, or a Welsh-only finding about
    other text (it is dropped)."""
    if issue.code in ENGLISH_ONLY:
        return is_welsh(field_language(record, issue.field_path))
    if issue.code in WELSH_ONLY:
        return not is_welsh(field_language(record, issue.field_path))
    return False


#: Welsh words that English prose does not use: two of them make a sentence Welsh.
WELSH_MARKERS = frozenset(
    "yn mae yr ac wedi eu gan gyda hwn hon sy sydd fod bod roedd oedd ym yng cafodd nid ddim "
    "neu ond gyfer rhwng hefyd dros heb ei y yw nad dau dwy mewn ydy ydyn hyn hynny".split())


def looks_welsh(words: frozenset[str]) -> bool:
    """A sentence's lower-case words say it is written in Welsh."""
    return len(words & WELSH_MARKERS) >= 2
