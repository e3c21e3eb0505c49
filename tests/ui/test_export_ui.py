"""File → Export… in the real window: final copies of the open record, the override for
blocking findings, and a batch export of the records selected in the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from window_helpers import FakePrompter, fixed_clock

from review_editor.app import build_main_window
from review_editor.ui.export.dialog import ExportDialog, ExportRequest

BRADFORD = "thematic-review-into-cse-in-bradford.json"


@pytest.fixture
def make_window(qtbot, app_home: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(path: Path, prompter: FakePrompter):  # type: ignore[no-untyped-def]
        window = build_main_window(path, documents_dir=tmp_path, prompter=prompter,
                                   clock=fixed_clock)
        qtbot.addWidget(window)
        window.show()
        return window
    return make


def test_the_dialog_offers_every_format(qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(tmp_path, 1)
    qtbot.addWidget(dialog)
    assert set(dialog.formats) == {"html", "pdf", "docx", "txt", "json"}
    for box in dialog.formats.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.formats["txt"].setChecked(True)
    request = dialog.request()
    assert request.formats == ["txt"] and request.final and request.folder == tmp_path


def test_exporting_a_clean_record(make_window, workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    prompter = FakePrompter(choose_export=[ExportRequest(["html", "txt", "json"], out)])
    window = make_window(workspace / "sar-adult-r.json", prompter)
    result = window.exports.export_current()
    assert result is not None
    assert sorted(p.name for p in out.iterdir()) == [
        ".review-editor-exports.json", "sar-adult-r.html", "sar-adult-r.json",
        "sar-adult-r.txt"]
    assert "sensitivity" not in json.loads((out / "sar-adult-r.json").read_text("utf-8"))
    assert prompter.asked("ask_export_override") == []


def test_a_blocked_final_export_needs_a_reason_which_is_recorded(make_window, workspace: Path,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "out"
    request = ExportRequest(["txt"], out, final=True)
    prompter = FakePrompter(choose_export=[request, request],
                            ask_export_override=[None, "Legal approved the link text"])
    window = make_window(workspace / BRADFORD, prompter)
    assert window.exports.export_current() is None  # declined: nothing written
    assert not out.exists() or not any(out.iterdir())
    result = window.exports.export_current()
    assert result is not None and result.files
    issues = prompter.asked("ask_export_override")[0][0]
    assert any(issue.code == "C6.3" for issue in issues)
    approvals = window.form.document().get("approvals")  # type: ignore[union-attr]
    assert approvals[-1]["decision"] == "override"
    assert approvals[-1]["reason"] == "Legal approved the link text"
    assert {"code": "C6.3", "field_path": "links.0.text"} in approvals[-1]["overridden"]
    assert not window.undo_stack.isClean()  # the officer saves to keep it


def test_batch_export_of_the_selected_records(make_window, workspace: Path,
                                              tmp_path: Path) -> None:
    out = tmp_path / "batch"
    prompter = FakePrompter(choose_export=[ExportRequest(["json"], out, final=False,
                                                         bundle=True)])
    window = make_window(workspace / "sar-adult-r.json", prompter)
    view = window.library.view
    view.selectAll()
    selected = window.library.selected_paths()
    assert len(selected) >= 4
    report = window.exports.export_selected()
    assert report is not None and not report.failed and not report.cancelled
    bundles = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert len(bundles) == len(selected) and all("-bundle-" in name for name in bundles)
    assert any(name.startswith("dardr-maya-published-EMBARGOED") for name in bundles)
    manifest = json.loads(next(out.glob("sar-adult-r-bundle-*")).joinpath("manifest.json")
                          .read_text("utf-8"))
    assert manifest["files"]


def test_the_dialog_asks_the_language_of_a_bilingual_records_copies(qtbot,
                                                                    tmp_path: Path) -> None:
    plain = ExportDialog(tmp_path, 1)
    qtbot.addWidget(plain)
    assert plain.request().language is None
    dialog = ExportDialog(tmp_path, 1, bilingual=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.isVisible()
    assert dialog.request().language == "bilingual"
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    assert dialog.request().language == "cy"


def test_exporting_a_bilingual_record_in_welsh(make_window, workspace: Path,
                                              tmp_path: Path) -> None:
    out = tmp_path / "out"
    prompter = FakePrompter(choose_export=[ExportRequest(["html", "txt"], out, language="cy")])
    window = make_window(workspace / "adult-practice-review-adult-g.json", prompter)
    assert window.exports.export_current() is not None
    assert prompter.export_bilingual is True
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == ["adult-practice-review-adult-g-cy.html",
                     "adult-practice-review-adult-g-cy.txt"]
    text = (out / "adult-practice-review-adult-g-cy.txt").read_text(encoding="utf-8")
    assert "Cyhoeddwyd dydd Mawrth 10 Mehefin 2025" in text
