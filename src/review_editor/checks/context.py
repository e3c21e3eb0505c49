"""What a check may know besides the record: the time, settings, deny-list, workspace."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model.vocab import APPROVED_OR_LATER, Status
from .issue import FINAL_EXPORT
from .settings import CheckSettings

if TYPE_CHECKING:
    from .denylist import DenyList
    from .facts import RecordFacts


@dataclass(frozen=True)
class WorkspaceEntry:
    """The few facts about another record of the workspace that C7.6, C7.9, C8.4 and C8.5 use."""

    id: str
    kind: str
    status: str
    slug: str | None = None
    title: str = ""
    published_on: date | None = None
    publish_at: datetime | None = None
    embargo_until: datetime | None = None
    review_type: str | None = None
    panel_notified_on: date | None = None
    final_approval_on: date | None = None

    @classmethod
    def from_record(cls, record: Any) -> WorkspaceEntry:
        review = getattr(record, "review", None)
        qa = getattr(review, "home_office_qa", None) if review else None
        embargo = getattr(record, "embargo", None)
        return cls(
            id=str(record.id),
            kind=str(record.kind),
            status=str(record.status),
            slug=record.slug,
            title=record.title,
            published_on=record.published_on,
            publish_at=record.publish_at,
            embargo_until=embargo.until if embargo else None,
            review_type=str(review.review_type) if review and review.review_type else None,
            panel_notified_on=review.panel_notified_on if review else None,
            final_approval_on=qa.final_approval_on if qa else None,
        )

    @property
    def release_day(self) -> date | None:
        """The day the page goes (or went) public."""
        if self.status == Status.scheduled:
            moment = self.embargo_until or self.publish_at
            return moment.date() if moment else self.published_on
        return self.published_on


def workspace_index(records: Iterable[Any]) -> dict[str, WorkspaceEntry]:
    """Index the records of a workspace by id."""
    return {str(r.id): WorkspaceEntry.from_record(r) for r in records}


@dataclass
class CheckContext:
    """Everything a check reads besides the record.

    ``target_status`` is the status being set (approve, schedule, publish), or
    ``FINAL_EXPORT``; None means the record's own status. ``base_dir`` is the folder of the
    record file, against which attachment and image ``path`` values are resolved.
    """

    now: datetime
    settings: CheckSettings = field(default_factory=CheckSettings)
    denylist: DenyList | None = None
    workspace: Mapping[str, WorkspaceEntry] = field(default_factory=dict)
    target_status: str | None = None
    base_dir: Path | None = None
    _active: tuple[Any, RecordFacts] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.now.tzinfo is None or self.now.utcoffset() is None:
            raise ValueError("now must be an aware datetime")

    def effective_status(self, record: Any) -> str:
        target = (self.target_status or "").strip().lower().replace(" ", "_").replace("-", "_")
        if target == FINAL_EXPORT:
            return str(Status.published)
        return target or str(record.status)

    def publishing(self, record: Any) -> bool:
        """True when the target status is approved, scheduled, published or updated."""
        return self.effective_status(record) in {str(s) for s in APPROVED_OR_LATER}

    def facts(self, record: Any) -> RecordFacts:
        """The record's derived facts, computed once per ``run_checks``."""
        from .facts import RecordFacts

        if self._active is not None and self._active[0] is record:
            return self._active[1]
        return RecordFacts(record, self)
