"""Empty states say what will appear and what to do: the editor area and the library with
no record, the preview dock (a local page), and, while no partnership is set up, a prompt
above the preview offering the set-up (part of the window, never of the published page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from window_helpers import FakePrompter, MakeWindow

from review_editor.ui.preview.empty_state import empty_state_html
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"


def page_html(window: MainWindow, qtbot) -> str:
    shown: list[str] = []
    window.preview.view.page.toHtml(shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    return shown[0]


def test_no_record_shows_the_empty_state_page(make_window: MakeWindow, qtbot):
    window = make_window()
    assert window.controller.current is None
    qtbot.waitUntil(lambda: "appears here" in page_html(window, qtbot), timeout=10_000)
    html = page_html(window, qtbot)
    assert "File › New" in html and "Library" in html and "Open folder" in html
    assert "<script" not in html and "http" not in html.replace("http-equiv", "")
    assert window.preview.band_prompt is not None
    assert not window.preview.band_prompt.isVisible()  # nothing to brand yet


def test_closing_a_record_brings_the_empty_state_back(make_window: MakeWindow,
                                                      workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    qtbot.waitUntil(lambda: window.preview.controller.paint_count >= 1, timeout=10_000)
    assert "Bradford" in page_html(window, qtbot)
    assert window.controller.close_record()
    qtbot.waitUntil(lambda: "appears here" in page_html(window, qtbot), timeout=10_000)
    assert "Bradford" not in page_html(window, qtbot)


def test_the_page_takes_the_windows_colours_and_nothing_else():
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, "#202124")
    palette.setColor(QPalette.ColorRole.Text, "#e8eaed")
    html = empty_state_html(palette, new_keys="<Ctrl+N>")
    assert "background: #202124" in html and "color: #e8eaed" in html
    assert "&lt;Ctrl+N&gt;" in html and "<Ctrl+N>" not in html
    assert "{{" not in html  # every slot filled


def test_without_a_profile_the_preview_offers_the_set_up(make_window: MakeWindow,
                                                         workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    prompt = window.preview.band_prompt
    assert prompt is not None and prompt.isVisible()
    assert "band at the top of the page" in prompt.label.text()
    assert prompt.set_up_button.text().replace("&", "") == "Set up your partnership…"
    qtbot.mouseClick(prompt.set_up_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()  # the organisation profile, open
    assert isinstance(dialog, QDialog) and dialog.objectName() == "dialog:branding"
    dialog.reject()
    # "Not now" hides it for this run of the editor
    qtbot.mouseClick(prompt.not_now_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()
    window.open_path(workspace / BRADFORD)
    assert not prompt.isVisible()


def test_a_set_up_partnership_hides_the_prompt(make_window: MakeWindow, workspace: Path,
                                               qtbot):
    window = make_window(workspace / BRADFORD)
    prompt = window.preview.band_prompt
    assert prompt is not None and prompt.isVisible()
    from review_editor.storage.profile import OrganisationProfile, save_profile
    from review_editor.ui.dialogs.branding import profile_path

    path = profile_path(window.settings)
    assert path is not None
    save_profile(OrganisationProfile(name="Northdale Safeguarding Partnership"), path,
                 expected_sha256=None)
    window.branding_changed.emit()
    assert not prompt.isVisible()


def test_an_empty_folder_says_what_to_do_and_offers_it(make_window: MakeWindow, tmp_path: Path,
                                                       qtbot):
    folder = tmp_path / "New records"
    folder.mkdir()
    window = make_window(folder, prompter=FakePrompter(choose_kind=["news_item"]))
    assert window.pages.currentWidget() is window.empty_page
    assert "No records in this folder yet" in window.library.view.placeholder
    open_folder = window.empty_page.findChild(QWidget, "empty:open_folder")
    assert open_folder is not None and open_folder.isEnabled()
    new = window.empty_page.findChild(QWidget, "empty:new")
    assert new is not None and new.accessibleName() == "New record"
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert window.controller.current is not None
    assert window.pages.currentWidget() is window.form


def test_a_search_that_finds_nothing_says_so(make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    assert window.library.view.placeholder == ""
    qtbot.keyClicks(window.library.search, "zzqx nothing like this")
    qtbot.waitUntil(lambda: window.library.proxy.rowCount() == 0)
    assert window.library.view.placeholder == "No record matches the search or the filters."
