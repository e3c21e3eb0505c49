"""The Checks dock: the pre-publication checks' findings, live as the officer types.

Checks run on one worker thread, at most once per ~300 ms burst of edits, never while
another run is in flight (edits meanwhile collapse into the next run), so typing is never
blocked. The first run of a record also loads the partnership's settings, the record's
deny-list and the records beside it (for the workspace checks); later runs reuse them
until they change. Findings are listed by severity, then in reading order; activating one
jumps to its field and selects its words. Spelling underlines in the form and the status
guard (approval needs the checks) are wired here too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...checks import BLOCKING, FINAL_EXPORT, INFO, WARNING, Issue
from ..common.labels import describe_path
from ..common.text import page_words
from ..common.widgets import named
from ..window.find import select_in_widget
from .spelling import SpellingSupport, add_to_word_list, utf16_offset
from .status_guard import StatusGuard

if TYPE_CHECKING:
    from ...checks import CheckSettings, DenyList, WorkspaceEntry
    from ..window.main_window import MainWindow

#: A run starts once typing has paused this long. The checks are Python on a worker
#: thread: running while the officer types, they compete with the window and the preview
#: for the interpreter (a long regular-expression scan holds it), which stalled typing by
#: 25-60 ms in bench/preview_latency.py. Findings follow a pause, never a keystroke.
BURST_MS = 400
#: When the spelling dictionary starts loading, after the checks dock is created.
PRELOAD_DELAY_MS = 1500
#: A run slower than this (a very long section) waits for a longer pause.
SLOW_RUN_SECONDS = 0.1
MAX_PAUSE_MS = 2000
LARGE_RECORD_WORDS = 20_000
ASSUMED_LARGE_RUN_SECONDS = 0.5
SEVERITY_ORDER = {BLOCKING: 0, WARNING: 1, INFO: 2}
SEVERITY_TEXT = {BLOCKING: "Blocking", WARNING: "Warning", INFO: "Note"}
SHOW_NOTES_KEY = "checks_show_notes"
TARGETS = (("Current status", None), ("For publication (final)", FINAL_EXPORT))
IssueRole = Qt.ItemDataRole.UserRole + 1


# the work done on the checks' thread ------------------------------------------------------

@dataclass(frozen=True)
class Sources:
    """What a run reads besides the record; loaded once and reused while it holds."""

    settings: CheckSettings | None = None
    denylist: DenyList | None = None
    workspace: dict[str, WorkspaceEntry] | None = None
    denylist_problem: str = ""


@dataclass
class CheckResult:
    generation: int
    issues: list[Issue] | None  # None: the record does not validate, so nothing was checked
    words: frozenset[str] | None = None  # the speller's extra words; None: spelling is off
    sources: Sources = field(default_factory=Sources)
    record_hash: str = ""
    error: str = ""
    sources_version: int = 0
    seconds: float = 0.0  # how long the run took


def check_data(data: dict[str, Any], *, generation: int, now: datetime, folder: Path | None,
               target: str | None, sources: Sources) -> CheckResult:
    """Validate ``data`` and run every check on it (on the checks' thread)."""
    # The checks load here, on the first run, rather than while the window opens.
    from pydantic import ValidationError

    from ...checking import folder_index, load_check_settings
    from ...checks import CheckContext, DenyList, WorkspaceEntry, load_denylist, run_checks
    from ...checks.families.style import record_words
    from ...model import parse_record
    from ...storage import sha256, to_bytes

    try:
        record = parse_record(data)
    except ValidationError:
        return CheckResult(generation, None, sources=sources)
    settings = sources.settings or load_check_settings()
    denylist, problem = sources.denylist, sources.denylist_problem
    if denylist is None:
        try:
            denylist = load_denylist(record.id)
        except (OSError, ValueError, KeyError) as error:
            denylist = DenyList.create()  # never saved: the damaged file stays as it is
            problem = f"The protected names of this record cannot be read ({error})."
    workspace = sources.workspace if sources.workspace is not None else folder_index(folder)
    entries = {**workspace, str(record.id): WorkspaceEntry.from_record(record)}
    ctx = CheckContext(now=now, settings=settings, denylist=denylist, workspace=entries,
                       target_status=target, base_dir=folder)
    issues = run_checks(record, ctx)
    words = frozenset(record_words(ctx.facts(record))) if settings.spelling else None
    return CheckResult(generation, issues, words,
                       Sources(settings, denylist, workspace, problem),
                       record_hash=sha256(to_bytes(record)))


def _preload() -> None:
    from ...checks import spelling

    spelling.preload()


class CheckWorker(QObject):
    """One thread for every check run; results come back on the UI thread."""

    finished = Signal(object)  # CheckResult

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checks")
        self._closed = False
        # The dictionary takes about a second to load, on this thread but holding the
        # interpreter much of the time: start once the window is up, not while it builds.
        QTimer.singleShot(PRELOAD_DELAY_MS, self._preload)

    def _preload(self) -> None:
        if not self._closed:
            self._executor.submit(_preload)

    def submit(self, job: Callable[[], CheckResult]) -> None:
        """Run ``job``; its result comes back through ``finished``."""
        self._executor.submit(job).add_done_callback(self._done)

    def run_and_wait(self, job: Callable[[], CheckResult]) -> CheckResult:
        """Run ``job`` after the runs already queued, and wait for it."""
        return self._executor.submit(job).result()

    def _done(self, future: Future[CheckResult]) -> None:
        if self._closed:
            return
        try:
            result = future.result()
        except Exception as error:  # noqa: BLE001 - a check bug must not take the editor down
            result = CheckResult(-1, None, error=f"The checks stopped: {error}")
        self.finished.emit(result)  # queued to the UI thread

    def close(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)


# the list --------------------------------------------------------------------------------

def severity_icon(severity: str, widget: QWidget) -> QIcon:
    pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
    if severity == BLOCKING:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
    elif severity == WARNING:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
    return widget.style().standardIcon(pixmap)


def summary_text(issues: list[Issue]) -> str:
    """"1 blocking · 5 warnings · 17 notes"."""
    counts = {severity: 0 for severity in SEVERITY_ORDER}
    for issue in issues:
        counts[issue.severity] = counts.get(issue.severity, 0) + 1
    if not issues:
        return "No findings"
    warnings, notes = counts[WARNING], counts[INFO]
    return (f"{counts[BLOCKING]} blocking · {warnings} warning{'' if warnings == 1 else 's'}"
            f" · {notes} note{'' if notes == 1 else 's'}")


def by_severity(issues: list[Issue]) -> list[Issue]:
    """Blocking first, then warnings, then notes; reading order within each (stable)."""
    return sorted(issues, key=lambda issue: SEVERITY_ORDER.get(issue.severity, 3))


@dataclass(frozen=True)
class Row:
    issue: Issue
    place: str  # the field's human name

    @property
    def heading(self) -> str:
        return f"{SEVERITY_TEXT.get(self.issue.severity, self.issue.severity)} · " \
               f"{self.issue.code} · {self.place}"

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
        self.rows: list[Row] = []
        self.icons: dict[str, QIcon] = {}

    def set_rows(self, rows: list[Row]) -> None:
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
            return self.icons.get(row.issue.severity)
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

    def _parts(self, row: Row, font: QFont) -> list[tuple[str, QFont, bool]]:
        bold = QFont(font)
        bold.setBold(True)
        parts = [(row.heading, bold, False), (row.issue.message, font, False)]
        if row.issue.suggestion:
            parts.append((f"→ {row.issue.suggestion}", font, True))
        return parts

    def _text_width(self) -> int:
        return max(80, self.view.viewport().width() - 3 * self.PAD - self.ICON)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(IssueRole)
        if not isinstance(row, Row):
            return super().sizeHint(option, index)
        width = self._text_width()
        height = 0
        for text, font, _ in self._parts(row, option.font):  # type: ignore[attr-defined]
            height += _wrapped(QFontMetrics(font), width, text).height()
        return QSize(width, height + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(IssueRole)
        if not isinstance(row, Row):
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
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left() + self.PAD, rect.top() + self.PAD + 1,
                                      self.ICON, self.ICON))
        left = rect.left() + 2 * self.PAD + self.ICON
        width = rect.width() - 3 * self.PAD - self.ICON
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
    activated_issue = Signal(object)  # Issue

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "checks:list", "Findings")
        self.issue_model = IssueListModel(self)
        self.issue_model.icons = {severity: severity_icon(severity, self)
                                  for severity in SEVERITY_ORDER}
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

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(IssueRole)
        if isinstance(row, Row):
            self.activated_issue.emit(row.issue)

    def show_rows(self, rows: list[Row]) -> None:
        current = self.currentIndex().data(IssueRole)
        top = self.verticalScrollBar().value()
        self.issue_model.set_rows(rows)
        if isinstance(current, Row):
            for number, row in enumerate(rows):
                if _same_finding(row.issue, current.issue):
                    self.setCurrentIndex(self.issue_model.index(number))
                    break
        self.verticalScrollBar().setValue(top)

    def rows(self) -> list[Row]:
        return list(self.issue_model.rows)


