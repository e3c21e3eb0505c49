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
from typing import TYPE_CHECKING

from . import __version__, paths, resources

if TYPE_CHECKING:  # Qt is imported only once the GUI is really wanted
    from PySide6.QtWidgets import QApplication

    from .ui.common.settings import Settings
    from .ui.record.controller import Clock
    from .ui.record.prompter import Prompter
    from .ui.window.main_window import MainWindow

APP_NAME = "Review Editor"
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
    window) shows the records and the form sooner: they are read from the files' JSON and
    validated (which loads the models) just after the window's first paint; then the
    preview's web view is made, the form's lower sections are built and memory is settled.
    ``window.startup`` (a ``ui.window.startup.StagedStart``) reports when that is done.
    """
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMenu

    from .ui.checks.panel import ChecksPanel
    from .ui.common.settings import Settings
    from .ui.dialogs.branding import branding_from
    from .ui.dialogs.qt_prompter import QtPrompter
    from .ui.export.actions import ExportActions
    from .ui.form import RecordForm
    from .ui.never_lose.work import NeverLoseWork
    from .ui.preview.panel import PreviewPanel
    from .ui.record.attach import AttachActions
    from .ui.window.main_window import MainWindow

    if settings is None:
        settings = Settings.load(paths.settings_file())
    real_prompter = QtPrompter() if prompter is None else None
    undo_stack = QUndoStack()
    form = RecordForm(undo_stack, clock=clock or now)
    window = MainWindow(form=form, undo_stack=undo_stack,
                        prompter=real_prompter or prompter,  # type: ignore[arg-type]
                        clock=clock or now, settings=settings)
    undo_stack.setParent(window)
    window.preview = PreviewPanel(window, now=clock or now, branding=branding_from(settings),
                                  deferred=staged)
    window.checks = ChecksPanel(window, now=clock or now)
    if not staged:
        window.controller.opened.connect(settle_memory)
    window.exports = ExportActions(window, now=clock or now, branding=branding_from(settings))
    window.attach_actions = AttachActions(
        window.controller, form, window.prompter, parent=window, status=window.status,
        menu=window.findChild(QMenu, "menu:file"), before=window.action_export)
    if real_prompter is not None:
        real_prompter.parent = window
    # Before a record opens: it claims the record's lock and sets aside what a crash left.
    window.never_lose = NeverLoseWork(window, settings)
    window.restore_layout()
    if staged:
        form.hold_sections_from(SECTIONS_AT_FIRST_PAINT)
        window.begin_provisional_start()
    _open_at_start(window, Path(path) if path is not None else None, settings, documents_dir)
    window.end_provisional_start()
    form.hold_sections_from(None)  # only for the record opened at start, if one was
    if staged:
        from .ui.window.startup import StagedStart

        def settle_now_and_after_each_open() -> None:
            settle_memory()
            window.controller.opened.connect(settle_memory)

        window.startup = StagedStart(window, [window.confirm_start, window.preview.attach,
                                              form.build_held, settle_now_and_after_each_open])
    return window


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
    if window.open_folder(workspace):
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


def create_application() -> QApplication:
    """The QApplication, with what must come before it (high-DPI policy, the web schemes,
    logging) done first."""
    from PySide6.QtCore import QCoreApplication, Qt
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

