"""The organisation profile: edited in a dialog that checks contrast, kept in the workspace
folder (shared with colleagues and the command line), shown by the preview at once (logo
embedded as a data: URI); the officer's display name is kept per user."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from window_helpers import FakePrompter, fixed_clock

from review_editor import cli, paths
from review_editor.app import build_main_window
from review_editor.profile import applied_profile
from review_editor.storage import (
    OrganisationProfile,
    load_profile,
    officer_display_name,
    save_profile,
)
from review_editor.ui.common.settings import Settings
from review_editor.ui.dialogs import branding as branding_module
from review_editor.ui.dialogs.branding import BrandingDialog, branding_from, profile_path

# A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU"
    "5ErkJggg==")


@pytest.fixture
def settings(tmp_path: Path, app_home: Path) -> Settings:
    folder = tmp_path / "workspace"
    folder.mkdir()
    settings = Settings(tmp_path / "settings.json")
    settings.last_folder = folder
    return settings


def test_low_contrast_colours_are_flagged_and_save_writes_the_shared_file(
        qtbot: Any, settings: Settings) -> None:
    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    dialog.primary.setText("#ffdd00")  # white text on yellow fails AA
    messages = dialog.update_warnings()
    assert any("contrast" in m and "#ffdd00" in m for m in messages)
    assert dialog.save_button.isEnabled()  # allowed: the header switches to dark text
    dialog.primary.setText("yellow")  # not a colour the page can use
    assert not dialog.save_button.isEnabled()
    dialog.primary.setText("#0b3d5c")
    dialog.name.setText("Kestrel Vale Safeguarding Partnership")
    dialog.officer.setText("Sam Officer")
    dialog.order.setCurrentIndex(dialog.order.findData("welsh_first"))
    assert dialog.update_warnings() == []
    dialog.accept()
    assert settings.last_folder is not None
    saved = load_profile(paths.profile_file(settings.last_folder)).profile
    assert (saved.name, saved.primary_colour, saved.bilingual_order) == (
        "Kestrel Vale Safeguarding Partnership", "#0b3d5c", "welsh_first")
    assert officer_display_name() == "Sam Officer"
    assert "branding" not in Settings.load(settings.path).data  # type: ignore[arg-type]
    assert paths.recorded_workspace() == settings.last_folder


def test_an_svg_or_fake_logo_is_refused(qtbot: Any, settings: Settings,
                                        tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<svg onload='x'/>", encoding="utf-8")
    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.set_logo_file(fake)
    assert any("logo.png" in m for m in dialog.update_warnings())
    real = tmp_path / "real.png"
    real.write_bytes(PNG)
    assert dialog.set_logo_file(real)
    assert dialog.logo.text().startswith("real.png")
    dialog.accept()
    assert branding_from(settings)().logo is not None  # type: ignore[union-attr]


def test_the_labels_show_no_ampersands_and_their_shortcuts_work(
        qtbot: Any, settings: Settings) -> None:
    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert {label.text() for label in labels} >= {
        "Organisation &name", "&Logo", "&Primary colour", "&Accent colour", "&Footer text",
        "&Bilingual pages", "Your &display name"}
    assert all(label.buddy() is not None for label in labels)
    for key, target in ((Qt.Key.Key_F, dialog.footer), (Qt.Key.Key_D, dialog.officer),
                        (Qt.Key.Key_A, dialog.accent), (Qt.Key.Key_L, dialog.logo)):
        focused = QApplication.focusWidget() or dialog
        qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda target=target: target.hasFocus(), timeout=2000)


def test_the_branding_kept_in_settings_moves_to_the_profile_once(
        settings: Settings, tmp_path: Path) -> None:
    logo = tmp_path / "old-logo.png"
    logo.write_bytes(PNG)
    settings.data["branding"] = {"name": "Old Settings Partnership", "primary": "#4b0b5c",
                                 "accent": "#1d70b8", "logo_path": str(logo),
                                 "footer": "Old footer"}
    path = profile_path(settings)
    assert settings.last_folder is not None and path == paths.profile_file(settings.last_folder)
    profile = load_profile(path).profile
    assert (profile.name, profile.primary_colour, profile.footer) == (
        "Old Settings Partnership", "#4b0b5c", "Old footer")
    assert profile.logo is not None and profile.logo.data == PNG
    assert "branding" not in settings.data
    # a colleague's profile already in the workspace is never replaced by old settings
    save_profile(OrganisationProfile(name="Colleague"), path,
                 expected_sha256=load_profile(path).sha256)
    settings.data["branding"] = {"name": "Stale"}
    assert profile_path(settings) == path
    assert load_profile(path).profile.name == "Colleague" and "branding" not in settings.data


def test_a_colleagues_save_meanwhile_is_kept(qtbot: Any, settings: Settings,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(branding_module, "tell",
                        lambda parent, title, text: warnings.append(text))
    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.path is not None
    save_profile(OrganisationProfile(name="Colleague's name"), dialog.path,
                 expected_sha256=None)
    dialog.name.setText("My name")
    dialog.accept()
    assert warnings and "colleague" in warnings[0]
    assert load_profile(dialog.path).profile.name == "Colleague's name"
    assert dialog.name.text() == "Colleague's name"


def _window_with_dialog(qtbot: Any, workspace: Path, tmp_path: Path) -> tuple[Any, BrandingDialog]:
    """The window on ``workspace`` and its organisation profile dialog."""
    window = build_main_window(workspace, documents_dir=tmp_path, prompter=FakePrompter(),
                               clock=fixed_clock)
    qtbot.addWidget(window)
    dialog = BrandingDialog(window.settings, window)
    qtbot.addWidget(dialog)
    return window, dialog


def test_the_window_and_the_command_line_share_the_profile(
        qtbot: Any, app_home: Path, workspace: Path, tmp_path: Path) -> None:
    window, dialog = _window_with_dialog(qtbot, workspace, tmp_path)
    dialog.name.setText("Wrenmouth Shared Branding")
    dialog.primary.setText("#4c2c92")
    dialog.footer.setPlainText("Saved in the window")
    dialog.accept()
    assert dialog.path == paths.profile_file(workspace)
    window_branding = branding_from(window.settings)()
    cli_branding = applied_profile(workspace).branding
    assert window_branding == cli_branding and cli_branding is not None
    out = tmp_path / "out"
    assert cli.main(["export", str(workspace / "sar-adult-r.json"), "--format", "html",
                     "--out", str(out), "--now", "2026-11-25T12:00:00+00:00"]) == 0
    page = (out / "sar-adult-r.html").read_text(encoding="utf-8")
    assert "Wrenmouth Shared Branding" in page and "#4c2c92" in page
    assert "Saved in the window" in page
    # and a record kept elsewhere finds it through the recorded workspace
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "sar-adult-r.json").write_bytes((workspace / "sar-adult-r.json").read_bytes())
    assert applied_profile(elsewhere).branding == cli_branding
    assert json.loads(paths.workspace_config_file().read_text(encoding="utf-8")) == {
        "workspace": str(workspace)}


def test_the_preview_shows_the_profile(qtbot: Any, app_home: Path, workspace: Path,
                                       tmp_path: Path) -> None:
    window = build_main_window(workspace / "sar-adult-r.json", documents_dir=tmp_path,
                               prompter=FakePrompter(), clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    controller = window.preview.controller  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.full_loads >= 1 and controller.idle, timeout=20000)
    from review_editor.storage import ProfileLogo

    # a colleague saves the shared profile (here, as the command line would)
    save_profile(OrganisationProfile(name="Fenmoor Partnership Pages", primary_colour="#4b0b5c",
                                     logo=ProfileLogo(PNG, "image/png", "logo.png"),
                                     footer="Fenmoor footer text"),
                 paths.profile_file(workspace), expected_sha256=None)
    loads = controller.full_loads
    controller.request_update()  # what the dialog's Save does
    qtbot.waitUntil(lambda: controller.full_loads > loads and controller.idle, timeout=20000)
    results: list[object] = []
    window.preview.view.run_in_app_world(  # type: ignore[attr-defined]
        "document.documentElement.outerHTML", results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    page = str(results[0])
    assert "#4b0b5c" in page
    assert "data:image/png;base64," in page
    assert "Fenmoor footer text" in page


def test_a_damaged_profile_is_named_and_replaced_only_on_save(qtbot: Any,
                                                               settings: Settings) -> None:
    assert settings.last_folder is not None
    damaged = paths.profile_file(settings.last_folder)
    damaged.write_text('{"format": "review-editor-profile", "name": ', encoding="utf-8")
    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    assert any(paths.PROFILE_NAME in m and "saving replaces it" in m
               for m in dialog.update_warnings())
    assert branding_from(settings)() is None  # the default look meanwhile
    assert damaged.read_text(encoding="utf-8").endswith('"name": ')
    dialog.name.setText("Repaired Partnership")
    dialog.accept()
    assert load_profile(damaged).profile.name == "Repaired Partnership"


def test_the_welsh_name_and_footer_sit_beside_the_english_and_reach_welsh_pages(
        qtbot: Any, app_home: Path, workspace: Path, tmp_path: Path) -> None:
    window, dialog = _window_with_dialog(qtbot, workspace, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    for english, welsh in ((dialog.name, dialog.name_cy), (dialog.footer, dialog.footer_cy)):
        at_english = english.mapTo(dialog, english.rect().topLeft())
        at_welsh = welsh.mapTo(dialog, welsh.rect().topLeft())
        assert at_english.y() == at_welsh.y() and at_english.x() < at_welsh.x()
    dialog.name.setText("Ogwen Valley Partnership")
    dialog.name_cy.setText("Partneriaeth Dyffryn Ogwen")
    dialog.footer.setPlainText("Council Offices, Bethesda")
    dialog.footer_cy.setPlainText("Swyddfeydd y Cyngor, Bethesda")
    dialog.accept()
    saved = load_profile(paths.profile_file(workspace)).profile
    assert (saved.name_cy, saved.footer_cy) == ("Partneriaeth Dyffryn Ogwen",
                                                "Swyddfeydd y Cyngor, Bethesda")
    reopened = BrandingDialog(window.settings, window)
    qtbot.addWidget(reopened)
    assert reopened.name_cy.text() == "Partneriaeth Dyffryn Ogwen"
    out = tmp_path / "out"
    record = str(workspace / "adult-practice-review-adult-g.json")
    common = ["--format", "html", "--out", str(out), "--now", "2026-11-25T12:00:00+00:00"]
    assert cli.main(["export", record, "--language", "cy", *common]) == 0
    assert cli.main(["export", record, "--language", "en", *common]) == 0
    welsh_page = next(out.glob("*-cy.html")).read_text(encoding="utf-8")
    english_page = next(out.glob("*-en.html")).read_text(encoding="utf-8")
    assert "Partneriaeth Dyffryn Ogwen" in welsh_page and "Swyddfeydd y Cyngor" in welsh_page
    assert "Ogwen Valley Partnership" not in welsh_page
    assert "Council Offices" not in welsh_page
    assert "Ogwen Valley Partnership" in english_page and "Council Offices" in english_page
    assert "Partneriaeth Dyffryn Ogwen" not in english_page
