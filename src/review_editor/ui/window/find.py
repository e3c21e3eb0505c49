"""Find in record: search the document's text fields, jump to a field, select the match."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ..common.widgets import named

if TYPE_CHECKING:
    from ..form import RecordForm

# Fields that are identifiers or machine values, not text a user searches.
_SKIPPED = {"schema_version", "id", "kind", "created_at", "modified_at"}


class Match(NamedTuple):  # a named tuple: made at import in a tenth of a dataclass's time
    path: str
    start: int
    end: int


def text_fields(data: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every string value with its dotted path, in document order."""
    if isinstance(data, dict):
        for key, value in data.items():
            if not prefix and key in _SKIPPED:
                continue
            yield from text_fields(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from text_fields(value, f"{prefix}.{index}" if prefix else str(index))
    elif isinstance(data, str) and data:
        yield prefix, data


def find_matches(data: dict[str, Any], query: str) -> list[Match]:
    """Case-insensitive matches of ``query`` in every text field, with offsets into the
    field's own text (a regular expression keeps them exact, where case-folding may not)."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [Match(path, found.start(), found.end())
            for path, text in text_fields(data) for found in pattern.finditer(text)]


def select_in_widget(widget: QWidget, start: int, end: int) -> bool:
    """Select characters start..end in a line or text editor (or one inside ``widget``)."""
    editor = widget if _is_text_editor(widget) else _first_text_editor(widget)
    if isinstance(editor, QLineEdit):
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.setSelection(start, end - start)
        return True
    if isinstance(editor, QTextEdit | QPlainTextEdit):
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        return True
    return False


def _is_text_editor(widget: QWidget) -> bool:
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit)


def _first_text_editor(widget: QWidget) -> QWidget | None:
    for kind in (QPlainTextEdit, QTextEdit, QLineEdit):
        found = widget.findChild(kind)
        if found is not None:
            return found
    return None


class FindBar(QWidget):
    """A bar under the form: type to find, Enter or F3 for the next match."""

    closed = Signal()

    def __init__(self, document_data: Callable[[], dict[str, Any] | None],
                 jump: Callable[[Match], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "findbar", "Find in record")
        self._data = document_data
        self._jump = jump
        self.matches: list[Match] = []
        self.position = -1

        self.field = named(QLineEdit(self), "findbar:text", "Find text")
        self.field.setPlaceholderText("Find in this record")
        self.field.setClearButtonEnabled(True)
        self.status = named(QLabel(self), "findbar:status", "Find result")
        self.previous_button = self._button("findbar:previous", "Previous", "Previous match "
                                            "(Shift+F3)", self.find_previous)
        self.next_button = self._button("findbar:next", "Next", "Next match (F3)",
                                        self.find_next)
        close = self._button("findbar:close", "✕", "Close the find bar (Esc)", self.close_bar)
        close.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.field.textChanged.connect(self._query_changed)
        self.field.returnPressed.connect(self.find_next)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)

    def _button(self, name: str, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = named(QToolButton(self), name, tip)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def query(self) -> str:
        return self.field.text()

    def _query_changed(self) -> None:
        self._refresh()
        self.position = -1
        self._show_status()

    def _refresh(self) -> None:
        data = self._data()
        self.matches = find_matches(data, self.query()) if data is not None else []

    def next_or_open(self) -> None:
        """F3: the next match; the bar to type in while there is nothing to find yet."""
        if self.query():
            self.find_next()
        elif self._data() is not None:
            self.open_bar()

    def previous_or_open(self) -> None:
        if self.query():
            self.find_previous()
        elif self._data() is not None:
            self.open_bar()

    def find_next(self) -> bool:
        return self._step(+1)

    def find_previous(self) -> bool:
        return self._step(-1)

    def _step(self, direction: int) -> bool:
        self._refresh()  # the record may have changed since the last search
        if not self.matches:
            self._show_status()
            return False
        count = len(self.matches)
        if self.position < 0:
            self.position = 0 if direction > 0 else count - 1
        else:
            self.position = (self.position + direction) % count
        # A match in a field the form does not show is skipped.
        for _ in range(count):
            if self._jump(self.matches[self.position]):
                self._show_status()
                return True
            self.position = (self.position + direction) % count
        self._show_status()
        return False

    def _show_status(self) -> None:
        if not self.query():
            self.status.setText("")
        elif not self.matches:
            self.status.setText("No matches")
        elif self.position < 0:
            count = len(self.matches)
            self.status.setText(f"{count} match{'' if count == 1 else 'es'}")
        else:
            self.status.setText(f"{self.position + 1} of {len(self.matches)}")


def jump_in_form(form: RecordForm, match: Match) -> bool:
    """Show ``match`` in the form: its field focused, its words selected and scrolled onto
    the screen (in a tall editor they may lie below the form's fold)."""
    widget = form.field_widget(match.path)
    if widget is None or not form.focus_field(match.path):
        return False
    if not select_in_widget(widget, match.start, match.end):
        return False
    form.reveal_selection(widget)
    return True
