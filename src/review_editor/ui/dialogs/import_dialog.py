"""File › Import… and Import from clipboard: read a page or a Word draft off the UI thread,
let the user review what was found beside the source text, and open the result as a new,
unsaved record.

The reading is ``review_editor.importers``. ``ImportDialog`` shows what the importer put into
the record (each piece can be dropped where that makes sense) and its suggestions for the
review's facts (each left out until the user ticks it). ``import_rows`` holds what it lists
and ``build_record``, which turns the choices into the record.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStatusBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...importers import ImportFailed, ImportResult, Suggestion
from ...model import Kind, RecordModel, label
from ..common.background import BackgroundRunner
from ..common.widgets import named

if TYPE_CHECKING:
    from ..record.controller import RecordController
    from ..record.prompter import Prompter

from .import_rows import (
    CLIPBOARD_NAME,
    CONFIDENCE_WORDS,
    FORMAT_NAMES,
    ImportRow,
    Reimport,
    Span,
    build_record,
    detected_rows,
    listed_rows,
    one_line,
    qt_offset,
    removed_rows,
    suggestion_rows,
    tooltip,
)

log = logging.getLogger(__name__)

# the dialog ---------------------------------------------------------------------------------

ROW = Qt.ItemDataRole.UserRole
MAX_EXPANDED_SECTIONS = 8  # a longer body starts folded
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class ImportDialog(QDialog):
    """The imported page beside what was found in it: detected fields (kept unless
    unticked), suggestions (left out unless ticked), and what was removed or tidied."""

    reread = Signal()  # a re-read as another kind finished (or failed)

    def __init__(self, result: ImportResult, reimport: Reimport | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "dialog:import", "Review the import")
        self.import_result = result
        self._reimport = reimport
        self._runner: BackgroundRunner | None = None
        self._closed = False
        self.busy = False
        self._choices: dict[str, bool] = {}
        self._rows: list[ImportRow] = []  # item.data(0, ROW) is the index of its row
        self._record: RecordModel | None = None
        self._error = ""
        self._build()
        self._show(result)

    # building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self), "import:splitter",
                              "Source and findings")
        self.splitter.addWidget(self._source_pane())
        self.splitter.addWidget(self._findings_pane())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.buttons = QDialogButtonBox(self)
        self.open_button = named(
            self.buttons.addButton("&Open as new record", QDialogButtonBox.ButtonRole.AcceptRole),
            "import:open", "Open as new record")
        self.open_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self._add_header(layout)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self._fit_to_screen()

    def _add_header(self, layout: QVBoxLayout) -> None:
        """What was read, its warnings, and the kind of record to read it as."""
        self.intro = named(QLabel(self), "import:intro", "What this import holds")
        self.intro.setWordWrap(True)
        self.warnings = named(QLabel(self), "import:warnings", "Import warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0c060;"
                                    " border-radius: 3px; padding: 6px 8px; color: #3b2f00; }")
        self.kind_box = named(QComboBox(self), "import:kind", "Import as")
        for kind in Kind:
            self.kind_box.addItem(label(kind), kind.value)
        self.kind_box.setEnabled(self._reimport is not None)
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        kind_label = QLabel("&Import as:", self)
        kind_label.setBuddy(self.kind_box)
        self.progress = named(QLabel(self), "import:progress", "Progress")
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind_box)
        kind_row.addWidget(self.progress, 1)
        layout.addWidget(self.intro)
        layout.addWidget(self.warnings)
        layout.addLayout(kind_row)

    def _source_pane(self) -> QWidget:
        pane = QWidget(self)
        self.source = named(QPlainTextEdit(pane), "import:source", "Source text")
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        palette = self.source.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            # The evidence stays visible while the list, not the text, has the focus.
            palette.setColor(QPalette.ColorGroup.Inactive, role,
                             palette.color(QPalette.ColorGroup.Active, role))
        self.source.setPalette(palette)
        self.source_label = QLabel(pane)
        self.source_label.setBuddy(self.source)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_label)
        layout.addWidget(self.source, 1)
        return pane

    def _findings_pane(self) -> QWidget:
        pane = QWidget(self)
        self.tree = named(QTreeWidget(pane), "import:items", "What was found")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Field", "Value", "Confidence"])
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._row_chosen)
        self.tree.itemChanged.connect(self._count_accepted)
        found_label = QLabel("What was &found: untick what is wrong; tick the suggestions that "
                             "are right", pane)
        found_label.setWordWrap(True)
        found_label.setBuddy(self.tree)
        self.evidence = named(QLabel(pane), "import:evidence", "The words behind the row")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence.setMinimumHeight(self.evidence.fontMetrics().lineSpacing() * 3)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.accept_all_button = named(QPushButton("&Accept all suggestions", pane),
                                       "import:accept_all", "Accept all suggestions")
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_all_button = named(QPushButton("&Reject all suggestions", pane),
                                       "import:reject_all", "Reject all suggestions")
        self.reject_all_button.clicked.connect(self.reject_all)
        self.summary = named(QLabel(pane), "import:summary", "Suggestions accepted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all_button)
        buttons.addWidget(self.reject_all_button)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(found_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.evidence)
        layout.addLayout(buttons)
        return pane

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1180, 720
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)
        self.splitter.setSizes([int(width * 0.44), int(width * 0.56)])

    # showing a result -------------------------------------------------------------------

    def _show(self, result: ImportResult) -> None:
        self.import_result = result
        provenance = result.record.provenance
        name = (provenance.source_file if provenance and provenance.source_file
                else CLIPBOARD_NAME)
        self.setWindowTitle(f"Import {name}")
        self.intro.setText(
            f"Read from <b>{html.escape(name)}</b> as "
            f"{FORMAT_NAMES.get(result.source_format, result.source_format)}. Check what was "
            "found against the page on the left: select a row to see the words it came from. "
            "Suggestions go into the record only if you tick them.")
        self._show_warnings()
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(result.record.kind)))
        self.kind_box.blockSignals(False)
        self.source_label.setText(f"The &page as read ({len(result.source_text):,} characters)")
        self.source.setPlainText(result.source_text)
        self._fill_tree(result)

    def _show_warnings(self) -> None:
        lines = ([self._error] if self._error else []) + self.import_result.warnings
        self.warnings.setText("\n".join(f"⚠ {line}" for line in lines))
        self.warnings.setVisible(bool(lines))

    def _fill_tree(self, result: ImportResult) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self._rows.clear()
        groups = [
            ("Found on the page", detected_rows(result)),
            ("Suggestions: left out unless you tick them", suggestion_rows(result)),
            ("Removed and tidied", removed_rows(result)),
            ("Other reviews this page lists", listed_rows(result)),
        ]
        for title, rows in groups:
            if not rows:
                continue
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in rows:
                self._add_row(group, row)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        self.tree.expandAll()  # the width must fit the body's section rows too
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 24, 280))
        for item in self.items():
            if item.childCount() > MAX_EXPANDED_SECTIONS:
                item.setExpanded(False)
        self._count_accepted()
        top = self.tree.topLevelItem(0)
        first = top.child(0) if top is not None else None
        if first is not None:
            self.tree.setCurrentItem(first)

    def _add_row(self, parent: QTreeWidgetItem, row: ImportRow) -> None:
        item = QTreeWidgetItem(parent, [row.label, one_line(row.value)])
        item.setData(0, ROW, len(self._rows))
        self._rows.append(row)
        item.setToolTip(1, tooltip(row.value))
        item.setToolTip(0, tooltip(row.suggestion.field_path if row.suggestion else
                                    row.drop_key or ""))
        if row.checkable:
            default = row.suggestion is None  # suggestions are never trusted unasked
            checked = self._choices.get(row.key, default)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, CHECKED if checked else UNCHECKED)
        elif row.section == "detected" and isinstance(parent, QTreeWidgetItem) \
                and self.row(parent) is None:
            item.setCheckState(0, CHECKED)  # shown ticked, but fixed: always kept
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip(0, "Always kept: a record needs its title and its text.")
        if row.suggestion is not None:
            item.setText(2, CONFIDENCE_WORDS[row.suggestion.confidence])
            item.setToolTip(1, tooltip(f"From the words: “{row.evidence}”"))
            if row.suggestion.confidence == "low":
                item.setText(0, f"{row.label} (unsure)")
        for child in row.children:
            self._add_row(item, child)

    # reading the rows -------------------------------------------------------------------

    def row(self, item: QTreeWidgetItem | None) -> ImportRow | None:
        index = item.data(0, ROW) if item is not None else None
        return self._rows[index] if isinstance(index, int) else None

    def _row(self, item: QTreeWidgetItem) -> ImportRow:
        row = self.row(item)
        assert row is not None
        return row

    def items(self) -> list[QTreeWidgetItem]:
        """Every row of the list, in order (not the group headings)."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    found.append(child)
                    walk(child)

        walk(self.tree.invisibleRootItem())
        return [item for item in found if self.row(item) is not None]

    def item(self, key: str) -> QTreeWidgetItem | None:
        """The row for a suggestion's field path, a droppable field, or a label ("Title")."""
        for item in self.items():
            row = self._row(item)
            if key in (row.drop_key, row.label) or (
                    row.suggestion is not None and row.suggestion.field_path == key):
                return item
        return None

    def suggestion_items(self) -> list[QTreeWidgetItem]:
        return [i for i in self.items() if self._row(i).suggestion is not None]

    def accepted_suggestions(self) -> list[Suggestion]:
        return [suggestion for item in self.suggestion_items()
                if (suggestion := self._row(item).suggestion) and item.checkState(0) == CHECKED]

    def dropped(self) -> list[str]:
        return [row.drop_key for item in self.items()
                if (row := self._row(item)).drop_key and item.checkState(0) == UNCHECKED]

    def build(self) -> RecordModel:
        return build_record(self.import_result, drop=self.dropped(),
                            accept=self.accepted_suggestions())

    def record(self) -> RecordModel | None:
        """The record the user chose to open (after the dialog was accepted)."""
        return self._record

    # acting -----------------------------------------------------------------------------

    def accept_all(self) -> None:
        self._check_suggestions(CHECKED)

    def reject_all(self) -> None:
        self._check_suggestions(UNCHECKED)

    def _check_suggestions(self, state: Qt.CheckState) -> None:
        self.tree.blockSignals(True)
        for item in self.suggestion_items():
            item.setCheckState(0, state)
        self.tree.blockSignals(False)
        self._count_accepted()

    def _count_accepted(self, *_args: object) -> None:
        total = len(self.suggestion_items())
        accepted = len(self.accepted_suggestions())
        self.summary.setText(f"{accepted} of {total} suggestion{'' if total == 1 else 's'} "
                             "accepted" if total else "No suggestions")
        self.accept_all_button.setEnabled(accepted < total and not self.busy)
        self.reject_all_button.setEnabled(accepted > 0 and not self.busy)

    def _row_chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        row = self.row(item)
        if row is None:
            self.evidence.clear()
            return
        if row.suggestion is not None:
            note = {"high": "likely right", "medium": "check it",
                    "low": "unsure: check it carefully"}[row.suggestion.confidence]
            where = f"Suggested ({note}) from the words: “{one_line(row.evidence, 300)}”"
        elif row.evidence:
            where = f"From the page: “{one_line(row.evidence, 300)}”"
        else:
            where = row.note or one_line(row.value, 300)
        if row.evidence and row.span is None:
            where += " (not found as such in the text on the left)"
        self.evidence.setText(where)
        self.show_span(row.span)

    def show_span(self, span: Span | None) -> None:
        """Select ``span`` of the source text and scroll it into view."""
        cursor = self.source.textCursor()
        if span is None:
            cursor.clearSelection()
            self.source.setTextCursor(cursor)
            return
        text = self.import_result.source_text
        start, end = (qt_offset(text, max(0, min(o, len(text)))) for o in span)
        # The end into view, then the start: a short span shows whole, a long one its start.
        for anchor, position in ((start, end), (end, start)):
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            self.source.setTextCursor(cursor)
            self.source.ensureCursorVisible()

    def selected_text(self) -> str:
        """The source text now selected, with paragraph breaks as newlines."""
        return self.source.textCursor().selectedText().replace("\u2029", "\n")

    def accept(self) -> None:
        if self.busy:
            return
        try:
            self._record = self.build()
        except ValidationError as error:
            problem = error.errors(include_url=False)[0]
            where = ".".join(str(part) for part in problem["loc"])
            self._error = f"The record cannot be made from these choices ({where}: " \
                          f"{problem['msg']}). Untick the suggestion concerned."
            self._show_warnings()
            return
        super().accept()

    def done(self, result: int) -> None:
        self._closed = True
        if self.busy:  # a re-read still running is left to finish unseen
            self._set_busy(False, "")
        super().done(result)

    # reading again as another kind ------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def _kind_chosen(self, index: int) -> None:
        kind = self.kind_box.itemData(index)
        if self._reimport is None or kind == self.import_result.record.kind or self.busy:
            return
        self._remember_choices()
        self._set_busy(True, f"Reading the page again as a {label(kind).lower()}…")
        if self._runner is None:
            # Not a child of the dialog: a late answer must find its runner alive.
            self._runner = BackgroundRunner()
        reimport = self._reimport
        self._runner.run(lambda: reimport(kind), self._reread)

    def _reread(self, result: ImportResult | None, error: BaseException | None) -> None:
        if self._closed:
            return
        self._set_busy(False, "")
        if error is not None or result is None:
            if not isinstance(error, ImportFailed):
                log.error("reading the source again failed", exc_info=error)
            self._error = f"It could not be read as that kind: {error}"
            self.kind_box.blockSignals(True)
            self.kind_box.setCurrentIndex(self.kind_box.findData(self.import_result.record.kind))
            self.kind_box.blockSignals(False)
            self._show_warnings()
        else:
            self._error = ""
            self._show(result)
        self.reread.emit()

    def _remember_choices(self) -> None:
        for item in self.items():
            row = self._row(item)
            if row.checkable:
                self._choices[row.key] = item.checkState(0) == CHECKED

    def _set_busy(self, busy: bool, message: str) -> None:
        self.busy = busy
        self.progress.setText(message)
        for widget in (self.tree, self.kind_box, self.open_button):
            widget.setEnabled(not busy)
        self._count_accepted()
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()


