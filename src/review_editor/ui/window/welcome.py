"""The first start's page in the record's area: what the example records are, and the two
first steps (set up the partnership's profile, start a record). Once closed it is not
shown again (the user's settings remember it)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..common.settings import Settings
from ..common.widgets import named

DISMISSED_KEY = "welcome_dismissed"

INTRO = (
    "Review Editor helps you write the public pages that announce learning reviews, check "
    "them before they are published, and export the final copies: a web page, an "
    "accessible PDF and a Word document.")
EXAMPLES = (
    "The records in the library on the left are examples, marked “Example”: fictional "
    "reviews, and one real published page (Bradford's thematic review), there to show what "
    "a finished page looks like. Open one to see its form, its preview and its checks; "
    "your own records sit beside them in the same folder.")
PROFILE = (
    "First, set up your partnership: its name, logo and colours appear in the header of "
    "every page you preview and export, and your name is recorded with each version you "
    "save.")


class WelcomePage(QScrollArea):
    """``set_up`` and ``new_record`` are the page's two first steps; ``dismissed`` follows
    Close."""

    dismissed = Signal()

    def __init__(self, settings: Settings, *, set_up: Callable[[], None],
                 new_record: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page:welcome", "Welcome to Review Editor")
        self.settings = settings
        heading = QLabel("Welcome to Review Editor", self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6 if font.pointSizeF() > 0 else 16)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName("Welcome to Review Editor")
        heading.setWordWrap(True)
        texts = []
        for name, text in (("intro", INTRO), ("examples", EXAMPLES), ("profile", PROFILE)):
            label = named(QLabel(text, self), f"welcome:{name}", text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            texts.append(label)
        self.set_up_button = named(QPushButton("&Set up your partnership…", self),
                                   "welcome:set_up",
                                   "Set up your partnership: name, logo and colours")
        self.new_button = named(QPushButton("&New record…", self), "welcome:new_record",
                                "Start a new record")
        self.close_button = named(QPushButton("&Close this page", self), "welcome:close",
                                  "Close this page; it will not be shown again")
        self.set_up_button.setDefault(True)
        self.set_up_button.clicked.connect(lambda: set_up())
        self.new_button.clicked.connect(lambda: new_record())
        self.close_button.clicked.connect(self.dismiss)
        buttons = self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addWidget(self.set_up_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        page = QWidget(self)
        column = QWidget(page)
        column.setMaximumWidth(720)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(14)
        inner.addWidget(heading)
        for label in texts:
            inner.addWidget(label)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        layout = self._page_layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 36, 40, 36)
        layout.addWidget(column)
        layout.addStretch(1)
        # In a scroll area, so the page never makes the window wider than it must be.
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Narrower margins, and the buttons one under the other, when the page is too
        narrow for their row (the row made the page wider than a narrow window, cutting
        its words)."""
        margin = 40 if event.size().width() >= 480 else 12
        self._page_layout.setContentsMargins(margin, 36, margin, 36)
        buttons = (self.set_up_button, self.new_button, self.close_button)
        needed = (sum(b.sizeHint().width() for b in buttons) + 2 * self._buttons.spacing()
                  + 2 * margin)
        direction = (QBoxLayout.Direction.TopToBottom if needed > event.size().width()
                     else QBoxLayout.Direction.LeftToRight)
        if self._buttons.direction() != direction:
            self._buttons.setDirection(direction)
        super().resizeEvent(event)

    @staticmethod
    def wanted(settings: Settings) -> bool:
        return settings.data.get(DISMISSED_KEY) is not True

    def dismiss(self) -> None:
        """Not shown again: remembered in the settings, saved at once."""
        self.settings.data[DISMISSED_KEY] = True
        with contextlib.suppress(OSError):  # saved again when the window closes
            self.settings.save()
        self.dismissed.emit()
