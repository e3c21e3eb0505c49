"""The first sight of the window: the welcome page at the first start (and never again once
closed), the main toolbar, and preview mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QToolBar, QToolButton, QWidget
from window_helpers import FakePrompter, MakeWindow

from review_editor import paths
from review_editor.ui.window.welcome import DISMISSED_KEY

BRADFORD = "thematic-review-into-cse-in-bradford.json"


def test_the_first_start_welcomes_and_says_what_the_examples_are(make_window: MakeWindow,
                                                                 documents: Path, qtbot):
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    assert window.controller.current is None
    examples = window.findChild(QWidget, "welcome:examples").text()
    assert "examples" in examples and "“Example”" in examples
    assert window.library.folder() == paths.workspace_dir(documents)
    assert not window.action_export.isEnabled()  # nothing to export or preview yet
    assert not window.preview_mode.action.isEnabled()


def test_welcome_offers_the_profile_and_a_new_record(make_window: MakeWindow, qtbot):
    prompter = FakePrompter(choose_kind=["news_item"])
    window = make_window(prompter=prompter)
    qtbot.mouseClick(window.welcome.set_up_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()  # open, modal to the window; nothing waits
    assert isinstance(dialog, QDialog) and dialog.objectName() == "dialog:branding"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.reject()
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.controller.current is not None
    assert window.pages.currentWidget() is window.form


def test_closing_the_welcome_page_is_remembered(make_window: MakeWindow, qtbot):
    window = make_window()
    qtbot.mouseClick(window.welcome.close_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.empty_page
    saved = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert saved[DISMISSED_KEY] is True
    assert window.close()
    again = make_window()
    assert again.pages.currentWidget() is not again.welcome


def test_the_toolbar_holds_the_menus_own_actions_with_words_under_icons(
        make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    bar = window.findChild(QToolBar, "toolbar:main")
    assert bar is not None and bar.isVisible()
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    words = [action.iconText() for action in bar.actions()]
    assert words == ["New", "Open folder", "Save", "Check", "Preview", "Export"]
    names = [action.objectName() for action in bar.actions()]
    assert names == ["action:new", "action:open_folder", "action:save", "action:run_checks",
                     "action:preview_mode", "action:export"]
    menu_actions = {action.objectName(): action for action in window.findChildren(QAction)}
    for action in bar.actions():  # the very same objects as the menus'
        assert menu_actions[action.objectName()] is action
        assert not action.icon().isNull()
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton) and button.accessibleName()
    # Save from the toolbar saves
    window.form.set_value("title", "Changed from the toolbar test")
    assert window.isWindowModified()
    qtbot.mouseClick(bar.widgetForAction(window.action_save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=10000)
    # Check runs the checks and shows them
    window.checks_dock.hide()
    qtbot.mouseClick(bar.widgetForAction(window.checks.action_run), Qt.MouseButton.LeftButton)
    assert window.checks_dock.isVisible()
    qtbot.waitUntil(lambda: window.checks.ready, timeout=15000)


def test_preview_mode_gives_the_preview_the_window_and_esc_returns(
        make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    window.apply_default_layout(QSize(1366, 768))
    qtbot.wait(50)
    docked = window.preview_dock.width()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.preview_mode.active
    qtbot.waitUntil(lambda: window.preview_dock.width() > 0.8 * window.width(), timeout=3000)
    assert window.preview_dock.width() > docked
    assert not window.library_dock.isVisible() and not window.checks_dock.isVisible()
    view = window.preview.view
    qtbot.waitUntil(lambda: view.web.zoomFactor() <= 1.0, timeout=3000)
    # desktop: at least 960 CSS pixels, scaled to fit the space
    assert view.web.width() / view.web.zoomFactor() >= 960 - 1
    view.set_mobile(True)
    qtbot.waitUntil(lambda: view.web.width() == round(375 * view.web.zoomFactor()),
                    timeout=3000)
    view.set_mobile(False)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert not window.preview_mode.active
    qtbot.waitUntil(lambda: window.library_dock.isVisible() and window.checks_dock.isVisible(),
                    timeout=3000)
    assert window.centralWidget().isVisible()
    assert abs(window.preview_dock.width() - docked) < 40


def test_no_dialog_is_left_open_by_the_welcome(make_window: MakeWindow):
    window = make_window()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
    assert window.welcome.isVisible()


def test_the_export_dialog_says_beforehand_what_stops_a_final_copy(
        make_window: MakeWindow, workspace: Path, qtbot):
    from review_editor.ui.export.dialog import ExportDialog

    window = make_window(workspace / BRADFORD)
    window.exports.export_current()  # the scripted prompter cancels
    stoppers = window.prompter.export_stoppers
    assert stoppers and any("Link text that does not say where it goes" in text
                            for text in stoppers)
    dialog = ExportDialog(workspace, 1, window, stoppers=stoppers)
    qtbot.addWidget(dialog)
    said = dialog.findChild(QWidget, "export:stoppers").text()
    assert said.startswith("A final copy will stop at ") and stoppers[0] in said
    assert "SHA-256" not in dialog.bundle.text() and "manifest" not in dialog.bundle.text()
    clean = ExportDialog(workspace, 1, window, stoppers=[])
    qtbot.addWidget(clean)
    assert clean.findChild(QWidget, "export:stoppers").text().startswith("Nothing stops")


def test_the_kind_chooser_explains_each_kind_in_one_sentence(qtbot):
    from PySide6.QtWidgets import QLabel, QRadioButton

    from review_editor.model import Kind, label
    from review_editor.ui.dialogs.kind_dialog import KIND_SENTENCES, KindDialog

    dialog = KindDialog()
    qtbot.addWidget(dialog)
    buttons = dialog.findChildren(QRadioButton)
    assert [b.text().split(" ", 1)[1] for b in buttons] == [label(kind) for kind in Kind]
    texts = {lab.text() for lab in dialog.findChildren(QLabel)}
    for kind in Kind:
        sentence = KIND_SENTENCES[kind]
        assert sentence in texts and sentence.count(". ") == 0 and sentence.endswith(".")
    buttons[1].setChecked(True)
    assert dialog.kind() == "review_notice"
    assert label(Kind.review_notice) == "Review notice"  # the menus', the form's, the page's


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_the_window_fits_a_laptop_screen(make_window: MakeWindow, workspace: Path, qtbot,
                                         width: int, height: int):
    from PySide6.QtWidgets import QAbstractScrollArea

    window = make_window(workspace / BRADFORD)
    window.apply_default_layout(QSize(width, height))
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    qtbot.wait(100)
    for dock, usable in ((window.library_dock, 200), (window.preview_dock, 320),
                         (window.checks_dock, 320)):
        assert dock.isVisible() and dock.width() >= usable, (dock.objectName(), dock.width())
    assert window.centralWidget().width() >= 480  # the form keeps room for its fields
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.objectName() not in ("preview:web",):
            bar = area.horizontalScrollBar()
            assert not (bar.isVisible() and bar.maximum() > 0), area.objectName()
