"""The library's kind and status filters: two lists side by side when the panel has room
for them, folded into one "Filter" button beside the search when it is narrow or short
(a small laptop, a large font), so the filters never force the panel wider or taller.

The lists hold the choice either way; the button's menu shows and sets the same lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QToolButton, QWidget

from ..common.widgets import named
from .records import kind_choices, status_choices

FILTER = "Filter"


def _choice_list(parent: QWidget, name: str, accessible: str,
                 choices: Sequence[tuple[str, object]]) -> QComboBox:
    combo = named(QComboBox(parent), name, accessible)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


class FilterRow(QWidget):
    """The two lists side by side (object names ``library:kind_filter`` and
    ``library:status_filter``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = _choice_list(self, "library:kind_filter", "Kind", kind_choices())
        self.status = _choice_list(self, "library:status_filter", "Status", status_choices())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.status, 1)

    def lists(self) -> tuple[QComboBox, QComboBox]:
        return self.kind, self.status


class FilterButton(QToolButton):
    """The folded filters: "Filter", or "Filter (2)" while two lists narrow the library,
    with a menu holding each list's choices."""

    def __init__(self, lists: tuple[QComboBox, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "library:filter", "Filter the records by kind and status")
        self._lists = lists
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.setObjectName("menu:library_filter")
        menu.aboutToShow.connect(self._fill)
        self.setMenu(menu)
        # As wide as its longest wording, so the search beside it does not move when a
        # filter is chosen.
        self.setText(f"{FILTER} ({len(lists)})")
        self.setMinimumWidth(self.sizeHint().width())
        for combo in lists:
            combo.currentIndexChanged.connect(self._show_choice)
        self._show_choice()

    def _fill(self) -> None:
        from PySide6.QtGui import QActionGroup  # PySide makes it on first use: not at start-up

        menu = self.menu()
        menu.clear()
        for combo in self._lists:
            submenu = menu.addMenu(f"{combo.accessibleName()}: {combo.currentText()}")
            submenu.setObjectName(f"menu:{combo.objectName()}")
            group = QActionGroup(submenu)
            for index in range(combo.count()):
                action = submenu.addAction(combo.itemText(index))
                action.setCheckable(True)
                action.setChecked(index == combo.currentIndex())
                group.addAction(action)
                action.triggered.connect(partial(combo.setCurrentIndex, index))
        if self._chosen():
            menu.addSeparator()
            menu.addAction("Show every record", self.clear).setObjectName(
                "action:library_filter_clear")

    def clear(self) -> None:
        for combo in self._lists:
            combo.setCurrentIndex(0)

    def _chosen(self) -> list[str]:
        return [combo.currentText() for combo in self._lists if combo.currentIndex() > 0]

    def _show_choice(self) -> None:
        chosen = self._chosen()
        self.setText(f"{FILTER} ({len(chosen)})" if chosen else FILTER)
        self.setToolTip("Showing only: " + ", ".join(chosen) if chosen
                        else "Show only the records of one kind or status")
