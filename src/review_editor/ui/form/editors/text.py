"""Single-line and multi-line text editors, and the read-only display."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QWidget

from ....model.dates import format_datetime
from ....model.schema import FieldSpec
from ....model.vocab import label
from .base import EditorBase, EditorContext, reading_font


class LineEditor(EditorBase, QLineEdit):
    """One line of text; an empty optional field is stored as absent."""

    edited = Signal()
    merges = True
    placeholder = ""

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = spec.optional
        if spec.meta.max_length:
            self.setMaxLength(spec.meta.max_length)
        if self.placeholder:
            self.setPlaceholderText(self.placeholder)
        self.textEdited.connect(self.edited)

    def value(self) -> Any:
        text = self.text()
        return None if not text and self._optional else text

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            position = self.cursorPosition()
            self.setText(text)
            # An undo while typing keeps the caret where it was; otherwise show the start
            # of long values (addresses, titles) rather than their end.
            self.setCursorPosition(min(position, len(text)) if self.hasFocus() else 0)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class UrlEditor(LineEditor):
    placeholder = "https://"


class EmailEditor(LineEditor):
    placeholder = "name@organisation.example"


class SlugEditor(LineEditor):
    placeholder = "lower-case-words-with-hyphens"


class ReadOnlyEditor(EditorBase, QLineEdit):
    """A value shown but never edited (the record id, its kind, its timestamps)."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrame(False)
        palette = self.palette()  # reads as text on the form, not as an input box
        palette.setColor(QPalette.ColorRole.Base, QColor(0, 0, 0, 0))
        self.setPalette(palette)
        self._value: Any = None

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value
        self.setText(_display(value))
        self.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        pass


def _display(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return label(text) if "_" in text and " " not in text else text
    if moment.tzinfo is None or "T" not in text:
        return text
    return f"{format_datetime(moment)} ({moment.isoformat()})"


class TextEditor(EditorBase, QPlainTextEdit):
    """Several lines of plain text, growing with its content up to a limit."""

    edited = Signal()
    merges = True
    min_lines = 3
    max_lines = 10

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = spec.optional
        self._setting = False
        self.setUndoRedoEnabled(False)  # the record's undo stack does this
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFont(reading_font())
        self.document().setDocumentMargin(6)
        self.textChanged.connect(self._on_text_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def _on_text_changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def _fit_height(self, *args: Any) -> None:
        # In a plain-text layout the document's height is its number of (wrapped) lines.
        lines = max(self.min_lines, min(self.max_lines, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        height = lines * self.fontMetrics().lineSpacing() + frame + 6
        if self.height() != height:
            self.setFixedHeight(height)

    def value(self) -> Any:
        text = self.toPlainText()
        return None if not text and self._optional else text

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
