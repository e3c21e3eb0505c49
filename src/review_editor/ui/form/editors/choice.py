"""Editors for controlled values: vocabularies, yes/no, whole numbers, sets of choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QSpinBox, QWidget

from ....model.schema import FieldSpec
from ....model.vocab import label
from .base import EditorBase, EditorContext, no_wheel

EMPTY_CHOICE = "—"


class EnumEditor(EditorBase, QComboBox):
    """A vocabulary as human labels; optional fields start with an empty "—" choice."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        if spec.optional:
            self.addItem(EMPTY_CHOICE, None)
        for member in spec.type:
            self.addItem(label(member.value), member.value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(12)
        no_wheel(self)
        self.activated.connect(self.edited)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value is not None:
            # A value from a newer vocabulary: show it rather than lose it.
            self.addItem(f"{value} (not in this version's list)", value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


#: Optional switches shown as plain checkboxes: absent means no.
TWO_STATE = frozenset({"bilingual"})


class BoolEditor(EditorBase, QCheckBox):
    """A checkbox; tri-state ("not stated") when the field may be empty."""

    edited = Signal()
    STATES = {Qt.CheckState.Checked: "Yes", Qt.CheckState.Unchecked: "No",
              Qt.CheckState.PartiallyChecked: "Not stated"}

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        # A switch left out of older files (None) still reads as a plain yes or no.
        self._tristate = spec.optional and spec.name not in TWO_STATE
        self.setTristate(self._tristate)
        self.clicked.connect(self._on_clicked)
        self._show_state()

    def _on_clicked(self) -> None:
        self._show_state()
        self.edited.emit()

    def _show_state(self) -> None:
        self.setText(self.STATES[self.checkState()])

    def value(self) -> Any:
        state = self.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def set_value(self, value: Any) -> None:
        if value is None:
            state = Qt.CheckState.PartiallyChecked if self._tristate else Qt.CheckState.Unchecked
        else:
            state = Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        self.setCheckState(state)
        self._show_state()

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class IntEditor(EditorBase, QSpinBox):
    """A whole number; an optional one has an empty state ("—") below its minimum."""

    edited = Signal()
    merges = True

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        low = spec.minimum if spec.minimum is not None else 0
        self._optional = spec.optional
        self._empty = low - 1 if spec.optional else None
        self.setRange(low - 1 if spec.optional else low,
                      spec.maximum if spec.maximum is not None else 2_147_483_647)
        if spec.optional:
            self.setSpecialValueText(EMPTY_CHOICE)
        self.setGroupSeparatorShown(True)
        self.setMinimumWidth(120)
        self.setMaximumWidth(200)
        self._setting = False
        no_wheel(self)
        self.valueChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> Any:
        number = QSpinBox.value(self)
        return None if self._optional and number == self._empty else number

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            target = self.minimum() if value is None else int(value)
            QSpinBox.setValue(self, target)
        finally:
            self._setting = False

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class ChoicesEditor(EditorBase, QWidget):
    """Several values from a vocabulary (audience, alternative formats): a grid of boxes."""

    edited = Signal()
    COLUMNS = 2

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._members = [member.value for member in spec.item_type]
        self._boxes: list[QCheckBox] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for index, value in enumerate(self._members):
            box = QCheckBox(label(value), self)
            box.setObjectName(f"choice:{value}")
            box.clicked.connect(self._on_clicked)
            grid.addWidget(box, index // self.COLUMNS, index % self.COLUMNS)
            self._boxes.append(box)
        self._current: list[Any] = []
        if self._boxes:
            self.setFocusProxy(self._boxes[0])

    def _on_clicked(self) -> None:
        self._current = self.value()
        self.edited.emit()

    def value(self) -> Any:
        """The stored order is kept; newly ticked values follow in vocabulary order."""
        ticked = {m for m, box in zip(self._members, self._boxes, strict=True) if box.isChecked()}
        kept = [v for v in self._current if v in ticked or v not in self._members]
        return kept + [m for m in self._members if m in ticked and m not in kept]

    def set_value(self, value: Any) -> None:
        self._current = list(value or [])
        for member, box in zip(self._members, self._boxes, strict=True):
            box.setChecked(member in self._current)

    def set_read_only(self, read_only: bool) -> None:
        for box in self._boxes:
            box.setEnabled(not read_only)
