"""Bilingual records: a Welsh text beside each public English one.

In a bilingual record (``bilingual: true``) the main fields hold the English and each
``<name>_cy`` field beside one holds its Welsh version (title, summary, section headings and
text, quotes, link texts, document titles, contact names, change-log notes, the review's
findings, recommendations and other published texts). A list of texts (good practice,
practice points) has a Welsh list beside it, item by item in the same order. A single-language
copy is the same model with the chosen language's texts in the main fields, so every
renderer and exporter reads a Welsh copy exactly as it reads an English one.

Which English text a Welsh text was written from is kept in the private ``translation_sources``
list as fingerprints, so a Welsh text whose English changed since is known to be out of date,
whatever list items moved in between.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:  # the language tags below are wanted before the models are loaded
    from pydantic import BaseModel

    from .parts import TranslationMark

WELSH_SUFFIX = "_cy"
ENGLISH = "en-GB"
WELSH = "cy"
Language = Literal["en", "cy"]
M = TypeVar("M", bound="BaseModel")


def is_welsh_tag(tag: str | None) -> bool:
    """``cy``, ``cy-GB``, ``cym``, ``wel`` (any case)."""
    primary = (tag or "").strip().lower().replace("_", "-").split("-")[0]
    return primary in ("cy", "cym", "wel")


def welsh_name(name: str) -> str:
    return name + WELSH_SUFFIX


def _field_name_index(parts: list[str]) -> int:
    """Where the field's own name is in a dotted path: the last part, or the one before a
    list item's index (``review.good_practice_cy.2``)."""
    return len(parts) - 2 if len(parts) > 1 and parts[-1].isdigit() else len(parts) - 1


def is_welsh_field(path: str) -> bool:
    """A dotted path to a Welsh version field (``body.0.markdown_cy``), or to an item of a
    Welsh list (``review.good_practice_cy.2``)."""
    parts = path.split(".")
    return parts[_field_name_index(parts)].endswith(WELSH_SUFFIX)


def english_path(path: str) -> str:
    """``body.0.markdown_cy`` → ``body.0.markdown``, ``practice_points_cy.1`` →
    ``practice_points.1``; other paths unchanged."""
    parts = path.split(".")
    index = _field_name_index(parts)
    parts[index] = parts[index].removesuffix(WELSH_SUFFIX)
    return ".".join(parts)


def paired_fields(model_type: type[BaseModel]) -> list[tuple[str, str]]:
    """(English name, Welsh name) of each field pair a model declares."""
    names = model_type.model_fields
    return [(name, welsh_name(name)) for name in names
            if not name.endswith(WELSH_SUFFIX) and welsh_name(name) in names]


@dataclass(frozen=True)
class TextPair:
    english_path: str
    welsh_path: str
    english: str
    welsh: str


def text_pairs(model: BaseModel, prefix: str = "") -> Iterator[TextPair]:
    """Every English text that has (or could have) a Welsh version, in model order; a list
    of texts gives one pair per item (``good_practice.0`` and ``good_practice_cy.0``)."""
    from .walk import child_models, child_prefix

    for name, index, child in child_models(model):
        yield from text_pairs(child, child_prefix(prefix, name, index))
    for english, welsh in paired_fields(type(model)):
        english_text, welsh_text = getattr(model, english), getattr(model, welsh)
        if isinstance(english_text, list) or isinstance(welsh_text, list):
            english_items, welsh_items = english_text or [], welsh_text or []
            for item in range(max(len(english_items), len(welsh_items))):
                yield TextPair(f"{prefix}{english}.{item}", f"{prefix}{welsh}.{item}",
                               _item(english_items, item), _item(welsh_items, item))
        else:
            yield TextPair(f"{prefix}{english}", f"{prefix}{welsh}",
                           english_text or "", welsh_text or "")


def _item(items: list[str], index: int) -> str:
    return items[index] if index < len(items) else ""


def languages(record: Any) -> list[Language]:
    """The languages a record can be published in: both for a bilingual record."""
    if getattr(record, "bilingual", False):
        return ["cy", "en"]
    return ["cy"] if is_welsh_tag(record.language) else ["en"]


def language_version(record: M, language: str) -> M:
    """The record in one language, its texts in the main fields and no Welsh fields.

    A bilingual record gives either language; a Welsh text not yet written falls back to
    the English (a final copy is blocked until it is translated). A single-language record
    gives only its own language (ValueError otherwise).
    """
    if language not in ("en", "cy"):
        raise ValueError(f"unknown language {language!r}: choose cy or en")
    if not getattr(record, "bilingual", False):
        if language not in languages(record):
            own = "Welsh" if is_welsh_tag(getattr(record, "language", "")) else "English"
            raise ValueError(f"the record is in {own} only; make it bilingual to publish "
                             f"a {'Welsh' if language == 'cy' else 'English'} copy")
        return record
    swapped = _swap(record, language)
    return swapped.model_copy(update={
        "bilingual": None, "language": WELSH if language == "cy" else ENGLISH})


