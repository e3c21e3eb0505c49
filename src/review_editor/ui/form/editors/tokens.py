"""Token editors for lists of short values (keywords, partner names, themes).

Each value is a chip with its own remove button; typing in the box and pressing Enter, Tab
or a comma adds one, with suggestions from the vocabulary; Backspace in the empty box
removes the last.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ....model.schema import FieldSpec
from ....model.themes import THEMES, theme_for_label
from ..containers import show_added
from .base import EditorBase, EditorContext


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping onto new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        spacing = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + spacing
                line_height = 0
            if apply:
                width = hint.width()
                if item.expandingDirections() & Qt.Orientation.Horizontal:
                    width = max(width, area.right() + 1 - x)
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class TagsEditor(EditorBase, QFrame):
    """A list of short strings as chips."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._label = spec.meta.label
        self._items: list[Any] = []
        self._chips: list[QToolButton] = []
        self._read_only = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # looks like an input box
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._flow = FlowLayout(self)
        self._flow.setContentsMargins(4, 3, 4, 3)
        self.input = QLineEdit(self)
        self.input.setObjectName("part:input")
        self.input.setAccessibleName(f"Add to {self._label}")
        self.input.setFrame(False)
        self.input.setPlaceholderText("Add…")
        self.input.setMinimumWidth(140)
        self.input.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.input.installEventFilter(self)
        self._completer = QCompleter(self._suggestions(spec, context), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._on_completed)
        self.input.setCompleter(self._completer)
        self.input.returnPressed.connect(self._commit)
        self.input.textEdited.connect(self._on_text)
        self._flow.addWidget(self.input)
        self.setFocusProxy(self.input)

    def _suggestions(self, spec: FieldSpec, context: EditorContext) -> list[str]:
        return context.suggestions("", spec)

    # items and their display: overridden by the themes editor
    def _item_for(self, text: str) -> Any:
        return text

    def _text_of(self, item: Any) -> str:
        return str(item)

    def _on_text(self, text: str) -> None:
        if "," in text:
            for part in text.split(","):
                self._add(part)
            self.input.clear()

    def _on_completed(self, text: str) -> None:
        self._add(text)
        self.input.clear()

    def _commit(self) -> bool:
        text = self.input.text()
        if not text.strip():
            return False
        self._add(text)
        self.input.clear()
        return True

    def _add(self, text: str) -> None:
        text = text.strip()
        if not text or self._read_only:
            return
        item = self._item_for(text)
        if item in self._items:
            return
        self._items.append(item)
        self._rebuild_chips()
        self.edited.emit()

    def remove_at(self, index: int) -> None:
        if self._read_only or not 0 <= index < len(self._items):
            return
        del self._items[index]
        self._rebuild_chips()
        self.input.setFocus()
        self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input:
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.key() == Qt.Key.Key_Backspace and not self.input.text() and self._items:
                    self.remove_at(len(self._items) - 1)
                    return True
                if event.key() == Qt.Key.Key_Tab and self._commit():
                    return False  # added; Tab still moves on
            elif event.type() == QEvent.Type.FocusOut:
                self._commit()
        return False

    def _rebuild_chips(self) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.hide()
            chip.setParent(None)
            chip.deleteLater()
        self._chips = []
        self._flow.removeWidget(self.input)
        for index, item in enumerate(self._items):
            text = self._text_of(item)
            chip = QToolButton(self)
            chip.setText(f"{text}  ✕")
            chip.setObjectName(f"tag:{index}")
            chip.setAccessibleName(f"Remove {text} from {self._label}")
            chip.setToolTip(f"Remove “{text}”")
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.setEnabled(not self._read_only)
            chip.clicked.connect(lambda _=False, i=index: self.remove_at(i))
            self._flow.addWidget(chip)
            show_added(chip)
            self._chips.append(chip)
        self._flow.addWidget(self.input)
        self.updateGeometry()

    def value(self) -> Any:
        return list(self._items)

    def set_value(self, value: Any) -> None:
        items = list(value or [])
        if items != self._items:
            self._items = items
            self._rebuild_chips()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.input.setVisible(not read_only)
        for chip in self._chips:
            chip.setEnabled(not read_only)

    def texts(self) -> list[str]:
        return [self._text_of(item) for item in self._items]


class ThemesEditor(TagsEditor):
    """Themes stored as ``{id, label}``, suggested from the DOMAIN vocabulary."""

    def _suggestions(self, spec: FieldSpec, context: EditorContext) -> list[str]:
        labels = [option.label for option in THEMES]
        return labels + [s for s in context.suggestions("", spec) if s not in labels]

    def _item_for(self, text: str) -> Any:
        return theme_for_label(text)

    def _text_of(self, item: Any) -> str:
        if isinstance(item, dict):
            return str(item.get("label") or item.get("id") or "")
        return str(item)

    def _add(self, text: str) -> None:
        wanted = theme_for_label(text.strip())["id"] if text.strip() else ""
        if any(isinstance(i, dict) and i.get("id") == wanted for i in self._items):
            return
        super()._add(text)
