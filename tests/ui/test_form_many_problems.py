"""Problems shown in many rows at once (a check finding a placeholder in every section):
every row shows its message, the officer keeps the field they type in and their place, and
the form is not laid out again for each row."""

from __future__ import annotations

import time

import pytest
from form_helpers import clock, example_data
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QScrollArea

from review_editor.model.document import RecordDocument
from review_editor.ui.form import RecordForm, laid_out_once
from review_editor.ui.form.laid_out_once import MANY_ROWS

LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit."
SECTIONS = 120


@pytest.fixture
def form(qtbot) -> RecordForm:
    widget = RecordForm(QUndoStack(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    data = example_data("sar-adult-r.json")
    data["body"] = [{"id": f"part-{i}", "heading": f"Section {i}", "markdown": LOREM}
                    for i in range(SECTIONS)]
    widget.set_document(RecordDocument.from_data(data))
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _problems(count: int) -> list[tuple[str, str]]:
    return [(f"body.{i}.markdown", "a placeholder is left in: “Lorem ipsum” (C4.10)")
            for i in range(count)]


def _messages(form: RecordForm) -> list[str]:
    return [label.text() for label in form.findChildren(QLabel, "problemMessage")
            if label.isVisibleTo(form)]


def test_a_problem_in_every_section_keeps_the_officers_field_and_place(
        qtbot, form: RecordForm) -> None:
    assert form.focus_field("body.3.markdown")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    cursor = editor.textCursor()
    cursor.setPosition(5)
    editor.setTextCursor(cursor)
    bar = form.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    place = bar.value()

    started = time.process_time()
    form.show_problems(_problems(SECTIONS))
    QApplication.processEvents()
    print(f"\n{SECTIONS} problems shown in {time.process_time() - started:.2f} s of CPU")

    assert len(_messages(form)) == SECTIONS
    assert all(text.startswith("A placeholder is left in") or "placeholder" in text
               for text in _messages(form))
    assert QApplication.focusWidget() is editor and editor.textCursor().position() == 5
    assert bar.value() == place
    # laid out: each message has its height, below the one before it
    tops = [label.mapTo(form, label.rect().topLeft()).y()
            for label in form.findChildren(QLabel, "problemMessage") if label.isVisibleTo(form)]
    assert all(label.height() > 5 for label in form.findChildren(QLabel, "problemMessage")
               if label.isVisibleTo(form))
    assert sorted(tops) == tops and len(set(tops)) == len(tops)
    assert bar.value() == place
    form.show_problems(_problems(2))
    QApplication.processEvents()
    assert len(_messages(form)) == 2
    assert QApplication.focusWidget() is editor


def test_a_few_problems_are_shown_as_they_come(form: RecordForm) -> None:
    form.show_problems(_problems(MANY_ROWS - 1))
    assert len(_messages(form)) == MANY_ROWS - 1


def _geometry(form: RecordForm) -> list[tuple[int, int, int, int]]:
    labels = [label for label in form.findChildren(QLabel, "problemMessage")
              if label.isVisibleTo(form)]
    return [(*label.mapTo(form, label.rect().topLeft()).toTuple(), label.width(),
             label.height()) for label in labels]


def test_the_form_is_laid_out_as_when_each_message_is_shown_in_turn(
        form: RecordForm, monkeypatch: pytest.MonkeyPatch) -> None:
    form.show_problems(_problems(SECTIONS))
    QApplication.processEvents()
    together = _geometry(form)
    form.show_problems([])
    QApplication.processEvents()
    monkeypatch.setattr(laid_out_once, "MANY_ROWS", SECTIONS + 1)
    form.show_problems(_problems(SECTIONS))
    QApplication.processEvents()
    assert _geometry(form) == together and len(together) == SECTIONS
