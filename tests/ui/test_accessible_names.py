"""Screen readers hear people's words: every field's accessible name is its label and its
description the help line; buttons say what they do. Object names keep the dotted paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget
from window_helpers import MakeWindow

from review_editor.model.schema import record_spec

REVIEW = "sar-adult-r.json"


@pytest.mark.usefixtures("every_section_open")
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


def test_later_sections_say_how_much_is_filled_in_and_follow_edits(make_window: MakeWindow,
                                                                   workspace: Path):
    from review_editor.ui.form.containers import Disclosure

    window = make_window(workspace / REVIEW)
    sections = {block.objectName(): block for block in window.form.findChildren(Disclosure)}
    internal = sections.get("section:Internal notes") or next(
        block for block in window.form.findChildren(Disclosure)
        if block.title.startswith("Internal notes"))
    assert internal.title.endswith(" filled") and " of " in internal.title
    before = internal.title
    window.form.set_value("internal_notes", "A note for colleagues only.")
    assert internal.title != before
    filled = int(internal.title.split(" · ")[1].split(" of ")[0])
    assert filled >= 1
    titles = [block.title for block in window.form.findChildren(Disclosure)]
    assert any(title.startswith("Review details · ") for title in titles)
