"""The GUI's composition root: builds the services and the window, and runs the event loop.

Services are made here once and handed to the widgets that need them: the settings, the
clock, the prompter, the undo stack, the form. Nothing else builds them.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, paths, resources

if TYPE_CHECKING:  # Qt is imported only once the GUI is really wanted
    from PySide6.QtWidgets import QApplication

    from .ui.checks.panel import ChecksPanel
    from .ui.common.settings import Settings
    from .ui.record.controller import Clock
    from .ui.record.prompter import Prompter
    from .ui.services import Services
    from .ui.window.main_window import MainWindow

APP_NAME = "Review Editor"
#: In a staged start, the steps after the preview's and the checks' first run wait for the
#: preview's first page, or this long.
PREVIEW_WAIT_MS = 3000
#: In a staged start, the form's sections built before the first paint: at 1366×768 the
#: first two fill the form's area; the rest are built in the turns just after.
SECTIONS_AT_FIRST_PAINT = 2
ORGANISATION = "Review Editor"
APP_USER_MODEL_ID = "ReviewEditor.ReviewEditor.Desktop"
NO_DISPLAY_MESSAGE = (
    "review-editor: no display found, so the editor window cannot open.\n"
    "Run it in a desktop session (DISPLAY or WAYLAND_DISPLAY must be set), or use a "
    "command such as `review-editor validate FILE`, which needs no display."
)


def now() -> datetime:
    """The clock the window uses: aware, in London time."""
    from .model import LONDON

    return datetime.now(LONDON)


# display --------------------------------------------------------------------------------

def has_display() -> bool:
    """False on Linux without an X11 or Wayland display and with no Qt platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def use_offscreen_if_headless() -> None:
    """For headless commands that still need Qt (PDF export): render offscreen when there is
    no display. Never used for the window, which would be invisible."""
    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def set_app_user_model_id() -> None:
    """Windows groups the taskbar button and picks the icon by this id, not by python.exe."""
    if sys.platform == "win32":
        import ctypes

        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(  # type: ignore[attr-defined]
                APP_USER_MODEL_ID)


# first run ------------------------------------------------------------------------------

