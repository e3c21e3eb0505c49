"""A Welsh and an English page of the same publication, imported together as one bilingual
record (``review-editor import CY EN --out FILE``), and a page holding both languages.

The English page gives the record (its facts, links and documents); the Welsh page gives the
Welsh version of each text beside it: the title, summary and sections by their order, links
and documents by their address (else their order), quotes and change-log notes by their
order, the organisation's and the review's names. What could not be paired is reported, and
every pair is recorded as translated from today's English.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model.bilingual import is_welsh_tag, mark_all_translated
from ..model.records import RecordModel
from ..storage import save_record
from .errors import ImportFailed
from .files import import_file, import_text
from .language import guess_language
from .result import ImportResult


def import_pair(first: Path | str, second: Path | str, *, now: datetime,
                kind: str = "news_item") -> ImportResult:
    """One bilingual record from a Welsh and an English page, given in either order."""
    results = [import_file(first, now=now, kind=kind), import_file(second, now=now, kind=kind)]
    welsh = [r for r in results if is_welsh_tag(r.record.language)]
    if len(welsh) != 1:
        found = "both are in Welsh" if len(welsh) == 2 else "neither is in Welsh"
        raise ImportFailed(Path(second), f"cannot pair {Path(first).name} and "
                           f"{Path(second).name}: one page must be Welsh and one English, "
                           f"but {found}")
    welsh_result = welsh[0]
    english_result = results[1] if results[0] is welsh_result else results[0]
    record, warnings = pair_records(welsh_result.record, english_result.record)
    return ImportResult(
        record=record, suggestions=english_result.suggestions,
        detected=english_result.detected,
        source_text=english_result.source_text, source_format=english_result.source_format,
        warnings=list(dict.fromkeys([*english_result.warnings, *welsh_result.warnings,
                                     *warnings])),
        listed=english_result.listed)


def import_bilingual_to_file(source: Path | str, other: Path | str | None, out: Path | str, *,
                             now: datetime, kind: str = "news_item",
                             overwrite: bool = False) -> ImportResult | None:
    """``import CY EN --out FILE``, or ``import PAGE --out FILE`` for a page holding both
    languages: the bilingual record, saved to ``out``. None when ``other`` is not given and
    the page is in one language (nothing is written: import it as usual)."""
    if other is not None:
        result = import_pair(source, other, now=now, kind=kind)
    else:
        found = import_bilingual_page(source, now=now, kind=kind)
        if found is None:
            return None
        result = found
    save_record(result.record, out, overwrite=overwrite)
    return result


def pair_records(welsh: RecordModel, english: RecordModel) -> tuple[RecordModel, list[str]]:
    """The English record with the Welsh one's texts beside its own; and what did not pair."""
    warnings: list[str] = []
    update: dict[str, Any] = {"bilingual": True, "language": "en-GB",
                              "title_cy": welsh.title, "summary_cy": welsh.summary}
    update["body"] = _sections(welsh, english, warnings)
    update["quotes"] = [quote.model_copy(update={
        "text_cy": other.text, "attributed_to_cy": other.attributed_to or None})
        for quote, other in _by_order(english.quotes, welsh.quotes, "quotes", warnings)]
    update["links"] = [link.model_copy(update={"text_cy": other.text})
                       for link, other in _by_address(english.links, welsh.links, "links",
                                                      warnings)]
    update["attachments"] = [item.model_copy(update={"title_cy": other.title})
                             for item, other in _by_address(english.attachments,
                                                            welsh.attachments, "documents",
                                                            warnings)]
    update["change_log"] = [entry.model_copy(update={"note_cy": other.note})
                            for entry, other in _by_order(english.change_log, welsh.change_log,
                                                          "updates", warnings)]
    if english.publisher is not None and welsh.publisher is not None \
            and welsh.publisher.name and welsh.publisher.name != english.publisher.name:
        update["publisher"] = english.publisher.model_copy(
            update={"name_cy": welsh.publisher.name})
    if english.review is not None and welsh.review is not None:
        update["review"] = english.review.model_copy(update={
            "review_name_cy": welsh.review.review_name, "trigger_cy": welsh.review.trigger})
    if english.provenance is not None:
        source = welsh.provenance.source_url or welsh.provenance.source_file \
            if welsh.provenance else None
        cleanups = [*english.provenance.cleanups,
                    f"paired with the Welsh page {source}" if source
                    else "paired with a Welsh page"]
        update["provenance"] = english.provenance.model_copy(update={"cleanups": cleanups})
    paired = english.model_copy(update=update)
    return mark_all_translated(paired), warnings


