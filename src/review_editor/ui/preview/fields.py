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


#: Welsh versions of the page elements' fields (the Welsh copy on a bilingual page).
WELSH_FIELDS = {"title", "summary", "body.{}.heading", "body.{}.markdown", "location",
                "disclaimer", "reflective_questions", "practice_points", "notes_to_editors",
                "review.executive_summary", "review.good_practice",
                "review.partnership_response"}


def field_for_ids(ids: list[str], data: dict[str, Any]) -> str | None:
    """The dotted field path for the innermost element with a known id. On a bilingual
    page the ids carry the copy's language ("cy-f-title", "b-cy-intro-0"): an element of
    the Welsh copy leads to the Welsh version of its field where there is one."""
    sections = [s.get("id") for s in data.get("body") or [] if isinstance(s, dict)]
    for element_id in ids:
        found = _field(element_id, sections)  # a one-language page (a section "cy-…" too)
        if found is not None:
            return found
        language = ""
        for code in ("cy", "en"):
            for start in ("", "h-", "b-", "section-"):
                if element_id.startswith(f"{start}{code}-"):
                    language = code
                    element_id = start + element_id[len(start) + len(code) + 1:]
                    break
            if language:
                break
        found = _field(element_id, sections)
        if found is not None:
            shape = ".".join("{}" if part.isdigit() else part for part in found.split("."))
            return found + "_cy" if language == "cy" and shape in WELSH_FIELDS else found
    return None


def _field(element_id: str, sections: list[Any]) -> str | None:
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