def documents_folder() -> Path:
    """The user's Documents folder as Qt finds it (right when OneDrive redirects it)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def prepare_workspace(documents: Path) -> Path:
    """The per-user workspace with the bundled examples copied in. An existing file is
    never overwritten: only missing examples are added."""
    workspace = paths.workspace_dir(documents)
    workspace.mkdir(parents=True, exist_ok=True)
    if paths.recorded_workspace() is None:  # where the command line finds the profile
        with contextlib.suppress(OSError):
            paths.record_workspace(workspace)
    for example in sorted(resources.examples_dir().glob("*.json")):
        target = workspace / example.name
        try:
            with open(target, "xb") as handle:  # "x": fails if the file exists
                handle.write(example.read_bytes())
        except FileExistsError:
            continue
    return workspace


# the window -----------------------------------------------------------------------------

def build_main_window(path: Path | str | None = None, *, documents_dir: Path | None = None,
                      settings: Settings | None = None, prompter: Prompter | None = None,
                      clock: Clock | None = None, staged: bool = False) -> MainWindow:
    """The wired window, with a record, a folder or the first-run workspace open, not shown
    and without entering the event loop. A QApplication must exist.

    ``settings`` (a ``ui.common.settings.Settings``) defaults to the user's settings file;
    ``prompter`` to real dialogs; ``clock`` to ``now``. ``staged`` (how ``main`` opens the
    window) shows the records and the form sooner: each file is read once, as JSON, and
    shown; just after the window's first paint the preview's web view is made, what was
    read is validated (which loads the models; the folder's listing on a thread), the
    form's lower sections are built and memory is settled.
    ``window.startup`` (a ``ui.window.startup.StagedStart``) reports when that is done.
    """
    from .ui.window.main_window import MainWindow

    services = build_services(settings, prompter, clock or now)
    window = MainWindow(form=services.form, undo_stack=services.undo_stack,
                        prompter=services.prompter, settings=services.settings,
                        controller=services.controller, library=services.library,
                        status=services.status)
    _own(window, services)
    _add_panels(window, services, staged=staged)
    if not staged:
        services.controller.opened.connect(settle_memory)
    window.restore_layout()
    form = services.form
    if staged:
        form.hold_sections_from(SECTIONS_AT_FIRST_PAINT)
        # The checks wait for the preview's first page: their first run and the spelling's
        # dictionary would compete with it for the interpreter.
        window.checks.hold()
        window.begin_provisional_start()
    _open_at_start(window, Path(path) if path is not None else None, services.settings,
                   documents_dir)
    window.end_provisional_start()
    form.hold_sections_from(None)  # only for the record opened at start, if one was
    if staged:
        from PySide6.QtCore import QTimer

        from .ui.window.startup import StagedStart

        def settle_now_and_after_each_open() -> None:
            settle_memory()
            services.controller.opened.connect(settle_memory)

        preview, checks = window.preview, window.checks

        def wait_for_the_preview() -> None:
            """The rest (validating the record and the listing, building the lower
            sections) and the checks wait for the preview's first page, whose render on
            the preview's thread they would otherwise slow down, then for the models to
            load on that thread (loaded by the validation on the UI thread, they would hold
            up the page's first frame), or PREVIEW_WAIT_MS."""
            def go_on(*_: object) -> None:
                startup.resume()
                checks.release()

            startup.pause()
            if preview.attached:
                controller = preview.controller

                def first_page(*_: object) -> None:
                    controller.painted.disconnect(first_page)
                    controller.models_ready.connect(go_on)
                    controller.load_models()

                controller.painted.connect(first_page)
            QTimer.singleShot(PREVIEW_WAIT_MS, startup, go_on)  # should it never load

        # The first page is rendered on the preview's thread (models, renderer and all)
        # while the web view is made (which starts Chromium's renderer in its own process).
        startup = window.startup = StagedStart(
            window, [preview.prepare, preview.attach, wait_for_the_preview,
                     window.confirm_start, form.build_held, settle_now_and_after_each_open])
    return window


def build_services(settings: Settings | None, prompter: Prompter | None,
                   clock: Clock) -> Services:
    """Every service of the window, each made once. ``settings`` defaults to the user's
    settings file, ``prompter`` to real dialogs."""
    from PySide6.QtGui import QUndoStack

    from .storage.recovery import RecoveryStore
    from .storage.versions import BackupStore
    from .ui.checks.spelling import SpellingSupport
    from .ui.checks.worker import CheckWorker
    from .ui.common.background import BackgroundRunner
    from .ui.common.settings import Settings
    from .ui.dialogs.branding import branding_from
    from .ui.dialogs.qt_prompter import QtPrompter
    from .ui.form import RecordForm
    from .ui.form.section_memory import SectionMemory
    from .ui.library.panel import LibraryPanel
    from .ui.never_lose.autosave import Autosaver
    from .ui.never_lose.saver import VersionedSaver, versions_kept
    from .ui.never_lose.shared_folder import ExternalChanges, LockKeeper
    from .ui.record.controller import RecordController
    from .ui.services import Services
    from .ui.window.status import EditorStatusBar

    if settings is None:
        settings = Settings.load(paths.settings_file())
    if prompter is None:
        prompter = QtPrompter()
    undo_stack = QUndoStack()
    form = RecordForm(undo_stack, clock=clock, sections=SectionMemory(settings.data))
    library = LibraryPanel()
    status = EditorStatusBar()
    save_runner = BackgroundRunner()
    saver = VersionedSaver(BackupStore(keep=versions_kept(settings)))
    locks = LockKeeper(prompter)
    recovery = RecoveryStore()
    controller = RecordController(form, undo_stack, prompter, clock, library.folder,
                                  save=saver, runner=save_runner, guard=locks)
    return Services(
        settings=settings, clock=clock, prompter=prompter, branding=branding_from(settings),
        undo_stack=undo_stack, form=form, library=library, status=status,
        save_runner=save_runner, saver=saver, locks=locks, recovery=recovery,
        controller=controller, autosave=Autosaver(controller, recovery),
        external=ExternalChanges(controller, prompter,
                                 lambda message: status.showMessage(message, 10000)),
        checks_worker=CheckWorker(), spelling=SpellingSupport(form))


def _own(window: MainWindow, services: Services) -> None:
    """The window owns the services that are not its widgets: they go when it goes."""
    from .ui.dialogs.qt_prompter import QtPrompter

    for service in (services.undo_stack, services.controller, services.save_runner,
                    services.autosave, services.external, services.checks_worker):
        service.setParent(window)
    window.destroyed.connect(services.checks_worker.close)
    if isinstance(services.prompter, QtPrompter):
        services.prompter.parent = window


def _add_panels(window: MainWindow, services: Services, *, staged: bool) -> None:
    """The docks' panels and the menus' actions, each given only what it uses."""
    from .ui.checks.panel import ChecksPanel
    from .ui.checks.status_guard import StatusGuard
    from .ui.export.actions import ExportActions
    from .ui.never_lose.recovery_banner import ConflictCopyBanner, RecoveryBanner
    from .ui.never_lose.version_note import VersionNoteAction
    from .ui.never_lose.work import NeverLoseWork
    from .ui.preview.panel import PreviewPanel
    from .ui.record.attach import AttachActions

    s = services
    window.preview = PreviewPanel(window.preview_dock, controller=s.controller, form=s.form,
                                  undo_stack=s.undo_stack, prompter=s.prompter, now=s.clock,
                                  branding=s.branding, deferred=staged,
                                  set_up_partnership=window.edit_branding)
    window.branding_changed.connect(window.preview.request_update)
    checks = window.checks = ChecksPanel(
        controller=s.controller, form=s.form, undo_stack=s.undo_stack, settings=s.settings,
        prompter=s.prompter, status=s.status, folder=s.library.folder,
        listing=window.listing.entries,
        worker=s.checks_worker, spelling=s.spelling, now=s.clock, parent=window.checks_dock)
    window.checks_dock.setWidget(checks)
    window.listing_confirmed.connect(checks.forget_workspace)
    window.add_tool_actions(checks.tool_actions)
    window.status_guard = StatusGuard(undo_stack=s.undo_stack, controller=s.controller,
                                      form=s.form, prompter=s.prompter, status=s.status,
                                      checks=checks)
    window.exports = ExportActions(controller=s.controller, form=s.form, prompter=s.prompter,
                                   status=s.status, selected=s.library.selected_paths,
                                   now=s.clock, branding=s.branding, parent=window)
    window.attach_actions = AttachActions(s.controller, s.form, s.prompter, parent=window,
                                          status=s.status, menu=window.file_menu,
                                          before=window.action_export)
    # Owned by the window (its Qt parent), found by the action's name.
    VersionNoteAction(s.controller, s.saver.store, parent=window, menu=window.file_menu,
                      after=window.action_save)
    # Before a record opens: it claims the record's lock and sets aside what a crash left.
    recovery_banner, copies_banner = RecoveryBanner(window), ConflictCopyBanner(window)
    window.add_banner(recovery_banner)
    window.add_banner(copies_banner)
    window.never_lose = NeverLoseWork(
        controller=s.controller, prompter=s.prompter, form=s.form, undo_stack=s.undo_stack,
        status=s.status, library=s.library, saver=s.saver, locks=s.locks,
        recovery=s.recovery, autosave=s.autosave, external=s.external,
        recovery_banner=recovery_banner, copies_banner=copies_banner,
        open_path=window.open_path, refresh=window.refresh, window=window)
    window.add_file_action(window.never_lose.action_versions)
    _add_toolbar(window, checks)
    window.empty_page.add_actions([(window.action_new, "New record…"),
                                   (window.action_open_folder, "Open folder…")])


def _show_welcome(window: MainWindow, settings: Settings) -> None:
    """The first start's page in the record's area (see ``_open_at_start``), made only
    then: the other starts never show it."""
    from .ui.window.welcome import WelcomePage

    welcome = window.welcome = WelcomePage(settings, set_up=window.edit_branding,
                                           new_record=window.choose_new_record,
                                           parent=window.pages)
    window.pages.addWidget(welcome)

    def dismissed() -> None:
        if window.pages.currentWidget() is welcome:
            window.pages.setCurrentWidget(window.empty_page)

    welcome.dismissed.connect(dismissed)
    window.pages.setCurrentWidget(welcome)


def _add_toolbar(window: MainWindow, checks: ChecksPanel) -> None:
    """Preview mode and the main toolbar: the menus' own actions, words under icons."""
    from PySide6.QtWidgets import QMenu

    from .ui.window.preview_mode import PreviewMode
    from .ui.window.toolbar import SP, build_main_toolbar

    centre = window.centralWidget()
    assert centre is not None
    mode = window.preview_mode = PreviewMode(
        window, window.preview_dock, [window.library_dock, window.checks_dock, centre])
    mode.action.toggled.connect(window.preview.set_true_widths)
    view_menu = window.findChild(QMenu, "menu:view")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(mode.action)
    checks.action_run.triggered.connect(lambda _=False: window.checks_dock.show())

    def follow_record() -> None:  # nothing to preview or export without a record
        has_record = window.controller.current is not None
        window.action_export.setEnabled(has_record)
        mode.action.setEnabled(has_record or mode.active)

    window.controller.opened.connect(follow_record)
    follow_record()
    build_main_toolbar(window, [
        (window.action_new, "New", SP.SP_FileIcon),
        (window.action_open_folder, "Open folder", SP.SP_DirOpenIcon),
        (window.action_save, "Save", SP.SP_DialogSaveButton),
        (checks.action_run, "Check", SP.SP_DialogApplyButton),
        (mode.action, "Preview", SP.SP_FileDialogContentsView),
        (window.action_export, "Export", SP.SP_ArrowForward),
    ])


def settle_memory() -> None:
    """After a record opens, collect once and freeze what is left, and make full
    collections rare. The window's and the record's objects live long; the preview's
    render caches grow while typing. A full collection walks all of them holding the GIL,
    and in a 100k-word record that stalled typing by 30-40 ms (bench/preview_latency.py);
    young objects are still collected as usual."""
    gc.set_threshold(700, 10, 1000)
    gc.collect()
    gc.freeze()
    gc.enable()  # ``open_window`` turns collection off while the window is being made


def _open_at_start(window: MainWindow, path: Path | None, settings: Settings,
                   documents_dir: Path | None) -> None:
    if path is not None:
        if path.exists():
            window.open_path(path)
            return
        window.prompter.show_error("Not found", f"{path} does not exist.")
    folder = settings.last_folder
    if folder is not None and folder.is_dir():
        window.open_folder(folder)
        last = settings.last_file
        if last is not None and last.is_file() and last.parent == folder:
            window.controller.open_file(last, show_errors=False)
        return
    try:
        workspace = prepare_workspace(documents_dir or documents_folder())
    except OSError as error:
        window.prompter.show_error(
            "The examples could not be copied",
            f"Review Editor could not create its workspace folder: {error}. Use File › Open "
            "folder… to choose where your records are.")
        return
    # The first start shows the welcome page, which says what the examples are; once it
    # has been closed, a new workspace opens its first record instead.
    from .ui.window.welcome import WelcomePage

    if window.open_folder(workspace):
        if WelcomePage.wanted(settings):
            _show_welcome(window, settings)
        else:
            window.open_first_record()


def configure_application(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("review-editor")
    icon = resources.path("icons", "review-editor.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def main(argv: Sequence[str] | None = None) -> int:
    """Open the editor window (on ``argv[0]``, a record file or folder, if given)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    window = open_window(args[0] if args else None)
    try:
        return QApplication.exec()
    finally:
        del window  # held, so never collected, until the event loop has ended


def open_window(path: Path | str | None = None, *,
                documents_dir: Path | None = None) -> MainWindow:
    """What ``main`` does before the event loop: the application, then the window, shown in
    stages (see ``build_main_window``).

    Collection is off until memory is settled after the first paint: the objects made
    while the modules load and the window is built all live on, and the collections they
    triggered found nothing to free but took about 25 ms of the start.
    """
    gc.disable()
    create_application()
    window = build_main_window(path, documents_dir=documents_dir, staged=True)
    window.show()
    return window


def skip_pyside_source_scan() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 reads each one's source looking for the word "PySide6", to learn which modules
    may opt in to its ``__feature__`` switches (snake_case, true_property). The editor uses
    none, and the reading cost about 0.12 ms a module: some 20 ms before the first paint
    (180 modules) and 20 ms more on the way to the preview's first page (pydantic, the
    models and the renderer). Every module is taken as a PySide user with no feature
    selected, which is what PySide decides for its own modules."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True


def create_application() -> QApplication:
    """The QApplication, with what must come before it (high-DPI policy, the web schemes,
    logging) done first."""
    from PySide6.QtCore import QCoreApplication, Qt

    skip_pyside_source_scan()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    set_app_user_model_id()
    from .logsetup import configure_logging

    configure_logging()
    from .schemes import declare_all

    declare_all()  # QtWebEngine needs custom schemes declared before the QApplication
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    configure_application(app)
    return app

