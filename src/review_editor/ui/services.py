"""The window's services, each built once by the composition root (``app.build_main_window``).

Panels and docks never receive this object or the window: the root hands each one the
services it uses. It is kept whole so the root (and tests) can see everything that was built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ..storage.recovery import RecoveryStore
    from .checks.spelling import SpellingSupport
    from .checks.worker import CheckWorker
    from .common.background import BackgroundRunner
    from .common.settings import Settings
    from .form import RecordForm
    from .library.panel import LibraryPanel
    from .never_lose.autosave import Autosaver
    from .never_lose.saver import VersionedSaver
    from .never_lose.shared_folder import ExternalChanges, LockKeeper
    from .record.controller import Clock, RecordController
    from .record.prompter import Prompter
    from .window.status import EditorStatusBar


class Services(NamedTuple):  # a named tuple: made at import in a tenth of a dataclass's time
    settings: Settings
    clock: Clock
    prompter: Prompter
    branding: Callable[[], Any]  # the organisation profile's branding, read when used
    undo_stack: QUndoStack
    form: RecordForm
    library: LibraryPanel
    status: EditorStatusBar
    save_runner: BackgroundRunner  # saves run here, off the UI thread
    saver: VersionedSaver  # every save first keeps the previous version
    locks: LockKeeper  # the lock beside the open record
    recovery: RecoveryStore
    controller: RecordController
    autosave: Autosaver
    external: ExternalChanges  # the open file changed on disk
    checks_worker: CheckWorker  # the checks' thread
    spelling: SpellingSupport
