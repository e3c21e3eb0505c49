"""Going ahead despite blocking findings (a status change, a final export): the findings
listed, and a reason required, recorded with the user's name in the record's approvals."""

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


def _stop(issues: list[Any], what: str) -> str:
    count = len(issues)
    one = count == 1
    return f"{count} blocking finding{'' if one else 's'} stop{'s' if one else ''} {what}."


STATUS_CHANGE = ("status_override", "Change the status anyway",
                 lambda issues: f"{_stop(issues, 'this status change')} Cancel and fix them, "
                 "or give the reason for going ahead anyway: it is recorded with your name and "
                 "today's date in the record's approvals, which are never published.")
FINAL_EXPORT = ("override", "Export anyway",
                lambda issues: f"{_stop(issues, 'a final copy')} Cancel and fix them, or give "
                "the reason for exporting anyway: it is recorded with your name in the "
                "record's approvals and in the export manifest.")


class OverrideDialog(QDialog):
    """Lists the blocking findings; going ahead needs a reason. ``purpose`` is
    ``STATUS_CHANGE`` or ``FINAL_EXPORT`` (its object names, button and explanation)."""

    def __init__(self, issues: list[Any], purpose: tuple[str, str, Any] = STATUS_CHANGE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prefix, go_text, explain = purpose
        named(self, f"dialog:{prefix}", "Blocking findings")
        self.setWindowTitle("Blocking findings")
        self.resize(560, 420)
        intro = QLabel(explain(issues), self)
        intro.setWordWrap(True)
        self.listing = named(QListWidget(self), f"{prefix}:issues", "Blocking findings")
        self.listing.setWordWrap(True)
        for issue in issues:
            self.listing.addItem(f"{issue.code}  {issue.field_path}: {issue.message}")
        self.reason_edit = named(QPlainTextEdit(self), f"{prefix}:reason",
                                 "Reason for going ahead")
        self.reason_edit.setPlaceholderText("Reason for going ahead (required)")
        self.reason_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = buttons.addButton(go_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName(f"{prefix}:go")
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
