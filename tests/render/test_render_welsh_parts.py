"""Every text the public page shows has a Welsh version, and the Welsh copy shows it.

Each public text of a record of every kind is set to a distinct marker word; rendering the
English copy shows which fields the page puts in front of readers. Each of those must have
a ``<name>_cy`` partner, or be in ``NOT_TRANSLATED`` with the reason it reads the same in
Welsh. A field added to the models and to the page without a Welsh partner fails here.
"""

from __future__ import annotations

import pytest
from render_helpers import NOW
from welsh_markers import (
    KINDS,
    articles,
    marked_record,
    outside_articles,
    page_body,
    shape,
    shown,
)

from review_editor.model.bilingual import language_version, text_pairs
from review_editor.model.themes import THEMES
from review_editor.render import render_page
from review_editor.render.wording import WELSH

#: Texts the page shows that need no Welsh version of their own, and why.
NOT_TRANSLATED = {
    "contact.email": "an email address reads the same in both languages",
    "contact.telephone": "a telephone number",
    "contact.url": "a web address",
    "media_contact.email": "an email address reads the same in both languages",
    "media_contact.telephone": "a telephone number",
    "media_contact.url": "a web address",
    "signposting.phone": "a telephone number",
    "review.reference": "the partnership's own reference for the review, an identifier",
    "review.reviewers.name": "a professional's own name, the same in both languages",
    "review.reviewers.post_nominals": "letters after a name (MBE, QPM)",
    "themes.label": "a theme from the starting list shows its Welsh name from the page's "
                    "wording (render.wording.WELSH); a theme is a tag, not prose",
}


def _paired_shapes(record: object) -> set[str]:
    return {shape(pair.english_path) for pair in text_pairs(record)}  # type: ignore[arg-type]


def _english_shown(kind: str) -> tuple[set[str], set[str]]:
    record, markers = marked_record(kind)
    page = render_page(record, now=NOW, language="en")
    return {shape(path) for path in shown(page_body(page), markers)}, _paired_shapes(record)


@pytest.mark.parametrize("kind", KINDS)
def test_every_text_the_page_shows_has_a_welsh_version(kind: str) -> None:
    on_page, paired = _english_shown(kind)
    assert on_page, "the markers reached the page"
    missing = sorted(on_page - paired - set(NOT_TRANSLATED))
    assert not missing, f"shown on the page without a Welsh partner: {missing}"


def test_the_list_of_untranslated_texts_is_honest() -> None:
    """Each entry is still shown on some page and still has no Welsh partner."""
    shown_somewhere: set[str] = set()
    paired: set[str] = set()
    for kind in KINDS:
        on_page, pairs = _english_shown(kind)
        shown_somewhere |= on_page
        paired |= pairs
    assert set(NOT_TRANSLATED) <= shown_somewhere
    assert not set(NOT_TRANSLATED) & paired


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("order", ["welsh_first", "english_first"])
def test_the_welsh_half_of_a_bilingual_page_shows_only_welsh_versions(kind: str,
                                                                      order: str) -> None:
    record, markers = marked_record(kind)
    english_copy = articles(render_page(record, now=NOW, language="en"))[""]
    page = render_page(record, now=NOW, language="bilingual", order=order)
    copies = articles(page)
    assert set(copies) == {"cy", "en-GB"}
    checked = 0
    for pair in text_pairs(record):
        if pair.english not in english_copy:
            continue  # a text this kind's page does not show, or shows once for both
        checked += 1
        assert pair.welsh in copies["cy"], pair.welsh_path
        assert pair.english not in copies["cy"], pair.english_path
        assert pair.english in copies["en-GB"], pair.english_path
        assert pair.welsh not in copies["en-GB"], pair.welsh_path
    assert checked >= 30
    welsh_fields = {shape(path) for path in shown(copies["en-GB"], markers)
                    if shape(path).endswith("_cy")}
    assert not welsh_fields, "the English copy shows no Welsh text"
    # The masthead and footer, shared by both copies, are in the first copy's language.
    publisher = record.publisher
    assert publisher is not None and publisher.name_cy
    shared = outside_articles(page)
    first, second = ((publisher.name_cy, publisher.name) if order == "welsh_first"
                     else (publisher.name, publisher.name_cy))
    assert first in shared and second not in shared


@pytest.mark.parametrize("kind", KINDS)
def test_a_welsh_copy_has_no_english_where_a_welsh_version_is_written(kind: str) -> None:
    record, _ = marked_record(kind)
    welsh = language_version(record, "cy")
    body = page_body(render_page(welsh, now=NOW))
    for pair in text_pairs(record):
        assert pair.english not in body, pair.english_path


def test_every_listed_theme_has_a_welsh_name() -> None:
    assert all(option.label in WELSH for option in THEMES)
    from review_editor.model import parse_record

    record = parse_record({
        "schema_version": "1.2", "id": "0f3a8a44-2b61-4a4b-9a59-3c1d2e4f5a6b",
        "kind": "review_notice", "title": "Adolygiad", "language": "cy",
        "themes": [{"id": "neglect", "label": "Neglect"}, {"id": "own", "label": "Own theme"}]})
    body = page_body(render_page(record, now=NOW))
    assert "Esgeulustod" in body and "Neglect" not in body
    assert "Own theme" in body  # a theme the partnership added shows as written
