"""Protected names: the record's deny-list of real names, schools and streets (C1.1).

The terms are kept only as salted hashes in this computer's app-data folder, never in the
record or its folder, so the dialog cannot list them: it shows how many there are, adds
terms, tells whether a typed term is on the list, and removes a typed term. Every change is
saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...checks import DenyList, denylist_path
from ..common.widgets import named

EXPLANATION = (
    "Add the real names of the people in this case, and the schools, streets and other "
    "places that could identify them. The checks then block any text that contains one of "
    "them, or a near miss with one typo.<br><br>"
    "The terms are stored only as salted hashes, in this computer's local app-data folder: "
    "never in the record, never in its folder, and never in a plain-text copy. That is why "
    "they cannot be listed here. Type a term to test whether it is on the list, or to remove "
    "it."
)


class DenyListDialog(QDialog):
    changed = Signal()  # a term was added or removed (and saved)

    def __init__(self, record_id: str, record_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "dialog:denylist", "Protected names")
        self.setWindowTitle(f"Protected names — {record_title}")
        self.setMinimumWidth(520)
        self.path = denylist_path(record_id)
        self.denylist: DenyList | None = None
        load_problem = ""
        try:
            self.denylist = DenyList.load(self.path) if self.path.exists() \
                else DenyList.create()
        except (OSError, ValueError, KeyError) as error:
            load_problem = (f"The list for this record cannot be read ({error}). It has not "
                            "been changed; ask for help before adding terms.")

        intro = named(QLabel(EXPLANATION, self), "denylist:explanation", "About protected names")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.count = named(QLabel(self), "denylist:count", "Number of protected terms")
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        self.term = named(QLineEdit(self), "denylist:term", "Protected term")
        self.term.setPlaceholderText("A name, school or street (up to four words)")
        self.term.setClearButtonEnabled(True)
        self.add_button = named(QPushButton("&Add", self), "denylist:add", "Add the term")
        self.test_button = named(QPushButton("&Is it on the list?", self), "denylist:test",
                                 "Test whether the term is on the list")
        self.remove_button = named(QPushButton("&Remove", self), "denylist:remove",
                                   "Remove the term")
        self.outcome = named(QLabel(self), "denylist:result", "Result")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.term, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.test_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.count)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_term)
        self.test_button.clicked.connect(self.test_term)
        self.remove_button.clicked.connect(self.remove_term)
        self.term.returnPressed.connect(self.add_term)
        self.term.textChanged.connect(self._enable)
        self.add_button.setDefault(False)
        self.add_button.setAutoDefault(False)
        self._show_count()
        self._enable()
        if load_problem:
            self.outcome.setText(load_problem)

    def _enable(self) -> None:
        usable = self.denylist is not None and bool(self.term.text().strip())
        for button in (self.add_button, self.test_button, self.remove_button):
            button.setEnabled(usable)
        self.term.setEnabled(self.denylist is not None)

    def _show_count(self) -> None:
        count = len(self.denylist) if self.denylist is not None else 0
        self.count.setText("No protected terms for this record yet" if count == 0 else
                           f"{count} protected term{'' if count == 1 else 's'} stored for "
                           "this record")

    def _save(self) -> bool:
        assert self.denylist is not None
        try:
            self.denylist.save(self.path)
        except OSError as error:
            self.outcome.setText(f"The list could not be saved: {error}")
            return False
        self._show_count()
        self.changed.emit()
        return True

    def add_term(self) -> bool:
        term = self.term.text().strip()
        if self.denylist is None or not term:
            return False
        try:
            added = self.denylist.add(term)
        except ValueError as error:
            self.outcome.setText(f"Not added: {error}.")
            return False
        if not added:
            self.outcome.setText("That term is already on the list.")
            return False
        if not self._save():
            self.denylist.remove(term)
            return False
        self.term.clear()  # no plain copy lingers on screen
        self.outcome.setText("Added. The checks now block it in this record.")
        return True

    def test_term(self) -> bool:
        term = self.term.text().strip()
        if self.denylist is None or not term:
            return False
        found = term in self.denylist
        self.outcome.setText("Yes: that term is on the list." if found else
                            "No: that term is not on the list.")
        return found

    def remove_term(self) -> bool:
        term = self.term.text().strip()
        if self.denylist is None or not term:
            return False
        if not self.denylist.remove(term):
            self.outcome.setText("That term is not on the list: nothing was removed.")
            return False
        if not self._save():
            self.denylist.add(term)
            return False
        self.term.clear()
        self.outcome.setText("Removed.")
        return True
