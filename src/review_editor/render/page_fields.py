"""What the page says of a record's fields: the kicker, the key facts, a document's
details, contact lines and the like, in the page's language, ready for its templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import label
from ..model.vocab import Access, BriefFormat
from .formats import (
    document_details,
    https_url,
    mailto_href,
    period_text,
    person_text,
    rights_line,
    tel_href,
)
from .wording import language, partial_text, t

if TYPE_CHECKING:
    from ..model.parts import Attachment, ContactPoint
    from ..model.records import LearningBrief, RecordBase, RecordModel


def is_draft(record: RecordBase) -> bool:
    """A draft's preview carries a DRAFT banner; final copies never do."""
    return str(record.status) == "draft"


def kicker(record: RecordModel) -> str:
    if record.kind == "news_item":
        return t("Press release") if record.is_press_release else t("News")
    if record.kind == "learning_brief":
        return t(label(record.format)) if record.format == BriefFormat.seven_minute \
            else t("Learning brief")
    if record.kind == "review_notice" and record.review and record.review.review_type:
        return t(label(record.review.review_type))
    return t("Review notice")  # the kind's name, as the menus and the form say it


def location(record: RecordModel) -> str:
    return (record.location or "") if record.kind == "news_item" else ""


def key_facts(record: RecordBase) -> list[tuple[str, list[str]]]:
    review = record.review
    if review is None:
        return []
    facts: list[tuple[str, list[str]]] = []

    def add(term: str, *values: str | None) -> None:
        kept = [value for value in values if value]
        if kept:
            facts.append((term, kept))

    add(t("Type of review"), t(label(review.review_type)) if review.review_type else None)
    add(t("Review"), review.review_name)
    add(t("Reference"), review.reference)
    add(t("Commissioned"), partial_text(review.commissioned_on)
        if review.commissioned_on else None)
    if review.commissioned_by and review.commissioned_by.name:
        former = review.commissioned_by_former_name
        add(t("Commissioned by"), review.commissioned_by.name
            + (f" ({t('then')} {former})" if former else ""))
    add(t("What led to the review"), review.trigger)
    reviewers = [person_text(p) for p in review.reviewers if p.name.strip()]
    add(t("Reviewer") if len(reviewers) == 1 else t("Reviewers"), *reviewers)
    add(t("Period covered"), period_text(review.period_covered))
    add(t("Number of cases"), str(review.number_of_cases) if review.number_of_cases else None)
    add(t("Completed"), partial_text(review.completed_on) if review.completed_on else None)
    add(t("Reason for delay"), review.publication_delay_reason)
    return facts


def questions(record: RecordModel) -> list[str]:
    if record.kind != "learning_brief":
        return []
    return [q for q in record.reflective_questions if q.strip()]


def paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def assessment_attribution(assessment: Any) -> str:
    parts = [assessment.body]
    if assessment.inspection:
        parts.append(f"{assessment.inspection} {t('inspection')}")
    if assessment.year:
        parts.append(str(assessment.year))
    return ", ".join(part for part in parts if part)


def document(attachment: Attachment, all_attachments: list[Attachment]) -> dict[str, Any]:
    notes: list[str] = []
    if attachment.access == Access.on_request:
        notes.append(t("Available on request."))
    facts = attachment.accessibility
    if facts is not None and facts.tagged_pdf is False:
        notes.append(t("This file may not be suitable for users of assistive technology."))
    if facts is not None and facts.known_issues:
        notes.append(f"{t('Known accessibility issues:')} {facts.known_issues}")
    if facts is not None and facts.accessible_alternative_id:
        for other in all_attachments:
            if other.id == facts.accessible_alternative_id and other.title:
                notes.append(f"{t('An accessible version is available:')} {other.title}.")
    if attachment.alt_formats:
        formats = ", ".join(t(label(fmt)) for fmt in attachment.alt_formats)
        notes.append(f"{t('Also available as:')} {formats}.")
    href = https_url(attachment.url) if attachment.access == Access.public else None
    return {"title": attachment.title or t("Untitled document"), "href": href,
            "details": document_details(attachment), "notes": notes}


def source_reviews(record: LearningBrief) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for source in record.source_reviews:
        text = source.review_name
        if source.review_type:
            text = f"{t(label(source.review_type))}: {text}"
        if source.published_on:
            text = f"{text}, {t('published')} {partial_text(source.published_on)}"
        items.append({"text": text, "href": https_url(source.url)})
    if record.thematic_source:
        items.append({"text": record.thematic_source, "href": None})
    return items


def contact_lines(contact: ContactPoint | None) -> list[dict[str, Any]]:
    if contact is None:
        return []
    lines: list[dict[str, Any]] = []
    if contact.name:
        lines.append({"label": "", "text": contact.name, "href": None})
    if contact.email:
        lines.append({"label": t("Email"), "text": contact.email,
                      "href": mailto_href(contact.email)})
    if contact.telephone:
        lines.append({"label": t("Telephone"), "text": contact.telephone,
                      "href": tel_href(contact.telephone)})
    if contact.url:
        href = https_url(contact.url)
        text = contact.url.removeprefix("https://").rstrip("/") if href else contact.url
        lines.append({"label": t("Website"), "text": text, "href": href})
    return lines


def rights(record: RecordBase) -> str:
    if record.publisher is None or not record.publisher.name:
        return ""
    return rights_line(record, record.publisher.name)


def website(name: str) -> str:
    return f"Gwefan {name}" if language() == "cy" else f"{name} website"
