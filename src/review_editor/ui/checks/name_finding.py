"""Under the findings: what to do about a finding that took words for a person's name.

"This is a professional" adds the name to the record's private list of named professionals;
"Not a name here" remembers, privately for this record, that the words are not a name. Both
are one undo step, and the checks stop reporting the words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...checks import Issue
from ..common.widgets import named

#: Findings about a person's name: the name heuristics and practitioners named.
NAME_CODES = ("C1.1", "C1.11")
LONGEST_NAME = 80


class NameFindingBar(QWidget):
    professional = Signal(str)
    not_a_name = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "checks:name_actions", "What to do about this name")
        self.name = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.is_professional = named(QPushButton("This is a &professional", self),
                                     "button:name_professional",
                                     "This is a professional: stop reporting the name")
        self.is_professional.setToolTip(
            "Adds the name to this record's private list of named professionals")
        self.is_not_a_name = named(QPushButton("&Not a name here", self),
                                   "button:not_a_name",
                                   "Not a name here: stop reporting these words")
        self.is_not_a_name.setToolTip("Remembered privately for this record only")
        self.is_professional.clicked.connect(lambda: self.professional.emit(self.name))
        self.is_not_a_name.clicked.connect(lambda: self.not_a_name.emit(self.name))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.is_professional)
        buttons.addWidget(self.is_not_a_name)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.hide()

    @staticmethod
    def name_in(issue: Issue, text: Any) -> str:
        """The words a name finding is about, or "" for any other finding."""
        if issue.code not in NAME_CODES or issue.span is None or not isinstance(text, str):
            return ""
        start, end = issue.span
        name = " ".join(text[start:end].split())
        return name if 0 < len(name) <= LONGEST_NAME else ""

    def offer(self, name: str) -> None:
        self.name = name
        if name:
            self.label.setText(f"Is “{name}” a person this review is about?")
        self.setVisible(bool(name))
