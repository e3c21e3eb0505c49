"""C8: embargo and release. An embargoed record is not a finding by itself (C8.2 is an
export rule): these checks are about the embargo's dates."""

from __future__ import annotations

from typing import Any

from ...model.dates import LONDON, format_datetime
from ...model.vocab import ReviewType
from ..context import CheckContext, WorkspaceEntry
from ..issue import BLOCKING, WARNING, Issue
from ..registry import check
from ..workdays import add_working_days
from .common import field_issue


@check("C8.1", BLOCKING, "Schedule and embargo")
def schedule(record: Any, ctx: CheckContext) -> list[Issue]:
    embargo = record.embargo
    if embargo is None or record.publish_at is None:
        return []
    if record.publish_at < embargo.until:
        return [field_issue("C8.1", BLOCKING, "publish_at",
                            f"the page would go live at {format_datetime(record.publish_at)}, "
                            f"before the embargo lifts ({format_datetime(embargo.until)})",
                            "publish at or after the end of the embargo")]
    return []


@check("C8.3", WARNING, "Embargo time zone")
def time_zone(record: Any, ctx: CheckContext) -> list[Issue]:
    embargo = record.embargo
    if embargo is None:
        return []
    until = embargo.until
    london = until.astimezone(LONDON)
    issues = []
    if until.utcoffset() != london.utcoffset():
        zone = "BST, +01:00" if london.utcoffset() and london.utcoffset().seconds else "GMT, +00:00"
        issues.append(field_issue("C8.3", WARNING, "embargo.until",
                                  f"the time is not in UK time for that date ({zone})",
                                  f"{format_datetime(until)} UK time"))
    if london.hour == 0 and london.minute == 0:
        issues.append(field_issue("C8.3", WARNING, "embargo.until",
                                  "“midnight” is ambiguous", "use 00:01"))
    return issues


def _linked_review(record: Any, ctx: CheckContext) -> WorkspaceEntry | None:
    target = getattr(record, "about_review_id", None)
    return ctx.workspace.get(str(target)) if target else None


@check("C8.4", WARNING, "Embargo consistency")
def consistency(record: Any, ctx: CheckContext) -> list[Issue]:
    embargo = record.embargo
    issues = []
    review = _linked_review(record, ctx) if record.kind == "news_item" else None
    if review is not None and review.embargo_until is not None and (
            embargo is None or embargo.until < review.embargo_until):
        issues.append(field_issue("C8.4", WARNING, "embargo.until",
                                  "the news item's embargo ends before the review's "
                                  f"({format_datetime(review.embargo_until)})",
                                  "use the review's embargo, or a later one"))
    if embargo is not None and embargo.applies_to_attachments:
        lifted = embargo.until.astimezone(LONDON).date()
        for index, attachment in enumerate(record.attachments):
            if attachment.published_on and attachment.published_on < lifted:
                issues.append(field_issue("C8.4", WARNING, f"attachments.{index}.published_on",
                                          f"“{attachment.title}” is dated before the embargo "
                                          "lifts", "date it on or after the release day"))
    return issues


@check("C8.5", BLOCKING, "Statutory sequence")
def statutory_sequence(record: Any, ctx: CheckContext) -> list[Issue]:
    embargo = record.embargo
    if embargo is None:
        return []
    lifted = embargo.until.astimezone(LONDON).date()
    if record.kind == "review_notice" and record.review is not None:
        review = record.review
        kind = review.review_type
        panel = review.panel_notified_on
        qa = review.home_office_qa
        final = qa.final_approval_on if qa else None
    else:
        entry = _linked_review(record, ctx)
        if entry is None:
            return []
        kind = ReviewType(entry.review_type) if entry.review_type else None
        panel, final = entry.panel_notified_on, entry.final_approval_on
    days = ctx.settings.panel_notice_working_days
    if kind == ReviewType.lcspr and panel is not None:
        earliest = add_working_days(panel, days)
        if lifted < earliest:
            return [field_issue("C8.5", BLOCKING, "embargo.until",
                                f"the embargo lifts less than {days} working days after the "
                                f"National Panel was notified (not before {earliest})",
                                "move the embargo")]
    if kind in (ReviewType.dhr, ReviewType.dardr) and final is not None and lifted <= final:
        return [field_issue("C8.5", BLOCKING, "embargo.until",
                            "the embargo lifts before the Home Office's final approval "
                            f"({final})", "move the embargo after the final approval")]
    return []
