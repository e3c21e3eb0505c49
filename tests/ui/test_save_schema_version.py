"""After a save, the window shows the schema version the file was written as: a record
given a field a newer minor version added is written as that version, and the form's
read-only "Schema version" field, the open document and the file agree, with the record
left clean and no undo step added."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from window_helpers import FakePrompter, MakeWindow, action, trigger_save

ADULT_R = "sar-adult-r.json"
WELSH_TEXT = "Rhannu'r dysgu gyda darparwyr tai."


def _as_bilingual_1_1(path: Path) -> None:
    """The example as a 1.1 record: bilingual, with only fields 1.1 holds."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(schema_version="1.1", bilingual=True, title_cy="Adolygiad oedolyn R")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _version_field(window) -> QLineEdit:  # type: ignore[no-untyped-def]
    widget = window.form.field_widget("schema_version")
    assert isinstance(widget, QLineEdit)
    return widget


def _add_welsh_recommendation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = window.form.field_widget("review.recommendations.0.text_cy")
    assert field is not None, "the Welsh text of a recommendation is not shown"
    window.form.focus_field("review.recommendations.0.text_cy")
    qtbot.keyClicks(field, WELSH_TEXT)
    qtbot.wait(10)
    assert window.isWindowModified()


def _on_disk_version(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["schema_version"])


@pytest.mark.usefixtures("every_section_open")
def test_save_shows_the_version_the_file_was_written_as(make_window: MakeWindow,
                                                        workspace: Path, qtbot) -> None:
    path = workspace / ADULT_R
    _as_bilingual_1_1(path)
    window = make_window(path)
    assert _version_field(window).text() == "1.1"
    _add_welsh_recommendation(window, qtbot)
    steps = window.undo_stack.count()
    trigger_save(window)
    qtbot.wait(10)
    assert _on_disk_version(path) == "1.2"
    assert _version_field(window).text() == "1.2"
    assert window.controller.current.document.get("schema_version") == "1.2"
    assert not window.isWindowModified()
    assert not window.controller.is_modified()
    assert window.undo_stack.count() == steps  # taking the version is not an edit
    # Undo takes back the Welsh text only; the file is already 1.2, so it stays 1.2.
    action(window, "undo").trigger()
    qtbot.wait(10)
    assert window.isWindowModified()
    assert _version_field(window).text() == "1.2"


@pytest.mark.usefixtures("every_section_open")
def test_save_as_shows_the_version_the_copy_was_written_as(make_window: MakeWindow,
                                                           workspace: Path, qtbot) -> None:
    path = workspace / ADULT_R
    _as_bilingual_1_1(path)
    copy = workspace / "sar-adult-r-welsh.json"
    window = make_window(path, FakePrompter(choose_save_path=[copy]))
    _add_welsh_recommendation(window, qtbot)
    trigger_save(window, "save_as")
    qtbot.wait(10)
    assert _on_disk_version(copy) == "1.2"
    assert _on_disk_version(path) == "1.1"  # the original is left as it was
    assert window.controller.current.path == copy
    assert _version_field(window).text() == "1.2"
    assert not window.isWindowModified()


def test_a_save_that_needs_no_newer_version_keeps_the_record_s(make_window: MakeWindow,
                                                                 workspace: Path,
                                                                 qtbot) -> None:
    path = workspace / ADULT_R
    _as_bilingual_1_1(path)
    window = make_window(path)
    document = window.controller.current.document
    field = window.form.field_widget("title")
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " (edited)")
    qtbot.wait(10)
    trigger_save(window)
    assert _on_disk_version(path) == "1.1"
    assert document.get("schema_version") == "1.1"
    assert _version_field(window).text() == "1.1"
    assert not window.isWindowModified()
