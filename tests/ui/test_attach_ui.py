"""File › Attach document… and File › Refresh document details, driven in the real window:
the file picker's choice is attached with its facts as one undo step, a file from elsewhere
is copied beside the record only after asking, and C7.3 blocks once the file changes until
its details are read again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu
from window_helpers import FakePrompter, MakeWindow, action, wait_for_saves

from attach_files import make_docx, make_pdf
from review_editor.ui.record import attach as attach_ui


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the picker will return, in order (then: cancelled)."""
    chosen: list[Path] = []

    def pick(parent: Any, folder: Path, answer: Any) -> None:
        answer(chosen.pop(0) if chosen else None)

    monkeypatch.setattr(attach_ui, "pick_document", pick)
    return chosen


def attachments(window: Any) -> list[dict[str, Any]]:
    return list(window.controller.current.document.get("attachments") or [])


def c7_3(window: Any, qtbot: Any) -> list[str]:
    window.checks.run_now()
    qtbot.waitUntil(lambda: window.checks.idle, timeout=15000)
    return sorted(i.field_path for i in window.checks.issues if i.code == "C7.3")


def test_attach_a_tagged_pdf_from_the_file_menu(checked_window: MakeWindow, workspace: Path,
                                                choose: list[Path], qtbot: Any) -> None:
    window = checked_window(workspace / "sar-adult-r.json")
    file_menu = window.findChild(QMenu, "menu:file")
    assert action(window, "attach") in file_menu.actions()
    before = len(attachments(window))
    pdf = make_pdf(workspace / "overview-report.pdf", pages=4, title="Overview report")
    choose.append(pdf)
    action(window, "attach").trigger()
    items = attachments(window)
    assert len(items) == before + 1
    added = items[-1]
    assert added["path"] == "overview-report.pdf" and added["pages"] == 4
    assert added["media_type"] == "application/pdf"
    assert added["size_bytes"] == pdf.stat().st_size
    assert added["accessibility"] == {"tagged_pdf": True, "has_title_metadata": True,
                                      "lang_set": True}
    assert "overview-report.pdf" in window.status.currentMessage()
    assert c7_3(window, qtbot) == []
    window.undo_stack.undo()
    assert len(attachments(window)) == before
    window.undo_stack.redo()
    assert window.controller.save()
    wait_for_saves(window)
    saved = (workspace / "sar-adult-r.json").read_text(encoding="utf-8")
    assert '"path": "overview-report.pdf"' in saved


def test_a_changed_file_blocks_until_refreshed(checked_window: MakeWindow, workspace: Path,
                                               choose: list[Path], qtbot: Any) -> None:
    window = checked_window(workspace / "sar-adult-r.json")
    word = make_docx(workspace / "action-plan.docx", pages=7)
    choose.append(word)
    action(window, "attach").trigger()
    index = len(attachments(window)) - 1
    assert attachments(window)[index]["pages"] == 7
    assert c7_3(window, qtbot) == []
    make_docx(word, pages=9, title="Action plan, revised")
    assert c7_3(window, qtbot) == [f"attachments.{index}.sha256",
                                   f"attachments.{index}.size_bytes"]
    assert attachments(window)[index]["pages"] == 7  # read again only on request
    action(window, "refresh_attachments").trigger()
    assert attachments(window)[index]["pages"] == 9
    assert c7_3(window, qtbot) == []


def test_a_file_from_elsewhere_is_copied_only_after_asking(
        checked_window: MakeWindow, workspace: Path, tmp_path: Path,
        choose: list[Path]) -> None:
    prompter = FakePrompter(confirm=[False, True])
    window = checked_window(workspace / "sar-adult-r.json", prompter=prompter)
    before = attachments(window)
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    pdf = make_pdf(downloads / "easy-read.pdf")
    choose.extend([pdf, pdf])
    action(window, "attach").trigger()  # declined
    assert attachments(window) == before and not (workspace / "easy-read.pdf").exists()
    [(title, message, button)] = prompter.asked("confirm")
    assert "not in the record's folder" in message and button == "Copy and attach"
    action(window, "attach").trigger()  # accepted
    assert (workspace / "easy-read.pdf").read_bytes() == pdf.read_bytes()
    assert attachments(window)[-1]["path"] == "easy-read.pdf"


def test_an_unreadable_file_is_reported_and_nothing_changes(
        checked_window: MakeWindow, workspace: Path, choose: list[Path]) -> None:
    prompter = FakePrompter()
    window = checked_window(workspace / "sar-adult-r.json", prompter=prompter)
    before = attachments(window)
    damaged = workspace / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00broken" * 40)
    choose.append(damaged)
    action(window, "attach").trigger()
    [(title, message)] = prompter.asked("show_error")
    assert title == "The document was not attached" and "damaged.pdf" in message
    assert attachments(window) == before
    assert not window.undo_stack.canUndo()
