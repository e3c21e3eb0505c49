"""What the centre of the window shows when there is no form to show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...storage import LoadError
from ..common.widgets import named


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class EmptyPage(QWidget):
    """No record open: what to do, with the first steps as buttons (``add_actions``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page:empty", "No record open")
        text = QLabel(
            "Choose a record in the library on the left, or start a new one with "
            "File › New. Open folder… lists the records in another folder.", self)
        text.setWordWrap(True)
        row = QWidget(self)
        # The buttons never make the window wider than it must be: in a very narrow
        # window they are clipped (the menus and the toolbar hold the same actions).
        row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._buttons = QHBoxLayout(row)
        self._buttons.setContentsMargins(0, 8, 0, 0)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(10)
        layout.addWidget(_heading("No record open", self))
        layout.addWidget(text)
        layout.addWidget(row)
        layout.addStretch(1)

    def add_actions(self, actions: list[tuple[QAction, str]]) -> None:
        """A button for each (action, words): it triggers the menus' own action and is
        enabled with it."""
        for action, text in actions:
            button = named(QPushButton(text, self),
                           f"empty:{action.objectName().removeprefix('action:')}",
                           text.rstrip("…"))
            button.setToolTip(action.statusTip() or text)
            button.clicked.connect(lambda _=False, action=action: action.trigger())
            action.changed.connect(
                lambda button=button, action=action: button.setEnabled(action.isEnabled()))
            button.setEnabled(action.isEnabled())
            self._buttons.insertWidget(self._buttons.count() - 1, button)


class BrokenFilePage(QWidget):
    """A file of the folder that cannot be opened: what is wrong, and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "page:broken", "File that cannot be opened")
        self.path: Path | None = None
        self.heading = _heading("This file cannot be opened", self)
        self.message = named(QLabel(self), "broken:message", "What is wrong with the file")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(12)
        self.hint = QLabel(
            "The file has not been changed. Use Show in folder to find it, then correct it in "
            "a text editor, restore an earlier copy, or ask the colleague who saved it last. "
            "The other records in the folder are not affected.", self)
        self.hint.setWordWrap(True)
        self.show_button = named(QPushButton("Show in folder", self), "button:show_in_folder",
                                 "Show in folder")
        self.show_button.clicked.connect(self.show_in_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_error(self, error: LoadError) -> None:
        self.path = error.path
        self.heading.setText(f"{error.path.name} cannot be opened")
        self.message.setText(error.message())

    def show_in_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


class MessageBar(QFrame):
    """A notice above the form (for example: fields kept from a newer version)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "message:bar", "Notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#message\\:bar { background: #fff4ce; border: 1px solid #e0c060; "
                           "border-radius: 3px; } #message\\:bar QLabel { color: #3b2f00; }")
        self.label = named(QLabel(self), "message:text", "Notice text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = named(QToolButton(self), "message:close", "Dismiss the notice")
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        if not messages:
            self.hide()
            return
        self.label.setText("\n".join(messages))
        self.show()
