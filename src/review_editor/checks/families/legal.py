"""C2: legal and reporting restrictions."""

from __future__ import annotations

import re
from typing import Any

from ...model.vocab import ApprovalDecision, ApprovalRole, ProceedingsStatus
from ..batch import may_match
from ..context import CheckContext
from ..issue import BLOCKING, INFO, WARNING, Issue
from ..language import cached_phrases, phrase_spans
from ..registry import check
from .common import field_issue, text_issue

_FAMILY_WORDS = re.compile(
    r"\b(?:family|families|mother|mum|father|dad|parent|parents|sister|brother|daughter|son|"
    r"relative|relatives|grandmother|grandfather|grandparents|aunt|uncle|partner|widow|"
    r"widower)\b", re.IGNORECASE)


@check("C2.1", INFO, "Sexual offences: lifelong anonymity")
def sexual_offence_context(record: Any, ctx: CheckContext) -> list[Issue]:
    facts = ctx.facts(record)
    if not facts.soaa:
        return []
    return [field_issue(
        "C2.1", INFO, "sensitivity.sexual_offence_context",
        "the Sexual Offences (Amendment) Act 1992 applies (" + "; ".join(facts.soaa_reasons)
        + "): victims have lifelong anonymity, so names, addresses, schools, workplaces and "
        "pictures are blocking", "check every detail that could identify a victim")]


def _is_about_review(record: Any) -> bool:
    if record.kind == "review_notice":
        return True
    return record.kind == "news_item" and bool(
        record.review or record.about_review_id or record.about_review_url)


@check("C2.2", BLOCKING, "Active proceedings")
def proceedings(record: Any, ctx: CheckContext) -> list[Issue]:
    sensitivity = record.sensitivity
    status = sensitivity.proceedings_status if sensitivity else None
    path = "sensitivity.proceedings_status"
    issues: list[Issue] = []
    if status == ProceedingsStatus.unknown:
        issues.append(field_issue("C2.2", BLOCKING, path,
                                  "whether criminal proceedings are active is unknown",
                                  "establish the position with legal services"))
    elif status == ProceedingsStatus.active:
        needed = [d for d in (sensitivity.proceedings_checked_on,
                              record.modified_at.date() if record.modified_at else None) if d]
        cleared = any(
            a.role == ApprovalRole.legal and a.decision == ApprovalDecision.approve and a.date
            and all(a.date >= d for d in needed) for a in record.approvals)
        if not cleared:
            issues.append(field_issue(
                "C2.2", BLOCKING, path, "criminal proceedings are active and legal services "
                "have not approved this version", "ask legal services to approve the current "
                "content (a legal approval dated after the last change)"))
    if status in (None, ProceedingsStatus.none_known, ProceedingsStatus.concluded):
        pattern = cached_phrases(tuple(ctx.settings.live_proceedings_phrases))
        if pattern is not None:
            for field in may_match(pattern, ctx.facts(record).prose_fields):
                for start, end in phrase_spans(pattern, field.text):
                    issues.append(text_issue(
                        "C2.2", WARNING, field, start, end,
                        f"“{field.text[start:end]}” suggests live proceedings, but the proceedings "
                        f"status is {status.value.replace('_', ' ') if status else 'not set'}",
                        "confirm the status with legal services"))
    return issues


@check("C2.3", BLOCKING, "Reporting restriction orders")
def reporting_restrictions(record: Any, ctx: CheckContext) -> list[Issue]:
    sensitivity = record.sensitivity
    if sensitivity is None:
        return []
    release = ctx.facts(record).release_day
    issues = []
    for index, order in enumerate(sensitivity.reporting_restrictions):
        path = f"sensitivity.reporting_restrictions.{index}.expires"
        if order.expires is None:
            issues.append(field_issue("C2.3", BLOCKING, path,
                                      f"a reporting restriction ({order.type or 'order'}) has "
                                      "no expiry", "check the order with legal services"))
        elif release is None or order.expires > release:
            issues.append(field_issue("C2.3", BLOCKING, path,
                                      f"a reporting restriction runs until {order.expires}, "
                                      "after the release day",
                                      "publish after it expires, or get legal advice"))
    return issues


@check("C2.4", WARNING, "Family told the publication date")
def family_notice(record: Any, ctx: CheckContext) -> list[Issue]:
    sensitivity = record.sensitivity
    if not ctx.settings.family_notice_required or not _is_about_review(record):
        return []
    if sensitivity is None or not sensitivity.subjects:
        return []
    told = sensitivity.family_told_publication_date_on
    release = ctx.facts(record).release_day
    path = "sensitivity.family_told_publication_date_on"
    if told is None:
        return [field_issue("C2.4", WARNING, path,
                            "the family has not been told the publication date",
                            "tell the family before the release day and record the date")]
    if release is not None and told >= release:
        return [field_issue("C2.4", WARNING, path,
                            f"the family was told on {told}, not before the release day "
                            f"({release})", "tell the family before the release day")]
    return []


@check("C2.5", BLOCKING, "Quotes and tributes from family")
def family_quotes(record: Any, ctx: CheckContext) -> list[Issue]:
    sensitivity = record.sensitivity
    consent = bool(sensitivity and sensitivity.family_consent_for_quotes)
    pseudonyms = ctx.facts(record).pseudonyms
    issues = []
    for index, quote in enumerate(record.quotes):
        attributed = quote.attributed_to or ""
        family = bool(_FAMILY_WORDS.search(attributed)) or any(
            re.search(rf"\b{re.escape(p)}['’]s\b", attributed) for p in pseudonyms)
        if family and not consent:
            issues.append(field_issue(
                "C2.5", BLOCKING, f"quotes.{index}.attributed_to",
                f"a quote from the family (“{attributed}”) without recorded consent",
                "record the family's consent to quotes, or remove the quote"))
    review = record.review
    contribution = review.family_contribution if review else None
    if contribution and (contribution.tribute_text or "").strip() and not contribution.consent:
        issues.append(field_issue("C2.5", BLOCKING, "review.family_contribution.tribute_text",
                                  "a family tribute without recorded consent",
                                  "record the family's consent, or remove the tribute"))
    return issues
