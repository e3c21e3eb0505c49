"""A panel of field rows, labels beside their fields, that stays whole at any width.

Its label column narrows with the panel (a group nested deep in a narrow window, a large
font), never below a label's longest word; a row whose field cannot have its least width
beside even that label puts the label above the field. Only those rows move, and only when
the panel's width or a field's least width changes: the form is never asked for a height at
each width (labels above every field did that, and made Qt lay out a whole form again for
seconds after each edit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

#: The label column and the least width a field keeps beside it, in lines of the font, so
#: both grow with a large font (153 and 119 px at the usual 17 px line).
LABEL_LINES = 9
FIELD_LINES = 7
#: What the form's nesting adds around a field at its usual deepest: a section's card (10 px
#: each side), then a list item and a group inside it (6 px each side and a 14 px indent).
NESTING = 2 * 10 + 2 * (2 * 6 + 14)
ROW_SPACING = 12
ANY_WIDTH = 16777215


def label_width(metrics: QFontMetrics) -> int:
    return LABEL_LINES * metrics.height()


def least_fields_width(metrics: QFontMetrics) -> int:
    """The width the form's field rows need, nesting included, for every field to stay beside
    a whole label: the form is never given less (the docks give way)."""
    return (LABEL_LINES + FIELD_LINES) * metrics.height() + ROW_SPACING + NESTING


def spanning_label(label: QLabel) -> None:
    """A label on its own row, above its field, as wide as the panel."""
    label.setMaximumWidth(ANY_WIDTH)
    label.setMinimumWidth(0)


def least_width(widget: QWidget) -> int:
    if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
        return widget.minimumWidth()
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


class FieldsPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(ROW_SPACING)
        #: The rows that may stand side by side: (label, field, its longest word's width).
        self._rows: list[tuple[QLabel, QWidget, int]] = []
        self._above: set[QLabel] = set()

    def add_row(self, label: QLabel, field: QWidget) -> None:
        self.form.addRow(label, field)
        margins = label.contentsMargins()
        words = label.text().split() or [""]
        least = margins.left() + margins.right() + max(
            label.fontMetrics().horizontalAdvance(word) for word in words)
        self._rows.append((label, field, least))

    def event(self, event: QEvent) -> bool:
        # A resize, or a field whose least width changed (a date given a day and month).
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and self._rows:
            self._fit(self.width())
        return super().event(event)

    def _fit(self, width: int) -> None:
        metrics = self._rows[0][0].fontMetrics()
        room = width - ROW_SPACING - FIELD_LINES * metrics.height()
        column = max(least for _, _, least in self._rows)
        column = max(column, min(label_width(metrics), room))
        for label, field, _ in self._rows:
            beside = column + ROW_SPACING + least_width(field) <= width
            if beside != (label not in self._above):
                self._move(label, field, beside)
            if beside and (label.minimumWidth() != column or label.maximumWidth() != column):
                label.setFixedWidth(column)

    def _move(self, label: QLabel, field: QWidget, beside: bool) -> None:
        position: tuple[int, object] = self.form.getWidgetPosition(label)  # type: ignore[assignment]
        row = position[0]
        if beside:
            self.form.takeRow(row + 1)
            self.form.takeRow(row)
            self.form.insertRow(row, label, field)
            self._above.discard(label)
        else:
            self.form.takeRow(row)
            spanning_label(label)
            self.form.insertRow(row, label)
            self.form.insertRow(row + 1, field)
            self._above.add(label)
        label.show()
        field.show()
