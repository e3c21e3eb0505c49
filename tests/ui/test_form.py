"""The record form: built from the models, named for tests and screen readers, edited
through undo commands, validated inline."""

from __future__ import annotations

import copy

import pytest
from form_helpers import (
    NOW,
    clock,
    document,
    example_data,
    example_names,
    expand_all,
    leaf_paths,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from review_editor.model.document import RecordDocument
from review_editor.model.fields import PRIVATE_NOTE
from review_editor.model.records import MODELS, new_record
from review_editor.ui.form import RecordForm
from review_editor.ui.form.containers import Disclosure


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def form(qtbot, stack: QUndoStack) -> RecordForm:
    widget = RecordForm(stack, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def named(form: RecordForm, path: str) -> QWidget:
    widget = form.field_widget(path)
    assert widget is not None, path
    assert widget.objectName() == f"field:{path}"
    return widget


def button(form: RecordForm, name: str) -> QWidget:
    found = form.findChild(QWidget, name)
    assert found is not None, name
    return found


# building -------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(MODELS))
def test_a_new_record_of_each_kind_gets_its_own_fields(form: RecordForm, kind: str) -> None:
    record = new_record(kind, "A new page", NOW)
    form.set_document(RecordDocument(record))
    assert named(form, "title").value() == "A new page"
    own = {"news_item": "is_press_release", "learning_brief": "reflective_questions",
           "review_notice": "media_statement_id"}
    for other_kind, field in own.items():
        widget = form.field_widget(field)
        assert (widget is not None) == (other_kind == kind), field
    assert form.problems() == []


@pytest.mark.parametrize("name", example_names())
def test_every_leaf_of_an_example_has_a_named_widget(form: RecordForm, name: str) -> None:
    data = example_data(name)
    form.set_document(RecordDocument.from_data(data))
    expand_all(form)
    missing = [path for path in leaf_paths(data)
               if form.findChild(QWidget, f"field:{path}") is None]
    assert missing == []
    assert form.problems() == []


def test_widgets_show_the_record_values(form: RecordForm) -> None:
    form.set_document(document())
    assert named(form, "slug").value() == "sar-adult-r"
    assert named(form, "status").currentText() == "Published"
    assert named(form, "review.review_type").currentText() == "Safeguarding adults review"
    assert named(form, "review.commissioned_on").value() == "2023-10"
    assert named(form, "published_on").value() == "2025-03-12"
    assert named(form, "audience").value() == ["practitioners", "managers", "public"]
    assert named(form, "themes").texts()[:2] == ["Self-neglect", "Hoarding"]
    assert "severe self-neglect" in named(form, "summary").toPlainText()
    text = named(form, "review.recommendations.3.response_reason").value()
    assert text.startswith("Funding is not available")


def test_labels_are_buddies_and_help_is_a_tooltip(form: RecordForm) -> None:
    form.set_document(document())
    slug = named(form, "slug")
    buddies = [label for label in form.findChildren(QLabel) if label.buddy() is slug]
    assert [label.text() for label in buddies] == ["URL slug"]
    assert "hyphens" in slug.toolTip()
    assert slug.objectName() == "field:slug"
    assert slug.accessibleName() == "URL slug"  # the label people hear, not the path
    assert "hyphens" in slug.accessibleDescription()


def test_record_identity_is_read_only(form: RecordForm) -> None:
    form.set_document(document())
    for path in ("id", "kind", "schema_version", "created_at", "modified_at", "body.0.id"):
        widget = named(form, path)
        assert isinstance(widget, QLineEdit) and widget.isReadOnly(), path
    assert named(form, "kind").text() == "Review notice"


def test_enums_have_labels_and_an_empty_choice_when_optional(form: RecordForm) -> None:
    form.set_document(document())
    review_type: QComboBox = named(form, "review.review_type")
    assert review_type.itemText(0) == "—"
    status: QComboBox = named(form, "status")
    assert status.itemText(0) == "Draft"  # required, with a default: no empty choice
    review_type.setCurrentIndex(0)
    review_type.activated.emit(0)
    assert form.document().get("review.review_type") is None
    assert "review_type" not in form.document().get("review")


def test_optional_booleans_are_tri_state(form: RecordForm) -> None:
    form.set_document(document())
    consent: QCheckBox = named(form, "review.family_contribution.consent")
    assert consent.isTristate() and consent.checkState() == Qt.CheckState.Checked
    primary: QCheckBox = named(form, "attachments.0.is_primary")
    assert not primary.isTristate()
    tagged: QCheckBox = named(form, "attachments.2.accessibility.tagged_pdf")
    tagged.setCheckState(Qt.CheckState.PartiallyChecked)
    tagged.clicked.emit()
    assert form.document().get("attachments.2.accessibility.tagged_pdf") is None


# editing and undo -------------------------------------------------------------------------

def test_typing_is_one_undo_step_and_undo_restores_value_and_focus(
        qtbot, form: RecordForm, stack: QUndoStack) -> None:
    form.set_document(document())
    changed: list[str] = []
    form.changed.connect(changed.append)
    title: QLineEdit = named(form, "title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (draft)")
    assert form.document().get("title") == "Safeguarding Adults Review: Adult R (draft)"
    assert stack.count() == 1
    assert stack.undoText() == "Edit Title"
    assert changed[-1] == "title"

    summary = named(form, "summary")
    summary.setFocus()
    assert QApplication.focusWidget() is summary
    stack.undo()
    assert form.document().get("title") == "Safeguarding Adults Review: Adult R"
    assert title.text() == "Safeguarding Adults Review: Adult R"
    assert QApplication.focusWidget() is title
    assert stack.count() == 1  # the update did not come back as a command

    summary.setFocus()
    stack.redo()
    assert title.text().endswith("(draft)")
    assert form.document().get("title").endswith("(draft)")
    assert QApplication.focusWidget() is title


def test_edits_stamp_modified_at_and_undo_puts_it_back(form: RecordForm,
                                                       stack: QUndoStack, qtbot) -> None:
    form.set_document(document())
    before = form.document().get("modified_at")
    qtbot.keyClicks(named(form, "review.reference"), "-A")
    assert form.document().get("modified_at") == NOW.isoformat()
    assert NOW.isoformat() in named(form, "modified_at").text()
    stack.undo()
    assert form.document().get("modified_at") == before


def test_typing_in_another_field_is_a_new_step(qtbot, form: RecordForm,
                                               stack: QUndoStack) -> None:
    form.set_document(document())
    title = named(form, "title")
    title.end(False)
    qtbot.keyClicks(title, "!")
    qtbot.keyClicks(named(form, "review.reference"), "x")
    qtbot.keyClicks(named(form, "review.reference"), "y")
    assert stack.count() == 2
    stack.undo()
    assert form.document().get("review.reference") == "FSAB-SAR-2023-02"
    assert form.document().get("title").endswith("!")


def test_ctrl_z_in_a_text_field_undoes_the_record(qtbot, form: RecordForm,
                                                  stack: QUndoStack) -> None:
    form.set_document(document())
    title = named(form, "title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "abc")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.document().get("title") == "Safeguarding Adults Review: Adult R"
    qtbot.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert form.document().get("title").endswith("abc")


def test_clearing_an_optional_text_removes_the_key(qtbot, form: RecordForm) -> None:
    form.set_document(document())
    reference: QLineEdit = named(form, "review.reference")
    reference.selectAll()
    qtbot.keyClick(reference, Qt.Key.Key_Delete)
    assert "reference" not in form.document().get("review")


@pytest.mark.usefixtures("every_section_open")
def test_recommendations_add_move_duplicate_remove_each_undoable(
        form: RecordForm, stack: QUndoStack) -> None:
    form.set_document(document())
    original = copy.deepcopy(form.document().data)
    structure: list[bool] = []
    form.structure_changed.connect(lambda: structure.append(True))
    path = "review.recommendations"

    button(form, f"button:add:{path}").click()
    items = form.document().get(path)
    assert len(items) == 5 and items[4]["id"] == "R5"
    assert stack.undoText() == "Add recommendation"
    assert QApplication.focusWidget() is named(form, f"{path}.4.id")  # its first field

    button(form, f"button:up:{path}.4").click()
    assert [i["id"] for i in form.document().get(path)] == ["R1", "R2", "R3", "R5", "R4"]
    assert QApplication.focusWidget() is button(form, f"button:up:{path}.3")
    button(form, f"button:down:{path}.3").click()
    assert [i["id"] for i in form.document().get(path)] == ["R1", "R2", "R3", "R4", "R5"]

    button(form, f"button:duplicate:{path}.0").click()
    items = form.document().get(path)
    assert [i["id"] for i in items] == ["R1", "R6", "R2", "R3", "R4", "R5"]
    assert items[1]["text"] == items[0]["text"]
    assert named(form, f"{path}.1.text").value() == items[0]["text"]

    button(form, f"button:remove:{path}.2").click()
    assert [i["id"] for i in form.document().get(path)] == ["R1", "R6", "R3", "R4", "R5"]
    assert form.findChild(QWidget, f"field:{path}.5") is None  # the list was rebuilt
    assert len(structure) == 5

    stack.undo()
    assert [i["id"] for i in form.document().get(path)] == ["R1", "R6", "R2", "R3", "R4", "R5"]
    assert named(form, f"{path}.2.text").value().startswith("Northmarsh Fire")
    for _ in range(4):
        stack.undo()
    assert form.document().data == original
    assert form.findChild(QWidget, f"field:{path}.4") is None
    for _ in range(5):
        stack.redo()
    assert [i["id"] for i in form.document().get(path)] == ["R1", "R6", "R3", "R4", "R5"]


def test_edit_inside_a_list_item_survives_moves_and_undo(qtbot, form: RecordForm,
                                                         stack: QUndoStack) -> None:
    form.set_document(document())
    path = "review.recommendations"
    text = named(form, f"{path}.1.text")
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " Now.")
    button(form, f"button:up:{path}.1").click()
    assert form.document().get(f"{path}.0.text").endswith(" Now.")
    stack.undo()
    stack.undo()
    assert not form.document().get(f"{path}.1.text").endswith(" Now.")
    assert not named(form, f"{path}.1.text").toPlainText().endswith(" Now.")
    assert QApplication.focusWidget() is named(form, f"{path}.1.text")


def test_item_titles_follow_their_content(qtbot, form: RecordForm) -> None:
    form.set_document(document())
    heading = named(form, "body.0.heading")
    heading.selectAll()
    qtbot.keyClicks(heading, "Why we did this review")
    block = form.findChild(Disclosure, "field:body.0")
    assert block.title == "1. Why we did this review"


@pytest.mark.parametrize(("heading", "title"), [
    ("1. Background", "1. Background"), ("1) Background", "1) Background"),
    ("3. Background", "1. 3. Background"), ("10 ways to help", "1. 10 ways to help"),
    ("1.5 million adults", "1. 1.5 million adults")])
def test_a_numbered_heading_is_not_numbered_again(qtbot, form: RecordForm, heading: str,
                                                   title: str) -> None:
    # A 7-minute briefing's headings carry their numbers: "1. 1. Background" said it twice.
    form.set_document(document())
    form.set_value("body.0.heading", heading)
    QApplication.processEvents()
    assert form.findChild(Disclosure, "field:body.0").title == title


def test_adding_a_section_gives_it_a_unique_id(form: RecordForm) -> None:
    form.set_document(document())
    button(form, "button:add:body").click()
    button(form, "button:add:body").click()
    ids = [section["id"] for section in form.document().get("body")]
    assert ids == ["about", "findings", "read", "section", "section-2"]


def test_optional_group_add_and_remove(form: RecordForm, stack: QUndoStack) -> None:
    form.set_document(document())
    assert form.field_widget("embargo.until") is None
    button(form, "button:add:embargo").click()
    assert form.document().get("embargo") == {"recipients": [],
                                              "applies_to_attachments": True}
    until = named(form, "embargo.until")
    assert "embargo.until" in dict(form.problems())  # required inside the embargo
    assert "Required" in until.parentWidget().findChild(QLabel, "problemMessage").text()
    stack.undo()
    assert form.document().get("embargo") is None
    assert form.findChild(QWidget, "field:embargo.until") is None
    assert form.problems() == []
    assert QApplication.focusWidget() is button(form, "button:add:embargo")
    stack.redo()
    button(form, "button:remove:embargo").click()
    assert form.document().get("embargo") is None


# dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2001", "2019-04", "2021-07-27", None])
def test_partial_date_round_trip(form: RecordForm, value: str | None) -> None:
    form.set_document(document())
    editor = named(form, "review.commissioned_on")
    editor.set_value(value)
    assert editor.value() == value
    expected = {"2001": "2001", "2019-04": "April 2019",
                "2021-07-27": "Tuesday 27 July 2021", None: ""}
    assert editor.hint.text() == expected[value]


def test_partial_date_precision_is_chosen_then_the_parts(form: RecordForm,
                                                         stack: QUndoStack) -> None:
    form.set_document(document())
    editor = named(form, "review.completed_on")
    editor.precision.setCurrentIndex(editor.precision.findData(4))
    editor.precision.activated.emit(editor.precision.currentIndex())
    editor.year.setValue(2001)
    assert form.document().get("review.completed_on") == "2001"
    assert not editor.month.isVisibleTo(editor) and not editor.day.isVisibleTo(editor)
    editor.precision.setCurrentIndex(editor.precision.findData(10))
    editor.precision.activated.emit(editor.precision.currentIndex())
    editor.month.setCurrentIndex(1)
    editor.month.activated.emit(1)
    editor.day.setValue(31)  # February 2001 has 28 days
    assert form.document().get("review.completed_on") == "2001-02-28"
    stack.undo()
    stack.undo()
    assert form.document().get("review.completed_on") == "2001"


def _set_datetime(editor, year: int, month: int, day: int, hour: int, minute: int) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
    editor.edit.setDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute),
                                      QTimeZone.utc()))


