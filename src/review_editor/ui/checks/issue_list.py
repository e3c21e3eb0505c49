"""The Checks dock's list of findings: by severity, then in reading order, each row
painted with its severity's icon and wrapped to the dock's width."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from ...checks import BLOCKING, INFO, WARNING, Issue
from ...checks.titles import check_title
from ..common.widgets import named

SEVERITY_ORDER = {BLOCKING: 0, WARNING: 1, INFO: 2}
SEVERITY_TEXT = {BLOCKING: "Blocking", WARNING: "Warning", INFO: "Note"}
#: While a record is a draft, what blocks publication is work still to do, shown calmly;
#: identification (C1) and legal (C2) findings stay alarming on drafts too.
TO_DO = "to_do"
TO_DO_TEXT = "To do before publishing"
ALWAYS_RED = ("C1.", "C2.")
#: Required before publication (DOMAIN C3.9): on a record that is not being published,
#: each empty required field is an information note; the list folds them into one row.
TO_FILL_IN_CODE = "C3.9"
#: Fewer such notes than this stay single rows: folding one row hides nothing.
FOLD_AT_LEAST = 2
IssueRole = Qt.ItemDataRole.UserRole + 1


def is_to_do(issue: Issue, draft: bool) -> bool:
    """A draft's blocking finding that is work still to do (not C1 or C2)."""
    return draft and issue.severity == BLOCKING and not issue.code.startswith(ALWAYS_RED)


def is_to_fill_in(issue: Issue) -> bool:
    """A note about a required field that is still empty."""
    return issue.code == TO_FILL_IN_CODE and issue.severity == INFO


def count_to_fill_in(issues: list[Issue]) -> int:
    """How many notes the list folds into "still to fill in" (0 when too few to fold)."""
    count = sum(1 for issue in issues if is_to_fill_in(issue))
    return count if count >= FOLD_AT_LEAST else 0


def fields_phrase(count: int) -> str:
    return f"{count} field{'' if count == 1 else 's'}"


def severity_icon(severity: str, widget: QWidget) -> QIcon:
    if severity == TO_DO:
        return _empty_tick_box(widget)
    pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
    if severity == BLOCKING:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
    elif severity == WARNING:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
    return widget.style().standardIcon(pixmap)


def _empty_tick_box(widget: QWidget) -> QIcon:
    """A draft's work to do: a calm, empty tick-box, not a stop sign, and not the green tick
    that would read as done."""
    size = widget.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, widget)
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    box = widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
    option.rect = QRect((size - box) // 2, (size - box) // 2, box, box)
    painter = QPainter(pixmap)
    widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter,
                                 widget)
    painter.end()
    return QIcon(pixmap)


def summary_text(issues: list[Issue], *, draft: bool = False) -> str:
    """"1 blocking · 5 warnings · 17 notes"; a draft's "3 to do before publishing · …" (its C1
    and C2 blocking findings still count as blocking). The notes about empty required
    fields are counted apart, as the list shows them ("· 12 fields to fill in"). Counts of
    none are left out; with nothing blocking, the line says so first."""
    if not issues:
        return "No findings"
    counts = {severity: 0 for severity in SEVERITY_ORDER}
    to_do = 0
    for issue in issues:
        if is_to_do(issue, draft):
            to_do += 1
        else:
            counts[issue.severity] = counts.get(issue.severity, 0) + 1
    to_fill_in = count_to_fill_in(issues)
    parts = [f"{to_do} to do before publishing"] if to_do else []
    if counts[BLOCKING]:
        parts.append(f"{counts[BLOCKING]} blocking")
    if not parts:
        parts.append("Nothing blocking")
    for count, noun in ((counts[WARNING], "warning"), (counts[INFO] - to_fill_in, "note")):
        if count:
            parts.append(f"{count} {noun}{'' if count == 1 else 's'}")
    if to_fill_in:
        parts.append(f"{fields_phrase(to_fill_in)} to fill in")
    return " · ".join(parts)


