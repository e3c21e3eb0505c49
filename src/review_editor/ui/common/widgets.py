"""Helpers shared by the window's widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str | None = None) -> W:
    """Give a widget the object name tests find it by and the name screen readers say."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name or object_name)
    return widget


def to_base64(data: QByteArray) -> str:
    """Qt's saved states (geometry, dock layout, header) as text for the settings file."""
    return bytes(data.toBase64().data()).decode("ascii")


def from_base64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def set_placeholder(dock: QDockWidget, text: str) -> None:
    """What a dock shows until the panel that fills it is ready (a label, if it still
    holds one)."""
    placeholder = dock.widget()
    if isinstance(placeholder, QLabel):
        placeholder.setText(text)
        placeholder.setAccessibleName(text)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" rather than being cut off when short of room."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
