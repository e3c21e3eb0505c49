"""The Checks dock: the pre-publication checks' findings, live as the officer types.

Checks run on one worker thread, at most once per ~300 ms burst of edits, never while
another run is in flight (edits meanwhile collapse into the next run), so typing is never
blocked. The first run of a record also loads the partnership's settings, the record's
deny-list and the records beside it (for the workspace checks); later runs reuse them
until they change. Findings are listed by severity, then in reading order; activating one
jumps to its field and selects its words; a word added to the partnership's word list
re-checks at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...checks import BLOCKING, INFO, Issue
from ..common.asking import ask
from ..common.labels import describe_path
from ..common.text import page_words
from ..common.widgets import named
from ..window.find import select_in_widget
from .fold import FoldRow, fold_rows
from .header import ChecksHeader
from .issue_list import IssueList, Row, by_severity, is_to_do, summary_text
from .name_finding import NameFindingBar
from .offsets import utf16_offset
from .spelling import SpellingSupport, add_to_word_list
from .worker import CheckResult, CheckWorker, Sources, check_data

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ...storage import IndexEntry
    from ..common.settings import Settings
    from ..form import RecordForm
    from ..record.controller import RecordController
    from ..record.prompter import Prompter
    from ..window.status import EditorStatusBar

#: A run starts once typing has paused this long. The checks are Python on a worker
#: thread: running while the officer types, they compete with the window and the preview
#: for the interpreter (a long regular-expression scan holds it), which stalled typing by
#: 25-60 ms in bench/preview_latency.py. Findings follow a pause, never a keystroke.
BURST_MS = 400
#: A run slower than this (a very long section) waits for a longer pause.
SLOW_RUN_SECONDS = 0.1
MAX_PAUSE_MS = 2000
LARGE_RECORD_WORDS = 20_000
ASSUMED_LARGE_RUN_SECONDS = 0.5
SHOW_NOTES_KEY = "checks_show_notes"
NO_RECORD = ("Open a record from the library, or start one with File › New. Its checks run "
             "as you type, and what needs your attention before publishing is listed here.")


# the panel -------------------------------------------------------------------------------

class ChecksPanel(QWidget):
    """The Checks dock's content (object name "checks"): the findings, the checks' target
    status, and the Tools menu's Run checks and Protected names."""

    checked = Signal()  # a run's findings are shown

    def __init__(self, *, controller: RecordController, form: RecordForm,
                 undo_stack: QUndoStack, settings: Settings, prompter: Prompter,
                 status: EditorStatusBar, folder: Callable[[], Path | None],
                 listing: Callable[[Path], list[IndexEntry] | None],
                 worker: CheckWorker, spelling: SpellingSupport,
                 now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "checks", "Checks")
        self.controller = controller
        self.form = form
        self.undo_stack = undo_stack
        self.settings = settings
        self.prompter = prompter
        self.status = status
        self.open_folder = folder  # the library's folder, for a record not saved yet
        #: The library's index of a folder, if it lists that one: the workspace checks read
        #: it instead of the files.
        self.listing = listing
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
        #: The notes about fields still to fill in are listed one by one (else one row).
        self.fields_listed = False

        self._build()
        self.worker = worker
        self.worker.finished.connect(self._deliver)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(BURST_MS)
        self.timer.timeout.connect(self._start)
        self.spelling = spelling
        spelling.word_added.connect(self.add_word)
        self.tool_actions = self._make_actions()
        self._connect()
        self.record_opened()

    # building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = ChecksHeader(self.settings.data.get(SHOW_NOTES_KEY, True) is not False,
                                   self)
        self.target, self.show_notes = self.header.target, self.header.show_notes
        self.summary = self.header.summary
        self.state = named(QLabel(self), "checks:state", "Checks state")
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.list = IssueList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.state)
        layout.addWidget(self.list, 1)
        self.name_bar = NameFindingBar(self)
        layout.addWidget(self.name_bar)

    def _make_actions(self) -> list[QAction]:
        """The Tools menu's entries; the window puts them in its menu."""
        self.action_denylist = QAction("&Protected names…", self)
        self.action_denylist.setObjectName("action:denylist")
        self.action_denylist.setStatusTip(
            "Real names, schools and streets that must never appear in this record")
        self.action_denylist.triggered.connect(lambda _=False: self.edit_denylist())
        self.action_run = QAction("&Run checks", self)
        self.action_run.setObjectName("action:run_checks")
        self.action_run.setShortcut("F7")
        self.action_run.setStatusTip("Check the record now and list every finding")
        self.action_run.triggered.connect(lambda _=False: self.check_and_list())
        self.action_next = QAction("&Next finding", self)
        self.action_next.setObjectName("action:next_finding")
        self.action_next.setShortcut("F8")
        self.action_next.setStatusTip("Go to the next finding's words in the form")
        self.action_next.triggered.connect(lambda _=False: self.go_to_next(True))
        self.action_previous = QAction("Pre&vious finding", self)
        self.action_previous.setObjectName("action:previous_finding")
        self.action_previous.setShortcut("Shift+F8")
        self.action_previous.setStatusTip("Go to the previous finding's words in the form")
        self.action_previous.triggered.connect(lambda _=False: self.go_to_next(False))
        return [self.action_run, self.action_next, self.action_previous, self.action_denylist]

    def _connect(self) -> None:
        self.controller.opened.connect(self.record_opened)
        self.controller.saved.connect(lambda *_: self._forget_workspace())
        self.form.changed.connect(self._changed)
        self.form.structure_changed.connect(self._structure_changed)
        self.undo_stack.indexChanged.connect(self._changed)
        self.list.activated_issue.connect(self.jump_to)
        self.list.fold_activated.connect(lambda: self.list_fields_to_fill_in(
            not self.fields_listed))
        self.list.shown_issue.connect(self.show_in_field)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._offer_name_actions())
        self.name_bar.professional.connect(self.mark_professional)
        self.name_bar.not_a_name.connect(self.mark_not_a_name)
        self.target.currentIndexChanged.connect(lambda *_: self.run_now())
        self.show_notes.toggled.connect(self._notes_toggled)

    # reacting -----------------------------------------------------------------------------
    def record_opened(self) -> None:
        current = self.controller.current
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
        self.fields_listed = False  # each record opens calm: the empty fields in one row
        self._marked = None  # the form may have been rebuilt without them: set them again
        self.spelling.set_words(None)
        if not self._held:
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
        current = self.controller.current
        if current is None:
            return ()
        return (current.document.get("id"), self._folder())

    def _folder(self) -> Path | None:
        current = self.controller.current
        if current is None:
            return None
        if current.path is not None:
            return current.path.parent
        return self.open_folder()

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
        if not self._held:
            self.spelling.schedule_scan()
        self.request_check()

    def forget_workspace(self) -> None:
        """The folder's index changed (a save, the start's listing validated)."""
        self._forget_workspace()

    def _forget_workspace(self) -> None:
        self._reset_sources(replace(self._sources, workspace=None))
        self.request_check()

    def _notes_toggled(self, shown: bool) -> None:
        self.settings.data[SHOW_NOTES_KEY] = shown
        self._show()

    # running ------------------------------------------------------------------------------
    _held = False

    def hold(self) -> None:
        """No runs and no spelling until ``release``: the window is starting. A scan for
        the form's editors asked for when the panel was made waits too: it would run on
        the preview's way to its first page."""
        self._held = True
        self.timer.stop()
        self.spelling.cancel_scan()

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        self.spelling.schedule_scan()
        if self._dirty and not self._busy and self.controller.current is not None:
            self._arm_timer()

    def request_check(self) -> None:
        """A run within the next ~300 ms (edits meanwhile join it); after slow runs, once
        typing pauses."""
        if self.controller.current is None:
            return
        self._dirty = True
        if not self._busy:
            self._arm_timer()

    def _arm_timer(self) -> None:
        if self._held:
            return  # ``release`` arms it
        if self._last_run > SLOW_RUN_SECONDS:
            # Restarted by every edit: the run waits for a pause as long as the last run.
            self.timer.start(min(MAX_PAUSE_MS, max(BURST_MS, int(self._last_run * 1000))))
        else:
            self.timer.start(BURST_MS)  # restarted by every edit: runs after a pause

    def check_and_list(self) -> None:
        """Check (F7, the toolbar): the officer asks for every finding, so the fields
        still to fill in are listed one by one too, and the findings come to the front
        when a short window keeps them in a tab behind the preview."""
        self.list_fields_to_fill_in(True)
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.raise_()
        self.run_now()

    def list_fields_to_fill_in(self, listed: bool) -> None:
        if listed != self.fields_listed:
            self.fields_listed = listed
            self._show()

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
        current = self.controller.current
        assert current is not None
        data = current.document.snapshot()
        generation, now, folder, sources = (self._generation, self.now(), self._folder(),
                                            self._sources)
        version = self._sources_version
        listing = self.listing(folder) if folder is not None and sources.workspace is None \
            else None

        def job() -> CheckResult:
            started = time.perf_counter()
            result = check_data(data, generation=generation, now=now, folder=folder,
                                target=target, sources=sources, listing=listing)
            result.sources_version = version
            result.seconds = time.perf_counter() - started
            return result

        return job

    def _start(self) -> None:
        if self._busy or not self._dirty:
            return
        self._dirty = False
        if self.controller.current is None:
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
        if self.controller.current is None:
            return None
        result = self.worker.run_and_wait(self._job(target_status))
        if result.issues is not None:
            self._remember(result)
        return result

    # showing ------------------------------------------------------------------------------
    @property
    def is_draft(self) -> bool:
        current = self.controller.current
        return current is not None and current.document.get("status", "draft") == "draft"

    def visible_issues(self) -> list[Issue]:
        shown = by_severity(self.issues, draft=self.is_draft)
        if not self.show_notes.isChecked():
            shown = [issue for issue in shown if issue.severity != INFO]
        return shown

    def _show(self) -> None:
        current = self.controller.current
        self.list.setVisible(current is not None)
        if current is None:
            self.summary.setText("No record open")
            self.list.show_rows([])
            self._show_state(NO_RECORD)
            self._mark([])
            return
        places: dict[str, str] = {}
        draft = self.is_draft
        rows = [Row(issue, places.get(issue.field_path)
                    or places.setdefault(issue.field_path, self.place(issue.field_path)),
                    to_do=is_to_do(issue, draft))
                for issue in self.visible_issues()]
        self.list.show_rows(fold_rows(rows, opened=self.fields_listed))
        self.summary.setText(summary_text(self.issues, draft=draft) if self._has_result
                             else "Checking…")
        self._offer_name_actions()
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
            self.form.show_problems(problems)

    def place(self, path: str) -> str:
        """A field's human name; a body section is named by its heading."""
        current = self.controller.current
        if current is None:
            return path
        parts = path.split(".")
        if len(parts) >= 2 and parts[0] == "body" and parts[1].isdigit():
            heading = current.document.get(f"body.{parts[1]}.heading")
            if isinstance(heading, str) and heading.strip():
                return f"Body › {heading.strip()}"
        return describe_path(current.document.kind, path)

    # acting -------------------------------------------------------------------------------
    def go_to_next(self, forward: bool = True) -> bool:
        """F8 and Shift+F8, from anywhere: the next (previous) finding's words, selected
        in its field, which gets the focus."""
        if self.controller.current is None:
            return False
        row = self.list.step(forward)
        if row is None:
            folded = [entry for entry in self.list.entries() if isinstance(entry, FoldRow)]
            self.status.showMessage(
                f"{folded[0].heading}: Check (F7) lists them" if folded else "No findings",
                5000)
            return False
        self.status.showMessage(f"{row.severity_text}: {row.issue.message}", 8000)
        if self.jump_to(row.issue) and QApplication.focusWidget() is not None:
            return True
        # A finding about the record as a whole (or a field not shown): the list keeps
        # the keyboard, so the next F8 goes on from here.
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def show_in_field(self, issue: Issue) -> None:
        """A finding reached with the arrow keys: its words selected in the field, which is
        scrolled into view, while the list keeps the focus."""
        self.jump_to(issue)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_name_actions(self) -> None:
        row = self.list.current_row()
        current = self.controller.current
        name = ""
        if row is not None and current is not None and not current.read_only:
            name = self.name_bar.name_in(row.issue, current.document.get(row.issue.field_path))
        self.name_bar.offer(name)

    def mark_professional(self, name: str) -> None:
        self._remember_name("sensitivity.named_professionals", name,
                            f"“{name}” added to this record's named professionals")

    def mark_not_a_name(self, name: str) -> None:
        self._remember_name("sensitivity.not_names", name,
                            f"“{name}” will not be reported as a name in this record")

    def _remember_name(self, path: str, name: str, message: str) -> None:
        """One undo step; private to the record (``sensitivity`` never leaves it)."""
        current = self.controller.current
        if current is None or not name:
            return
        names = list(current.document.get(path) or [])
        if name not in names:
            self.form.set_value(path, [*names, name], text=message)
        self.status.showMessage(message, 6000)
        self.run_now()

    def jump_to(self, issue: Issue) -> bool:
        """Focus the finding's field and select its words."""
        form = self.form
        if not form.focus_field(issue.field_path):
            return False
        if issue.span is None:
            return True
        widget = form.field_widget(issue.field_path)
        current = self.controller.current
        if widget is None or current is None:
            return True
        text = current.document.get(issue.field_path)
        start, end = issue.span
        if isinstance(text, str):
            start, end = utf16_offset(text, start), utf16_offset(text, end)
        if not select_in_widget(widget, start, end):
            return False
        form.reveal_selection(widget)
        return True

    def add_word(self, word: str) -> None:
        """Add ``word`` to the partnership's word list, then re-check."""
        try:
            add_to_word_list(word)
        except (OSError, ValueError) as error:
            self.prompter.show_error(
                "The word was not added",
                f"The partnership's word list could not be updated: {error}")
            return
        self._reset_sources(replace(self._sources, settings=None))
        if self.words is not None:
            self._set_words(self.words | {word})
        self.status.showMessage(f"“{word}” added to the partnership's word list", 5000)
        self.run_now()

    def edit_denylist(self) -> None:
        current = self.controller.current
        if current is None:
            return
        from .denylist_dialog import DenyListDialog

        dialog = DenyListDialog(str(current.document.get("id")), current.title, self.window())
        dialog.changed.connect(self.denylist_changed)
        ask(dialog, lambda _result: None)

    def denylist_changed(self) -> None:
        self._reset_sources(replace(self._sources, denylist=None, denylist_problem=""))
        self.run_now()
