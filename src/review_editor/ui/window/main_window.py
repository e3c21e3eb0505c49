"""The editor window: library on the left, the record's form in the centre, preview and
checks on the right, menus, find bar and status bar.

The window is a view: what happens to the record is the controller's business
(``RecordController``), and what the user is asked goes through the ``Prompter``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...model import Kind, label
from ...paths import same_path
from ...profile import adopt_workspace
from ...storage import FolderScan, IndexEntry, LoadError
from ..common.settings import Settings
from ..common.text import page_words
from ..common.widgets import named
from ..dialogs.qt_prompter import show_about, show_user_guide
from ..form import RecordForm
from ..library.panel import LibraryPanel
from ..record.controller import MARKED_READ_ONLY, RecordController
from ..record.prompter import Prompter
from .find import FindBar, jump_in_form
from .layout import default_layout, restore_layout, save_layout
from .listing import FolderListing, Scanner, broken_files
from .menus import (
    edit_focused,
    fill_recent,
    make_action,
    make_dock,
    named_menu,
    placeholder,
    toggle_action,
)
from .pages import BrokenFilePage, EmptyPage, MessageBar
from .status import EditorStatusBar

APP_TITLE = "Review Editor"
log = logging.getLogger(__name__)
StandardKey = QKeySequence.StandardKey


if TYPE_CHECKING:
    from ..checks.panel import ChecksPanel
    from ..checks.status_guard import StatusGuard
    from ..dialogs.import_dialog import ImportActions
    from ..export.actions import ExportActions
    from ..never_lose.work import NeverLoseWork
    from ..preview.panel import PreviewPanel
    from ..record.attach import AttachActions
    from ..record.open_record import OpenRecord
    from .preview_mode import PreviewMode
    from .startup import StagedStart
    from .welcome import WelcomePage


class MainWindow(QMainWindow):
    #: The start's folder listing has been validated (see ``confirm_start``).
    listing_confirmed = Signal()
    #: The organisation profile was edited: what shows it (the preview) follows.
    branding_changed = Signal()

    # The panels in the docks and the actions of the menus, set by the composition root
    # (app.build_main_window), which builds them and every service.
    preview: PreviewPanel
    exports: ExportActions
    attach_actions: AttachActions
    checks: ChecksPanel
    never_lose: NeverLoseWork
    status_guard: StatusGuard
    preview_mode: PreviewMode
    welcome: WelcomePage | None = None  # made at the first start only
    startup: StagedStart | None = None  # set when the app opens the window in stages

    def __init__(self, *, form: RecordForm, undo_stack: QUndoStack, prompter: Prompter,
                 settings: Settings, controller: RecordController, library: LibraryPanel,
                 status: EditorStatusBar, scan: Scanner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.form = form
        self.undo_stack = undo_stack
        self.prompter = prompter
        self.settings = settings
        self._refresh_pending = False
        self._shown: OpenRecord | None = None  # the record the window last showed
        self.library = library
        self.controller = controller
        self.listing = FolderListing(library, controller, status, scan, parent=self)
        self.listing.confirmed.connect(self.listing_confirmed)
        self._build_centre()
        self._build_docks()
        self.status = status
        self.setStatusBar(status)
        self._build_actions()
        self._build_menus()
        self._connect()
        self._record_opened()

    # building ----------------------------------------------------------------------------

    def _build_centre(self) -> None:
        self.message_bar = MessageBar(self)
        self.empty_page = EmptyPage(self)
        self.broken_page = BrokenFilePage(self)
        self.pages = named(QStackedWidget(self), "centre", "Record")
        for page in (self.empty_page, self.form, self.broken_page):  # the form scrolls itself
            self.pages.addWidget(page)
        self.find_bar = FindBar(self._document_data, partial(jump_in_form, self.form), self)
        self.find_bar.hide()
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(centre)

    def add_banner(self, banner: QWidget) -> None:
        """A non-modal bar at the top of the record's area (recovered changes, conflict
        copies), above the notices."""
        centre = self.centralWidget()
        layout = centre.layout() if centre is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.message_bar), banner)

    def _build_docks(self) -> None:
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.library_dock = self._dock("dock:library", "Library", self.library,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.preview_dock = self._dock("dock:preview", "Preview",
                                       placeholder("preview:placeholder", "Preview", self),
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.checks_dock = self._dock("dock:checks", "Checks",
                                      placeholder("checks:placeholder", "Checks", self),
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.preview_dock, self.checks_dock, Qt.Orientation.Vertical)

    def add_tool_actions(self, actions: list[QAction]) -> None:
        """A panel's entries in the Tools menu, with their shortcuts live in the window."""
        self.addActions(actions)
        self.tools_menu.addActions(actions)

    def add_file_action(self, action: QAction) -> None:
        """An entry of the File menu's record group, after Revert to saved."""
        self.addAction(action)
        entries = self.file_menu.actions()
        index = entries.index(self.action_revert)
        self.file_menu.insertAction(entries[index + 1], action)

    def _dock(self, name: str, title: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = make_dock(self, name, title, widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        def a(name: str, text: str, slot: Callable[[], object] | None = None,
              **options: Any) -> QAction:
            return make_action(self, name, text, slot, **options)

        self.new_actions = {
            kind.value: a(f"new_{kind.value}", label(kind), partial(self.new_record, kind.value),
                          tip=f"Start a new {label(kind).lower()} from its template")
            for kind in Kind
        }
        self.action_new = a("new", "&New…", self.choose_new_record, keys=StandardKey.New,
                            tip="Start a new record")
        self.action_open_file = a("open_file", "&Open file…", self.choose_open_file,
                                  keys=StandardKey.Open)
        self.action_open_folder = a("open_folder", "Open &folder…", self.choose_folder,
                                    fallback="Ctrl+Shift+O")
        self.action_import = a("import", "&Import…", lambda: self.imports.choose_file(),
                               fallback="Ctrl+Shift+I",
                               tip="Make a new record from a web page (.txt, .html) or a Word "
                                   "document (.docx)")
        self.action_import_clipboard = a(
            "import_clipboard", "Import from clip&board", lambda: self.imports.import_clipboard(),
            tip="Make a new record from a page copied in a web browser or in Word")
        self.action_save = a("save", "&Save", self.controller.save, keys=StandardKey.Save)
        self.action_save_as = a("save_as", "Save &As…", self.controller.save_as,
                                keys=StandardKey.SaveAs, fallback="Ctrl+Shift+S")
        self.action_revert = a("revert", "&Revert to saved", self.controller.revert)
        self.action_export = a("export", "&Export…", lambda: self.exports.export_current(),
                               fallback="Ctrl+E",
                               tip="Final copies: web page, PDF, Word, plain text, JSON")
        self.action_export_selected = a(
            "export_selected", "Export &selected records…",
            lambda: self.exports.export_selected(), fallback="Ctrl+Shift+E",
            tip="Export every record selected in the library")
        self.action_close = a("close", "&Close record", self.controller.close_record,
                              keys=StandardKey.Close, fallback="Ctrl+W")
        self.action_quit = a("quit", "&Quit", self.close, keys=StandardKey.Quit,
                             fallback="Ctrl+Q")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.action_undo = self.undo_stack.createUndoAction(self, "Undo")
        self.action_undo.setObjectName("action:undo")
        self.action_undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
        self.action_redo = self.undo_stack.createRedoAction(self, "Redo")
        self.action_redo.setObjectName("action:redo")
        self.action_redo.setShortcuts(QKeySequence.keyBindings(StandardKey.Redo))
        self.addActions([self.action_undo, self.action_redo])
        self.action_cut = a("cut", "Cu&t", lambda: edit_focused("cut"), keys=StandardKey.Cut)
        self.action_copy = a("copy", "&Copy", lambda: edit_focused("copy"), keys=StandardKey.Copy)
        self.action_paste = a("paste", "&Paste", lambda: edit_focused("paste"),
                              keys=StandardKey.Paste)
        self.action_find = a("find", "&Find in record…", self.open_find_bar,
                             keys=StandardKey.Find)
        self.action_find_next = a("find_next", "Find &next", self.find_bar.next_or_open,
                                  keys=StandardKey.FindNext, fallback="F3")
        self.action_find_previous = a("find_previous", "Find pre&vious",
                                      self.find_bar.previous_or_open,
                                      keys=StandardKey.FindPrevious, fallback="Shift+F3")

        self.action_toggle_library = toggle_action(self, self.library_dock, "toggle_library",
                                                  "&Library", "Ctrl+1")
        self.action_toggle_preview = toggle_action(self, self.preview_dock, "toggle_preview",
                                                  "&Preview", "Ctrl+2")
        self.action_toggle_checks = toggle_action(self, self.checks_dock, "toggle_checks",
                                                 "C&hecks", "Ctrl+3")

        self.action_branding = a("branding", "Organisation &profile…", self.edit_branding,
                                 keys=StandardKey.Preferences, fallback="Ctrl+,",
                                 tip="Name, logo, colours and footer of the published pages")
        self.action_branding.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_user_guide = a("user_guide", "&User guide", lambda: show_user_guide(self),
                                   keys=StandardKey.HelpContents, fallback="F1")
        self.action_about = a("about", "&About Review Editor",
                              lambda: show_about(self))
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = named_menu(bar.addMenu("&File"), "file")
        new_menu = named_menu(file_menu.addMenu("&New"), "new_menu")
        new_menu.addActions(list(self.new_actions.values()))
        new_menu.addSeparator()
        new_menu.addAction(self.action_new)
        file_menu.addAction(self.action_open_file)
        file_menu.addAction(self.action_open_folder)
        self.recent_files_menu = named_menu(file_menu.addMenu("Recent &files"), "recent_files")
        self.recent_folders_menu = named_menu(file_menu.addMenu("Recent f&olders"),
                                              "recent_folders")
        self.recent_files_menu.aboutToShow.connect(self._fill_recent_files)
        self.recent_folders_menu.aboutToShow.connect(self._fill_recent_folders)
        file_menu.addSeparator()
        file_menu.addActions([self.action_import, self.action_import_clipboard])
        file_menu.addSeparator()
        file_menu.addActions([self.action_save, self.action_save_as, self.action_revert])
        file_menu.addSeparator()
        file_menu.addActions([self.action_export, self.action_export_selected])
        file_menu.addSeparator()
        file_menu.addAction(self.action_close)
        file_menu.addAction(self.action_quit)

        edit_menu = named_menu(bar.addMenu("&Edit"), "edit")
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.action_cut, self.action_copy, self.action_paste])
        edit_menu.addSeparator()
        edit_menu.addActions([self.action_find, self.action_find_next,
                              self.action_find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_branding)

        view_menu = named_menu(bar.addMenu("&View"), "view")
        view_menu.addActions([self.action_toggle_library, self.action_toggle_preview,
                              self.action_toggle_checks])

        # Filled by the panels that bring tools (the checks: protected names, run checks).
        self.tools_menu = named_menu(bar.addMenu("&Tools"), "tools")

        help_menu = named_menu(bar.addMenu("&Help"), "help")
        help_menu.addAction(self.action_user_guide)
        help_menu.addSeparator()
        help_menu.addAction(self.action_about)
        self._fill_recent_files()
        self._fill_recent_folders()

    def _connect(self) -> None:
        self.controller.opened.connect(self._record_opened)
        self.controller.saved.connect(self._record_saved)
        self.controller.load_failed.connect(self._load_failed)
        self.controller.provisional_refused.connect(self._provisional_refused)
        self.controller.confirmed.connect(self._record_confirmed)
        self.library.record_chosen.connect(self._library_chose_record)
        self.library.broken_chosen.connect(self._library_chose_broken)
        self.form.changed.connect(self._form_changed)
        self.form.structure_changed.connect(self.schedule_refresh)
        self.undo_stack.indexChanged.connect(self.schedule_refresh)
        self.undo_stack.cleanChanged.connect(self._update_state)

    # opening folders and files -------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """A folder lists its records; a file opens, with its folder in the library."""
        if not path.exists():
            self.prompter.show_error("Not found", f"{path.name} is no longer at {path.parent}. "
                                     "It may have been moved, renamed or deleted.")
            self.settings.forget_recent_file(path)
            self.settings.forget_recent_folder(path)
            return False
        if path.is_dir():
            return self.open_folder(path)
        folder = path.parent
        current = self.library.folder()
        if current is None or not same_path(current, folder):
            self.open_folder(folder)
        return self.open_file(path)

    def open_folder(self, folder: Path) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            scan = self.listing.scan(folder)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if scan.problems and scan.problems[0].path == folder and not scan.entries:
            self.prompter.show_error("This folder cannot be opened", str(scan.problems[0]))
            self.settings.forget_recent_folder(folder)
            return False
        self.settings.last_folder = folder
        self.settings.add_recent_folder(folder)
        adopt_workspace(folder)
        self._show_scan(scan)
        return True

    def _show_scan(self, scan: FolderScan) -> None:
        self.library.set_scan(scan)
        self._update_title()
        current = self.controller.current
        self.library.select_path(current.path if current else None)
        if scan.problems:
            self.status.showMessage(broken_files(len(scan.problems)), 8000)

    # the start: shown before the models load, then confirmed -------------------------------

    def begin_provisional_start(self) -> None:
        """Until ``end_provisional_start``: a folder is listed, and a record shown, as their
        files' JSON reads (each file read once), without validating them (which loads the
        models, a tenth of a second). The window's start uses this to show them sooner."""
        self.listing.begin_provisional()

    def end_provisional_start(self) -> None:
        self.listing.end_provisional()

    def confirm_start(self) -> None:
        """Validates what the start showed: the record at once, the folder's listing off
        the UI thread; ``listing_confirmed`` follows."""
        self.listing.confirm()

    def open_file(self, path: Path) -> bool:
        return self.controller.open_file(path)

    def open_first_record(self) -> bool:
        """Open the record at the top of the library (used on a first run)."""
        for row in range(self.library.proxy.rowCount()):
            source = self.library.proxy.mapToSource(self.library.proxy.index(row, 0))
            entry = self.library.model.rows[source.row()]
            if not entry.broken:
                return self.controller.open_file(entry.path)
        return False

    def choose_open_file(self) -> None:
        self.prompter.choose_open_file(self._start_folder(),
                                       lambda path: path and self.open_path(path))

    def choose_folder(self) -> None:
        self.prompter.choose_folder(self._start_folder(),
                                    lambda folder: folder and self.open_folder(folder))

    def choose_new_record(self) -> None:
        self.prompter.choose_kind(lambda kind: kind and self.new_record(kind))

    def new_record(self, kind: str) -> bool:
        """True when made before this returns; after the close prompt, on its answer."""
        if not self.controller.maybe_close(lambda: self.new_record(kind)) \
                or not self.controller.new_record(kind):
            return False
        self.form_focus("title", select_all=True)
        return True

    @cached_property
    def imports(self) -> ImportActions:
        """File › Import… and Import from clipboard; loaded on first use (the importers
        bring Word's reader with them)."""
        from ..dialogs.import_dialog import ImportActions

        return ImportActions(self.controller, self.prompter, self.status, self._start_folder,
                             self)

    def _start_folder(self) -> Path | None:
        current = self.controller.current
        if current is not None and current.path is not None:
            return current.path.parent
        return self.library.folder()

    def _library_chose_record(self, path: Path) -> None:
        if not self.controller.open_file(path):
            self._select_current_in_library()

    def _library_chose_broken(self, error: LoadError) -> None:
        if not self.controller.maybe_close(lambda: self._library_chose_broken(error)):
            self._select_current_in_library()  # asked: shown on the answer
            return
        self.controller.close_record()
        self._show_broken(error)

    def _provisional_refused(self, error: LoadError) -> None:
        """The record the start showed did not validate: its error page, and it is not
        opened again at the next start."""
        self.settings.forget_recent_file(error.path)
        if self.settings.last_file is not None and same_path(self.settings.last_file, error.path):
            self.settings.last_file = None
        self._show_broken(error)

    def _show_broken(self, error: LoadError) -> None:
        self.broken_page.show_error(error)
        self.pages.setCurrentWidget(self.broken_page)
        self.library.select_path(error.path)

    def _select_current_in_library(self) -> None:
        current = self.controller.current
        self.library.select_path(current.path if current else None)

    def _load_failed(self, error: LoadError) -> None:
        folder = self.library.folder()
        if folder is not None and same_path(error.path.parent, folder):
            self.library.mark_broken(error)
        self.status.showMessage(f"{error.path.name} cannot be opened.", 8000)

    # reacting to the record --------------------------------------------------------------

    def _record_opened(self) -> None:
        current = self.controller.current
        if current is not self._shown:  # what the status bar said was about another record
            self._shown = current
            self.status.clearMessage()
            if current is not None and current.marked_read_only:
                self.status.showMessage(f"{current.name} opened read-only: {MARKED_READ_ONLY}.")
        if current is None:
            self.find_bar.hide()
            self.pages.setCurrentWidget(self.empty_page)
            self.message_bar.show_messages([])
        else:
            self.pages.setCurrentWidget(self.form)
            self.message_bar.show_messages(current.warnings)
            if current.path is not None:
                self.settings.add_recent_file(current.path)
                self.settings.last_file = current.path
        self.library.select_path(current.path if current and current.path else None)
        self._update_actions()
        self.refresh()

    def _record_confirmed(self) -> None:
        current = self.controller.current
        if current is not None:
            self.message_bar.show_messages(current.warnings)

    def _record_saved(self, entry: IndexEntry) -> None:
        folder = self.library.folder()
        if folder is not None and same_path(entry.path.parent, folder):
            self.library.update_entry(entry)
            self.library.select_path(entry.path)
        self.status.showMessage(f"Saved {entry.path.name}", 5000)

    def _form_changed(self, path: str) -> None:
        if path == "title" or path.startswith("title"):
            self._update_title()
        self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """Validate and recount once per burst of changes, after the event that caused them."""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._refresh_pending = False
        current = self.controller.current
        if current is not None:
            self.controller.validate()
            self.status.show_words(page_words(current.document.data))
        else:
            self.status.show_words(None)
        self._update_title()
        self._update_state()

    def _update_state(self) -> None:
        current = self.controller.current
        modified = self.controller.is_modified()
        self.setWindowModified(modified)
        self.status.show_state(
            None if current is None else
            "read_only" if current.read_only and not modified else
            "new" if current.path is None else
            "modified" if modified else "saved",
            read_only=bool(current and current.read_only))

    def _update_title(self) -> None:
        current = self.controller.current
        if current is None:
            folder = self.library.folder()
            self.setWindowTitle(f"{folder.name} — {APP_TITLE}[*]" if folder else
                                f"{APP_TITLE}[*]")
            return
        name = current.path.name if current.path else "not saved yet"
        marker = " [read-only]" if current.read_only else ""
        self.setWindowTitle(f"{current.title} — {name}[*]{marker} — {APP_TITLE}")

    def _update_actions(self) -> None:
        current = self.controller.current
        has_record = current is not None
        self.action_save.setEnabled(current is not None and not current.read_only)
        self.action_save_as.setEnabled(has_record)
        self.action_revert.setEnabled(current is not None and current.path is not None)
        self.action_close.setEnabled(has_record)
        self.action_find.setEnabled(has_record)
        self.action_find_next.setEnabled(has_record)
        self.action_find_previous.setEnabled(has_record)

    # edit menu ---------------------------------------------------------------------------

    def _document_data(self) -> dict[str, Any] | None:
        current = self.controller.current
        return current.document.data if current else None

    def form_focus(self, path: str, *, select_all: bool = False) -> bool:
        if not self.form.focus_field(path):
            return False
        widget = self.form.field_widget(path)
        if select_all and isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def open_find_bar(self) -> None:
        if self.controller.current is not None:
            self.find_bar.open_bar()

    # help --------------------------------------------------------------------------------

    def edit_branding(self) -> None:
        """The organisation profile; the preview follows it at once."""
        from ..dialogs.branding import edit_branding

        edit_branding(self.settings, self, self.branding_changed.emit)

    # recent files and folders ----------------------------------------------------------------

    def _fill_recent_files(self) -> None:
        fill_recent(self.recent_files_menu, self.settings.recent_files, "recent_file",
                          self.open_path)

    def _fill_recent_folders(self) -> None:
        fill_recent(self.recent_folders_menu, self.settings.recent_folders,
                          "recent_folder", self.open_folder)

    # layout and closing ------------------------------------------------------------------

    def restore_layout(self) -> None:
        if not restore_layout(self, self.settings, self.library):
            self.apply_default_layout()

    def apply_default_layout(self, size: QSize | None = None) -> None:
        default_layout(self, [self.library_dock, self.preview_dock, self.checks_dock], size)

    def save_layout(self) -> None:
        save_layout(self, self.settings, self.library)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.controller.may_close_window(self.close):
            event.ignore()  # asked first: closed again on the answer
            return
        self.controller.release()
        self.save_layout()
        try:
            self.settings.save()
        except OSError as error:
            self.prompter.show_error("Settings not saved",
                                     f"Your settings could not be saved: {error}")
        event.accept()
