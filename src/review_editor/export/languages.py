"""Which language copies an export holds: the record as it is, its Welsh or its English copy,
or both (a bilingual copy), in the order the organisation profile gives.

A bilingual copy is one file holding the record twice, once per language, each marked with
its language: the web page's ``lang`` attributes, the Word runs' ``w:lang``, the PDF's text
language. Its file name says which copy it is (``<slug>-cy.pdf``, ``<slug>-bilingual.pdf``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line's parser reads LANGUAGES without loading the models
    from ..model.records import RecordModel

LANGUAGES = ("cy", "en", "bilingual")
ORDERS = ("english_first", "welsh_first")
#: The page-number line of a printed copy ("Page 3 of 7"), around the two numbers.
PAGE_WORDS = {"en": ("Page ", " of "), "cy": ("Tudalen ", " o ")}


def page_words(language_tag: str) -> tuple[str, str]:
    """The words around "3" and "7" in "Page 3 of 7", in the document's language."""
    from ..model.bilingual import is_welsh_tag

    return PAGE_WORDS["cy" if is_welsh_tag(language_tag) else "en"]


def check_language(language: str | None, order: str = ORDERS[0]) -> None:
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: choose from {', '.join(LANGUAGES)}")
    if order not in ORDERS:
        raise ValueError(f"unknown language order {order!r}: choose from {', '.join(ORDERS)}")


def language_copies(record: RecordModel, language: str | None,
                    order: str = ORDERS[0]) -> list[RecordModel]:
    """The record copies an export writes, in order; ValueError for a language the record
    does not have (a Welsh copy of an English-only record)."""
    from ..model.bilingual import language_version

    check_language(language, order)
    if language is None:
        return [record]
    if language != "bilingual":
        return [language_version(record, language)]
    codes = ("cy", "en") if order == "welsh_first" else ("en", "cy")
    return [language_version(record, code) for code in codes]


def language_suffix(language: str | None) -> str:
    """"-cy", "-en", "-bilingual", or "" for the record as it is."""
    return f"-{language}" if language else ""
