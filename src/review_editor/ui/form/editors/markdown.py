"""The Markdown editor for body sections: a plain-text editor with a formatting toolbar.

QPlainTextEdit stays fast with very long sections (100k words); formatting inserts
Markdown markup around the selection rather than styling text, since the record stores
Markdown and the preview shows the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QFrame, QToolBar, QToolButton, QVBoxLayout, QWidget

from ....model.schema import FieldSpec
from .base import EditorContext
from .text import TextEditor

_HEADING = re.compile(r"^(#{1,6}) ")
_BULLET = re.compile(r"^[-*+] ")
_NUMBER = re.compile(r"^\d+[.)] ")
_ANY_LIST = re.compile(r"^([-*+]|\d+[.)]) ")


class MarkdownEditor(TextEditor):
    min_lines = 6
    max_lines = 24

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(spec, context, parent)
        self.setLineWrapMode(TextEditor.LineWrapMode.WidgetWidth)
        self.setPlaceholderText("Write in Markdown: **bold**, *italic*, ### sub-heading, "
                                "- list item, [link text](https://…)")
        self._frame = QFrame()
        self._frame.setObjectName("markdownFrame")
        self.toolbar = QToolBar(self._frame)
        self.toolbar.setObjectName("markdownToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label = spec.meta.label
        self.actions_by_name: dict[str, QAction] = {}
        self._keys: list[tuple[QKeySequence, Callable[[], None]]] = []
        for name, text, tip, keys, handler in (
            ("bold", "B", "Bold", "Ctrl+B", self.toggle_bold),
            ("italic", "I", "Italic", "Ctrl+I", self.toggle_italic),
            ("heading", "H", "Sub-heading (###)", "Ctrl+Shift+H", self.toggle_heading),
            ("bullets", "• List", "Bulleted list", "Ctrl+Shift+L", self.toggle_bullets),
            ("numbers", "1. List", "Numbered list", "Ctrl+Shift+N", self.toggle_numbers),
            ("link", "Link", "Link", "Ctrl+K", self.insert_link),
        ):
            self._add_action(name, text, f"{tip} ({keys})", keys, handler, label)
        layout = QVBoxLayout(self._frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self)
        self._frame.setFocusProxy(self)

    def _add_action(self, name: str, text: str, tip: str, keys: str,
                    handler: Callable[[], None], field_label: str) -> None:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(handler)
        # The keys are handled in event(), ahead of any window shortcut or the text
        # control's own bindings (Ctrl+K deletes to the end of the line on some systems).
        self._keys.append((QKeySequence(keys), handler))
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setObjectName(f"markdown:{name}")
            button.setAccessibleName(f"{tip} — {field_label}")
            if name == "bold":
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            elif name == "italic":
                font = button.font()
                font.setItalic(True)
                button.setFont(font)
        self.actions_by_name[name] = action

    def container(self) -> QWidget:
        return self._frame

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            handler = self._handler_for(event)
            if handler is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    handler()
                return True
        return super().event(event)

    def _handler_for(self, event: QKeyEvent) -> Callable[[], None] | None:
        pressed = QKeySequence(event.keyCombination())
        for keys, handler in self._keys:
            if pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch:
                return handler
        return None

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.toolbar.setEnabled(not read_only)

    # formatting: each is one undo step of its own
    def _formatting(self, change: Callable[[QTextCursor], None]) -> None:
        if self.isReadOnly():
            return
        self.bump_token()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        change(cursor)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.bump_token()
        self.setFocus()

    def toggle_bold(self) -> None:
        self._formatting(lambda cursor: _wrap(cursor, "**", "bold text"))

    def toggle_italic(self) -> None:
        self._formatting(lambda cursor: _wrap(cursor, "*", "italic text"))

    def toggle_heading(self) -> None:
        self._formatting(lambda cursor: _prefix_lines(cursor, _HEADING, _HEADING,
                                                      lambda i: "### "))

    def toggle_bullets(self) -> None:
        self._formatting(lambda cursor: _prefix_lines(cursor, _BULLET, _ANY_LIST,
                                                      lambda i: "- "))

    def toggle_numbers(self) -> None:
        self._formatting(lambda cursor: _prefix_lines(cursor, _NUMBER, _ANY_LIST,
                                                      lambda i: f"{i + 1}. "))

    def insert_link(self) -> None:
        self._formatting(_link)


def _wrap(cursor: QTextCursor, marker: str, placeholder: str) -> None:
    """Wrap the selection in ``marker`` (or unwrap it if it is already wrapped)."""
    text = cursor.selectedText()
    start = cursor.selectionStart()
    document = cursor.document()
    size = len(marker)
    before = QTextCursor(document)
    before.setPosition(max(0, start - size))
    before.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
    after = QTextCursor(document)
    after.setPosition(start + len(text))
    after.setPosition(min(document.characterCount() - 1, start + len(text) + size),
                      QTextCursor.MoveMode.KeepAnchor)
    if text and before.selectedText() == marker and after.selectedText() == marker:
        after.removeSelectedText()
        before.removeSelectedText()
        cursor.setPosition(start - size)
        cursor.setPosition(start - size + len(text), QTextCursor.MoveMode.KeepAnchor)
        return
    if text.startswith(marker) and text.endswith(marker) and len(text) > 2 * size:
        inner = text[size:-size]
        cursor.insertText(inner)
        cursor.setPosition(start)
        cursor.setPosition(start + len(inner), QTextCursor.MoveMode.KeepAnchor)
        return
    inner = text or placeholder
    cursor.insertText(f"{marker}{inner}{marker}")
    cursor.setPosition(start + size)
    cursor.setPosition(start + size + len(inner), QTextCursor.MoveMode.KeepAnchor)


def _prefix_lines(cursor: QTextCursor, pattern: re.Pattern[str], replaces: re.Pattern[str],
                  prefix: Callable[[int], str]) -> None:
    """Toggle a line prefix (heading, bullet, number) on every line the selection touches.

    ``replaces`` matches the prefixes it takes the place of: a numbered list turns bullets
    into numbers rather than adding to them.
    """
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    blocks = []
    block = first
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    remove = all(pattern.match(b.text()) for b in blocks)
    edit = QTextCursor(document)
    for index, block in enumerate(blocks):
        edit.setPosition(block.position())
        found = replaces.match(block.text())
        if found:
            edit.setPosition(block.position() + found.end(), QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
        if not remove:
            edit.insertText(prefix(index))
    cursor.setPosition(blocks[0].position())
    cursor.setPosition(blocks[-1].position() + blocks[-1].length() - 1,
                       QTextCursor.MoveMode.KeepAnchor)


def _link(cursor: QTextCursor) -> None:
    """``[selection](https://)`` with the address selected, ready to type or paste."""
    text = cursor.selectedText() or "link text"
    start = cursor.selectionStart()
    cursor.insertText(f"[{text}](https://)")
    address = start + len(text) + 3
    cursor.setPosition(address)
    cursor.setPosition(address + len("https://"), QTextCursor.MoveMode.KeepAnchor)
