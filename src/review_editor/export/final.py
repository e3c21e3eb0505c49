"""Final copies: the pre-publication checks decide, and a blocking finding stops a final
export unless the user overrides it with a reason. The override is recorded in the record's
private ``approvals`` (decision "override", with the codes and the reason); the export
manifest says only that one was recorded, by whom and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..checks import FINAL_EXPORT, CheckContext, Issue, blocking
from ..model import LONDON
from ..model.parts import Approval, OverriddenFinding
from ..model.records import RecordModel
from ..model.vocab import ApprovalDecision
from .files import ExportError

if TYPE_CHECKING:
    from ..storage.files import LoadedRecord


class ExportBlocked(ExportError):
    """A final export stopped by blocking findings; ``issues`` lists them."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        codes = ", ".join(dict.fromkeys(issue.code for issue in self.issues))
        count = len(self.issues)
        super().__init__(f"{count} blocking finding{'s' if count != 1 else ''} ({codes}) "
                         "stop a final export; fix them or override with a reason")


@dataclass(frozen=True)
class Override:
    """What an override let through: recorded in approvals and in the manifest."""

    reason: str
    user: str
    at: datetime
    record_version: str
    overridden: list[tuple[str, str]]  # (code, field_path)

    def approval(self) -> Approval:
        return Approval(
            name=self.user,
            date=self.at.astimezone(LONDON).date(),
            decision=ApprovalDecision.override,
            note=f"Final export at {self.at.isoformat(timespec='seconds')}",
            record_hash=self.record_version,
            reason=self.reason,
            overridden=[OverriddenFinding(code=code, field_path=path or None)
                        for code, path in self.overridden],
        )


def default_check_context(record: RecordModel, *, now: datetime, final: bool,
                          base_dir: Path | None,
                          source: LoadedRecord | None = None) -> CheckContext:
    """The context the Checks dock and ``review-editor check`` use: the partnership's
    settings, the record's deny-list and the records beside it (``source``: the file the
    record was just loaded from, which the folder's index then does not read again)."""
    from ..checking import context_for

    return context_for(record, now=now, folder=base_dir,
                       target_status=FINAL_EXPORT if final else None, source=source)


def decide(record: RecordModel, issues: list[Issue], *, final: bool, now: datetime,
           override_reason: str | None, user: str | None, record_version: str) \
        -> tuple[RecordModel, Override | None]:
    """The record to save back (with the override approval added when one was needed),
    and the override; raises ``ExportBlocked`` when a final export may not go ahead."""
    blockers = blocking(issues)
    if not final or not blockers:
        return record, None
    if override_reason is None:
        raise ExportBlocked(blockers)
    overridden = list(dict.fromkeys((issue.code, issue.field_path) for issue in blockers))
    override = Override(reason=override_reason.strip(), user=(user or "").strip(), at=now,
                        record_version=record_version, overridden=overridden)
    updated = record.model_copy(update={"approvals": [*record.approvals,
                                                      override.approval()]})
    return updated, override