# the commands ---------------------------------------------------------------------------------

class ImportActions(QObject):
    """File › Import… and Import from clipboard. The reading runs off the UI thread; the
    review goes through the prompter; the chosen record opens as a new, unsaved one."""

    finished = Signal()  # an import ended: opened, cancelled or refused

    def __init__(self, controller: RecordController, prompter: Prompter, status: QStatusBar,
                 start_folder: Callable[[], Path | None], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.prompter = prompter
        self.status = status
        self.start_folder = start_folder
        self.runner = BackgroundRunner(self)
        self.busy = False

    def choose_file(self) -> None:
        if self._already_busy():
            return
        self.prompter.choose_import_file(self.start_folder(),
                                         lambda path: self.import_file(path)
                                         if path is not None else None)

    def import_file(self, path: Path) -> None:
        from ...importers import import_file

        clock = self.controller.clock
        self._start(path.name, lambda kind: import_file(path, now=clock(), kind=kind))

    def import_clipboard(self) -> None:
        from ...importers import import_text

        if self._already_busy():
            return
        text = clipboard_text()
        if not text.strip():
            self.prompter.show_error(
                "Nothing to import",
                "The clipboard holds no text. Copy the page in your web browser or in Word, "
                "then choose Import from clipboard again.")
            return
        clock = self.controller.clock
        self._start(CLIPBOARD_NAME, lambda kind: import_text(
            text, source_name=CLIPBOARD_NAME, now=clock(), kind=kind))

    def _already_busy(self) -> bool:
        if self.busy:
            self.status.showMessage("An import is already being read: wait for it to finish.",
                                    5000)
        return self.busy

    def _start(self, name: str, read: Reimport) -> None:
        self.busy = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.status.showMessage(f"Reading {name}…")
        self.runner.run(lambda: read(Kind.news_item),
                        lambda result, error: self._read(name, read, result, error))

    def _read(self, name: str, read: Reimport, result: ImportResult | None,
              error: BaseException | None) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.status.clearMessage()
        if error is not None or result is None:
            self._refuse(name, error)
            self._done()
            return
        self.prompter.review_import(result, read, lambda record: self._reviewed(
            name, result, record))

    def _reviewed(self, name: str, result: ImportResult, record: RecordModel | None) -> None:
        """The import dialog's answer: the record opens (after the close prompt)."""
        try:
            if record is None:
                self.status.showMessage("Import cancelled: nothing was opened.", 5000)
                return
            notice = [f"Imported from {name}: check it against the source, then save it."]
            if self.controller.open_imported(record, notice + result.warnings):
                self.status.showMessage(f"Imported {name}. It is not saved yet.", 8000)
        finally:
            self._done()

    def _done(self) -> None:
        self.busy = False
        self.finished.emit()

    def _refuse(self, name: str, error: BaseException | None) -> None:
        if isinstance(error, ImportFailed):
            self.prompter.show_error("This cannot be imported", str(error))
            return
        log.error("an import failed unexpectedly", exc_info=error)
        self.prompter.show_error("The import failed",
                                 f"{name} could not be imported because of an unexpected "
                                 f"error ({type(error).__name__}). Nothing was opened.")


def clipboard_text() -> str:
    """The clipboard's HTML when it has some (it keeps headings, lists and links), else its
    plain text."""
    mime = QApplication.clipboard().mimeData()
    if mime is None:
        return ""
    if mime.hasHtml() and mime.html().strip():
        return mime.html()
    return mime.text() if mime.hasText() else ""
