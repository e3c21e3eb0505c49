"""The checks' thread: one worker runs every check, and each run reads the record's
settings, deny-list and neighbouring records once, then reuses them while they hold."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QObject,
    QTimer,
    Signal,
)

from ...checks import Issue

if TYPE_CHECKING:
    from ...checks import CheckSettings, DenyList, WorkspaceEntry
    from ...storage import IndexEntry

#: When the spelling dictionary starts loading, after the checks dock is created.
PRELOAD_DELAY_MS = 1500


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
               target: str | None, sources: Sources,
               listing: list[IndexEntry] | None = None) -> CheckResult:
    """Validate ``data`` and run every check on it (on the checks' thread). ``listing`` is
    the folder's index as the library holds it, when it does: then no file is read."""
    # The checks load here, on the first run, rather than while the window opens.
    from pydantic import ValidationError

    from ...checking import folder_index, load_check_settings, workspace_from
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
    workspace = sources.workspace
    if workspace is None:
        workspace = workspace_from(listing) if listing is not None else folder_index(folder)
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

