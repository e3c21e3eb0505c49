"""The library panel: search field, kind and status filters, and the list of records.

Nothing in it forces the panel wide or tall: the folder's name ends in "…" when it is long,
the count wraps, and the filters fold into one button beside the search when the panel is
narrow or short (see ``filters``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QFileSystemWatcher,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...storage import FolderScan, IndexEntry, LoadError, scan_folder
from ..common.background import BackgroundRunner
from ..common.whole_label import WholeLabel
from ..common.widgets import ElidedLabel, from_base64, named, to_base64
from .filters import FilterButton, FilterRow
from .records import (
    HEADERS,
    KIND,
    MODIFIED,
    PUBLISHED,
    STATUS,
    TITLE,
    LibraryFilter,
    LibraryModel,
)
from .row_delegate import LibraryView

#: The title's row shows kind, status and date beneath it; the header's menu adds columns.
DEFAULT_HIDDEN = (KIND, STATUS, PUBLISHED, MODIFIED)
#: A colleague's save is a burst of changes in the folder: read it again once they stop.
FOLDER_SETTLE_MS = 700
#: The filter lists unfold only when the records' list keeps this many more lines.
LIST_LINES_KEPT = 4


class LibraryPanel(QWidget):
    record_chosen = Signal(Path)
    broken_chosen = Signal(object)  # the LoadError of a file that cannot be opened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self._quiet = False

        self.folder_label = named(ElidedLabel(self), "library:folder", "Open folder")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.search = named(QLineEdit(self), "library:search", "Search records")
        self.search.setPlaceholderText("Search titles, summaries and text")
        self.search.setClearButtonEnabled(True)
        self.filter_row = FilterRow(self)
        self.kind_filter, self.status_filter = self.filter_row.lists()
        self.filter_button = FilterButton(self.filter_row.lists(), self)
        self.filter_button.hide()
        self.view = named(LibraryView(self), "library", "Records in this folder")
        self.count_label = named(WholeLabel(self), "library:count", "Number of records")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self._setup_view()
        self._search_row = QHBoxLayout()
        self._search_row.setContentsMargins(0, 0, 0, 0)
        self._search_row.setSpacing(6)
        self._search_row.addWidget(self.search, 1)
        self._search_row.addWidget(self.filter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.folder_label)
        layout.addLayout(self._search_row)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._search_changed)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self._apply(self.proxy.set_kind, self.kind_filter.currentData()))
        self.status_filter.currentIndexChanged.connect(
            lambda: self._apply(self.proxy.set_status, self.status_filter.currentData()))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.dataChanged.connect(self._update_count)
        self._update_count()
        # Records a colleague adds, changes or removes in the folder show without opening
        # it again.
        self._watch = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(FOLDER_SETTLE_MS)
        self._watch.directoryChanged.connect(lambda _path: self._settle.start())
        self._settle.timeout.connect(self.rescan)

    # room ----------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The least size with the filters folded into their button, whichever way they
        show: the panel never asks the window for the lists' row."""
        layout = self.layout()
        assert layout is not None
        spacing = layout.spacing()
        button = self.filter_button.minimumSize().expandedTo(self.filter_button.sizeHint())
        width, height = 0, -spacing
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None or item.widget() is self.filter_row:
                continue
            least = item.minimumSize()
            if item.layout() is self._search_row and self.filter_button.isHidden():
                least = QSize(least.width() + self._search_row.spacing() + button.width(),
                              max(least.height(), button.height()))
            width = max(width, least.width())
            height += least.height() + spacing
        margins = layout.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_filters(event.size())

    @property
    def filters_folded(self) -> bool:
        return self.filter_row.isHidden()

    def _fit_filters(self, size: QSize) -> None:
        """The lists side by side when their row fits the panel's width and the records'
        list keeps a few lines under it; else the one button beside the search."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        row = self.filter_row.minimumSizeHint()
        spare = size.height() - self.minimumSizeHint().height()
        unfold = (size.width() - margins.left() - margins.right() >= row.width()
                  and spare >= row.height() + layout.spacing()
                  + LIST_LINES_KEPT * self.fontMetrics().lineSpacing())
        if unfold != self.filters_folded:
            return
        focus = self.focusWidget()
        had_focus = focus is not None and (focus is self.filter_button
                                           or self.filter_row.isAncestorOf(focus))
        self.filter_row.setVisible(unfold)
        self.filter_button.setVisible(not unfold)
        if had_focus:  # the keyboard stays on the filters
            (self.kind_filter if unfold else self.filter_button).setFocus()

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setRootIsDecorated(False)
        view.setup_rows()  # whole titles, wrapped, with their details beneath
        view.setAlternatingRowColors(True)
        # Several rows can be selected (Ctrl/Shift-click) for a batch export; the current
        # row is the record that opens.
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        view.setAllColumnsShowFocus(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")  # rows easy to hit
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        widths = {KIND: "Review notice", STATUS: "Legal review", PUBLISHED: "27 Sep 2021",
                  MODIFIED: "27 Sep 2021, 12:00pm"}
        for column, sample in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Kind") + 24)
        # A narrow panel shows title, status and date; the header's menu adds the others.
        for column in DEFAULT_HIDDEN:
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def _column_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.header().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """Show or hide the columns after the title."""
        header = self.view.header()
        menu = QMenu(self)
        menu.setObjectName("menu:library_columns")
        for column in range(1, len(HEADERS)):
            action = menu.addAction(HEADERS[column])
            action.setObjectName(f"action:library_column_{column}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown))
        return menu

    def header_state(self) -> str:
        return to_base64(self.view.header().saveState())

    def restore_header_state(self, state: str) -> None:
        self.view.header().restoreState(from_base64(state))

    # content -----------------------------------------------------------------------------

    def set_scan(self, scan: FolderScan) -> None:
        self.folder_label.setText(f"Folder: {scan.folder.name or scan.folder}")
        self.folder_label.setToolTip(str(scan.folder))
        self.model.set_scan(scan)
        self._watch_folder(scan.folder)

    def _watch_folder(self, folder: Path | None) -> None:
        watched = self._watch.directories()
        if watched:
            self._watch.removePaths(watched)
        if folder is not None and folder.is_dir():
            self._watch.addPath(str(folder))

    def rescan(self) -> None:
        """Read the folder again off the UI thread and show what changed; the current row
        stays current, and nothing is opened by the rows moving."""
        folder = self.model.folder
        if folder is None:
            return
        runner = BackgroundRunner(self, name="library")

        def scanned(scan: FolderScan | None, _error: BaseException | None) -> None:
            runner.shutdown()
            runner.deleteLater()
            if scan is None or self.model.folder != folder:
                return
            current = self._current_path()
            self._quiet = True
            try:
                self.model.merge_scan(scan)
            finally:
                self._quiet = False
            self.select_path(current)
            self._watch_folder(folder)  # a folder removed and made again is watched anew

        known = {row.path: row.entry for row in self.model.rows if row.entry is not None}
        runner.run(lambda: scan_folder(folder, known=known), scanned)

    def update_entry(self, entry: IndexEntry) -> None:
        self.model.update_entry(entry)

    def mark_broken(self, error: LoadError) -> None:
        self.model.mark_broken(error)

    def folder(self) -> Path | None:
        return self.model.folder

    def select_path(self, path: Path | None) -> None:
        """Show ``path`` as the current row without opening it again."""
        self._quiet = True
        try:
            selection = self.view.selectionModel()
            row = self.model.row_of(path) if path is not None else None
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None \
                else QModelIndex()
            if index.isValid():
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
            else:
                selection.clear()
        finally:
            self._quiet = False

    def visible_titles(self) -> list[str]:
        return [self.proxy.index(row, TITLE).data() for row in range(self.proxy.rowCount())]

    # reactions -----------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self._apply(self.proxy.set_query, text)

    def _apply(self, setter: object, value: object) -> None:
        current = self._current_path()
        setter(value)  # type: ignore[operator]
        if current is not None:
            self.select_path(current)  # keep the open record selected when it still shows
        self._update_count()

    def selected_paths(self) -> list[Path]:
        """The record files selected in the list, in list order (broken files left out)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        paths: list[Path] = []
        for row in rows:
            entry = self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            if entry.error is None:
                paths.append(entry.path)
        return paths

    def _current_path(self) -> Path | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()].path

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        if row.error is not None:
            self.broken_chosen.emit(row.error)
        else:
            self.record_chosen.emit(row.path)

    def _update_count(self) -> None:
        total = len(self.model.rows)
        broken = self.model.broken_count
        shown = self.proxy.rowCount()
        records = total - broken
        text = f"{records} record{'' if records == 1 else 's'}"
        if broken:
            text += f", {broken} cannot be opened"
        if shown != total:
            text = f"Showing {shown} of {total}: " + text
        self.count_label.setText(text if self.model.folder else "No folder open")
        self.view.set_placeholder(_placeholder(bool(self.model.folder), total, shown))


def _placeholder(has_folder: bool, total: int, shown: int) -> str:
    """What the empty list says: why it is empty and what to do."""
    if not has_folder:
        return "No folder open. Use File › Open folder… to list your records."
    if total == 0:
        return "No records in this folder yet. Start one with New, or open another folder."
    if shown == 0:
        return "No record matches the search or the filters."
    return ""
