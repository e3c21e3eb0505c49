"""A prompt above the preview while no partnership profile is set up.

Without a profile the page's header band carries no name, logo or colours of the
partnership (only the record's publisher, if it names one), so a new officer sees a
plain, often empty, dark band and wonders what it is. The prompt says what goes there and
offers the set-up. It is part of the window, never of the page: the preview still shows
exactly what will be published. "Not now" hides it until the next start; setting up the
profile hides it for good.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..common.widgets import named

TEXT = ("Your partnership's name, logo and colours are not set up yet: the band at the "
        "top of the page uses the defaults.")
SET_UP = "Set &up your partnership…"
SET_UP_SHORT = "Set &up…"


class BandPrompt(QFrame):
    def __init__(self, *, branding: Callable[[], Any], set_up: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "preview:band_prompt", "The partnership is not set up")
        self._branding = branding
        self._not_now = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Never widens the preview dock (or the window): the words wrap, the buttons clip.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(),
                         palette.color(palette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.label = named(QLabel(TEXT, self), "preview:band_prompt_text", TEXT)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.set_up_button = named(QPushButton(SET_UP, self),
                                   "preview:set_up",
                                   "Set up your partnership: name, logo and colours")
        self.set_up_button.clicked.connect(lambda: set_up())
        self.not_now_button = named(QPushButton("Not now", self), "preview:band_prompt_close",
                                    "Hide this prompt until Review Editor starts again")
        self.not_now_button.setFlat(True)
        self.not_now_button.clicked.connect(self.not_now)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setVerticalSpacing(4)
        self.grid.addWidget(self.label, 0, 0, 1, 3)
        self.grid.setColumnStretch(2, 1)
        self._arrange(stacked=False)
        self.hide()

    def _arrange(self, *, stacked: bool) -> None:
        """The buttons side by side under the words, or one under the other."""
        self.grid.addWidget(self.set_up_button, 1, 0)
        self.grid.addWidget(self.not_now_button, 2 if stacked else 1, 0 if stacked else 1,
                            Qt.AlignmentFlag.AlignLeft)
        self._stacked = stacked

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """A narrow preview stacks the buttons, then shortens the set-up button's words,
        so no button is cut (its accessible name keeps the whole wording)."""
        margins = self.grid.contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        self.set_up_button.setText(SET_UP)
        if self.set_up_button.sizeHint().width() > room:
            self.set_up_button.setText(SET_UP_SHORT)
        needed = (self.set_up_button.sizeHint().width() + self.grid.horizontalSpacing()
                  + self.not_now_button.sizeHint().width())
        if (needed > room) != self._stacked:
            self._arrange(stacked=needed > room)
        super().resizeEvent(event)

    def install(self, view: QWidget) -> None:
        """Put the prompt in ``view`` (the preview), between its bar and the page."""
        layout = view.layout()
        if isinstance(layout, QVBoxLayout):
            self.setParent(view)
            layout.insertWidget(1, self)

    def refresh(self, record_open: bool) -> None:
        """Shown with a record open while no profile gives the page its branding."""
        wanted = record_open and not self._not_now and self._branding() is None
        self.setVisible(wanted)

    def not_now(self) -> None:
        self._not_now = True
        self.hide()
