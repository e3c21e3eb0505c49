"""Details of the record form: undo keys and merging, suggestions, keyboard use, odd data."""

from __future__ import annotations

import pytest
from form_helpers import clock, document, example_data
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QVBoxLayout, QWidget

from review_editor.model.document import RecordDocument
from review_editor.ui.form import RecordForm
from review_editor.ui.form.containers import Disclosure


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def window(qtbot, stack: QUndoStack) -> QWidget:
    """A window holding the form, with Undo and Redo actions as the main window has."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    form = RecordForm(stack, clock=clock)
    layout.addWidget(form)
    undo = stack.createUndoAction(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    window.addAction(undo)
    window.addAction(redo)
    window.form = form  # type: ignore[attr-defined]
    window.resize(700, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def form(window: QWidget) -> RecordForm:
    return window.form  # type: ignore[attr-defined]


def test_window_undo_shortcut_undoes_the_record_once(qtbot, form: RecordForm,
                                                     stack: QUndoStack) -> None:
    form.set_document(document())
    title = form.field_widget("title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " one")
    qtbot.keyClicks(form.field_widget("review.reference"), "x")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == 1
    assert form.document().get("review.reference") == "FSAB-SAR-2023-02"
    assert form.document().get("title").endswith(" one")


def test_typing_back_to_the_original_leaves_no_step(qtbot, form: RecordForm,
                                                    stack: QUndoStack) -> None:
    form.set_document(document())
    reference = form.field_widget("review.reference")
    reference.setFocus()
    reference.end(False)
    qtbot.keyClicks(reference, "ab")
    qtbot.keyClick(reference, Qt.Key.Key_Backspace)
    qtbot.keyClick(reference, Qt.Key.Key_Backspace)
    assert form.document().get("review.reference") == "FSAB-SAR-2023-02"
    assert stack.count() == 0


def test_choices_are_one_step_each(form: RecordForm, stack: QUndoStack) -> None:
    form.set_document(document())
    status: QComboBox = form.field_widget("status")
    for text in ("Approved", "Scheduled"):
        index = status.findText(text)
        status.setCurrentIndex(index)
        status.activated.emit(index)
    assert form.document().get("status") == "scheduled"
    assert stack.count() == 2
    stack.undo()
    assert status.currentText() == "Approved"


@pytest.mark.usefixtures("every_section_open")
def test_changed_and_structure_signals_follow_undo(form: RecordForm, stack: QUndoStack) -> None:
    form.set_document(document())
    changed: list[str] = []
    structure: list[bool] = []
    form.changed.connect(changed.append)
    form.structure_changed.connect(lambda: structure.append(True))
    form.findChild(QWidget, "button:add:quotes").click()
    stack.undo()
    assert changed == ["quotes", "quotes"]
    assert structure == [True, True]


def test_tag_suggestions_come_from_the_record(form: RecordForm) -> None:
    form.set_document(document())
    addressed = form.field_widget("review.recommendations.0.addressed_to")
    suggestions = addressed.input.completer().model().stringList()
    assert {"All partners", "Fenmoor SAB", "Fenmoor Borough Council"} <= set(suggestions)


def test_dates_show_the_weekday(form: RecordForm) -> None:
    form.set_document(document())
    assert form.field_widget("published_on").edit.text() == "Wednesday 12 March 2025"


def test_audience_keeps_the_stored_order(form: RecordForm) -> None:
    form.set_document(RecordDocument.from_data(example_data("dardr-maya-published.json")))
    audience = form.field_widget("audience")
    box = audience.findChild(QWidget, "choice:managers")
    box.click()
    assert form.document().get("audience") == ["public", "media", "practitioners", "managers"]


def test_values_from_a_newer_vocabulary_are_kept(form: RecordForm) -> None:
    data = example_data("sar-adult-r.json")
    data["review"]["review_type"] = "future_review"
    form.set_document(RecordDocument.from_data(data))
    combo: QComboBox = form.field_widget("review.review_type")
    assert combo.currentText() == "future_review (not in this version's list)"
    assert combo.currentData() == "future_review"
    assert "review.review_type" in dict(form.problems())


def test_an_unknown_kind_opens_without_fields(form: RecordForm) -> None:
    form.set_document(RecordDocument.from_data({"kind": "annual_report", "title": "x"}))
    assert form.field_widget("title") is None
    notes = [label.text() for label in form.findChildren(QLabel)]
    assert any("annual_report" in text for text in notes)


@pytest.mark.usefixtures("every_section_open")
def test_collapsed_items_expand_from_the_keyboard_in_tab_order(qtbot, form: RecordForm) -> None:
    form.set_document(document())
    block = form.findChild(Disclosure, "field:attachments.1")
    assert not block.expanded
    block.toggle.setFocus()
    qtbot.keyClick(block.toggle, Qt.Key.Key_Space)
    assert block.expanded
    order = []
    widget = block.toggle
    for _ in range(6):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        order.append(widget.objectName())
    assert order[:4] == ["button:up:attachments.1", "button:down:attachments.1",
                         "button:duplicate:attachments.1", "button:remove:attachments.1"]
    assert order[4] == "field:attachments.1.id"
    assert order[5] == "field:attachments.1.title"


def test_problems_in_a_collapsed_section_show_on_the_section(form: RecordForm) -> None:
    data = example_data("sar-adult-r.json")
    data["schema_version"] = "one"
    form.set_document(RecordDocument.from_data(data))
    section = form.findChild(Disclosure, "section:Record")
    assert not section.expanded
    assert section.message_text().startswith("Schema version:")
    assert form.focus_field("schema_version")
    assert form.field_widget("schema_version").property("problem") is True
    assert section.message_text() == ""


def test_set_value_is_one_step_and_the_widget_follows(form: RecordForm,
                                                      stack: QUndoStack) -> None:
    form.set_document(document())
    form.set_value("status", "withdrawn", text="Withdraw")
    assert form.field_widget("status").currentText() == "Withdrawn"
    assert stack.undoText() == "Withdraw"
    form.set_value("review.recommendations.2.text", "Audit capacity assessments.")
    assert form.field_widget("review.recommendations.2.text").toPlainText() == \
        "Audit capacity assessments."
    stack.undo()
    stack.undo()
    assert form.field_widget("status").currentText() == "Published"
    assert form.document().get("review.recommendations.2.text").startswith("All partners")


@pytest.mark.usefixtures("every_section_open")
def test_problems_at_unshown_paths_land_on_their_block(form: RecordForm) -> None:
    form.set_document(document())
    block = form.findChild(Disclosure, "field:review.recommendations.0")
    block.expand()  # built and open, but no widget shows this path
    form.show_problems([("review.recommendations.0.no_such_field", "Unexpected")])
    assert "Unexpected" in block.message_text()