def _sections(welsh: RecordModel, english: RecordModel, warnings: list[str]) -> list[Any]:
    sections = []
    for index, section in enumerate(english.body):
        other = welsh.body[index] if index < len(welsh.body) else None
        if other is None:
            sections.append(section)
            continue
        markdown = other.markdown
        if index == len(english.body) - 1 and len(welsh.body) > len(english.body):
            # More Welsh sections than English: the rest goes with the last one.
            markdown = "\n\n".join([markdown, *(_as_markdown(s) for s in welsh.body[index + 1:])])
        sections.append(section.model_copy(update={"heading_cy": other.heading or None,
                                                   "markdown_cy": markdown}))
    if len(welsh.body) != len(english.body):
        warnings.append(f"the Welsh page has {len(welsh.body)} sections and the English "
                        f"{len(english.body)}: check the Welsh beside each section")
    return sections


def _as_markdown(section: Any) -> str:
    heading = f"## {section.heading}\n\n" if section.heading.strip() else ""
    return heading + section.markdown


def _by_order(english: list[Any], welsh: list[Any], what: str,
              warnings: list[str]) -> list[tuple[Any, Any]]:
    """Every English item with the Welsh one in its place (or none: its Welsh stays empty)."""
    if len(english) != len(welsh):
        warnings.append(f"the Welsh page has {len(welsh)} {what} and the English "
                        f"{len(english)}: the ones without a partner have no Welsh")
    return [(item, welsh[index] if index < len(welsh) else _NO_PARTNER)
            for index, item in enumerate(english)]


class _NoPartner:
    """An English item's missing Welsh partner: every text of it is None."""

    def __getattr__(self, name: str) -> None:
        return None


_NO_PARTNER = _NoPartner()


def _by_address(english: list[Any], welsh: list[Any], what: str,
                warnings: list[str]) -> list[tuple[Any, Any]]:
    """Links and documents by their address (both pages link the same report), the rest by
    their order."""
    remaining = list(welsh)
    partners: list[Any] = []
    for item in english:
        same = next((w for w in remaining if _address(w) and _address(w) == _address(item)),
                    None)
        if same is not None:
            remaining.remove(same)
        partners.append(same)
    for index, partner in enumerate(partners):
        if partner is None and remaining:
            partners[index] = remaining.pop(0)
    unpaired = sum(1 for partner in partners if partner is None)
    if unpaired or remaining:
        warnings.append(f"{unpaired} of the English page's {what} have no Welsh partner"
                        + (f"; {len(remaining)} Welsh {what} were left out" if remaining
                           else ""))
    return [(item, partner if partner is not None else _NO_PARTNER)
            for item, partner in zip(english, partners, strict=True)]


def _address(item: Any) -> str:
    url = getattr(item, "url", None) or ""
    return re.sub(r"^https?://(www\.)?|/+$", "", url.strip().lower())


def bilingual_page_halves(text: str) -> tuple[str, str] | None:
    """A page holding both languages, as its Welsh and its English text; None for a page in
    one language. Each line goes with the language it reads in; a short line (a heading, a
    date) goes with the line after it."""
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    welsh: list[str] = []
    english: list[str] = []
    pending: list[str] = []
    side = english
    for line in lines:
        pending.append(line)
        if len(line.split()) < 6:
            continue
        side = welsh if guess_language(line, minimum_words=6) == "cy" else english
        side.extend(pending)
        pending = []
    side.extend(pending)  # trailing short lines go with the last language read
    welsh_words = sum(len(p.split()) for p in welsh)
    english_words = sum(len(p.split()) for p in english)
    total = welsh_words + english_words
    if total == 0 or min(welsh_words, english_words) < 0.25 * total:
        return None
    return "\n".join(welsh), "\n".join(english)


def import_bilingual_page(path: Path | str, *, now: datetime,
                          kind: str = "news_item") -> ImportResult | None:
    """A page holding Welsh and English as one bilingual record; None for a page in one
    language (import it as usual)."""
    single = import_file(path, now=now, kind=kind)
    halves = bilingual_page_halves(single.source_text)
    if halves is None:
        return None
    name = Path(path).name
    welsh = import_text(halves[0], source_name=name, now=now, kind=kind)
    english = import_text(halves[1], source_name=name, now=now, kind=kind)
    record, warnings = pair_records(welsh.record, english.record)
    return ImportResult(record=record, suggestions=english.suggestions,
                        detected=english.detected, source_text=single.source_text,
                        source_format=single.source_format,
                        warnings=["the page holds Welsh and English: imported as one "
                                  "bilingual record", *single.warnings, *warnings],
                        listed=english.listed)