def test_datetime_stores_the_london_offset_of_its_date(form: RecordForm) -> None:
    form.set_document(document())
    editor = named(form, "publish_at")
    assert form.document().get("publish_at") is None
    editor.present.click()
    _set_datetime(editor, 2031, 5, 14, 0, 1)
    assert form.document().get("publish_at") == "2031-05-14T00:01:00+01:00"
    assert editor.zone.text() == "BST (UK)"
    _set_datetime(editor, 2031, 12, 1, 9, 30)
    assert form.document().get("publish_at") == "2031-12-01T09:30:00+00:00"
    assert editor.zone.text() == "GMT (UK)"
    editor.present.click()
    assert form.document().get("publish_at") is None


def test_datetime_shows_other_offsets_in_london_time(form: RecordForm) -> None:
    form.set_document(document())
    editor = named(form, "publish_at")
    editor.set_value("2031-05-13T23:01:00+00:00")
    shown = editor.edit.dateTime()
    assert (shown.date().day(), shown.time().hour(), shown.time().minute()) == (14, 0, 1)
    assert editor.value() == "2031-05-14T00:01:00+01:00"


def test_date_has_an_empty_state(form: RecordForm) -> None:
    form.set_document(document())
    editor = named(form, "published_on")
    assert editor.present.isChecked()
    editor.present.click()
    assert form.document().get("published_on") is None
    assert editor.edit.text() == "Not set"
    editor.present.click()
    assert form.document().get("published_on") is not None


