"""The library: every record in the open folder, searchable as you type.

``LibraryModel`` holds one row per file, broken files included (listed in their own style,
with the error as tooltip). ``LibraryFilter`` narrows the rows by search words, kind and
status. Sorting happens in the model with Python's sort, not in the proxy: the proxy would
re-sort through ``data()`` on every keystroke, which costs far more than the search itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from ..model import LONDON, Kind, Status, label
from ..storage import FolderScan, IndexEntry, LoadError
from .text import short_date, short_datetime

Index = QModelIndex | QPersistentModelIndex

TITLE, KIND, STATUS, PUBLISHED, MODIFIED = range(5)
HEADERS = ("Title", "Kind", "Status", "Published", "Last modified")
BROKEN = "broken"  # the status filter value that lists the files that cannot be opened

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 2

_STATUS_ORDER = {status.value: position for position, status in enumerate(Status)}
_BROKEN_COLOUR = QColor("#b3261e")


@dataclass
class LibraryRow:
    path: Path
    entry: IndexEntry | None = None
    error: LoadError | None = None

    @property
    def broken(self) -> bool:
        return self.entry is None

    @property
    def kind(self) -> str:
        return self.entry.kind if self.entry else ""

    @property
    def status(self) -> str:
        return self.entry.status if self.entry else BROKEN

    @property
    def title(self) -> str:
        return self.entry.title if self.entry else self.path.name

    @property
    def search_text(self) -> str:
        if self.entry:
            return self.entry.search_text
        return f"{self.path.name}\n{self.error.problem if self.error else ''}".casefold()

    def modified(self) -> str:
        if self.entry is None:
            return ""
        if self.entry.modified_at is not None:
            return short_datetime(self.entry.modified_at)
        return short_datetime(datetime.fromtimestamp(self.entry.file_mtime, LONDON))

    def sort_key(self, column: int) -> Any:
        entry = self.entry
        if column == KIND:
            return label(self.kind).casefold() if entry else "~"
        if column == STATUS:
            return _STATUS_ORDER.get(self.status, len(_STATUS_ORDER))
        if column == PUBLISHED:
            return entry.published_on.isoformat() if entry and entry.published_on else ""
        if column == MODIFIED:
            if entry is None:
                return 0.0
            return entry.modified_at.timestamp() if entry.modified_at else entry.file_mtime
        return self.title.casefold()


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []
        self.folder: Path | None = None
        self._sort_column = TITLE
        self._sort_order = Qt.SortOrder.AscendingOrder

    # filling ----------------------------------------------------------------------------

    def set_scan(self, scan: FolderScan) -> None:
        rows = [LibraryRow(entry.path, entry=entry) for entry in scan.entries]
        rows += [LibraryRow(error.path, error=error) for error in scan.problems
                 if error.path != scan.folder]
        self.beginResetModel()
        self.folder = scan.folder
        self.rows = rows
        self._sort_rows()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.folder = None
        self.rows = []
        self.endResetModel()

    def update_entry(self, entry: IndexEntry) -> None:
        """Show one record's new state (after a save) without rescanning the folder."""
        self._put(LibraryRow(entry.path, entry=entry))

    def mark_broken(self, error: LoadError) -> None:
        self._put(LibraryRow(error.path, error=error))

    def _put(self, row: LibraryRow) -> None:
        position = self.row_of(row.path)
        if position is not None:
            self.rows[position] = row
            self.dataChanged.emit(self.index(position, 0),
                                  self.index(position, len(HEADERS) - 1))
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        self.sort(self._sort_column, self._sort_order)

    def row_of(self, path: Path) -> int | None:
        key = _key(path)
        for position, row in enumerate(self.rows):
            if _key(row.path) == key:
                return position
        return None

    # Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.error is not None:
                return f"This file cannot be opened.\n{row.error.message()}"
            return self._details(row)
        if role == PATH_ROLE:
            return str(row.path)
        if role == BROKEN_ROLE:
            return row.broken
        if row.broken:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _BROKEN_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    @staticmethod
    def _details(row: LibraryRow) -> str:
        assert row.entry is not None
        lines = [row.entry.title, f"{label(row.entry.kind)} · {label(row.entry.status)}"]
        if row.entry.published_on:
            lines.append(f"Published {short_date(row.entry.published_on)}")
        lines.append(f"Last modified {row.modified()}")
        lines.append(str(row.path))
        return "\n".join(lines)

    @staticmethod
    def _display(row: LibraryRow, column: int) -> str:
        if column == TITLE:
            return row.title
        if row.entry is None:
            return "Cannot be opened" if column == STATUS else ""
        if column == KIND:
            return label(row.entry.kind)
        if column == STATUS:
            return label(row.entry.status)
        if column == PUBLISHED:
            return short_date(row.entry.published_on)
        return row.modified()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = [row.path for row in self.rows]
        self._sort_rows()
        positions = {_key(row.path): position for position, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        new = [self.index(positions[_key(before[index.row()])], index.column())
               for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        # Ties keep title order, so equal kinds or statuses read alphabetically.
        self.rows.sort(key=lambda row: row.title.casefold())
        self.rows.sort(key=lambda row: row.sort_key(column), reverse=reverse)


class LibraryFilter(QSortFilterProxyModel):
    """Search words (all must appear, in any order), a kind and a status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind: str | None = None
        self._status: str | None = None

    def library(self) -> LibraryModel:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model

    def set_query(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        if status != self._status:
            self.beginFilterChange()
            self._status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.library().rows[source_row]
        if self._kind is not None and row.kind != self._kind:
            return False
        if self._status is not None and row.status != self._status:
            return False
        if not self._words:
            return True
        text = row.search_text
        return all(word in text for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself; the proxy keeps its order (see the module's note).
        self.library().sort(column, order)


def kind_choices() -> list[tuple[str, str | None]]:
    return [("All kinds", None)] + [(label(kind), kind.value) for kind in Kind]


def status_choices() -> list[tuple[str, str | None]]:
    return ([("All statuses", None)] + [(label(status), status.value) for status in Status]
            + [("Cannot be opened", BROKEN)])


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))