def by_severity(issues: list[Issue], *, draft: bool = False) -> list[Issue]:
    """Blocking first, then warnings, then notes; reading order within each (stable). On a
    draft, C1 and C2 blocking findings come first, then the rest of the to-do list."""
    def rank(issue: Issue) -> float:
        order = SEVERITY_ORDER.get(issue.severity, 3)
        return order + 0.5 if is_to_do(issue, draft) else order
    return sorted(issues, key=rank)


class Entry:
    """A row of the list: a finding (``Row``), or a row standing for several
    (``fold.FoldRow``). Painted as a bold heading, a message and a muted suggestion."""

    inside_fold = False

    @property
    def heading(self) -> str:
        raise NotImplementedError

    @property
    def message(self) -> str:
        raise NotImplementedError

    @property
    def suggestion(self) -> str:
        raise NotImplementedError

    @property
    def text(self) -> str:
        """Everything the row says, for screen readers, tooltips and tests."""
        raise NotImplementedError

    @property
    def icon_key(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Row(Entry):
    issue: Issue
    place: str  # the field's human name
    to_do: bool = False  # a draft's blocking finding, shown as work to do
    inside_fold: bool = False  # listed under the "still to fill in" row, indented

    @property
    def severity_text(self) -> str:
        if self.to_do:
            return TO_DO_TEXT
        return SEVERITY_TEXT.get(self.issue.severity, self.issue.severity)

    @property
    def title(self) -> str:
        """What the finding is about, in plain English."""
        return check_title(self.issue.code)

    @property
    def heading(self) -> str:
        """"Warning · A long sentence · Body › Summary · C4.1": the code comes last."""
        return f"{self.severity_text} · {self.title} · {self.place} · {self.issue.code}"

    @property
    def message(self) -> str:
        return self.issue.message

    @property
    def suggestion(self) -> str:
        return self.issue.suggestion or ""

    @property
    def icon_key(self) -> str:
        return TO_DO if self.to_do else self.issue.severity

    @property
    def text(self) -> str:
        """Everything the row says, for screen readers, tooltips and tests."""
        parts = [self.heading, self.issue.message]
        if self.issue.suggestion:
            parts.append(f"Suggestion: {self.issue.suggestion}")
        return "\n".join(parts)


class IssueListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Entry] = []
        self.icons: dict[str, QIcon] = {}

    def set_rows(self, rows: list[Entry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons.get(row.icon_key)
        if role == IssueRole:
            return row
        return None


class IssueDelegate(QStyledItemDelegate):
    """A finding in three parts: severity, code and field in bold; the message; the
    suggestion, muted. Wrapped to the list's width."""

    PAD = 6
    ICON = 16

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _parts(self, row: Entry, font: QFont) -> list[tuple[str, QFont, bool]]:
        bold = QFont(font)
        bold.setBold(True)
        parts = [(row.heading, bold, False), (row.message, font, False)]
        if row.suggestion:
            parts.append((f"→ {row.suggestion}", font, True))
        return parts

    def _indent(self, row: Entry) -> int:
        """Rows listed under the "still to fill in" row sit one icon's width in."""
        return self.ICON + self.PAD if row.inside_fold else 0

    def _text_width(self, row: Entry) -> int:
        return max(80, self.view.viewport().width() - 3 * self.PAD - self.ICON
                   - self._indent(row))

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(IssueRole)
        if not isinstance(row, Entry):
            return super().sizeHint(option, index)
        width = self._text_width(row)
        height = 0
        for text, font, _ in self._parts(row, option.font):  # type: ignore[attr-defined]
            height += _wrapped(QFontMetrics(font), width, text).height()
        return QSize(width, height + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(IssueRole)
        if not isinstance(row, Entry):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        opt.icon = QIcon()  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Text)
        muted = colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        start = rect.left() + self._indent(row)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(start + self.PAD, rect.top() + self.PAD + 1,
                                      self.ICON, self.ICON))
        left = start + 2 * self.PAD + self.ICON
        width = rect.right() + 1 - left - self.PAD
        top = rect.top() + self.PAD
        painter.save()
        for text, font, is_muted in self._parts(row, opt.font):  # type: ignore[attr-defined]
            bounds = _wrapped(QFontMetrics(font), width, text)
            painter.setFont(font)
            painter.setPen(muted if is_muted else colour)
            painter.drawText(QRect(left, top, width, bounds.height()),
                             int(Qt.TextFlag.TextWordWrap), text)
            top += bounds.height()
        painter.restore()


def _wrapped(metrics: QFontMetrics, width: int, text: str) -> QRect:
    return metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                text)


