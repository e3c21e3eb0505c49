"""The organisation profile: edited in a dialog that checks contrast, kept in settings,
and shown by the preview at once (logo embedded as a data: URI)."""

from __future__ import annotations

import base64
from pathlib import Path

from window_helpers import FakePrompter, fixed_clock

from review_editor.app import build_main_window
from review_editor.ui.common.settings import Settings
from review_editor.ui.dialogs.branding import BrandingDialog, branding_from

# A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU"
    "5ErkJggg==")


def test_low_contrast_colours_are_flagged_and_save_is_kept_for_valid_ones(qtbot,
                                                                          tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
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
    assert dialog.update_warnings() == []
    dialog.accept()
    assert Settings.load(tmp_path / "settings.json").data["branding"]["primary"] == "#0b3d5c"


def test_an_svg_or_fake_logo_is_refused(qtbot, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<svg onload='x'/>", encoding="utf-8")
    settings = Settings(tmp_path / "settings.json", {"branding": {"logo_path": str(fake)}})
    dialog = BrandingDialog(settings)
    qtbot.addWidget(dialog)
    assert any("logo.png" in m for m in dialog.update_warnings())
    assert branding_from(settings)().logo is None  # type: ignore[union-attr]


def test_the_preview_shows_the_profile(qtbot, app_home: Path, workspace: Path,
                                       tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    window = build_main_window(workspace / "sar-adult-r.json", documents_dir=tmp_path,
                               prompter=FakePrompter(), clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    controller = window.preview.controller  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.full_loads >= 1 and controller.idle, timeout=20000)
    window.settings.data["branding"] = {"name": "Fenmoor Partnership Pages",
                                        "primary": "#4b0b5c", "logo_path": str(logo),
                                        "footer": "Fenmoor footer text"}
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
