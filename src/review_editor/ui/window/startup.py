"""Opening the window in stages: what the officer needs first, the rest just after.

The window is painted with the library listed and the record's form filled in; then, one
step per turn of the event loop (so a key pressed meanwhile is not kept waiting behind all
of them), the steps that can wait run: making the preview's web view, building the form's
sections below the fold, settling memory (``app.build_main_window`` lists them).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

#: If the window is never painted (started minimised, say), the steps run after this.
PAINT_WAIT_MS = 1000


class StagedStart(QObject):
    """Runs ``steps`` after ``window`` first paints, one per turn of the event loop; a step
    that returns True runs again on the next turn (it has more to do); one that calls ``pause``
holds the rest until ``resume``. ``painted`` fires on
    the turn after the paint (it has reached the screen by then); ``finished`` after the
    last step.
    """

    painted = Signal()
    finished = Signal()

    def __init__(self, window: QWidget, steps: Iterable[Callable[[], object]]) -> None:
        super().__init__(window)
        self._window = window
        self._steps = deque(steps)
        self._started = False
        self._paused = False
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._started:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start)
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self._window.removeEventFilter(self)
        self.painted.emit()
        QTimer.singleShot(0, self, self._next)

    def pause(self) -> None:
        """Called by a step: the next step waits for ``resume``."""
        self._paused = True

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if self._steps and self._steps[0]() is not True:
            self._steps.popleft()
        if self._paused:
            return
        if self._steps:
            QTimer.singleShot(0, self, self._next)
            return
        self.done = True
        self.finished.emit()
