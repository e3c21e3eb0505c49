"""Which form field a block of the preview shows: clicking a block focuses its field."""

from __future__ import annotations

from typing import Any

#: Page elements (``f-<name>``) and the field each one shows.
ELEMENT_FIELDS = {
    "f-title": "title",
    "f-summary": "summary",
    "f-dateline": "published_on",
    "f-kicker": "location",
    "f-keyfacts": "review.review_type",
    "f-disclaimer": "disclaimer",
    "f-questions": "reflective_questions",
    "f-practice-points": "practice_points",
    "f-quotes": "quotes",
    "f-executive-summary": "review.executive_summary",
    "f-key-findings": "review.key_findings",
    "f-good-practice": "review.good_practice",
    "f-recommendations": "review.recommendations",
    "f-partnership-response": "review.partnership_response",
    "f-external-assessments": "review.external_assessments",
    "f-signposting": "signposting",
    "f-links": "links",
    "f-documents": "attachments",
    "f-source-reviews": "source_reviews",
    "f-contact": "contact",
    "f-media-contact": "media_contact",
    "f-notes-to-editors": "notes_to_editors",
    "f-change-log": "change_log",
    "f-themes": "themes",
    "f-embargo": "embargo.until",
    "f-masthead": "publisher.name",
    "f-footer": "publisher.name",
}


def field_for_ids(ids: list[str], data: dict[str, Any]) -> str | None:
    """The dotted field path for the innermost element with a known id."""
    sections = [s.get("id") for s in data.get("body") or [] if isinstance(s, dict)]
    for element_id in ids:
        if element_id in ELEMENT_FIELDS:
            return ELEMENT_FIELDS[element_id]
        for prefix, part in (("h-", "heading"), ("b-", "markdown"), ("section-", "markdown")):
            if element_id.startswith(prefix):
                section_id = element_id[len(prefix):]
                if prefix == "b-":
                    section_id = section_id.rsplit("-", 1)[0]
                if section_id in sections:
                    return f"body.{sections.index(section_id)}.{part}"
    return None
