"""The status bar: saved or not, word count, reading time, read-only marker."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..common.text import reading_label, words_label
from ..common.widgets import named

STATES = {
    "saved": "Saved",
    "modified": "Unsaved changes",
    "new": "New record, not saved yet",
    "read_only": "Opened read-only",
}


class EditorStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "statusbar", "Status")
        self.read_only = named(QLabel("Read-only", self), "statusbar:read_only",
                               "Read-only record")
        self.read_only.setToolTip("Made by a newer Review Editor: use Save As to keep a copy.")
        self.read_only.setStyleSheet("QLabel { color: #8a1c1c; font-weight: 600; }")
        self.state = named(QLabel(self), "statusbar:state", "Save state")
        self.words = named(QLabel(self), "statusbar:words", "Word count")
        self.reading = named(QLabel(self), "statusbar:reading_time", "Reading time")
        self.reading.setToolTip("At 200 words a minute")
        for label in (self.read_only, self.state, self.words, self.reading):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.read_only.hide()

    def show_state(self, state: str | None, *, read_only: bool = False) -> None:
        self.state.setText(STATES.get(state or "", ""))
        self.read_only.setVisible(read_only)

    def show_words(self, words: int | None) -> None:
        self.words.setText("" if words is None else words_label(words))
        self.reading.setText("" if words is None else reading_label(words))
