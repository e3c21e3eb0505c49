"""Fixtures for the window tests: a Documents folder and a maker of real editor windows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from window_helpers import FakePrompter, MakeWindow, fixed_clock

from review_editor.app import build_main_window
from review_editor.ui.main_window import MainWindow


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    return folder


@pytest.fixture
def make_window(qtbot, app_home: Path, documents: Path) -> MakeWindow:
    def make(path: Path | None = None, prompter: FakePrompter | None = None) -> MainWindow:
        window = build_main_window(path, documents_dir=documents,
                                   prompter=prompter or FakePrompter(), clock=fixed_clock)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window
    return make