class IssueList(QListView):
    """A click (or Enter) on a finding goes to its field; moving through the list with the
    arrow keys shows each finding's words in its field while the list keeps the focus."""

    activated_issue = Signal(object)  # Issue: go to its field
    shown_issue = Signal(object)  # Issue: show its field, keep the focus here
    fold_activated = Signal()  # the "still to fill in" row: open or close it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "checks:list", "Findings")
        self.issue_model = IssueListModel(self)
        self.issue_model.icons = {severity: severity_icon(severity, self)
                                  for severity in (*SEVERITY_ORDER, TO_DO)}
        self.setModel(self.issue_model)
        self.setItemDelegate(IssueDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # A very long record can have thousands of notes: lay them out a batch at a time.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)
        self._filling = False
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(IssueRole)
        if isinstance(row, Row):
            self.activated_issue.emit(row.issue)
        elif isinstance(row, Entry):
            self.fold_activated.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filling or not self.hasFocus():
            return  # new findings listed while typing never move the officer
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a click: ``clicked`` goes to the field
        row = current.data(IssueRole)
        if isinstance(row, Row):
            self.shown_issue.emit(row.issue)

    def current_row(self) -> Row | None:
        row = self.currentIndex().data(IssueRole)
        return row if isinstance(row, Row) else None

    def step(self, forward: bool) -> Row | None:
        """Make the next (or previous) finding current, wrapping round; ``None`` when
        there are none. A row standing for folded notes is passed over."""
        entries = self.issue_model.rows
        count = len(entries)
        if not any(isinstance(entry, Row) for entry in entries):
            return None
        current = self.currentIndex()
        number = current.row() if current.isValid() else (-1 if forward else count)
        while True:
            number = (number + (1 if forward else -1)) % count
            if isinstance(entries[number], Row):
                break
        self._filling = True
        try:
            self.setCurrentIndex(self.issue_model.index(number))
        finally:
            self._filling = False
        self.scrollTo(self.currentIndex())
        found = entries[number]
        assert isinstance(found, Row)
        return found

    def show_rows(self, rows: list[Entry]) -> None:
        current = self.currentIndex().data(IssueRole)
        top = self.verticalScrollBar().value()
        self._filling = True
        try:
            self.issue_model.set_rows(rows)
            for number, row in enumerate(rows):
                if _same_entry(row, current):
                    self.setCurrentIndex(self.issue_model.index(number))
                    break
        finally:
            self._filling = False
        self.verticalScrollBar().setValue(top)

    def rows(self) -> list[Row]:
        """The findings listed, each on its own row (not those folded away)."""
        return [row for row in self.issue_model.rows if isinstance(row, Row)]

    def entries(self) -> list[Entry]:
        """Every row, the "still to fill in" row too."""
        return list(self.issue_model.rows)


def _same_entry(a: Entry, b: object) -> bool:
    if isinstance(a, Row) and isinstance(b, Row):
        return (a.issue.code, a.issue.field_path, a.issue.message) == (
            b.issue.code, b.issue.field_path, b.issue.message)
    return not isinstance(a, Row) and isinstance(b, Entry) and not isinstance(b, Row)

