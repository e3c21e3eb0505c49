"""The library: every record in the open folder, searchable as you type.

``LibraryModel`` holds one row per file, broken files included (listed in their own style,
with the error as tooltip). ``LibraryFilter`` narrows the rows by search words, kind and
status. Sorting happens in the model with Python's sort, not in the proxy: the proxy would
re-sort through ``data()`` on every keystroke, which costs far more than the search itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
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

from ... import resources
from ...model import LONDON, Kind, Status, label
from ...paths import path_key
from ...storage import FolderScan, IndexEntry, LoadError
from ..common.text import short_date, short_datetime

Index = QModelIndex | QPersistentModelIndex

TITLE, KIND, STATUS, PUBLISHED, MODIFIED = range(5)
HEADERS = ("Title", "Kind", "Status", "Published", "Last modified")
BROKEN = "broken"  # the status filter value that lists the files that cannot be opened

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
BROKEN_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's details line (see row_delegate)

_STATUS_ORDER = {status.value: position for position, status in enumerate(Status)}
_BROKEN_COLOUR = QColor("#b3261e")


@dataclass
class LibraryRow:
    path: Path
    entry: IndexEntry | None = None
    error: LoadError | None = None
    # Read for every row on every keystroke: plain attributes, set once.
    kind: str = field(init=False)
    status: str = field(init=False)
    title: str = field(init=False)
    search_text: str = field(init=False)

    def __post_init__(self) -> None:
        entry = self.entry
        self.kind = entry.kind if entry else ""
        self.status = entry.status if entry else BROKEN
        self.title = entry.title if entry else self.path.name
        if entry:
            self.search_text = entry.search_text
        else:
            problem = self.error.problem if self.error else ""
            self.search_text = f"{self.path.name}\n{problem}".casefold()

    @property
    def broken(self) -> bool:
        return self.entry is None

    @property
    def example(self) -> bool:
        """A bundled example (by its id): labelled "Example" in the library."""
        return self.entry is not None and self.entry.id in example_ids()

    def details(self) -> str:
        """"Example · Review notice · Draft · 27 Jul 2021": the published date, else the
        last change's."""
        entry = self.entry
        if entry is None:
            return "Cannot be opened"
        parts = ["Example"] if self.example else []
        parts += [label(entry.kind), label(entry.status)]
        if entry.published_on is not None:
            parts.append(short_date(entry.published_on))
        else:
            changed = entry.modified_at or datetime.fromtimestamp(entry.file_mtime, LONDON)
            parts.append(f"changed {short_date(changed.astimezone(LONDON).date())}")
        return " · ".join(parts)

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
        self.broken_count = 0
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
        self.broken_count = sum(1 for row in rows if row.broken)
        self._sort_rows()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.folder = None
        self.rows = []
        self.broken_count = 0
        self.endResetModel()

    def merge_scan(self, scan: FolderScan) -> None:
        """A new reading of the folder listed: rows of files gone are removed, new and
        changed files are put; rows that did not change are left as they are."""
        if self.folder is None or path_key(self.folder) != path_key(scan.folder):
            return
        found = {path_key(entry.path): LibraryRow(entry.path, entry=entry)
                 for entry in scan.entries}
        found.update({path_key(error.path): LibraryRow(error.path, error=error)
                      for error in scan.problems if error.path != scan.folder})
        for position in reversed(range(len(self.rows))):
            if path_key(self.rows[position].path) not in found:
                self.beginRemoveRows(QModelIndex(), position, position)
                self.broken_count -= self.rows.pop(position).broken
                self.endRemoveRows()
        listed = {path_key(row.path): row for row in self.rows}
        for key, row in found.items():
            before = listed.get(key)
            if before is None or (before.entry, _said(before)) != (row.entry, _said(row)):
                self._put(row)

    def update_entry(self, entry: IndexEntry) -> None:
        """Show one record's new state (after a save) without rescanning the folder."""
        self._put(LibraryRow(entry.path, entry=entry))

    def mark_broken(self, error: LoadError) -> None:
        self._put(LibraryRow(error.path, error=error))

    def _put(self, row: LibraryRow) -> None:
        position = self.row_of(row.path)
        self.broken_count += row.broken
        if position is not None:
            self.broken_count -= self.rows[position].broken
            self.rows[position] = row
            self.dataChanged.emit(self.index(position, 0),
                                  self.index(position, len(HEADERS) - 1))
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        self.sort(self._sort_column, self._sort_order)

    def row_of(self, path: Path) -> int | None:
        key = path_key(path)
        for position, row in enumerate(self.rows):
            if path_key(row.path) == key:
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
        if role == META_ROLE and column == TITLE:
            return row.details()
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TITLE:
            return f"{row.title}. {row.details()}"
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
        positions = {path_key(row.path): position for position, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        new = [self.index(positions[path_key(before[index.row()])], index.column())
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
    """Search words (all must appear, in any order), a kind and a status.

    The decision for every row is computed in one Python pass into a list, and
    ``filterAcceptsRow`` only looks it up: a Python call per row from C++ is the expensive
    part. Typing one more letter can only narrow the result, so then only the rows still
    shown are searched again; deleting a letter goes back to a result already computed.
    """

    CACHED_RESULTS = 64

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind: str | None = None
        self._status: str | None = None
        self._accepted: list[bool] | None = None
        self._results: dict[tuple[Any, ...], list[bool]] = {}

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(model, LibraryModel)
        # Connected before the proxy's own handlers, so the decisions are dropped before the
        # proxy asks for new ones.
        for signal in (model.modelAboutToBeReset, model.layoutAboutToBeChanged,
                       model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved,
                       model.dataChanged):
            signal.connect(self._forget)
        super().setSourceModel(model)

    def library(self) -> LibraryModel:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model

    def set_query(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        narrowing = _narrows(self._words, words)
        self._change(lambda: setattr(self, "_words", words), narrowing)

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self._change(lambda: setattr(self, "_kind", kind), narrowing=self._kind is None)

    def set_status(self, status: str | None) -> None:
        if status != self._status:
            self._change(lambda: setattr(self, "_status", status),
                         narrowing=self._status is None)

    def _change(self, apply: Any, narrowing: bool) -> None:
        self.beginFilterChange()
        previous = self._accepted if narrowing else None
        apply()
        key = (tuple(self._words), self._kind, self._status)
        accepted = self._results.get(key)
        if accepted is None:
            accepted = self._decide(previous)
            if len(self._results) >= self.CACHED_RESULTS:
                self._results.clear()
            self._results[key] = accepted
        self._accepted = accepted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _forget(self, *_args: Any) -> None:
        self._accepted = None
        self._results.clear()

    def _decide(self, previous: list[bool] | None) -> list[bool]:
        rows = self.library().rows
        count = len(rows)
        if previous is None or len(previous) != count:
            candidates = list(range(count))
        else:
            candidates = [index for index, shown in enumerate(previous) if shown]
        if self._kind is not None:
            candidates = [i for i in candidates if rows[i].kind == self._kind]
        if self._status is not None:
            candidates = [i for i in candidates if rows[i].status == self._status]
        for word in self._words:
            candidates = [i for i in candidates if word in rows[i].search_text]
        accepted = [False] * count
        for index in candidates:
            accepted[index] = True
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        try:
            return self._accepted[source_row]  # type: ignore[index]
        except (TypeError, IndexError):  # forgotten after a change of the rows
            self._accepted = self._decide(None)
            return self._accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself; the proxy keeps its order (see the module's note).
        self.library().sort(column, order)


def _narrows(old: list[str], new: list[str]) -> bool:
    """True when every row matching ``new`` also matches ``old``: each old word lies inside
    some new word (typing on, or adding a word)."""
    return all(any(word in longer for longer in new) for word in old)


Choice = tuple[str, str | None]


@cache
def example_ids() -> frozenset[str]:
    """The ids of the examples shipped with the app (copied into a new workspace)."""
    ids: set[str] = set()
    for path in resources.examples_dir().glob("*.json"):
        try:
            value = json.loads(path.read_text(encoding="utf-8")).get("id")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(value, str):
            ids.add(value)
    return frozenset(ids)


def kind_choices() -> list[Choice]:
    kinds: list[Choice] = [(label(kind), kind.value) for kind in Kind]
    return [("All kinds", None), *kinds]


def status_choices() -> list[Choice]:
    statuses: list[Choice] = [(label(status), status.value) for status in Status]
    return [("All statuses", None), *statuses, ("Cannot be opened", BROKEN)]


def _said(row: LibraryRow) -> str | None:
    """What a broken row says (errors compare by what they say, not by identity)."""
    return row.error.message() if row.error is not None else None
