"""The review's texts in a bilingual record's form: each finding, recommendation and list of
texts beside its Welsh version, and writing a Welsh list item records only that item's
English as its source."""

from __future__ import annotations

from typing import Any

import pytest
from form_helpers import clock, example_data
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from review_editor.model import parse_record
from review_editor.model.bilingual import text_pairs, translation_state
from review_editor.model.document import RecordDocument
from review_editor.ui.form import RecordForm

EXAMPLE = "adult-practice-review-adult-g.json"


@pytest.fixture
def form(qtbot: Any) -> RecordForm:
    widget = RecordForm(QUndoStack(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_document(RecordDocument.from_data(example_data(EXAMPLE)))
    return widget


@pytest.mark.parametrize("path", [
    "review.recommendations.0.text", "review.recommendations.0.addressed_to",
    "review.key_findings.1.text", "review.good_practice", "review.partnership_response",
    "review.executive_summary"])
def test_the_review_texts_sit_beside_their_welsh(form: RecordForm, path: str) -> None:
    assert form.focus_field(path + "_cy")
    pair = form.findChild(QWidget, f"pair:{path}")
    english, welsh = form.field_widget(path), form.field_widget(path + "_cy")
    assert pair is not None and english is not None and welsh is not None
    assert pair.isAncestorOf(english) and pair.isAncestorOf(welsh)
    assert english.mapTo(pair, english.rect().topLeft()).x() \
        < welsh.mapTo(pair, welsh.rect().topLeft()).x()


def test_a_welsh_list_keeps_its_language_in_its_add_button(form: RecordForm) -> None:
    assert form.focus_field("review.good_practice_cy")
    button = form.findChild(QPushButton, "button:add:review.good_practice_cy")
    assert button is not None and button.text() == "Add good practice (Cymraeg)"


def test_writing_a_welsh_list_item_marks_only_that_item(form: RecordForm) -> None:
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