def _same_finding(a: Issue, b: Issue) -> bool:
    return (a.code, a.field_path, a.message) == (b.code, b.field_path, b.message)


# the panel -------------------------------------------------------------------------------

class ChecksPanel(QWidget):
    """The Checks dock's content (object name "checks"), and the window wiring for
    spelling, the deny-list and status changes."""

    checked = Signal()  # a run's findings are shown

    def __init__(self, window: MainWindow, *, now: Callable[[], datetime]) -> None:
        super().__init__(window.checks_dock)
        named(self, "checks", "Checks")
        self.main_window = window
        self.now = now
        self.issues: list[Issue] = []
        self.words: frozenset[str] | None = None
        self.record_hash = ""
        self._sources = Sources()
        self._sources_version = 0
        self._sources_key: tuple[Any, ...] = ()
        self._generation = 0
        self._busy = False
        self._dirty = False
        self._has_result = False
        self._last_run = 0.0
        self._marked: list[tuple[str, str]] | None = None
        self._note = ""
        self._document: object = None

        self._build()
        self.worker = CheckWorker(self)
        self.worker.finished.connect(self._deliver)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(BURST_MS)
        self.timer.timeout.connect(self._start)
        self.spelling = SpellingSupport(window.form, self.add_word, self)
        self.status_guard = StatusGuard(window, self)
        window.checks_dock.setWidget(self)
        self._add_actions()
        self._connect()
        window.destroyed.connect(self.worker.close)
        self.record_opened()

    # building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.target = named(QComboBox(self), "checks:target", "Check as")
        for text, value in TARGETS:
            self.target.addItem(text, value)
        self.target.setToolTip("Current status: the checks for the record as it stands. For "
                               "publication: as if it were being published or exported as a "
                               "final copy, so every required field counts.")
        self.show_notes = named(QCheckBox("Show notes", self), "checks:show_info",
                                "Show information notes")
        self.show_notes.setToolTip("Information notes are advice, not findings")
        self.show_notes.setChecked(self.main_window.settings.data.get(SHOW_NOTES_KEY, True)
                                   is not False)
        # The dock may be narrow: nothing here insists on its full width.
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(6)
        target_label = QLabel("Check &as:", self)
        target_label.setBuddy(self.target)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(target_label)
        top.addWidget(self.target, 1)
        self.summary = named(QLabel(self), "checks:summary", "Summary of the findings")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.summary, 1)
        middle.addWidget(self.show_notes)
        self.state = named(QLabel(self), "checks:state", "Checks state")
        self.state.setWordWrap(True)
        self.list = IssueList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.state)
        layout.addWidget(self.list, 1)
        # Let the dock be as narrow as the preview above it; the rows clip rather than
        # widen the window.
        self.setMinimumWidth(140)

    def _add_actions(self) -> None:
        window = self.main_window
        self.action_denylist = QAction("&Protected names…", window)
        self.action_denylist.setObjectName("action:denylist")
        self.action_denylist.setStatusTip(
            "Real names, schools and streets that must never appear in this record")
        self.action_denylist.triggered.connect(lambda _=False: self.edit_denylist())
        self.action_run = QAction("&Run checks", window)
        self.action_run.setObjectName("action:run_checks")
        self.action_run.setShortcut("F7")
        self.action_run.triggered.connect(lambda _=False: self.run_now())
        window.addActions([self.action_denylist, self.action_run])
        menu = getattr(window, "tools_menu", None)
        if menu is not None:
            menu.addAction(self.action_run)
            menu.addAction(self.action_denylist)

    def _connect(self) -> None:
        window = self.main_window
        window.controller.opened.connect(self.record_opened)
        window.controller.saved.connect(lambda *_: self._forget_workspace())
        form = window.form
        form.changed.connect(self._changed)  # type: ignore[attr-defined]
        form.structure_changed.connect(self._structure_changed)  # type: ignore[attr-defined]
        window.undo_stack.indexChanged.connect(self._changed)
        self.list.activated_issue.connect(self.jump_to)
        self.target.currentIndexChanged.connect(lambda *_: self.run_now())
        self.show_notes.toggled.connect(self._notes_toggled)

    # reacting -----------------------------------------------------------------------------
    def record_opened(self) -> None:
        current = self.main_window.controller.current
        document = current.document if current is not None else None
        if document is not None and document is self._document:
            self._forget_workspace()  # saved: the same record, perhaps in a new place
            return
        self._document = document
        self._generation += 1
        # A long record is checked slowly: its first run waits for a pause in typing too.
        large = document is not None and page_words(document.data) > LARGE_RECORD_WORDS
        self._last_run = ASSUMED_LARGE_RUN_SECONDS if large else 0.0
        self._reset_sources(Sources())
        self.issues, self.words, self._note, self._has_result = [], None, "", False
        self._marked = None  # the form may have been rebuilt without them: set them again
        self.spelling.set_words(None)
        self.spelling.schedule_scan()
        self.action_denylist.setEnabled(current is not None)
        self.action_run.setEnabled(current is not None)
        self._show()
        if current is not None:
            # Not at once: the first run (and its imports) would compete with the window
            # and the form being built for the interpreter. It starts after a short pause.
            self._dirty = True
            self._arm_timer()

    def _key(self) -> tuple[Any, ...]:
        current = self.main_window.controller.current
        if current is None:
            return ()
        return (current.document.get("id"), self._folder())

    def _folder(self) -> Path | None:
        current = self.main_window.controller.current
        if current is None:
            return None
        if current.path is not None:
            return current.path.parent
        return self.main_window.library.folder()

    def _reset_sources(self, sources: Sources) -> None:
        """Forget what runs loaded (all of it, or a part); runs already under way keep
        theirs, and what they loaded is not kept."""
        self._sources = sources
        self._sources_version += 1
        self._sources_key = self._key()

    def _changed(self, *_: object) -> None:
        if self._key() != self._sources_key:  # a new id, or a first save to a folder
            self._reset_sources(Sources())
        self.request_check()

    def _structure_changed(self) -> None:
        self.spelling.schedule_scan()
        self.request_check()

    def _forget_workspace(self) -> None:
        self._reset_sources(replace(self._sources, workspace=None))
        self.request_check()

    def _notes_toggled(self, shown: bool) -> None:
        self.main_window.settings.data[SHOW_NOTES_KEY] = shown
        self._show()

    # running ------------------------------------------------------------------------------
    def request_check(self) -> None:
        """A run within the next ~300 ms (edits meanwhile join it); after slow runs, once
        typing pauses."""
        if self.main_window.controller.current is None:
            return
        self._dirty = True
        if not self._busy:
            self._arm_timer()

    def _arm_timer(self) -> None:
        if self._last_run > SLOW_RUN_SECONDS:
            # Restarted by every edit: the run waits for a pause as long as the last run.
            self.timer.start(min(MAX_PAUSE_MS, max(BURST_MS, int(self._last_run * 1000))))
        else:
            self.timer.start(BURST_MS)  # restarted by every edit: runs after a pause

    def run_now(self) -> None:
        self._dirty = True
        self.timer.stop()
        self._start()

    @property
    def idle(self) -> bool:
        return not self._busy and not self._dirty and not self.timer.isActive()

    @property
    def ready(self) -> bool:
        """The findings shown are those of the record as it is now."""
        return self.idle and self._has_result

    @property
    def target_status(self) -> str | None:
        return self.target.currentData()

    def _job(self, target: str | None) -> Callable[[], CheckResult]:
        current = self.main_window.controller.current
        assert current is not None
        data = current.document.snapshot()
        generation, now, folder, sources = (self._generation, self.now(), self._folder(),
                                            self._sources)
        version = self._sources_version

        def job() -> CheckResult:
            started = time.perf_counter()
            result = check_data(data, generation=generation, now=now, folder=folder,
                                target=target, sources=sources)
            result.sources_version = version
            result.seconds = time.perf_counter() - started
            return result

        return job

    def _start(self) -> None:
        if self._busy or not self._dirty:
            return
        self._dirty = False
        if self.main_window.controller.current is None:
            return
        self._busy = True
        self.worker.submit(self._job(self.target_status))

    @Slot(object)
    def _deliver(self, result: CheckResult) -> None:
        self._busy = False  # one run at a time: this is it
        if result.seconds:
            self._last_run = result.seconds
        if result.error:
            self._show_state(result.error)
        elif result.generation != self._generation:
            pass  # a run for the record open before this one
        elif result.issues is None:
            self._remember(result)
            self._show_state("Checks paused: correct the fields marked in red.")
        else:
            self._remember(result)
            self.issues, self._has_result = result.issues, True
            self.record_hash = result.record_hash
            self._note = result.sources.denylist_problem
            self._set_words(result.words)
            self._show()
            self.checked.emit()
        if self._dirty and not self.timer.isActive():
            if self._has_result:
                self._arm_timer()
            else:
                self._start()

    def _remember(self, result: CheckResult) -> None:
        if result.sources_version == self._sources_version:
            self._sources = result.sources

    def _set_words(self, words: frozenset[str] | None) -> None:
        self.words = words
        self.spelling.scan()
        self.spelling.set_words(words)

    def check_now(self, target_status: str | None) -> CheckResult | None:
        """Run the checks for ``target_status`` and wait for them (a status change needs
        the answer before it goes ahead); ``None`` without a record."""
        if self.main_window.controller.current is None:
            return None
        result = self.worker.run_and_wait(self._job(target_status))
        if result.issues is not None:
            self._remember(result)
        return result

    # showing ------------------------------------------------------------------------------
    def visible_issues(self) -> list[Issue]:
        shown = by_severity(self.issues)
        if not self.show_notes.isChecked():
            shown = [issue for issue in shown if issue.severity != INFO]
        return shown

    def _show(self) -> None:
        current = self.main_window.controller.current
        if current is None:
            self.summary.setText("No record open")
            self.list.show_rows([])
            self._show_state("")
            self._mark([])
            return
        places: dict[str, str] = {}
        rows = [Row(issue, places.get(issue.field_path)
                    or places.setdefault(issue.field_path, self.place(issue.field_path)))
                for issue in self.visible_issues()]
        self.list.show_rows(rows)
        self.summary.setText(summary_text(self.issues) if self._has_result else "Checking…")
        self._show_state(self._note)
        self._mark([(issue.field_path, f"{issue.message} ({issue.code})")
                    for issue in self.issues if issue.severity == BLOCKING])

    def _show_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def _mark(self, problems: list[tuple[str, str]]) -> None:
        """Blocking findings are outlined in the form too, beside validation's problems
        (the form keeps the two apart)."""
        if problems != self._marked:
            self._marked = problems
            show = getattr(self.main_window.form, "show_problems", None)
            if show is not None:
                show(problems)

    def place(self, path: str) -> str:
        """A field's human name; a body section is named by its heading."""
        current = self.main_window.controller.current
        if current is None:
            return path
        parts = path.split(".")
        if len(parts) >= 2 and parts[0] == "body" and parts[1].isdigit():
            heading = current.document.get(f"body.{parts[1]}.heading")
            if isinstance(heading, str) and heading.strip():
                return f"Body › {heading.strip()}"
        return describe_path(current.document.kind, path)

    # acting -------------------------------------------------------------------------------
    def jump_to(self, issue: Issue) -> bool:
        """Focus the finding's field and select its words."""
        form: Any = self.main_window.form
        if not form.focus_field(issue.field_path):
            return False
        if issue.span is None:
            return True
        widget = form.field_widget(issue.field_path)
        current = self.main_window.controller.current
        if widget is None or current is None:
            return True
        text = current.document.get(issue.field_path)
        start, end = issue.span
        if isinstance(text, str):
            start, end = utf16_offset(text, start), utf16_offset(text, end)
        return select_in_widget(widget, start, end)

    def add_word(self, word: str) -> None:
        """Add ``word`` to the partnership's word list, then re-check."""
        try:
            add_to_word_list(word)
        except (OSError, ValueError) as error:
            self.main_window.prompter.show_error(
                "The word was not added",
                f"The partnership's word list could not be updated: {error}")
            return
        self._reset_sources(replace(self._sources, settings=None))
        if self.words is not None:
            self._set_words(self.words | {word})
        self.main_window.status.showMessage(f"“{word}” added to the partnership's word list", 5000)
        self.run_now()

    def edit_denylist(self) -> None:
        current = self.main_window.controller.current
        if current is None:
            return
        from .denylist_dialog import DenyListDialog

        dialog = DenyListDialog(str(current.document.get("id")), current.title, self.main_window)
        dialog.changed.connect(self.denylist_changed)
        dialog.exec()
        dialog.deleteLater()

    def denylist_changed(self) -> None:
        self._reset_sources(replace(self._sources, denylist=None, denylist_problem=""))
        self.run_now()
