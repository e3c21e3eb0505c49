"""File › Versions…: the earlier versions of the open record that saving kept, each
compared field by field with the record as it is now, and restored on request."""

from __future__ import annotations

import html
import json
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import LONDON
from ...model.dates import format_date
from ...storage.versions import Backup
from ..common.labels import describe_path
from ..common.widgets import named
from ..record.compare import differences, full_values, word_changes
from .shared_folder import comparable


def version_label(backup: Backup) -> str:
    """"19:59:28 Friday 4 December 2026 — Sam Patel": to the second, with the officer's
    display name from the profile (the computer's login only when none was recorded)."""
    local = backup.saved_at.astimezone(LONDON)
    who = backup.officer or f"{backup.user} on {backup.host}"
    label = f"{local:%H:%M:%S} {format_date(local.date())} — {who}"
    return f"{label}\n“{backup.note}”" if backup.note else label


def human_value(text: str) -> str:
    """A machine timestamp or date as people read it; anything else as it is."""
    value = text.strip()
    try:
        if len(value) >= 16 and value[4] == "-" and "T" in value:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is not None:
                local = moment.astimezone(LONDON)
                return f"{local:%H:%M:%S} {format_date(local.date())}"
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return format_date(date.fromisoformat(value))
    except ValueError:
        pass
    return text


def word_changes_html(old: str, new: str) -> str:
    """The change in words: removed words struck through on red, added ones on green."""
    parts = []
    for kind, text in word_changes(old, new):
        escaped = html.escape(text)
        if kind == "removed":
            parts.append(f'<span style="background:#fbd3d0;text-decoration:line-through">'
                         f"{escaped}</span>")
        elif kind == "added":
            parts.append(f'<span style="background:#cdeccd;font-weight:600">{escaped}</span>')
        else:
            parts.append(escaped)
    return "".join(parts).replace("\n", "<br>")


def backup_data(backup: Backup) -> dict[str, Any] | None:
    """The version's record as data, or ``None`` when the copy cannot be read."""
    try:
        data = json.loads(backup.data())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class VersionsDialog(QDialog):
    """Newest first. Choosing a version shows how it differs from the record now;
    Restore asks the window to put it in place (one undoable edit)."""

    restore_requested = Signal(object)  # the Backup

    def __init__(self, name: str, backups: list[Backup], current: dict[str, Any], *,
                 can_restore: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "dialog:versions", "Earlier versions")
        self.setWindowTitle(f"Earlier versions of {name}")
        self.resize(980, 560)
        self.backups = backups
        self.current = comparable(current)
        count = len(backups)
        intro = named(QLabel(self), "versions:intro", "About the versions")
        intro.setWordWrap(True)
        intro.setText(
            f"Each save keeps the version it replaces, on this computer only. {count} "
            f"earlier version{'' if count == 1 else 's'} of {name}:" if count else
            f"No earlier versions of {name} yet: one is kept each time you save it.")
        self.list = named(QListWidget(self), "versions:list", "Earlier versions")
        for backup in backups:
            item = QListWidgetItem(version_label(backup))
            item.setToolTip(f"Saved from {backup.source}" if backup.source else "")
            self.list.addItem(item)
        self.summary = named(QLabel(self), "versions:summary", "Differences")
        self.summary.setWordWrap(True)
        self.table = named(QTreeWidget(self), "versions:compare", "Differences")
        self.table.setColumnCount(3)
        self.table.setHeaderLabels(["Field", "That version", "Now"])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.table, 1)
        self.words = named(QTextBrowser(self), "versions:words",
                           "The change in words: removed words struck through, added in bold")
        self.words.setOpenLinks(False)
        self.words.setMaximumHeight(150)
        right_layout.addWidget(self.words)
        self.table.currentItemChanged.connect(lambda *_: self._show_words())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.restore_button = named(QPushButton("Restore this version", self),
                                    "versions:restore", "Restore this version")
        self.restore_button.setToolTip("Put this version in place of the record (Undo takes "
                                       "it back); save to keep it")
        self.restore_button.setEnabled(False)
        self._can_restore = can_restore
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.list.currentRowChanged.connect(self._show)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if backups:
            self.list.setCurrentRow(0)

    def selected(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _show(self, row: int) -> None:
        self.table.clear()
        self._then: dict[str, Any] = {}
        backup = self.selected()
        data = backup_data(backup) if backup is not None else None
        self.restore_button.setEnabled(data is not None and self._can_restore)
        if backup is None:
            self.summary.clear()
            return
        if data is None:
            self.summary.setText("This copy cannot be read.")
            return
        self._then = comparable(data)
        found = [item for item in differences(self._then, self.current)
                 if item[0] != "modified_at"]  # every save changes it: not news
        self.summary.setText(
            ("1 field differs from the record now." if len(found) == 1 else
             f"{len(found)} fields differ from the record now.")
            if found else "This version holds the same content as the record now.")
        kind = str(self.current.get("kind", ""))
        for path, then, now in found:
            item = QTreeWidgetItem([describe_path(kind, path), human_value(then),
                                    human_value(now)])
            item.setData(0, Qt.ItemDataRole.UserRole, path)
            for column in range(3):
                item.setToolTip(column, item.text(column))
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._show_words()

    def _show_words(self) -> None:
        item = self.table.currentItem()
        if item is None:
            self.words.clear()
            return
        path = str(item.data(0, Qt.ItemDataRole.UserRole))
        then, now = full_values(self._then, self.current, path)
        self.words.setHtml(f"<p><b>{html.escape(item.text(0))}</b>: what changed since that "
                           f"version</p><p>{word_changes_html(then, now)}</p>")

    def _restore(self) -> None:
        backup = self.selected()
        if backup is not None:
            self.restore_requested.emit(backup)
            self.accept()
