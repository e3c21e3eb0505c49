"""A library row you can read: the whole title, wrapped, with the kind, the status and a
date beneath it in smaller type ("Example · Review notice · Draft · 27 Jul 2021")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from .records import META_ROLE

Index = QModelIndex | QPersistentModelIndex
PAD = 4


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(7.0, size * 0.88))
    return small


def title_lines(title: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The title's lines at ``width``, wrapped at spaces (a word longer than a line is cut
    where it must be); nothing is left out."""
    lines: list[str] = []
    line = ""
    for word in title.split():
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
        while metrics.horizontalAdvance(line) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and metrics.horizontalAdvance(line[:cut]) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line or not lines:
        lines.append(line)
    return lines


_WRAPPED: dict[tuple[str, str, int], tuple[str, ...]] = {}
WRAPPED_KEPT = 4096


def wrapped_lines(text: str, font: QFont, width: int) -> tuple[str, ...]:
    """``title_lines`` in ``font``, remembered: each row is measured on every layout (a
    resize, a selection), and measuring its words again cost most of the library's first
    layout. The font's key names its family, size and style, so equal keys measure alike."""
    key = (text, font.key(), width)
    lines = _WRAPPED.get(key)
    if lines is None:
        if len(_WRAPPED) >= WRAPPED_KEPT:
            _WRAPPED.clear()
        lines = _WRAPPED[key] = tuple(title_lines(text, QFontMetrics(font), width))
    return lines


class LibraryRowDelegate(QStyledItemDelegate):
    """Paints the title column of the library: title lines, then the row's details."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _width(self, option: QStyleOptionViewItem, index: Index) -> int:
        width = self.view.header().sectionSize(index.column())
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        extra = 20 if icon is not None else 0
        return max(60, width - 2 * PAD - extra)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        font: QFont = option.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._width(option, index)
        height = len(wrapped_lines(title, font, width)) * metrics.lineSpacing() + 2 * PAD
        meta = index.data(META_ROLE)
        if meta:
            smaller = small_font(font)
            count = len(wrapped_lines(str(meta), smaller, width))
            height += count * QFontMetrics(smaller).lineSpacing() + 2
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget: QWidget | None = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        left = rect.left() + PAD
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            left += 20
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        if foreground is not None and not selected:
            text_colour = foreground
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        font: QFont = opt.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        width = self._width(option, index)
        top = rect.top() + PAD
        painter.save()
        painter.setFont(font)
        painter.setPen(text_colour)
        for line in wrapped_lines(str(title), font, width):
            painter.drawText(QRect(left, top, width, metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line)
            top += metrics.lineSpacing()
        meta = index.data(META_ROLE)
        if meta:
            small = small_font(font)
            painter.setFont(small)
            painter.setPen(muted)
            small_metrics = QFontMetrics(small)
            top += 2
            for line in wrapped_lines(str(meta), small, width):
                painter.drawText(QRect(left, top, width, small_metrics.lineSpacing()),
                                 int(Qt.AlignmentFlag.AlignLeft
                                     | Qt.AlignmentFlag.AlignVCenter), line)
                top += small_metrics.lineSpacing()
        painter.restore()


class LibraryView(QTreeView):
    """Rows are as tall as their wrapped titles: a new width lays them out again. An empty
    list says why it is empty (``set_placeholder``)."""

    _placeholder = ""

    @property
    def placeholder(self) -> str:
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        if text != self._placeholder:
            self._placeholder = text
            # A hidden list is painted in full when shown. Asking for the viewport (made by
            # Qt, not by Python) makes PySide load every widget class it has, to find the
            # viewport's type: some 15 ms, which the window's start would spend before its
            # first paint.
            if self.isVisible():
                self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        model = self.model()
        if not self._placeholder or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        colour = self.palette().color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.75)  # muted, still well above 4.5:1 on the list's background
        painter.setPen(colour)
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), self._placeholder)
        painter.end()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        # Laid out again once the resizing is over (Qt does it before the next paint or the
        # next question about a row's place): the window's first layout resizes the list
        # several times, and measuring every row at each width cost most of its layout.
        self.scheduleDelayedItemsLayout()

    def setup_rows(self) -> None:
        self.setItemDelegateForColumn(0, LibraryRowDelegate(self))
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
