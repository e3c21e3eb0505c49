"""The small protocol every field editor implements, and helpers they share.

An editor shows one value of the record (a JSON-like value: str, bool, int, list, dict or
None) and says when the user changed it. ``set_value`` never emits ``edited``: undo, redo and
loading call it, and their updates must not come back as new commands.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from ....model.schema import FieldSpec


@runtime_checkable
class FieldEditor(Protocol):
    """What the form knows about an editor; only the registry knows the concrete classes."""

    edited: SignalInstance
    #: Whether consecutive edits may merge into one undo step (typing, spinning).
    merges: bool

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def container(self) -> QWidget:
        """The widget the form lays out: the editor itself, or a wrapper around it."""
        ...

    def merge_token(self) -> int:
        """Edits merge only while this stays the same (it changes on discrete actions)."""
        ...


class EditorContext(Protocol):
    """What an editor may ask the form for."""

    def suggestions(self, path: str, spec: FieldSpec) -> list[str]: ...


class EditorBase:
    """Defaults for the protocol; mixed into QWidget subclasses (no ``__init__`` here)."""

    merges = False
    _token = 0
    #: Set by the form: routes Ctrl+Z / Ctrl+Y in text inputs to the record's undo stack.
    key_filter: QObject | None = None

    def container(self) -> QWidget:
        return self  # type: ignore[return-value]

    def merge_token(self) -> int:
        return self._token

    def bump_token(self) -> None:
        self._token += 1

    def focus_item(self, index: int) -> bool:
        """Focus a part of a list value; editors of whole lists override this."""
        return False


def name_widget(widget: QWidget, path: str, spec: FieldSpec) -> None:
    """The object name tests use (``field:<dotted.path>``); for screen readers the field's
    label as its name and its help line as its description (and tooltip)."""
    widget.setObjectName(f"field:{path}")
    widget.setAccessibleName(accessible_label(path, spec.meta.label))
    if spec.meta.help:
        widget.setToolTip(spec.meta.help)
        widget.setAccessibleDescription(spec.meta.help)


def accessible_label(path: str, label: str) -> str:
    """A field's label, numbered inside a list item ("Recommendation 2: Text")."""
    numbers = [int(part) + 1 for part in path.split(".") if part.isdigit()]
    if not numbers:
        return label
    return f"{label} ({', '.join(f'item {number}' for number in numbers)})"


def reading_font() -> QFont:
    """A comfortable proportional font for prose, a little larger than the UI font."""
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size + 1.5)
    return font


class IgnoreWheelUnlessFocused(QObject):
    """Stops the mouse wheel from changing combo boxes and spin boxes while scrolling."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget)
                and not watched.hasFocus()):
            assert isinstance(event, QWheelEvent)
            event.ignore()  # ignored and filtered: Qt passes it on to the scroll area
            return True
        return False


class UndoKeyRouter(QObject):
    """Sends Ctrl+Z / Ctrl+Y in text inputs to the record's undo stack.

    Line and text edits keep their own undo history and would swallow the keys: this lets
    the window's Undo/Redo shortcuts fire, and when nothing claims the keys, it calls the
    stack itself.
    """

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # let a window shortcut have it
            return True
        if undo:
            self._stack.undo()
        else:
            self._stack.redo()
        return True


_wheel_filter: IgnoreWheelUnlessFocused | None = None


def no_wheel(*widgets: QWidget) -> None:
    """Wheel events scroll the form unless the widget has focus."""
    global _wheel_filter
    if _wheel_filter is None:
        _wheel_filter = IgnoreWheelUnlessFocused(QApplication.instance())
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_wheel_filter)
