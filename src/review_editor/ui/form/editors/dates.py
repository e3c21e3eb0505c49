"""Dates, partial dates and Europe/London date-times.

A date editor has an empty state (the tick box beside it, as in the Windows date picker).
A partial date is a year, a month or a day ("2001", "2019-04", "2021-07-27"): the precision
is chosen first and only the parts it needs are shown. Date-times are entered as London
wall-clock time and stored in ISO form with that date's offset (+00:00 GMT, +01:00 BST).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ....model.dates import LONDON, MONTHS, format_partial
from ....model.schema import FieldSpec
from ...common.widgets import ElidedLabel
from ..look import mute
from .base import EditorBase, EditorContext, no_wheel

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
NOT_SET = "Not set"


def _row(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    return layout


def _fit_width(edit: QWidget, longest: str) -> None:
    """Qt sizes date edits for the current text; make room for the longest one."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(longest) + 56)


class _OptionalDateBase(EditorBase, QWidget):
    """A tick box that says whether there is a value, beside a Qt date or date-time edit."""

    edited = Signal()
    merges = True

    def _setup(self, spec: FieldSpec, edit: QDateTimeEdit) -> None:
        self._setting = False
        self.edit = edit
        self.present = QCheckBox(self)
        self.present.setObjectName("part:present")
        self.present.setToolTip(f"Tick to give “{spec.meta.label}” a value")
        self.present.setAccessibleName(f"{spec.meta.label}: has a value")
        edit.setCalendarPopup(True)
        edit.setSpecialValueText(NOT_SET)
        edit.setAccessibleName(spec.meta.label)
        edit.setObjectName("part:edit")
        no_wheel(edit)
        layout = _row(self)
        layout.addWidget(self.present)
        layout.addWidget(edit)
        layout.addStretch(1)
        self.present.clicked.connect(self._on_present)
        edit.dateTimeChanged.connect(self._on_changed)
        self._show_empty(True)

    def _show_empty(self, empty: bool) -> None:
        self._setting = True
        try:
            self.present.setChecked(not empty)
            self.edit.setEnabled(not empty and not self._read_only)
            if empty:
                self.edit.setDateTime(self.edit.minimumDateTime())
        finally:
            self._setting = False
        self.setFocusProxy(self.present if empty else self.edit)

    _read_only = False

    def _on_present(self, checked: bool) -> None:
        if checked:
            self._show_empty(False)
            self._setting = True
            self.edit.setDateTime(self._default())
            self._setting = False
            self.edit.setFocus()
        else:
            self._show_empty(True)
        self.bump_token()
        self.edited.emit()
        self.bump_token()

    def _on_changed(self) -> None:
        if not self._setting and self.present.isChecked():
            self._after_change()
            self.edited.emit()

    def _after_change(self) -> None:
        pass

    def _default(self) -> QDateTime:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.present.setEnabled(not read_only)
        self.edit.setEnabled(not read_only and self.present.isChecked())


class DateEditor(_OptionalDateBase):
    """A full date, shown with its weekday; stored as YYYY-MM-DD."""

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        edit = QDateEdit(self)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setDisplayFormat("dddd d MMMM yyyy")
        self._setup(spec, edit)
        _fit_width(edit, "Wednesday 30 September 2000")

    def _default(self) -> QDateTime:
        return QDateTime(QDate.currentDate(), QTime(0, 0))

    def value(self) -> Any:
        if not self.present.isChecked():
            return None
        return self.edit.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        parsed = _parse_date(value)
        if parsed is None:
            self._show_empty(True)
            return
        self._show_empty(False)
        self._setting = True
        try:
            self.edit.setDate(QDate(parsed.year, parsed.month, parsed.day))
        finally:
            self._setting = False


