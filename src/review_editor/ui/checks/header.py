"""The top of the Checks panel: what the checks are run as, the summary of the findings and
the notes' switch.

"Show notes" stands beside "Check as" when both fit the panel's width, so the summary has
the whole width (in a narrow dock or with a large font it wraps into fewer lines, and the
panel needs less height); in a narrower panel it stands beside the summary.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from ...checks import FINAL_EXPORT
from ..common.whole_label import WholeLabel
from ..common.widgets import named

TARGETS = (("Current status", None), ("For publication (final)", FINAL_EXPORT))


class ChecksHeader(QWidget):
    def __init__(self, show_notes: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = named(QComboBox(self), "checks:target", "Check as")
        for text, value in TARGETS:
            self.target.addItem(text, value)
        self.target.setToolTip("Current status: the checks for the record as it stands. For "
                               "publication: as if it were being published or exported as a "
                               "final copy, so every required field counts.")
        # The dock may be narrow: nothing here insists on its full width.
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(6)
        self.target_label = QLabel("Check &as:", self)
        self.target_label.setBuddy(self.target)
        self.show_notes = named(QCheckBox("Show notes", self), "checks:show_info",
                                "Show information notes")
        self.show_notes.setToolTip("Information notes are advice, not findings")
        self.show_notes.setChecked(show_notes)
        self.summary = named(WholeLabel(self), "checks:summary", "Summary of the findings")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.grid.addWidget(self.target_label, 0, 0)
        self._beside_target: bool | None = None
        self._arrange(beside_target=False)

    def _arrange(self, *, beside_target: bool) -> None:
        """Row 0: Check as, its list (and Show notes); row 1: the summary (and Show notes)."""
        if beside_target == self._beside_target:
            return
        self._beside_target = beside_target
        for widget in (self.target, self.show_notes, self.summary):
            self.grid.removeWidget(widget)
        if beside_target:
            self.grid.addWidget(self.target, 0, 1)
            self.grid.addWidget(self.show_notes, 0, 2)
            self.grid.addWidget(self.summary, 1, 0, 1, 3)
        else:
            self.grid.addWidget(self.target, 0, 1, 1, 2)
            self.grid.addWidget(self.summary, 1, 0, 1, 2)
            self.grid.addWidget(self.show_notes, 1, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        spacing = self.grid.horizontalSpacing()
        needed = (self.target_label.sizeHint().width() + self._whole_target_width()
                  + self.show_notes.sizeHint().width() + 2 * spacing)
        self._arrange(beside_target=event.size().width() >= needed)
        super().resizeEvent(event)

    def _whole_target_width(self) -> int:
        """The list's width when it shows its longest choice whole (its least width shows
        a few letters)."""
        combo = self.target
        metrics = combo.fontMetrics()
        longest = max(metrics.horizontalAdvance(combo.itemText(index))
                      for index in range(combo.count()))
        least = metrics.horizontalAdvance("x" * combo.minimumContentsLength())
        return combo.minimumSizeHint().width() + max(0, longest - least)
