"""Approval needs the checks: setting the status to approved, scheduled, published or
updated is refused while a blocking finding remains, unless the officer overrides it with
a reason, which is recorded in the record's private approvals (DOMAIN section (c)).

The guard watches the undo stack: when the command just done (not undone) set ``status``
to one of those values, it runs the checks for that status. If something blocks, it asks
the prompter for a reason. No reason: the status change is undone. A reason: the change
and an approval entry ("override", the reason, the findings overridden) become one undo
step together.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from ...checks import Issue, blocking
from ...model import APPROVED_OR_LATER, label
from ...model.vocab import ApprovalDecision
from ...storage.identity import user_name
from ..form.commands import SetFieldCommand

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ..form import RecordForm
    from ..record.controller import RecordController
    from ..record.prompter import Prompter
    from ..window.status import EditorStatusBar
    from .panel import ChecksPanel

STATUS = "status"
GUARDED = frozenset(str(status) for status in APPROVED_OR_LATER)
_VETTED = "_status_checked"  # set on a status command once the checks let it through


def override_approval(issues: list[Issue], reason: str, *, user: str, today: date,
                      status: str, record_hash: str = "") -> dict[str, Any]:
    """The approval entry that records a status change made despite blocking findings."""
    from ...model import dump
    from ...model.parts import Approval, OverriddenFinding

    overridden = list(dict.fromkeys((issue.code, issue.field_path) for issue in issues))
    approval = Approval(
        name=user,
        date=today,
        decision=ApprovalDecision.override,
        note=f"Status set to {label(status).lower()} despite blocking findings",
        record_hash=record_hash or None,
        reason=reason.strip(),
        overridden=[OverriddenFinding(code=code, field_path=path or None)
                    for code, path in overridden],
    )
    return dump(approval)


class StatusGuard(QObject):
    def __init__(self, *, undo_stack: QUndoStack, controller: RecordController,
                 form: RecordForm, prompter: Prompter, status: EditorStatusBar,
                 checks: ChecksPanel) -> None:
        super().__init__(checks)
        self.undo_stack = undo_stack
        self.controller = controller
        self.form = form
        self.prompter = prompter
        self.status = status
        self.panel = checks
        self._index = undo_stack.index()
        self._acting = False
        undo_stack.indexChanged.connect(self._index_changed)

    def _index_changed(self, index: int) -> None:
        forward = index > self._index
        self._index = index
        if self._acting or not forward:
            return
        command = self.undo_stack.command(index - 1)
        if isinstance(command, SetFieldCommand) and command.path == STATUS \
                and str(command.new) in GUARDED and command.new != command.old \
                and not getattr(command, _VETTED, False):
            # After the event that made the change (a combo box popup closing, say).
            QTimer.singleShot(0, lambda: self.vet(command))

    def _standing(self, command: SetFieldCommand) -> bool:
        """The change is still the last edit (not undone or overtaken meanwhile)."""
        stack = self.undo_stack
        current = self.controller.current
        return current is not None and stack.index() > 0 \
            and stack.command(stack.index() - 1) is command \
            and current.document.get(STATUS) == command.new

    def vet(self, command: SetFieldCommand) -> bool:
        """Let the status change stand, or take it back: False when it was taken back
        before this returns (blocking findings ask for a reason, answered later)."""
        if not self._standing(command):
            return True
        status = str(command.new)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.panel.check_now(status)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result is None:
            return True
        if result.issues is None:
            self._take_back()
            self.prompter.show_error(
                "The status was not changed",
                f"Correct the fields marked in red before setting the status to "
                f"{label(status).lower()}: the checks cannot run until then.")
            return False
        blockers = blocking(result.issues)
        if not blockers:
            setattr(command, _VETTED, True)
            return True
        record_hash = result.record_hash

        def answered(reason: str | None) -> None:
            if not self._standing(command):
                return  # undone or overtaken while the question was open
            if not reason or not reason.strip():
                self._take_back()
                count = len(blockers)
                self.status.showMessage(
                    f"Status not changed: {count} blocking finding"
                    f"{'' if count == 1 else 's'} to fix first (see Checks)", 8000)
                return
            self._override(command, blockers, reason, record_hash)

        self.prompter.ask_override(blockers, answered)
        return self._standing(command)

    def _take_back(self) -> None:
        self._acting = True
        try:
            self.undo_stack.undo()
        finally:
            self._acting = False

    def _override(self, command: SetFieldCommand, blockers: list[Issue], reason: str,
                  record_hash: str) -> None:
        current = self.controller.current
        assert current is not None
        status = str(command.new)
        today = self.panel.now().date()
        entry = override_approval(blockers, reason, user=user_name(), today=today,
                                  status=status, record_hash=record_hash)
        form = self.form
        stack = self.undo_stack
        self._acting = True
        try:
            stack.undo()  # redone below inside one step with the approval
            approvals = list(current.document.get("approvals") or [])
            stack.beginMacro(f"Set status to {label(status).lower()} (override)")
            form.set_value(STATUS, command.new)
            form.set_value("approvals", [*approvals, entry])
            stack.endMacro()
        finally:
            self._acting = False
            self._index = stack.index()
        self.status.showMessage(
            "Status changed; the override and its reason are recorded in the approvals",
            8000)
