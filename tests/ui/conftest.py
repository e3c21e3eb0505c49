"""Fixtures for the window tests: a Documents folder and a maker of real editor windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from window_helpers import FakePrompter, MakeWindow, fixed_clock

from review_editor.app import build_main_window
from review_editor.ui.form import section_memory
from review_editor.ui.window.main_window import MainWindow


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    return folder


def _shown_window(qtbot, documents: Path, path: Path | None,
                  prompter: FakePrompter | None) -> MainWindow:
    window = build_main_window(path, documents_dir=documents,
                               prompter=prompter or FakePrompter(), clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Narrow panels lay their rows out again once their width is known (labels over
    # fields, buttons under titles); a person sees the window only after those passes,
    # so a test clicks only after them too.
    for _ in range(3):
        QApplication.processEvents()
    return window


@pytest.fixture
def make_window(qtbot, app_home: Path, documents: Path) -> MakeWindow:
    def make(path: Path | None = None, prompter: FakePrompter | None = None) -> MainWindow:
        return _shown_window(qtbot, documents, path, prompter)
    return make


@pytest.fixture
def checked_window(qtbot, app_home: Path, documents: Path) -> MakeWindow:
    """Like ``make_window``, and waits for the open record's first checks (if one opened)."""
    def make(path: Path | None = None, prompter: FakePrompter | None = None) -> MainWindow:
        window = _shown_window(qtbot, documents, path, prompter)
        if window.controller.current is not None:
            qtbot.waitUntil(lambda: window.checks.ready, timeout=15000)
        return window
    return make


class _EverySection(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


@pytest.fixture
def every_section_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forms open every section, as for an officer who keeps them all open (a record
    opens with only the first sections open)."""
    monkeypatch.setattr(section_memory, "OPEN_SECTIONS", _EverySection())


@pytest.fixture
def font_percent(request: pytest.FixtureRequest) -> Iterator[int]:
    """The application's font at ``request.param`` per cent of its usual size (used with
    ``indirect``), as an officer who enlarges text sees the window."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usual = app.font()
    percent = int(request.param)
    larger = app.font()
    larger.setPointSizeF(usual.pointSizeF() * percent / 100)
    app.setFont(larger)
    yield percent
    app.setFont(usual)
