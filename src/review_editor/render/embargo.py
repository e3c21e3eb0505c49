"""Embargo state at a given time (DOMAIN C8.2): the label is derived, never stored."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .wording import datetime_text, t

if TYPE_CHECKING:
    from ..model.records import RecordBase


def is_embargoed(record: RecordBase, now: datetime) -> bool:
    """True while ``now`` is before the embargo's end."""
    return record.embargo is not None and now < record.embargo.until


def embargo_label(record: RecordBase, now: datetime) -> str | None:
    """"EMBARGOED UNTIL 00:01 Wednesday 14 May 2031" (London time) while embargoed."""
    if record.embargo is None or not is_embargoed(record, now):
        return None
    return f"{t('EMBARGOED UNTIL')} {datetime_text(record.embargo.until)}"
