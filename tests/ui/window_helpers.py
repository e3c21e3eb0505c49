"""Helpers for the main-window tests: a scripted prompter, a fixed clock, a window opened
as the app's start opens it, and code run in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict, deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from review_editor.model import LONDON

if TYPE_CHECKING:
    from review_editor.ui.window.main_window import MainWindow

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=LONDON)


def fixed_clock() -> datetime:
    return NOW


def staged_window(qtbot: Any, path: Path | None, documents: Path) -> MainWindow:
    """The window as the app's start builds it (``staged``), not shown yet."""
    from review_editor import app

    window = app.build_main_window(path, documents_dir=documents, prompter=FakePrompter(),
                                   clock=fixed_clock, staged=True)
    qtbot.addWidget(window)
    return window


def run_python(code: str, timeout: int = 120) -> Any:
    """Runs ``code`` in a fresh interpreter; what it printed last, read as JSON."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


class FakePrompter:
    """Answers from a script, one queue per question, and records every question asked.

    It answers through the same interface as the real dialogs (each question's ``answer``
    callable), at once, before the question returns. With no scripted answer: save prompt →
    "discard", conflict → "cancel", choosers → ``None``, confirm → ``True``, a colleague's
    lock → "read_only", a file changed on disk → "keep"."""

    DEFAULTS: dict[str, Any] = {
        "ask_save_changes": "discard", "ask_conflict": "cancel", "choose_kind": None,
        "choose_open_file": None, "choose_folder": None, "choose_save_path": None,
        "choose_import_file": None, "review_import": None, "confirm": True,
        "ask_locked": "read_only", "ask_external_change": "keep",
    }

    def __init__(self, **answers: list[Any]) -> None:
        self.answers: dict[str, deque[Any]] = defaultdict(deque)
        for name, values in answers.items():
            self.answers[name].extend(values)
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def script(self, name: str, *values: Any) -> None:
        self.answers[name].extend(values)

    def asked(self, name: str) -> list[tuple[Any, ...]]:
        return [args for call, args in self.calls if call == name]

    def _answer(self, name: str, *args: Any) -> Any:
        self.calls.append((name, args))
        queue = self.answers[name]
        return queue.popleft() if queue else self.DEFAULTS.get(name)

    def ask_save_changes(self, name: str, answer: Callable[[Any], object]) -> None:
        answer(self._answer("ask_save_changes", name))

    def ask_conflict(self, path: Path, mine: dict, theirs: dict | None,
                     answer: Callable[[Any], object]) -> None:
        answer(self._answer("ask_conflict", path, mine, theirs))

    def show_comparison(self, path: Path, differences: list[tuple[str, str, str]],
                        then: Callable[[], object] | None = None) -> None:
        self._answer("show_comparison", path, differences)
        if then is not None:
            then()

    def ask_locked(self, info: Any, answer: Callable[[Any], object]) -> None:
        answer(self._answer("ask_locked", info))

    def ask_external_change(self, path: Path, answer: Callable[[Any], object]) -> None:
        answer(self._answer("ask_external_change", path))

    def choose_kind(self, answer: Callable[[Any], object]) -> None:
        answer(self._answer("choose_kind"))

    def choose_open_file(self, start: Path | None, answer: Callable[[Any], object]) -> None:
        answer(self._answer("choose_open_file", start))

    def choose_folder(self, start: Path | None, answer: Callable[[Any], object]) -> None:
        answer(self._answer("choose_folder", start))

    def choose_import_file(self, start: Path | None, answer: Callable[[Any], object]) -> None:
        answer(self._answer("choose_import_file", start))

    def review_import(self, result: Any, reimport: Any, answer: Callable[[Any], object]) -> None:
        """A scripted ``ui.dialogs.import_rows.ImportChoice`` (suggestions to accept, detected
        fields to drop, another kind to read as) makes the record; ``None`` cancels."""
        choice = self._answer("review_import", result, reimport)
        if choice is None:
            answer(None)
            return
        if choice.kind is not None:
            result = reimport(choice.kind)
        answer(choice.record(result))

    def choose_save_path(self, suggested: Path, answer: Callable[[Any], object]) -> None:
        answer(self._answer("choose_save_path", suggested))

    def show_error(self, title: str, message: str) -> None:
        self._answer("show_error", title, message)

    def choose_export(self, folder: Path, count: int, answer: Callable[[Any], object], *,
                      stoppers: list[str] | None = None, bilingual: bool = False) -> None:
        self.export_stoppers = stoppers
        self.export_bilingual = bilingual
        answer(self._answer("choose_export", folder, count))

    def ask_export_override(self, issues: list[Any], answer: Callable[[Any], object]) -> None:
        answer(self._answer("ask_export_override", issues))

    def ask_override(self, issues: list[Any], answer: Callable[[Any], object]) -> None:
        answer(self._answer("ask_override", issues))

    def confirm(self, title: str, message: str, action: str,
                answer: Callable[[bool], object], *, destructive: bool = False) -> None:
        answer(self._answer("confirm", title, message, action))


MakeWindow = Callable[..., "MainWindow"]


def child(parent: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def action(window: MainWindow, name: str) -> QAction:
    return child(window, QAction, f"action:{name}")


def title_field(window: MainWindow) -> QLineEdit:
    widget = window.form.field_widget("title")
    assert isinstance(widget, QLineEdit)
    return widget


def type_in_title(window: MainWindow, qtbot: Any, text: str) -> None:
    """Types ``text`` at the end of the title, as the user would."""
    field = title_field(window)
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, text)
    qtbot.wait(10)


def wait_for_saves(window: MainWindow, timeout: float = 15.0) -> None:
    """Saves run off the UI thread: wait until the one under way (if any) has ended."""
    deadline = time.monotonic() + timeout
    while window.controller.saving:
        assert time.monotonic() < deadline, "the save never ended"
        QTest.qWait(5)


def trigger_save(window: MainWindow, name: str = "save") -> None:
    """File › Save (or ``name``), and wait for it to end."""
    action(window, name).trigger()
    wait_for_saves(window)


def saved(window: MainWindow) -> bool:
    """``controller.save()``, waiting for it to end: True when the save began."""
    began = window.controller.save()
    wait_for_saves(window)
    return began

