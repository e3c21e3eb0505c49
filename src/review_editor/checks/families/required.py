"""C3: statutory completeness and fields required before publication.

The runner turns C3 blocking and warning issues into information notes while the target
status is below approved, so a draft is not buried in them.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

from ...model.dates import earliest_day, latest_day
from ...model.vocab import (
    ApprovalDecision,
    AttachmentRole,
    HomeOfficeOutcome,
    PublicationForm,
    RecommendationResponse,
    ReviewType,
    Status,
)
from ..context import CheckContext
from ..issue import BLOCKING, INFO, WARNING, Issue
from ..registry import check
from ..workdays import add_working_days, days_after
from .common import field_issue

CHILDREN_REVIEWS = {ReviewType.lcspr, ReviewType.national_cspr,
                    ReviewType.serious_case_review_legacy, ReviewType.child_practice_review_wales}
AVAILABILITY_REVIEWS = {ReviewType.lcspr, ReviewType.sar, ReviewType.dhr, ReviewType.dardr}
NOT_ACCEPTED = {RecommendationResponse.not_accepted, RecommendationResponse.partially_accepted}


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return not value
    return False


def _review_type(record: Any) -> ReviewType | None:
    return record.review.review_type if record.review is not None else None


def _is_review_notice(record: Any, *types: ReviewType) -> bool:
    return record.kind == "review_notice" and record.review is not None and (
        not types or record.review.review_type in types)


def _press_pack(record: Any, ctx: CheckContext) -> bool:
    """A scheduled record still under embargo: its final copies are a press pack, made before
    the publication date exists, so only that date is waived."""
    embargo = record.embargo
    return (record.status == Status.scheduled and embargo is not None
            and ctx.now < embargo.until)


def _required(record: Any, ctx: CheckContext) -> Iterator[tuple[str, str]]:
    """(field path, what is missing) for every field required before publication."""
    status = ctx.effective_status(record)
    kind = record.kind
    for name in ("slug", "summary"):
        if _blank(getattr(record, name)):
            yield name, f"the {name}"
    if not record.body and not record.attachments:
        yield "body", "the body text"
    if record.publisher is None:
        yield "publisher", "the publisher"
    else:
        for name, label in (("name", "name"), ("publisher_type", "type"), ("url", "web address")):
            if _blank(getattr(record.publisher, name)):
                yield f"publisher.{name}", f"the publisher's {label}"
    if status in (Status.published, Status.updated) and record.published_on is None and (
            not _press_pack(record, ctx)):
        yield "published_on", "the publication date"
    if status == Status.scheduled and record.publish_at is None:
        yield "publish_at", "the time the page goes live"
    for name in ("created_at", "modified_at"):
        if getattr(record, name) is None:
            yield name, name.replace("_", " ")
    if kind in ("review_notice", "learning_brief") and not record.themes:
        yield "themes", "at least one theme"
    if kind in ("review_notice", "news_item"):
        contact = record.contact
        if contact is None or all(_blank(getattr(contact, n)) for n in ("email", "telephone",
                                                                        "url")):
            yield "contact", "a contact (an email, telephone number or web address)"
    if kind == "news_item" and record.is_press_release:
        media = record.media_contact
        if media is None or all(_blank(getattr(media, n)) for n in ("email", "telephone")):
            yield "media_contact", "a media contact for a press release"
    yield from _required_review(record, ctx, status)
    sensitivity = record.sensitivity
    if sensitivity is None:
        yield "sensitivity", "the sensitivity record (subjects, proceedings)"
    else:
        for name, label in (("sexual_offence_context", "whether sexual offences are involved"),
                            ("proceedings_status", "the criminal proceedings status"),
                            ("proceedings_checked_by", "who checked the proceedings"),
                            ("proceedings_checked_on", "when the proceedings were checked")):
            if getattr(sensitivity, name) is None or _blank(getattr(sensitivity, name)):
                yield f"sensitivity.{name}", label
    for index, attachment in enumerate(record.attachments):
        prefix = f"attachments.{index}"
        if _blank(attachment.title):
            yield f"{prefix}.title", "the document's title"
        if _blank(attachment.path) and _blank(attachment.url):
            yield f"{prefix}.url", "the document's file or web address"
        if _blank(attachment.media_type):
            yield f"{prefix}.media_type", "the document's type"
        if attachment.size_bytes is None:
            yield f"{prefix}.size_bytes", "the document's size"
    for index, link in enumerate(record.links):
        if _blank(link.url):
            yield f"links.{index}.url", "the link's web address"


def _required_review(record: Any, ctx: CheckContext, status: str) -> Iterator[tuple[str, str]]:
    review = record.review
    if record.kind == "review_notice" and review is None:
        yield "review", "the review's details"
        return
    if review is None:
        return
    if review.review_type is None:
        yield "review.review_type", "the type of review"
    if _blank(review.review_name):
        yield "review.review_name", "the review's name"
    if record.kind != "review_notice":
        return
    kind = review.review_type
    form = review.publication_form
    if kind == ReviewType.sar and review.sar_basis is None:
        yield "review.sar_basis", "whether the SAR is mandatory or discretionary"
    checks = [("legal_basis", "the legal basis"), ("commissioned_by", "who commissioned it"),
              ("commissioned_on", "when it was commissioned"), ("reviewers", "the reviewers"),
              ("publication_form", "the publication form")]
    for name, label in checks:
        if _blank(getattr(review, name)):
            yield f"review.{name}", label
    if form in (PublicationForm.improvements_only, PublicationForm.not_published) and _blank(
            review.non_publication_reason):
        yield "review.non_publication_reason", "the reason for not publishing in full"
    if kind == ReviewType.lcspr and status in {str(s) for s in (
            Status.approved, Status.scheduled, Status.published, Status.updated)} and (
            review.panel_notified_on is None):
        yield "review.panel_notified_on", "when the National Panel was notified"
    if kind in (ReviewType.dhr, ReviewType.dardr) and review.home_office_qa is None:
        yield "review.home_office_qa", "the Home Office quality assurance outcome"
    if form != PublicationForm.not_published and _blank(review.executive_summary):
        yield "review.executive_summary", "the executive summary"
    if not review.key_findings:
        yield "review.key_findings", "at least one key finding"
    if form != PublicationForm.improvements_only and not review.recommendations:
        yield "review.recommendations", "at least one recommendation"
    for index, rec in enumerate(review.recommendations):
        if rec.response is None:
            yield f"review.recommendations.{index}.response", f"the response to {rec.id}"
    if kind == ReviewType.sar and _blank(review.partnership_response) and any(
            rec.response == RecommendationResponse.not_accepted
            for rec in review.recommendations):
        yield "review.partnership_response", "the partnership's response"
    if kind == ReviewType.thematic_review:
        if review.period_covered is None or review.period_covered.start is None:
            yield "review.period_covered", "the period the review covers"
        if review.number_of_cases is None:
            yield "review.number_of_cases", "the number of cases"
    if form != PublicationForm.not_published and not record.attachments:
        yield "attachments", "the published documents"
    if kind in AVAILABILITY_REVIEWS and (
            record.availability is None or record.availability.min_online_until is None):
        yield "availability", "how long the review stays online"


@check("C3.9", BLOCKING, "Required before publication")
def required_fields(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = [field_issue("C3.9", BLOCKING, path, f"missing: {label}", "fill it in")
              for path, label in _required(record, ctx)]
    if not record.audience:
        issues.append(field_issue("C3.9", INFO, "audience", "say who the page is for",
                                  "choose at least one audience"))
    themes = {t.id for t in record.themes}
    recommended = _review_type(record) in (ReviewType.dhr, ReviewType.dardr) or bool(
        themes & {"child-sexual-exploitation", "suicide", "child-sexual-abuse"})
    if recommended and not record.signposting:
        issues.append(field_issue("C3.9", INFO, "signposting", "a \"Get support\" box is "
                                  "recommended for this subject", "add support services"))
    return issues


@check("C3.1", BLOCKING, "LCSPR publication rules")
def lcspr_rules(record: Any, ctx: CheckContext) -> list[Issue]:
    if not _is_review_notice(record, ReviewType.lcspr):
        return []
    review = record.review
    issues = []
    release = ctx.facts(record).release_day
    if review.publication_form is None:
        issues.append(field_issue("C3.1", BLOCKING, "review.publication_form",
                                  "an LCSPR must say how it is published", "choose a form"))
    elif review.publication_form != PublicationForm.full_report and _blank(
            review.non_publication_reason):
        issues.append(field_issue("C3.1", BLOCKING, "review.non_publication_reason",
                                  "an LCSPR not published in full needs the reason",
                                  "give the reason"))
    days = ctx.settings.panel_notice_working_days
    if review.panel_notified_on is not None and release is not None:
        earliest = add_working_days(review.panel_notified_on, days)
        if release < earliest:
            issues.append(field_issue(
                "C3.1", BLOCKING, "review.panel_notified_on",
                f"the National Panel must be notified at least {days} working days before "
                f"publication (not before {earliest} for this notification)",
                "move the release day, or record the notification date"))
    availability = record.availability
    year_on = days_after(record.published_on, 365) if record.published_on else None
    if year_on and availability and availability.min_online_until and (
            availability.min_online_until < year_on):
        issues.append(field_issue("C3.1", BLOCKING, "availability.min_online_until",
                                  "an LCSPR stays online for at least a year after publication",
                                  f"keep it online until {year_on}"))
    if not review.recommendations and not review.key_findings:
        issues.append(field_issue("C3.1", BLOCKING, "review.recommendations",
                                  "an LCSPR lists its recommendations or improvements",
                                  "add them"))
    return issues


@check("C3.2", WARNING, "LCSPR time to publication")
def lcspr_delay(record: Any, ctx: CheckContext) -> list[Issue]:
    if not _is_review_notice(record, ReviewType.lcspr) or not record.review.commissioned_on:
        return []
    release = ctx.facts(record).release_day
    if release is None:
        return []
    commissioned = latest_day(record.review.commissioned_on)
    months = ctx.settings.lcspr_expected_months
    limit = _add_months(commissioned, months)
    if release > limit:
        return [field_issue("C3.2", WARNING, "review.publication_delay_reason",
                            f"published more than {months} months after it was commissioned",
                            "record the reason for the delay")] if _blank(
            record.review.publication_delay_reason) else []
    return []


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@check("C3.3", BLOCKING, "DHR and DARDR publication rules")
def dhr_rules(record: Any, ctx: CheckContext) -> list[Issue]:
    if not _is_review_notice(record, ReviewType.dhr, ReviewType.dardr):
        return []
    review = record.review
    issues = []
    qa = review.home_office_qa
    release = ctx.facts(record).release_day
    approved = qa is not None and (qa.outcome == HomeOfficeOutcome.approved or (
        qa.outcome == HomeOfficeOutcome.approved_subject_to_changes and qa.final_approval_on
        and (release is None or qa.final_approval_on <= release)))
    if not approved:
        issues.append(field_issue("C3.3", BLOCKING, "review.home_office_qa",
                                  "the Home Office Quality Assurance Panel's approval is not "
                                  "recorded", "record the outcome and the final approval date"))
    roles = {a.role for a in record.attachments}
    letter = AttachmentRole.ho_qa_letter in roles or bool(qa and qa.letter_attachment_id)
    if not letter:
        issues.append(field_issue("C3.3", BLOCKING, "attachments",
                                  "the Home Office letter is not attached",
                                  "attach it, or say why it is not published"))
    if review.publication_form in (None, PublicationForm.full_report):
        for role, label in ((AttachmentRole.full_report, "overview report"),
                            (AttachmentRole.executive_summary, "executive summary")):
            if role not in roles:
                issues.append(field_issue("C3.3", BLOCKING, "attachments",
                                          f"the {label} is not attached", f"attach the {label}"))
    subjects = record.sensitivity.subjects if record.sensitivity else []
    if not subjects or any(s.pseudonym_chosen_by is None for s in subjects):
        issues.append(field_issue("C3.3", BLOCKING, "sensitivity.subjects",
                                  "record the pseudonym and who chose it",
                                  "add the subject's pseudonym and who chose it"))
    return issues


@check("C3.4", BLOCKING, "SAR recommendations and responses")
def sar_rules(record: Any, ctx: CheckContext) -> list[Issue]:
    if not _is_review_notice(record, ReviewType.sar):
        return []
    review = record.review
    issues = []
    if review.sar_basis is None:
        issues.append(field_issue("C3.4", BLOCKING, "review.sar_basis",
                                  "a SAR must say whether it was mandatory or discretionary",
                                  "choose the basis"))
    for index, rec in enumerate(review.recommendations):
        if rec.response is None:
            issues.append(field_issue("C3.4", BLOCKING, f"review.recommendations.{index}.response",
                                      f"{rec.id} has no response", "record the response"))
        elif rec.response in NOT_ACCEPTED and _blank(rec.response_reason):
            issues.append(field_issue(
                "C3.4", BLOCKING, f"review.recommendations.{index}.response_reason",
                f"{rec.id} was {rec.response.value.replace('_', ' ')} but gives no reason "
                "(Care Act 2014 Sch 2 para 4(1)(g))", "give the reason"))
    return issues


@check("C3.7", BLOCKING, "Rapid reviews are not published")
def rapid_review(record: Any, ctx: CheckContext) -> list[Issue]:
    if record.kind == "learning_brief":
        return []
    issues = []
    if "rapid review" in record.title.lower():
        issues.append(field_issue("C3.7", BLOCKING, "title", "a rapid review itself is not "
                                  "published", "publish the learning as a learning brief"))
    if _is_review_notice(record, ReviewType.rapid_review):
        issues.append(field_issue("C3.7", BLOCKING, "review.review_type", "a rapid review "
                                  "itself is not published", "publish the learning as a brief"))
    for index, attachment in enumerate(record.attachments):
        if "rapid review" in attachment.title.lower():
            issues.append(field_issue("C3.7", BLOCKING, f"attachments.{index}.title",
                                      "a rapid review document is attached",
                                      "remove it; publish the learning as a brief"))
    return issues


@check("C3.8", WARNING, "Learning brief contents")
def learning_brief(record: Any, ctx: CheckContext) -> list[Issue]:
    if record.kind != "learning_brief":
        return []
    issues = []
    if not record.source_reviews and _blank(record.thematic_source):
        issues.append(field_issue("C3.8", WARNING, "source_reviews",
                                  "say which review the learning comes from",
                                  "add a source review or a thematic source"))
    if _blank(record.disclaimer):
        issues.append(field_issue("C3.8", WARNING, "disclaimer", "the disclaimer is missing",
                                  "\"Names, ages and some family details have been changed\""))
    if record.format == "seven_minute" and len(record.body) != 7:
        issues.append(field_issue("C3.8", WARNING, "body",
                                  f"a 7-minute briefing has 7 sections, not {len(record.body)}",
                                  "use the seven suggested headings"))
    if len([q for q in record.reflective_questions if q.strip()]) < 2:
        issues.append(field_issue("C3.8", WARNING, "reflective_questions",
                                  "a learning brief asks at least 2 questions for reflection",
                                  "add questions for reflection"))
    return issues


@check("C3.10", BLOCKING, "Approval and schedule")
def workflow(record: Any, ctx: CheckContext) -> list[Issue]:
    if not ctx.publishing(record):
        return []
    issues = []
    if not any(a.decision == ApprovalDecision.approve for a in record.approvals):
        issues.append(field_issue("C3.10", BLOCKING, "approvals", "nobody has approved the "
                                  "record", "record an approval"))
    if ctx.effective_status(record) == Status.scheduled and (
            record.publish_at is not None and record.publish_at <= ctx.now):
        issues.append(field_issue("C3.10", BLOCKING, "publish_at",
                                  "a scheduled record's publish time has passed",
                                  "set a time in the future, or publish it"))
    return issues


@check("C3.11", WARNING, "Reviewers and cases")
def reviewers(record: Any, ctx: CheckContext) -> list[Issue]:
    if record.kind != "review_notice" or record.review is None:
        return []
    review = record.review
    issues = []
    if review.review_type in (ReviewType.sar, ReviewType.dhr, ReviewType.dardr) and (
            review.reviewers and not any(p.independent for p in review.reviewers)):
        issues.append(field_issue("C3.11", WARNING, "review.reviewers",
                                  "no reviewer is marked independent",
                                  "mark the independent reviewer or chair"))
    if review.review_type == ReviewType.thematic_review and review.number_of_cases is not None \
            and review.number_of_cases < 2:
        issues.append(field_issue("C3.11", WARNING, "review.number_of_cases",
                                  "a thematic review looks at 2 or more cases",
                                  "check the number, or the type of review"))
    return issues


@check("C3.12", WARNING, "Guidance edition and naming")
def guidance(record: Any, ctx: CheckContext) -> list[Issue]:
    if record.kind != "review_notice" or record.review is None:
        return []
    review = record.review
    if not review.commissioned_on:
        return []
    commissioned = earliest_day(review.commissioned_on)
    issues = []
    wt2023 = date.fromisoformat(ctx.settings.wt2023_from)
    if review.review_type in CHILDREN_REVIEWS and commissioned >= wt2023 and (
            review.guidance_edition is not None and review.guidance_edition != "wt2023"):
        issues.append(field_issue("C3.12", WARNING, "review.guidance_edition",
                                  "reviews commissioned from 15 December 2023 follow Working "
                                  "Together 2023", "check the guidance edition"))
    if review.review_type == ReviewType.dhr and commissioned >= date.fromisoformat(
            ctx.settings.dardr_from):
        issues.append(field_issue("C3.12", WARNING, "review.review_type",
                                  "reviews commissioned from 24 May 2024 are domestic abuse "
                                  "related death reviews", "consider the type dardr"))
    return issues


@check("C3.13", BLOCKING, "Recommendation numbers and reasons")
def recommendations(record: Any, ctx: CheckContext) -> list[Issue]:
    if record.kind != "review_notice" or record.review is None:
        return []
    review = record.review
    issues = []
    counts = Counter(rec.id for rec in review.recommendations)
    for index, rec in enumerate(review.recommendations):
        if counts[rec.id] > 1:
            issues.append(field_issue("C3.13", BLOCKING, f"review.recommendations.{index}.id",
                                      f"the number {rec.id} is used more than once",
                                      "number the recommendations R1, R2, …"))
        if review.review_type != ReviewType.sar and rec.response in NOT_ACCEPTED and _blank(
                rec.response_reason):
            issues.append(field_issue("C3.13", WARNING,
                                      f"review.recommendations.{index}.response_reason",
                                      f"{rec.id} was {rec.response.value.replace('_', ' ')} "
                                      "but gives no reason", "give the reason"))
    return issues
