"""Asking for the reason to change the status despite blocking findings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..common.widgets import named


class StatusOverrideDialog(QDialog):
    """Lists the blocking findings; going ahead needs a reason, recorded with the user's
    name in the record's approvals."""

    def __init__(self, issues: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "dialog:status_override", "Blocking findings")
        self.setWindowTitle("Blocking findings")
        self.resize(560, 420)
        count = len(issues)
        intro = QLabel(
            f"{count} blocking finding{'' if count == 1 else 's'} stop{'s' if count == 1 else ''}"
            " this status change. Cancel and fix them, or give the reason for going ahead "
            "anyway: it is recorded with your name and today's date in the record's "
            "approvals, which are never published.", self)
        intro.setWordWrap(True)
        self.listing = named(QListWidget(self), "status_override:issues", "Blocking findings")
        self.listing.setWordWrap(True)
        for issue in issues:
            self.listing.addItem(f"{issue.code}  {issue.field_path}: {issue.message}")
        self.reason_edit = named(QPlainTextEdit(self), "status_override:reason",
                                 "Reason for going ahead")
        self.reason_edit.setPlaceholderText("Reason for going ahead (required)")
        self.reason_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = buttons.addButton("Change the status anyway",
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("status_override:go")
        self.go.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda: self.go.setEnabled(bool(self.reason_edit.toPlainText().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.listing, 1)
        reason_label = QLabel("&Reason:", self)
        reason_label.setBuddy(self.reason_edit)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def reason(self) -> str | None:
        return self.reason_edit.toPlainText().strip() or None
