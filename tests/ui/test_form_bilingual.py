"""A bilingual record in the window: each text beside its Welsh version, shown while the
record is bilingual; writing a Welsh text records the English it was written from; the
preview shows the Welsh page, the English page or both; a click on the Welsh copy leads to
the Welsh field; the review's findings, recommendations and lists of texts are paired too."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from form_helpers import clock, example_data
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from review_editor.model.document import RecordDocument
from review_editor.ui.form import RecordForm
from review_editor.ui.preview.controller import _render
from review_editor.ui.preview.fields import field_for_ids

EXAMPLE = "adult-practice-review-adult-g.json"
NOW = datetime.fromisoformat("2026-11-25T12:00:00+00:00")


@pytest.fixture
def form(qtbot: Any) -> RecordForm:
    widget = RecordForm(QUndoStack(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def welsh_columns(form: RecordForm) -> list[QWidget]:
    return form.findChildren(QWidget, "language-column:cy")


def test_each_text_sits_beside_its_welsh_version(form: RecordForm) -> None:
    form.set_document(RecordDocument.from_data(example_data(EXAMPLE)))
    pair = form.findChild(QWidget, "pair:title")
    assert pair is not None
    title, welsh = form.field_widget("title"), form.field_widget("title_cy")
    assert title is not None and welsh is not None
    assert pair.isAncestorOf(title) and pair.isAncestorOf(welsh)
    assert welsh.value() == "Cyhoeddi Adolygiad Ymarfer Oedolion: Oedolyn G"
    assert title.mapTo(pair, title.rect().topLeft()).x() \
        < welsh.mapTo(pair, welsh.rect().topLeft()).x()  # English left, Cymraeg right
    assert welsh_columns(form)


def test_the_bilingual_switch_shows_and_hides_the_welsh(qtbot: Any, form: RecordForm) -> None:
    form.set_document(RecordDocument.from_data(example_data(EXAMPLE)))
    switch = form.field_widget("bilingual")
    assert switch is not None
    switch.click()
    assert form.document().get("bilingual") is False
    qtbot.waitUntil(lambda: form.field_widget("title_cy") is None)
    assert not welsh_columns(form)
    assert form.field_widget("title") is not None
    form.field_widget("bilingual").click()  # the form was built again: a new switch
    qtbot.waitUntil(lambda: form.field_widget("title_cy") is not None)
    assert form.field_widget("title_cy").value() == "Cyhoeddi Adolygiad Ymarfer Oedolion: Oedolyn G"


def test_an_english_record_shows_no_welsh_fields(form: RecordForm) -> None:
    form.set_document(RecordDocument.from_data(example_data("sar-adult-r.json")))
    assert not welsh_columns(form) and form.field_widget("title_cy") is None


def test_writing_welsh_records_the_english_it_was_written_from(form: RecordForm) -> None:
    from review_editor.model import parse_record
    from review_editor.model.bilingual import text_pairs, translation_state

    form.set_document(RecordDocument.from_data(example_data(EXAMPLE)))
    document = form.document()
    english = form.field_widget("title")
    welsh = form.field_widget("title_cy")
    english.setText("Adult Practice Review: Adult G")  # the English changes …
    english.textEdited.emit(english.text())
    record = parse_record(document.data)
    pair = next(p for p in text_pairs(record) if p.welsh_path == "title_cy")
    assert translation_state(record, pair) == "outdated"
    welsh.setText("Adolygiad Ymarfer Oedolion: Oedolyn G")  # … and the Welsh follows
    welsh.textEdited.emit(welsh.text())
    record = parse_record(document.data)
    pair = next(p for p in text_pairs(record) if p.welsh_path == "title_cy")
    assert translation_state(record, pair) == "current"
    assert len(record.translation_sources or []) <= len(list(text_pairs(record)))


@pytest.mark.parametrize(("language", "articles"), [
    ("bilingual", ["en-GB", "cy"]), ("cy", []), ("en", [])])
def test_the_preview_renders_the_chosen_language(language: str, articles: list[str]) -> None:
    data = example_data(EXAMPLE)
    result = _render(1, 0.0, data, None, NOW, None, None, language)
    assert result.page is not None
    lang = {"bilingual": "en-GB", "cy": "cy", "en": "en-GB"}[language]
    assert f'<html lang="{lang}"' in result.page
    for code in articles:
        assert f'<article class="record" lang="{code}">' in result.page
    one_language = _render(1, 0.0, example_data("sar-adult-r.json"), None, NOW, None, None,
                           "cy")
    assert one_language.page is not None and '<html lang="en-GB"' in one_language.page


def test_a_click_on_the_welsh_copy_leads_to_the_welsh_field() -> None:
    data = json.loads(json.dumps(example_data(EXAMPLE)))
    assert field_for_ids(["cy-f-title"], data) == "title_cy"
    assert field_for_ids(["b-cy-findings-0"], data) == "body.1.markdown_cy"
    assert field_for_ids(["h-en-findings"], data) == "body.1.heading"
    assert field_for_ids(["cy-f-links"], data) == "links"
    assert field_for_ids(["cy-f-good-practice"], data) == "review.good_practice_cy"
    assert field_for_ids(["en-f-good-practice"], data) == "review.good_practice"
    assert field_for_ids(["cy-f-partnership-response"], data) == \
        "review.partnership_response_cy"


@pytest.mark.parametrize("path", [
    "review.recommendations.0.text", "review.recommendations.0.addressed_to",
    "review.key_findings.1.text", "review.good_practice", "review.partnership_response",
    "review.executive_summary"])
def test_the_review_texts_sit_beside_their_welsh(form: RecordForm, path: str) -> None:
    form.set_document(RecordDocument.from_data(example_data(EXAMPLE)))
    assert form.focus_field(path + "_cy")
    pair = form.findChild(QWidget, f"pair:{path}")
    english, welsh = form.field_widget(path), form.field_widget(path + "_cy")
    assert pair is not None and english is not None and welsh is not None
    assert pair.isAncestorOf(english) and pair.isAncestorOf(welsh)
    assert english.mapTo(pair, english.rect().topLeft()).x() \
        < welsh.mapTo(pair, welsh.rect().topLeft()).x()


def test_a_welsh_list_keeps_its_language_in_its_add_button(form: RecordForm) -> None:
    form.set_document(RecordDocument.from_data(example_data(EXAMPLE)))
    assert form.focus_field("review.good_practice_cy")
    button = form.findChild(QPushButton, "button:add:review.good_practice_cy")
    # The column is headed "Cymraeg": the button's text stays short, its name says which.
    assert button is not None and button.text() == "Add good practice"
    assert button.toolTip() == "Add good practice (Cymraeg)"
    assert button.accessibleName() == "Add good practice (Cymraeg)"
    english = form.findChild(QPushButton, "button:add:review.good_practice")
    assert english is not None and english.accessibleName() == "Add good practice"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_every_add_button_of_a_bilingual_record_shows_its_whole_text(
        make_window: Any, workspace: Any, qtbot: Any, size: tuple[int, int]) -> None:
    from PySide6.QtCore import QSize

    window = make_window(workspace / EXAMPLE)
    window.apply_default_layout(QSize(*size))
    form = window.form
    for path in ("review.good_practice_cy", "review.good_practice"):
        assert form.focus_field(path)
    qtbot.wait(50)
    buttons = [b for b in form.findChildren(QPushButton)
               if b.objectName().startswith("button:add:") and b.isVisible()]
    assert any(b.objectName().endswith("_cy") for b in buttons)
    for button in buttons:
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= needed + 8, (button.objectName(), button.width(), needed)


def test_writing_a_welsh_list_item_marks_only_that_item(form: RecordForm) -> None:
    from review_editor.model import parse_record
    from review_editor.model.bilingual import text_pairs, translation_state

    form.set_document(RecordDocument.from_data(example_data(EXAMPLE)))
    document = form.document()
    form.set_value("review.good_practice", ["The bank acted at once.", "Staff listened."])
    form.set_value("review.good_practice_cy",
                   [*document.get("review.good_practice_cy"), "Gwrandawodd y staff."])
    record = parse_record(document.data)
    states = {pair.welsh_path: translation_state(record, pair) for pair in text_pairs(record)
              if pair.english_path.startswith("review.good_practice")}
    # The first English item changed after its Welsh was written; the second is new.
    assert states == {"review.good_practice_cy.0": "outdated",
                      "review.good_practice_cy.1": "current"}
