"""Helpers for the main-window tests: a scripted prompter, a fixed clock, and a stand-in for
the generated form used only while ``review_editor.ui.form`` has no ``RecordForm``."""

from __future__ import annotations

import importlib
import sys
import types
from collections import defaultdict, deque
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from review_editor.model import LONDON
from review_editor.model.document import RecordDocument

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=LONDON)


def fixed_clock() -> datetime:
    return NOW


class FakePrompter:
    """Answers from a script, one queue per question, and records every question asked.

    With no scripted answer: save prompt → "discard", conflict → "cancel", choosers →
    ``None``, confirm → ``True``."""

    DEFAULTS: dict[str, Any] = {
        "ask_save_changes": "discard", "ask_conflict": "cancel", "choose_kind": None,
        "choose_open_file": None, "choose_folder": None, "choose_save_path": None,
        "confirm": True,
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

    def ask_save_changes(self, name: str) -> str:
        return self._answer("ask_save_changes", name)

    def ask_conflict(self, path: Path, mine: dict, theirs: dict | None) -> str:
        return self._answer("ask_conflict", path, mine, theirs)

    def show_comparison(self, path: Path, differences: list[tuple[str, str, str]]) -> None:
        self._answer("show_comparison", path, differences)

    def choose_kind(self) -> str | None:
        return self._answer("choose_kind")

    def choose_open_file(self, start: Path | None) -> Path | None:
        return self._answer("choose_open_file", start)

    def choose_folder(self, start: Path | None) -> Path | None:
        return self._answer("choose_folder", start)

    def choose_save_path(self, suggested: Path) -> Path | None:
        return self._answer("choose_save_path", suggested)

    def show_error(self, title: str, message: str) -> None:
        self._answer("show_error", title, message)

    def confirm(self, title: str, message: str, action: str) -> bool:
        return self._answer("confirm", title, message, action)


# A stand-in form ---------------------------------------------------------------------------

class _SetValue(QUndoCommand):
    def __init__(self, form: StandInForm, path: str, old: Any, new: Any, label: str) -> None:
        super().__init__(f"Change {label}")
        self.form, self.path, self.old, self.new = form, path, old, new

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, _SetValue) or other.path != self.path:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.form.apply(self.path, self.new)

    def undo(self) -> None:
        self.form.apply(self.path, self.old)


class _Structure(QUndoCommand):
    def __init__(self, form: StandInForm, text: str, do: Any, undo: Any) -> None:
        super().__init__(text)
        self.form, self._do, self._undo = form, do, undo

    def redo(self) -> None:
        self._do()
        self.form.rebuild()

    def undo(self) -> None:
        self._undo()
        self.form.rebuild()


class StandInForm(QWidget):
    """The generated form's interface, with line edits for the title, summary and the
    recommendations' text, and add / move buttons for the recommendations."""

    changed = Signal(str)
    structure_changed = Signal()
    LIST = "review.recommendations"

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._document: RecordDocument | None = None
        self._read_only = False
        self._widgets: dict[str, QWidget] = {}
        self._applying = False
        self.problems: list[tuple[str, str]] = []
        QVBoxLayout(self)

    def set_document(self, document: RecordDocument, read_only: bool = False) -> None:
        self._document, self._read_only = document, read_only
        self.rebuild()

    def document(self) -> RecordDocument | None:
        return self._document

    def focus_field(self, path: str) -> bool:
        widget = self._widgets.get(path)
        if widget is None:
            return False
        widget.setFocus()
        return True

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        self.problems = list(problems)

    def field_widget(self, path: str) -> QWidget | None:
        return self._widgets.get(path)

    # building
    def rebuild(self) -> None:
        layout = self.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._widgets.clear()
        if self._document is None:
            return
        for path in ("title", "summary"):
            self._line(path)
        if self._document.kind == "review_notice":
            for index, _ in enumerate(self._document.get(self.LIST) or []):
                self._line(f"{self.LIST}.{index}.text")
                for direction in ("up", "down"):
                    button = QPushButton(f"Move {direction}", self)
                    name = f"button:move_{direction}:{self.LIST}.{index}"
                    button.setObjectName(name)
                    button.clicked.connect(
                        lambda _=False, i=index, d=direction: self.move(i, -1 if d == "up" else 1))
                    layout.addWidget(button)
            add = QPushButton("Add recommendation", self)
            add.setObjectName(f"button:add:{self.LIST}")
            add.clicked.connect(self.add)
            layout.addWidget(add)

    def _line(self, path: str) -> None:
        assert self._document is not None
        edit = QLineEdit(str(self._document.get(path) or ""), self)
        edit.setObjectName(f"field:{path}")
        edit.setAccessibleName(f"field:{path}")
        edit.setReadOnly(self._read_only)
        edit.textEdited.connect(lambda text, p=path: self._edited(p, text))
        self.layout().addWidget(edit)
        self._widgets[path] = edit

    # editing through the undo stack
    def _edited(self, path: str, text: str) -> None:
        assert self._document is not None
        old = self._document.get(path)
        self.undo_stack.push(_SetValue(self, path, old, text or None, path.split(".")[-1]))

    def apply(self, path: str, value: Any) -> None:
        assert self._document is not None
        self._document.set(path, value)
        widget = self._widgets.get(path)
        if isinstance(widget, QLineEdit) and widget.text() != (value or ""):
            widget.setText(value or "")
        self.changed.emit(path)

    def add(self) -> None:
        assert self._document is not None
        document = self._document
        count = len(document.get(self.LIST) or [])
        item = {"id": f"R{count + 1}", "text": ""}
        self.undo_stack.push(_Structure(
            self, "Add recommendation", lambda: document.insert(self.LIST, count, item),
            lambda: document.remove(self.LIST, count)))
        self.structure_changed.emit()

    def move(self, index: int, step: int) -> None:
        assert self._document is not None
        document = self._document
        target = index + step
        if not 0 <= target < len(document.get(self.LIST) or []):
            return
        self.undo_stack.push(_Structure(
            self, "Move recommendation", lambda: document.move(self.LIST, index, target),
            lambda: document.move(self.LIST, target, index)))
        self.structure_changed.emit()


def real_form_available() -> bool:
    try:
        module = importlib.import_module("review_editor.ui.form")
    except ImportError:
        return False
    return hasattr(module, "RecordForm")


def install_stand_in_form() -> bool:
    """Make ``review_editor.ui.form.RecordForm`` the stand-in when the real form is not
    there yet. Returns True when the stand-in is in use."""
    if real_form_available():
        return False
    module = sys.modules.get("review_editor.ui.form")
    if module is None:
        module = types.ModuleType("review_editor.ui.form")
        sys.modules["review_editor.ui.form"] = module
    module.RecordForm = StandInForm  # type: ignore[attr-defined]
    return True