# tokens and lines ----------------------------------------------------------------------------

def test_themes_are_added_from_the_vocabulary_and_removed(qtbot, form: RecordForm,
                                                          stack: QUndoStack) -> None:
    form.set_document(document())
    themes = named(form, "themes")
    assert "Neglect" in themes.input.completer().model().stringList()
    qtbot.keyClicks(themes.input, "neglect")
    qtbot.keyClick(themes.input, Qt.Key.Key_Return)
    assert form.document().get("themes")[-1] == {"id": "neglect", "label": "Neglect"}
    qtbot.keyClicks(themes.input, "Invisible men")
    qtbot.keyClick(themes.input, Qt.Key.Key_Return)
    assert form.document().get("themes")[-1] == {"id": "invisible-men", "label": "Invisible men"}
    themes.findChild(QWidget, "tag:0").click()
    assert [t["id"] for t in form.document().get("themes")][:1] == ["hoarding"]
    stack.undo()
    assert form.document().get("themes")[0]["id"] == "self-neglect"


def test_tags_take_commas_and_backspace(qtbot, form: RecordForm) -> None:
    form.set_document(document())
    tags = named(form, "keywords")
    qtbot.keyClicks(tags.input, "hoarding, fire safety,")
    assert form.document().get("keywords") == ["hoarding", "fire safety"]
    qtbot.keyClick(tags.input, Qt.Key.Key_Backspace)
    assert form.document().get("keywords") == ["hoarding"]