def _swap(model: M, language: str) -> M:
    from pydantic import BaseModel

    update: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            update[name] = _swap(value, language)
        elif isinstance(value, list) and any(isinstance(item, BaseModel) for item in value):
            update[name] = [_swap(item, language) if isinstance(item, BaseModel) else item
                            for item in value]
    for english, welsh in paired_fields(type(model)):
        text = getattr(model, welsh)
        if language == "cy":
            if isinstance(text, list):
                update[english] = welsh_list(getattr(model, english), text)
            elif text and text.strip():
                update[english] = text
        update[welsh] = None
    return model.model_copy(update=update)


def welsh_list(english: list[str], welsh: list[str]) -> list[str]:
    """A list's Welsh copy: each Welsh item, or its English while it is not written yet."""
    items = [_written(_item(welsh, index)) or text for index, text in enumerate(english)]
    return items + [text for text in welsh[len(english):] if text.strip()]


def _written(text: str) -> str:
    return text if text.strip() else ""


def fingerprint(text: str) -> str:
    """A short fingerprint of a text, blind to surrounding white space and line endings."""
    normal = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def translation_state(record: Any, pair: TextPair) -> str:
    """"missing" (no Welsh), "current", "outdated" (its English changed since the Welsh was
    written), or "unknown" (no record of what the Welsh was written from)."""
    if not pair.welsh.strip():
        return "missing" if pair.english.strip() else "current"
    sources = {mark.english for mark in record.translation_sources or []
               if mark.welsh == fingerprint(pair.welsh)}
    if not sources:
        return "unknown"
    return "current" if fingerprint(pair.english) in sources else "outdated"


def mark_translated(data: dict[str, Any], english: str, welsh: str) -> None:
    """Record, in a record's data, that ``welsh`` was written from ``english`` (on each edit
    of a Welsh text, or to confirm a Welsh text still says what a changed English says)."""
    marks = [m for m in data.get("translation_sources") or [] if isinstance(m, dict)]
    mark = {"welsh": fingerprint(welsh), "english": fingerprint(english)}
    if mark not in marks:
        marks.append(mark)
    data["translation_sources"] = marks


def marks_after_edit(data: dict[str, Any], english: Any, welsh: Any) -> list[dict[str, str]]:
    """A record's data's translation marks after its Welsh text ``welsh`` was written from
    ``english``: that mark added, and marks for Welsh texts no longer in the data dropped
    (typing leaves one mark per keystroke otherwise).

    For a list of texts (the whole list is edited at once) only the Welsh items with no mark
    yet, the ones just written, are marked as written from the English item beside them: an
    item whose English changed since stays out of date."""
    present = {fingerprint(text) for text in _welsh_texts(data) if text.strip()}
    marks = [m for m in data.get("translation_sources") or []
             if isinstance(m, dict) and m.get("welsh") in present]
    if isinstance(english, list) or isinstance(welsh, list):
        marked = {m.get("welsh") for m in marks}
        pairs = [(_item(english or [], index), text) for index, text in enumerate(welsh or [])
                 if fingerprint(text) not in marked]
    else:
        pairs = [(english or "", welsh or "")]
    for english_text, welsh_text in pairs:
        if welsh_text.strip() and english_text.strip():
            mark = {"welsh": fingerprint(welsh_text), "english": fingerprint(english_text)}
            if mark not in marks:
                marks.append(mark)
    return marks


def _welsh_texts(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key.endswith(WELSH_SUFFIX) and isinstance(item, str):
                yield item
            elif key.endswith(WELSH_SUFFIX) and isinstance(item, list):
                yield from (text for text in item if isinstance(text, str))
            else:
                yield from _welsh_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _welsh_texts(item)


def mark_all_translated(record: M) -> M:
    """The record with every present Welsh text recorded as written from today's English
    (after importing a Welsh and an English page, or a translator's confirmation)."""
    from .parts import TranslationMark

    marks = [TranslationMark(welsh=fingerprint(pair.welsh), english=fingerprint(pair.english))
             for pair in text_pairs(record) if pair.welsh.strip() and pair.english.strip()]
    return record.model_copy(update={"translation_sources": _unique(marks) or None})


def prune_marks(record: M) -> M:
    """Drop marks for Welsh texts the record no longer holds."""
    present = {fingerprint(pair.welsh) for pair in text_pairs(record) if pair.welsh.strip()}
    kept = [mark for mark in record.translation_sources or []  # type: ignore[attr-defined]
            if mark.welsh in present]
    return record.model_copy(update={"translation_sources": _unique(kept) or None})


def _unique(marks: list[TranslationMark]) -> list[TranslationMark]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for mark in marks:
        if (mark.welsh, mark.english) not in seen:
            seen.add((mark.welsh, mark.english))
            kept.append(mark)
    return kept
