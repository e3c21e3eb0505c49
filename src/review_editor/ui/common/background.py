"""Run blocking work (a save that may retry for seconds on a Windows sharing violation)
off the UI thread, and deliver the result back on it."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot


class BackgroundRunner(QObject):
    """One worker thread: jobs run in order, callbacks run on the UI thread."""

    _done = Signal(object, object, object)  # callback, result, error

    def __init__(self, parent: QObject | None = None, *, name: str = "save") -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        # Queued even when the job finished before its callback was registered (the
        # callback then runs on the calling thread): ``done`` never runs inside ``run``.
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.busy = 0

    def run(self, job: Callable[[], Any],
            done: Callable[[Any, BaseException | None], None]) -> None:
        self.busy += 1
        future = self._executor.submit(job)
        future.add_done_callback(lambda f: self._finished(f, done))

    def _finished(self, future: Future[Any], done: Callable[..., None]) -> None:
        if not shiboken6.isValid(self):
            return  # the window that asked has gone
        error = future.exception()
        self._done.emit(done, None if error else future.result(), error)

    @Slot(object, object, object)
    def _deliver(self, done: Callable[..., None], result: Any, error: Any) -> None:
        self.busy -= 1
        done(result, error)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
