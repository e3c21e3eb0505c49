"""No nested event loops: every dialog answers through a signal, never through ``exec()``.

The first test reads every module's source and fails on a nested loop's ways in; the others
drive the real message boxes in the real window (the prompter the app uses, not a fake):
the question is on screen, modal to the window, while the call that asked has returned,
and the flow goes on when its button is clicked.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from window_helpers import action, fixed_clock, title_field, type_in_title, wait_for_saves

import review_editor
from review_editor.app import build_main_window
from review_editor.storage import load_record
from review_editor.ui.dialogs.qt_prompter import CompareDialog, QtPrompter
from review_editor.ui.window.main_window import MainWindow

SOURCE = Path(review_editor.__file__).parent
BRADFORD = "thematic-review-into-cse-in-bradford.json"
ADULT_R = "sar-adult-r.json"

#: The static helpers that show a dialog in a nested event loop and return its answer.
STATIC_HELPERS = {
    "QFileDialog": {"getOpenFileName", "getOpenFileNames", "getSaveFileName",
                    "getExistingDirectory", "getOpenFileUrl", "getOpenFileUrls",
                    "getSaveFileUrl", "getExistingDirectoryUrl"},
    "QMessageBox": {"question", "warning", "information", "critical", "about", "aboutQt"},
    "QInputDialog": {"getText", "getMultiLineText", "getInt", "getDouble", "getItem"},
    "QColorDialog": {"getColor"},
    "QFontDialog": {"getFont"},
}


def nested_loops(tree: ast.AST, module: str) -> list[str]:
    """Where ``tree`` could run an event loop inside another: ``exec()``/``exec_()`` on
    anything but the application in ``app.py``, ``QEventLoop``, or a static dialog helper."""
    found = []
    for node in ast.walk(tree):
        where = f"{module}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = node.func.attr
            owner_name = owner.id if isinstance(owner, ast.Name) else ""
            if name in ("exec", "exec_") and not (
                    module == "app.py" and owner_name == "QApplication" and name == "exec"):
                found.append(f"{where}: .{name}()")
            if name in STATIC_HELPERS.get(owner_name, ()):
                found.append(f"{where}: {owner_name}.{name}()")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "exec_":
            found.append(f"{where}: exec_()")
        if isinstance(node, ast.Name) and node.id == "QEventLoop" \
                or isinstance(node, ast.Attribute) and node.attr == "QEventLoop" \
                or isinstance(node, ast.alias) and node.name == "QEventLoop":
            found.append(f"{where}: QEventLoop")
    return found


def test_no_module_runs_a_nested_event_loop():
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        module = path.relative_to(SOURCE).as_posix()
        found += nested_loops(ast.parse(path.read_text(encoding="utf-8")), module)
    assert found == []


@pytest.mark.parametrize("code", [
    "dialog.exec()", "box.exec_()", "menu.exec(point)", "super().exec()",
    "loop = QEventLoop()", "from PySide6.QtCore import QEventLoop",
    "QFileDialog.getOpenFileName(None, 'Open')", "QMessageBox.warning(None, 'a', 'b')",
    "QInputDialog.getText(None, 'a', 'b')", "QColorDialog.getColor()",
])
def test_the_rule_sees_each_way_in(code: str):
    assert nested_loops(ast.parse(code), "ui/somewhere.py")


def test_the_rule_lets_the_application_run_its_one_loop():
    assert nested_loops(ast.parse("QApplication.exec()"), "app.py") == []
    assert nested_loops(ast.parse("QApplication.exec()"), "ui/window/main_window.py")


# the real dialogs, in the real window ------------------------------------------------------

@pytest.fixture
def real_window(qtbot, app_home: Path, tmp_path: Path, workspace: Path):
    def make(path: Path) -> tuple[MainWindow, QtPrompter]:
        prompter = QtPrompter()
        documents = tmp_path / "Documents"
        documents.mkdir(exist_ok=True)
        window = build_main_window(path, documents_dir=documents, prompter=prompter,
                                   clock=fixed_clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.isVisible)
        assert prompter.parent is window
        return window, prompter
    return make


def edit_title(window: MainWindow, qtbot, text: str) -> None:
    type_in_title(window, qtbot, text)
    assert window.isWindowModified()


def save_over_theirs(window: MainWindow, qtbot, path: Path) -> None:
    """Edit the title, let someone else change the file, then File › Save."""
    edit_title(window, qtbot, " (mine)")
    theirs = json.loads(path.read_text(encoding="utf-8"))
    theirs["title"] += " (theirs)"
    path.write_text(json.dumps(theirs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    action(window, "save").trigger()


def box_on_screen(prompter: QtPrompter, qtbot, name: str) -> QMessageBox:
    """The prompter's box ``name``, once shown: modal to the window, and alone."""
    qtbot.waitUntil(lambda: prompter.showing() is not None)
    box = prompter.showing()
    assert isinstance(box, QMessageBox) and box.objectName() == name
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
    assert box.parentWidget() is prompter.parent
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()] == [box]
    return box