def test_lines_are_an_editable_list(qtbot, form: RecordForm, stack: QUndoStack) -> None:
    form.set_document(document("7-minute-briefing-baby-m.json"))
    path = "reflective_questions"
    named(form, path)
    button(form, f"button:add:{path}").click()
    line = form.findChild(QLineEdit, f"field:{path}.3")
    assert QApplication.focusWidget() is line
    qtbot.keyClicks(line, "Who else should know?")
    assert form.document().get(path)[3] == "Who else should know?"
    button(form, f"button:up:{path}.3").click()
    assert form.document().get(path)[2] == "Who else should know?"
    stack.undo()
    stack.undo()
    assert form.document().get(path)[3] == ""
    stack.undo()
    assert len(form.document().get(path)) == 3
    assert form.findChild(QLineEdit, f"field:{path}.3") is None
    assert form.focus_field(f"{path}.1")
    assert QApplication.focusWidget() is form.findChild(QLineEdit, f"field:{path}.1")


# markdown ----------------------------------------------------------------------------------------

def test_markdown_shortcuts_format_the_selection(qtbot, form: RecordForm,
                                                 stack: QUndoStack) -> None:
    form.set_document(document())
    text = named(form, "body.0.markdown")
    text.setFocus()
    cursor = text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Fenmoor"), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert form.document().get("body.0.markdown").startswith("**Fenmoor** Safeguarding")
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert form.document().get("body.0.markdown").startswith("Fenmoor Safeguarding")
    qtbot.keyClick(text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert form.document().get("body.0.markdown").startswith("[Fenmoor](https://) ")
    assert text.textCursor().selectedText() == "https://"
    qtbot.keyClick(text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert form.document().get("body.0.markdown").startswith("[Fenmoor](*https://*) ")
    assert stack.count() == 4  # bold, not bold, link, italic: one step each
    for _ in range(4):
        stack.undo()
    assert form.document().get("body.0.markdown").startswith("Fenmoor Safeguarding")
    assert text.toPlainText() == form.document().get("body.0.markdown")


def test_markdown_list_and_heading_toggle_lines(form: RecordForm) -> None:
    form.set_document(document())
    text = named(form, "body.1.markdown")
    cursor = text.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    text.toggle_numbers()
    assert form.document().get("body.1.markdown").splitlines()[:2] == [
        "1. No single agency held an overall view of fire risk.",
        "2. Mental capacity was assumed rather than assessed."]
    text.toggle_numbers()
    assert form.document().get("body.1.markdown").startswith("No single agency")
    text.toggle_heading()
    assert form.document().get("body.1.markdown").startswith("### No single agency")


def test_markdown_editor_is_plain_text_without_its_own_undo(form: RecordForm) -> None:
    form.set_document(document())
    text = named(form, "body.0.markdown")
    assert not text.isUndoRedoEnabled()
    assert text.tabChangesFocus()
    assert text.font().pointSizeF() > QApplication.font().pointSizeF()
    for name in ("bold", "italic", "heading", "bullets", "numbers", "link"):
        assert text.container().findChild(QWidget, f"markdown:{name}") is not None


# problems ----------------------------------------------------------------------------------------

def test_invalid_slug_is_outlined_with_a_message_until_fixed(qtbot, form: RecordForm) -> None:
    form.set_document(document())
    slug: QLineEdit = named(form, "slug")
    qtbot.keyClicks(slug, " Bad")
    assert slug.property("problem") is True
    message = slug.parentWidget().findChild(QLabel, "problemMessage")
    assert message.isVisibleTo(form) and "expected form" in message.text()
    assert "expected form" in slug.accessibleDescription()
    for _ in range(4):
        qtbot.keyClick(slug, Qt.Key.Key_Backspace)
    assert slug.text() == "sar-adult-r"
    assert slug.property("problem") is False
    assert not message.isVisibleTo(form)


def test_a_too_long_value_says_so_in_plain_words(qtbot, form: RecordForm) -> None:
    form.set_document(document())
    form.set_value("title", "A fictional title " * 20)
    title: QLineEdit = named(form, "title")
    message = title.parentWidget().findChild(QLabel, "problemMessage")
    assert message.isVisibleTo(form)
    assert message.text() == "Too long: at most 120 characters."  # not "String should…"


@pytest.mark.usefixtures("every_section_open")
def test_problems_in_collapsed_blocks_show_on_the_block(form: RecordForm) -> None:
    data = example_data("sar-adult-r.json")
    data["attachments"][1]["sha256"] = "not a hash"
    form.set_document(RecordDocument.from_data(data))
    block = form.findChild(Disclosure, "field:attachments.1")
    assert not block.expanded
    assert block.property("problem") is True
    assert "SHA-256" in block.message_text()
    assert form.focus_field("attachments.1.sha256")
    editor = named(form, "attachments.1.sha256")
    assert QApplication.focusWidget() is editor
    assert editor.property("problem") is True
    assert block.property("problem") is False


def test_show_problems_adds_outside_findings_and_clears_them(form: RecordForm) -> None:
    form.set_document(document())
    form.show_problems([("summary", "Longer than 160 characters")])
    summary = named(form, "summary")
    assert summary.property("problem") is True
    assert form.problems() == [("summary", "Longer than 160 characters")]
    form.show_problems([])
    assert summary.property("problem") is False


# private and read-only ----------------------------------------------------------------------------

def test_private_fields_are_marked_internal(form: RecordForm) -> None:
    form.set_document(document())
    expand_all(form)
    for path in ("sensitivity", "approvals", "review.home_office_qa"):
        block = form.findChild(Disclosure, f"field:{path}")
        assert block.property("private") is True, path
        badge = block.header.findChild(QLabel, "privateBadge")
        assert badge is not None and badge.text() == PRIVATE_NOTE
    for path in ("internal_notes", "review.panel_notified_on"):
        row = named(form, path).parentWidget()
        while row.property("private") is None:
            row = row.parentWidget()
        assert row.property("private") is True
        assert row.findChild(QLabel, "privateBadge").text() == PRIVATE_NOTE
    title_row = named(form, "title").parentWidget()
    assert title_row.findChild(QLabel, "privateBadge") is None
    public = form.findChild(Disclosure, "field:publisher")
    assert public.header.findChild(QLabel, "privateBadge") is None


@pytest.mark.usefixtures("every_section_open")
def test_read_only_disables_editing(qtbot, form: RecordForm, stack: QUndoStack) -> None:
    form.set_document(document(), read_only=True)
    title: QLineEdit = named(form, "title")
    assert title.isReadOnly()
    qtbot.keyClicks(title, "x")
    assert form.document().get("title") == "Safeguarding Adults Review: Adult R"
    assert not named(form, "status").isEnabled()
    assert named(form, "body.0.markdown").isReadOnly()
    assert not button(form, "button:add:review.recommendations").isEnabled()
    assert not button(form, "button:up:review.recommendations.1").isVisibleTo(form)
    assert not named(form, "published_on").present.isEnabled()
    assert stack.count() == 0


def test_focus_field_expands_collapsed_blocks(form: RecordForm) -> None:
    form.set_document(document())
    assert form.findChild(QWidget, "field:attachments.2.accessibility.checker") is None
    assert form.focus_field("attachments.2.accessibility.checker")
    editor = form.findChild(QWidget, "field:attachments.2.accessibility.checker")
    assert QApplication.focusWidget() is editor
    assert not form.focus_field("no_such_field")


def test_set_document_leaves_the_undo_stack_alone(form: RecordForm, stack: QUndoStack,
                                                  qtbot) -> None:
    form.set_document(document())
    qtbot.keyClicks(named(form, "title"), "!")
    form.set_document(document("dardr-maya-published.json"))
    assert stack.count() == 1
    assert form.document().kind == "news_item"
    assert named(form, "is_press_release").isChecked()


def test_each_record_set_counts_only_its_own_folded_sections(form: RecordForm) -> None:
    # The "2 of 5 filled" headings of a replaced record's sections were kept and updated
    # with the next record's values after their widgets had gone (a RuntimeError on the
    # third record of a window, and a list growing with every record opened).
    form.set_document(document())
    sections = len(form._builder.completions)
    for kind in ("news_item", "review_notice", "learning_brief"):
        form.set_document(RecordDocument(new_record(kind, "A fictional draft", NOW)))
        QApplication.processEvents()
        form.set_document(document("dardr-maya-published.json"))
        QApplication.processEvents()
    form.set_document(document())
    assert len(form._builder.completions) == sections
    headings = {block.title for block, *_ in form._builder.completions}
    shown = {block.title for block in form.findChildren(Disclosure) if "filled" in block.title}
    assert headings <= shown
