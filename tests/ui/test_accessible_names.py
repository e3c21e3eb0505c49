"""Screen readers hear people's words: every field's accessible name is its label and its
description the help line; buttons say what they do. Object names keep the dotted paths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QWidget
from window_helpers import MakeWindow

from review_editor.model.schema import record_spec

REVIEW = "sar-adult-r.json"


def test_fields_and_buttons_are_named_in_words(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace / REVIEW)
    window.form.build_held()
    fields = [w for w in window.form.findChildren(QWidget)
              if w.objectName().startswith("field:")]
    assert len(fields) > 50
    for widget in fields:
        name = widget.accessibleName()
        assert name and not name.startswith("field:"), widget.objectName()
    buttons = [w for w in window.form.findChildren(QAbstractButton)
               if w.objectName().startswith("button:")]
    assert buttons
    for button in buttons:
        assert not button.accessibleName().startswith("button:"), button.objectName()
    add = window.form.findChild(QWidget, "button:add:review.recommendations")
    assert add is not None and add.accessibleName() == "Add recommendation"
    title = window.form.field_widget("title")
    spec = next(s for s in record_spec("review_notice").fields if s.name == "title")
    assert title.accessibleName() == spec.meta.label
    if spec.meta.help:
        assert title.accessibleDescription() == spec.meta.help