def _parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class DateTimeEditor(_OptionalDateBase):
    """A London date and time with GMT or BST shown; stored with the offset of that date."""

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        edit = QDateTimeEdit(self)
        # The edit holds London wall-clock time; UTC keeps Qt from applying the
        # computer's own time zone (and its daylight-saving gaps) to it.
        edit.setTimeZone(QTimeZone.utc())
        edit.setMinimumDateTime(QDateTime(QDate(1900, 1, 1), QTime(0, 0), QTimeZone.utc()))
        edit.setDisplayFormat("d MMMM yyyy  HH:mm")
        self._setup(spec, edit)
        _fit_width(edit, "30 September 2000  00:00")
        self.zone = QLabel(self)
        self.zone.setObjectName("part:zone")
        self.zone.setMinimumWidth(self.zone.fontMetrics().horizontalAdvance("BST (UK)") + 4)
        mute(self.zone)
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.insertWidget(2, self.zone)

    def _default(self) -> QDateTime:
        now = datetime.now(LONDON)
        return QDateTime(QDate(now.year, now.month, now.day), QTime(9, 0), QTimeZone.utc())

    def _london(self) -> datetime:
        shown = self.edit.dateTime()
        day, time = shown.date(), shown.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                        tzinfo=LONDON)

    def _after_change(self) -> None:
        self._show_zone()

    def _show_zone(self) -> None:
        if self.present.isChecked():
            self.zone.setText(f"{self._london().tzname()} (UK)")
        else:
            self.zone.setText("")

    def value(self) -> Any:
        if not self.present.isChecked():
            return None
        return self._london().isoformat()

    def set_value(self, value: Any) -> None:
        try:
            moment = datetime.fromisoformat(str(value)) if value else None
        except ValueError:
            moment = None
        if moment is None:
            self._show_empty(True)
            self._show_zone()
            return
        if moment.tzinfo is not None:
            moment = moment.astimezone(LONDON)
        self._show_empty(False)
        self._setting = True
        try:
            self.edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                            QTime(moment.hour, moment.minute),
                                            QTimeZone.utc()))
        finally:
            self._setting = False
        self._show_zone()

    def _show_empty(self, empty: bool) -> None:
        super()._show_empty(empty)
        if hasattr(self, "zone"):
            self._show_zone()


class PartialDateEditor(EditorBase, QWidget):
    """Year, month or day precision: "2001", "2019-04" or "2021-07-27"."""

    edited = Signal()
    merges = True
    PRECISIONS = (("Year", 4), ("Month", 7), ("Day", 10))

    def __init__(self, spec: FieldSpec, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        name = spec.meta.label
        today = date.today()
        self._setting = False
        self.precision = QComboBox(self)
        self.precision.addItem("—", None)
        for text, length in self.PRECISIONS:
            self.precision.addItem(text, length)
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        self.day.setValue(today.day)
        self.month = QComboBox(self)
        for index, month in enumerate(MONTHS, start=1):
            self.month.addItem(month, index)
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2100)
        self.year.setValue(today.year)
        self.hint = ElidedLabel(self)
        self.hint.setObjectName("part:hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        mute(self.hint)
        layout = _row(self)
        for part, widget in (("precision", self.precision), ("day", self.day),
                             ("month", self.month), ("year", self.year)):
            widget.setObjectName(f"part:{part}")
            widget.setAccessibleName(f"{name}: {part}")
            no_wheel(widget)
            layout.addWidget(widget)
        layout.addWidget(self.hint, 1)
        self.precision.activated.connect(self._on_precision)
        self.month.activated.connect(self._on_part)
        self.day.valueChanged.connect(self._on_part)
        self.year.valueChanged.connect(self._on_part)
        self.setFocusProxy(self.precision)
        self._raw: str | None = None
        self._show_parts()

    def _length(self) -> int | None:
        data = self.precision.currentData()
        return int(data) if data else None

    def _show_parts(self) -> None:
        length = self._length()
        self.year.setVisible(length is not None)
        self.month.setVisible(length is not None and length >= 7)
        self.day.setVisible(length == 10)
        if length == 10:
            days = calendar.monthrange(self.year.value(), self.month.currentIndex() + 1)[1]
            self._setting, was = True, self._setting
            self.day.setMaximum(days)
            self._setting = was
        value = self.value()
        if value is None and self._raw:
            self.hint.setText(f"“{self._raw}” is not a date this form can show")
        else:
            self.hint.setText(format_partial(value) if value else "")

    def _on_precision(self) -> None:
        self._raw = None
        self.bump_token()
        self._show_parts()
        self.edited.emit()
        self.bump_token()

    def _on_part(self) -> None:
        if self._setting:
            return
        self._show_parts()
        self.edited.emit()

    def value(self) -> Any:
        length = self._length()
        if length is None:
            return None
        text = f"{self.year.value():04d}"
        if length >= 7:
            text += f"-{self.month.currentIndex() + 1:02d}"
        if length == 10:
            days = calendar.monthrange(self.year.value(), self.month.currentIndex() + 1)[1]
            text += f"-{min(self.day.value(), days):02d}"
        return text

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            found = _PARTIAL.match(str(value)) if value else None
            self._raw = str(value) if value and not found else None
            length = None
            if found:
                year, month, day = found.groups()
                self.year.setValue(int(year))
                length = 4
                if month and 1 <= int(month) <= 12:
                    self.month.setCurrentIndex(int(month) - 1)
                    length = 7
                    if day:
                        self.day.setMaximum(31)
                        self.day.setValue(int(day))
                        length = 10
            self.precision.setCurrentIndex(max(0, self.precision.findData(length)))
            self._show_parts()
        finally:
            self._setting = False

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.precision, self.day, self.month, self.year):
            widget.setEnabled(not read_only)
