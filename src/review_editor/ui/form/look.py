"""The form's colours and painting, from the palette (so light and dark schemes both work).

The form paints its few custom looks itself instead of using a style sheet: a style sheet
on the form would restyle every widget in it, costing a third of the build time and the
native look of the inputs.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

PROBLEM = QColor("#c62828")


class Colours(NamedTuple):  # a named tuple: made at import in a tenth of a dataclass's time
    card: QColor
    nested: QColor
    border: QColor
    private_fill: QColor
    private_border: QColor
    badge: QColor
    badge_text: QColor
    muted: QColor


def colours(widget: QWidget) -> Colours:
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    mid = palette.color(QPalette.ColorRole.Mid)
    dark = window.lightness() < 128
    return Colours(
        card=base,
        nested=window.lighter(106) if dark else window.darker(102),
        border=_mix(mid, window, 0.55),
        private_fill=QColor("#3a2f17" if dark else "#fff6e0"),
        private_border=QColor("#9c7a2e" if dark else "#e3b34c"),
        badge=QColor("#e8b64a" if dark else "#7a4f00"),
        badge_text=QColor("#1d1503" if dark else "#ffffff"),
        muted=palette.color(QPalette.ColorRole.PlaceholderText),
    )


def paint_panel(widget: QWidget, rect: QRectF, fill: QColor | None, border: QColor,
                radius: float, width: float = 1.0) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = width / 2
    area = rect.adjusted(inset, inset, -inset, -inset)
    painter.setPen(QPen(border, width))
    if fill is not None:
        painter.setBrush(fill)
    painter.drawRoundedRect(area, radius, radius)
    painter.end()


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


def mute(widget: QWidget) -> None:
    set_text_colour(widget, colours(widget).muted)


def _mix(a: QColor, b: QColor, weight: float) -> QColor:
    return QColor(
        round(a.red() * weight + b.red() * (1 - weight)),
        round(a.green() * weight + b.green() * (1 - weight)),
        round(a.blue() * weight + b.blue() * (1 - weight)),
    )