def button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_closing_with_unsaved_changes_asks_then_closes_on_the_answer(real_window, workspace,
                                                                     qtbot):
    window, prompter = real_window(workspace / BRADFORD)
    edit_title(window, qtbot, " (edited)")
    assert not window.close()  # the event is ignored while the question is open
    box = box_on_screen(prompter, qtbot, "prompt:save_changes")
    assert window.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    assert not window.close()  # asked again: no second box on top of the first
    assert box_on_screen(prompter, qtbot, "prompt:save_changes") is box

    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape cancels: the window stays, edited
    assert prompter.showing() is None
    assert window.isVisible() and window.isWindowModified()

    assert not window.close()
    box = box_on_screen(prompter, qtbot, "prompt:save_changes")
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert load_record(workspace / BRADFORD).record.title.endswith("Bradford")  # not saved


def test_save_on_close_saves_off_the_ui_thread_then_closes(real_window, workspace, qtbot):
    path = workspace / BRADFORD
    window, prompter = real_window(path)
    edit_title(window, qtbot, " (saved on close)")
    window.close()
    box_on_screen(prompter, qtbot, "prompt:save_changes").button(
        QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    assert load_record(path).record.title.endswith("(saved on close)")


def test_opening_another_record_over_a_modified_one_waits_for_the_answer(real_window,
                                                                        workspace, qtbot):
    window, prompter = real_window(workspace / BRADFORD)
    edit_title(window, qtbot, " (edited)")
    assert not window.open_file(workspace / ADULT_R)  # asked; nothing opened yet
    box = box_on_screen(prompter, qtbot, "prompt:save_changes")
    assert window.controller.current.path == workspace / BRADFORD
    box.button(QMessageBox.StandardButton.Discard).click()
    assert window.controller.current.path == workspace / ADULT_R
    assert not window.isWindowModified()


def test_a_save_conflict_asks_compares_and_overwrites_through_signals(real_window, workspace,
                                                                      qtbot):
    path = workspace / BRADFORD
    window, prompter = real_window(path)
    save_over_theirs(window, qtbot, path)

    box = box_on_screen(prompter, qtbot, "prompt:conflict")
    assert window.controller.saving  # the save waits for the answer, the window does not
    assert box.defaultButton() is button(box, "Save as copy…")
    button(box, "Compare…").click()
    comparison = prompter.showing()
    assert isinstance(comparison, CompareDialog) and comparison.isVisible()
    assert comparison.windowModality() == Qt.WindowModality.WindowModal
    comparison.reject()

    box = box_on_screen(prompter, qtbot, "prompt:conflict")  # asked again after comparing
    button(box, "Overwrite").click()
    wait_for_saves(window)
    assert load_record(path).record.title.endswith("(mine)")
    assert not window.isWindowModified()


def test_escape_on_a_save_conflict_leaves_both_versions(real_window, workspace, qtbot):
    path = workspace / BRADFORD
    window, prompter = real_window(path)
    save_over_theirs(window, qtbot, path)
    qtbot.keyClick(box_on_screen(prompter, qtbot, "prompt:conflict"), Qt.Key.Key_Escape)
    wait_for_saves(window)
    assert load_record(path).record.title.endswith("(theirs)")
    assert window.isWindowModified()
    window.close()
    box_on_screen(prompter, qtbot, "prompt:save_changes").button(
        QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_new_record_over_a_modified_one_is_made_and_focused_on_the_answer(real_window,
                                                                           workspace, qtbot):
    window, prompter = real_window(workspace / BRADFORD)
    edit_title(window, qtbot, " (edited)")
    assert not window.new_record("news_item")
    box = box_on_screen(prompter, qtbot, "prompt:save_changes")
    box.button(QMessageBox.StandardButton.Discard).click()
    current = window.controller.current
    assert current is not None and current.path is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title_field(window))


def test_an_answer_after_its_record_was_replaced_is_ignored(real_window, workspace, qtbot):
    window, prompter = real_window(workspace / BRADFORD)
    edit_title(window, qtbot, " (edited)")
    window.open_file(workspace / ADULT_R)
    box = box_on_screen(prompter, qtbot, "prompt:save_changes")
    assert window.controller.reload_from_disk()  # replaced while the question is open
    replaced = window.controller.current
    box.button(QMessageBox.StandardButton.Discard).click()
    assert window.controller.current is replaced  # the stale "Discard" opened nothing
    assert replaced.path == workspace / BRADFORD
