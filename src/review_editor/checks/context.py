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
    from ..storage.index import IndexEntry
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
    def from_index(cls, entry: IndexEntry) -> WorkspaceEntry:
        """The facts the folder's index (``storage.index``) holds of a record."""
        return cls(id=entry.id, kind=entry.kind, status=entry.status, slug=entry.slug,
                   title=entry.title, published_on=entry.published_on,
                   publish_at=entry.publish_at, embargo_until=entry.embargo_until,
                   review_type=entry.review_type, panel_notified_on=entry.panel_notified_on,
                   final_approval_on=entry.final_approval_on)

    @classmethod
    def from_record(cls, record: Any) -> WorkspaceEntry:
        """The facts of a record being edited, summarised as the folder's index would."""
        from ..storage.index import entry_for

        return cls.from_index(entry_for(record, Path(), 0.0))

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
