"""Non-modal bars above the form: recovered unsaved changes, and sync-conflict copies.

Each bar lists one row per item with its buttons; it asks nothing itself, it only says what
the user chose (signals), and hides when its last row is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...model.dates import format_datetime
from ...storage.recovery import Snapshot
from ..common.widgets import named
from .conflict_copies import ConflictCopy

STYLE = ("#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 3px; }}"
         " #{name} QLabel {{ color: {text}; }}")


class Banner(QFrame):
    """A heading and rows of (text, buttons)."""

    def __init__(self, name: str, accessible: str, heading: str, colours: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, accessible)
        escaped = name.replace(":", "\\:").replace("-", "\\-")
        self.setStyleSheet(STYLE.format(name=escaped, **colours))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = named(QLabel(heading, self), f"{name}:heading", heading)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self._rows: dict[Hashable, QWidget] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.heading)
        self.hide()

    def keys(self) -> list[Hashable]:
        return list(self._rows)

    def add_row(self, key: Hashable, text: str, tooltip: str,
                buttons: list[tuple[str, str, Callable[[], object], bool]]) -> None:
        """A row for the item ``key``; ``buttons``: (object name, label, action, enabled)."""
        row = named(QWidget(self), "banner:row", text)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = named(QLabel(text, row), "banner:text", text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setToolTip(tooltip)
        layout.addWidget(label, 1)
        for name, caption, action, enabled in buttons:
            button = named(QPushButton(caption, row), name, f"{caption} {text}")
            button.setEnabled(enabled)
            button.clicked.connect(lambda _checked=False, action=action: action())
            layout.addWidget(button)
        self._layout.addWidget(row)
        self._rows[key] = row
        self.show()

    def remove(self, key: Hashable) -> None:
        row = self._rows.pop(key, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        if not self._rows:
            self.hide()

    def clear(self) -> None:
        for key in list(self._rows):
            self.remove(key)


class RecoveryBanner(Banner):
    """Unsaved changes a crash left behind: Restore, Compare (with the file on disk),
    Discard."""

    restore_requested = Signal(object)  # Snapshot
    compare_requested = Signal(object)
    discard_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("banner:recovery", "Recovered changes",
                         "Review Editor closed before these changes were saved",
                         {"background": "#e8f1fb", "border": "#7aa7d9", "text": "#10253f"},
                         parent)

    def set_snapshots(self, snapshots: list[Snapshot]) -> None:
        self.clear()
        for snapshot in snapshots:
            self.add_snapshot(snapshot)

    def add_snapshot(self, snapshot: Snapshot) -> None:
        record = Path(snapshot.record_path) if snapshot.record_path else None
        where = record.name if record is not None else "never saved"
        text = (f"“{snapshot.title}” ({where}): unsaved changes from "
                f"{format_datetime(snapshot.saved_at)}")
        on_disk = record is not None and record.is_file()
        tooltip = str(record) if record is not None else "A new record, not saved yet"
        self.add_row(snapshot.path, text, tooltip, [
            ("recovery:restore", "Restore", lambda: self.restore_requested.emit(snapshot), True),
            ("recovery:compare", "Compare…", lambda: self.compare_requested.emit(snapshot),
             on_disk),
            ("recovery:discard", "Discard", lambda: self.discard_requested.emit(snapshot),
             True),
        ])

    def remove_snapshot(self, snapshot: Snapshot) -> None:
        self.remove(snapshot.path)


class ConflictCopyBanner(Banner):
    """Copies a sync client kept beside a record: Compare, Open, Dismiss."""

    compare_requested = Signal(object)  # ConflictCopy
    open_requested = Signal(object)
    dismiss_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("banner:conflict-copy", "Conflict copies",
                         "Two versions of a record were saved at the same time",
                         {"background": "#fff4ce", "border": "#e0c060", "text": "#3b2f00"},
                         parent)

    def set_copies(self, copies: list[ConflictCopy]) -> None:
        if copies == self.keys():
            return
        self.clear()
        for copy in copies:
            text = (f"{copy.copy.name} looks like a second version of {copy.original.name}, "
                    "kept by a sync client (such as OneDrive) when two saves collided.")
            self.add_row(copy, text, str(copy.copy), [
                ("conflict-copy:compare", "Compare…",
                 partial(self.compare_requested.emit, copy), True),
                ("conflict-copy:open", "Open copy", partial(self.open_requested.emit, copy),
                 True),
                ("conflict-copy:dismiss", "Dismiss", partial(self.dismiss_requested.emit, copy),
                 True),
            ])
