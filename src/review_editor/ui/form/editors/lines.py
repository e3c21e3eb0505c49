"""An editable list of single-line strings (reflective questions, practice points)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from ....model.schema import FieldSpec
from ..containers import show_added
from ..look import mute
from .base import EditorBase, EditorContext

_WELSH = " (Cymraeg)"


class LinesEditor(EditorBase, QWidget):
    """One line edit per item, each with move and remove buttons, and an Add button.

    The value is the whole list; typing merges per line, adding, moving and removing are
    steps of their own. Each line is named ``field:<path>.<index>`` so a finding about one
    item can be focused.
    """

    edited = Signal()
    merges = True

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._label = spec.meta.label
        self._path = ""
        self._read_only = False
        self._lines: list[QLineEdit] = []
        self._rows: list[list[QWidget]] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        # Beside its English list a Welsh list's column is headed "Cymraeg" and is narrow:
        # the button says "Add good practice" and its tooltip and accessible name say which.
        full_name = f"Add {_singular(self._label)}"
        self.add_button = QPushButton(full_name.removesuffix(_WELSH), self)
        if full_name.endswith(_WELSH):
            self.add_button.setToolTip(full_name)
        self.add_button.clicked.connect(self.add_line)
        self._place_add_button(0)
        self.setFocusProxy(self.add_button)

    def set_path(self, path: str) -> None:
        """Names the lines and buttons after the field's dotted path."""
        self._path = path
        self.add_button.setObjectName(f"button:add:{path}")
        self.add_button.setAccessibleName(self.add_button.toolTip() or self.add_button.text()
                                          .replace("&", "") or f"Add to {self._label}")
        self._name_rows()

    def _name_rows(self) -> None:
        for index, (line, row) in enumerate(zip(self._lines, self._rows, strict=True)):
            item = f"{self._path}.{index}"
            line.setObjectName(f"field:{item}")
            line.setAccessibleName(f"{self._label}, item {index + 1}")
            line.setAccessibleDescription(f"{self._label}, item {index + 1}")
            for button in row[2:]:
                action = button.property("action")
                button.setObjectName(f"button:{action}:{item}")
                button.setAccessibleName(f"{str(action).capitalize()} {self._label.lower()} "
                                         f"item {index + 1}")

    def _make_row(self) -> None:
        index = len(self._lines)
        number = QLabel(f"{index + 1}.", self)
        mute(number)
        line = QLineEdit(self)
        line.setReadOnly(self._read_only)
        if self.key_filter is not None:
            line.installEventFilter(self.key_filter)
        line.textEdited.connect(lambda _text, i=index: self._typed(i))
        buttons: list[QWidget] = [number, line]
        for action, text, tip in (("up", "↑", "Move up"), ("down", "↓", "Move down"),
                                  ("remove", "✕", "Remove")):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(f"{tip} ({self._label}, item {index + 1})")
            button.setAccessibleDescription(button.toolTip())
            button.setProperty("action", action)
            button.setEnabled(not self._read_only)
            button.clicked.connect(lambda _=False, i=index, a=action: self._row_action(a, i))
            buttons.append(button)
        for column, widget in enumerate(buttons):
            self._grid.addWidget(widget, index, column)
            show_added(widget)
        self._lines.append(line)
        self._rows.append(buttons)

    def _layout_add_button(self) -> None:
        self._grid.removeWidget(self.add_button)
        self._place_add_button(len(self._lines))
        for row, widgets in enumerate(self._rows):
            up, down, remove = widgets[2:]
            up.setEnabled(not self._read_only and row > 0)
            down.setEnabled(not self._read_only and row < len(self._rows) - 1)
            remove.setEnabled(not self._read_only)

    def _place_add_button(self, row: int) -> None:
        # Under the line and its move and remove buttons, so it has the row's whole width.
        self._grid.addWidget(self.add_button, row, 1, 1, 4, Qt.AlignmentFlag.AlignLeft)

    def _resize(self, count: int) -> None:
        while len(self._lines) > count:
            for widget in self._rows.pop():
                self._grid.removeWidget(widget)
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
            self._lines.pop()
        while len(self._lines) < count:
            self._make_row()
        self._name_rows()
        self._layout_add_button()
        self.setFocusProxy(self._lines[0] if self._lines else self.add_button)

    def _typed(self, index: int) -> None:
        if self._token_line != index:
            self.bump_token()
            self._token_line = index
        self.edited.emit()

    _token_line = -1

    def _structural(self, values: list[str], focus: int | None) -> None:
        self.bump_token()
        self._token_line = -1
        self.set_value(values)
        self.edited.emit()
        self.bump_token()
        if focus is not None:
            self.focus_item(focus)

    def add_line(self) -> None:
        if not self._read_only:
            values = self.value() + [""]
            self._structural(values, len(values) - 1)

    def _row_action(self, action: str, index: int) -> None:
        values = self.value()
        if action == "remove":
            del values[index]
            self._structural(values, min(index, len(values) - 1) if values else None)
            if not values:
                self.add_button.setFocus()
        else:
            target = index - 1 if action == "up" else index + 1
            if 0 <= target < len(values):
                values.insert(target, values.pop(index))
                self._structural(values, None)
                self._rows[target][2 if action == "up" else 3].setFocus()

    def value(self) -> Any:
        return [line.text() for line in self._lines]

    def set_value(self, value: Any) -> None:
        values = [str(v) for v in (value or [])]
        if len(values) != len(self._lines):
            self._resize(len(values))
        for line, text in zip(self._lines, values, strict=True):
            if line.text() != text:
                position = line.cursorPosition()
                line.setText(text)
                line.setCursorPosition(min(position, len(text)))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for line in self._lines:
            line.setReadOnly(read_only)
        self._layout_add_button()

    def focus_item(self, index: int) -> bool:
        if 0 <= index < len(self._lines):
            self._lines[index].setFocus()
            return True
        return False

    def key_inputs(self) -> list[QWidget]:
        return list(self._lines)


def _singular(label: str) -> str:
    """"Questions for reflection" → "question for reflection"; "Practice points" → "… point";
    a Welsh list keeps its language's name: "practice point (Cymraeg)"."""
    words = label.removesuffix(_WELSH).lower().split()
    for index in (0, len(words) - 1):
        if words[index].endswith("s") and not words[index].endswith("ss"):
            words[index] = words[index][:-1]
            break
    return " ".join(words) + (_WELSH if label.endswith(_WELSH) else "")
