"""Which fields the checks read, in the order a reader meets them on the page.

Private fields (sensitivity, approvals, internal notes, the review's statutory dates) are
never listed here: their text is never scanned.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, get_args

from pydantic import BaseModel

from ..model.bilingual import text_pairs
from .text import FieldText, expect_markdown_fields, markdown_field, plain_field

#: Top-level fields in page order; anything else follows in model order.
PAGE_ORDER = [
    "title", "summary", "body", "review", "quotes", "notes_to_editors", "format",
    "source_reviews", "thematic_source", "reflective_questions", "practice_points",
    "disclaimer", "keywords", "themes", "links", "attachments", "signposting", "contact",
    "media_contact", "publisher", "location",
]


def text_fields(record: Any) -> list[FieldText]:
    """Every public text field, in reading order."""
    fields: list[FieldText] = []
    # the sections, the executive summary, and their Welsh in a bilingual record
    expect_markdown_fields(2 * (len(record.body) + 1))

    def plain(path: str, value: str | None, *, prose: bool = True, identify: bool = True,
              kind: str = "p") -> None:
        if value and value.strip():
            fields.append(plain_field(path, value, prose=prose, identify=identify, kind=kind))

    plain("title", record.title, kind="h1")
    plain("summary", record.summary)
    for index, section in enumerate(record.body):
        heading = section.heading
        if heading and heading.strip():  # ``plain``, inline: a long record has many
            fields.append(plain_field(f"body.{index}.heading", heading, kind="h2"))
        if section.markdown.strip():
            fields.append(markdown_field(f"body.{index}.markdown", section.markdown))
    review = record.review
    if review is not None:
        plain("review.review_name", review.review_name, prose=False)
        plain("review.trigger", review.trigger)
        if review.executive_summary and review.executive_summary.strip():
            fields.append(markdown_field("review.executive_summary", review.executive_summary))
        for i, finding in enumerate(review.key_findings):
            plain(f"review.key_findings.{i}.text", finding.text)
        for i, text in enumerate(review.good_practice):
            plain(f"review.good_practice.{i}", text)
        for i, rec in enumerate(review.recommendations):
            plain(f"review.recommendations.{i}.text", rec.text)
            plain(f"review.recommendations.{i}.response_reason", rec.response_reason)
            for j, action in enumerate(rec.actions):
                plain(f"review.recommendations.{i}.actions.{j}.description", action.description)
        plain("review.partnership_response", review.partnership_response)
        for i, assessment in enumerate(review.external_assessments):
            plain(f"review.external_assessments.{i}.quote", assessment.quote)
        if review.family_contribution is not None:
            plain("review.family_contribution.tribute_text",
                  review.family_contribution.tribute_text)
    for index, quote in enumerate(record.quotes):
        plain(f"quotes.{index}.text", quote.text)
        plain(f"quotes.{index}.source", quote.source, prose=False)
    plain("notes_to_editors", getattr(record, "notes_to_editors", None))
    for index, ref in enumerate(getattr(record, "source_reviews", [])):
        plain(f"source_reviews.{index}.review_name", ref.review_name, prose=False)
    plain("thematic_source", getattr(record, "thematic_source", None))
    for index, question in enumerate(getattr(record, "reflective_questions", [])):
        plain(f"reflective_questions.{index}", question)
    for index, point in enumerate(getattr(record, "practice_points", [])):
        plain(f"practice_points.{index}", point)
    plain("disclaimer", getattr(record, "disclaimer", None))
    for index, keyword in enumerate(record.keywords):
        plain(f"keywords.{index}", keyword, prose=False)
    for index, link in enumerate(record.links):
        plain(f"links.{index}.text", link.text)
        plain(f"links.{index}.url", link.url, prose=False)
    for index, attachment in enumerate(record.attachments):
        plain(f"attachments.{index}.title", attachment.title)
        plain(f"attachments.{index}.url", attachment.url, prose=False)
    for index, service in enumerate(record.signposting):
        plain(f"signposting.{index}.name", service.name, prose=False)
        plain(f"signposting.{index}.hours", service.hours, prose=False)
    plain("location", getattr(record, "location", None), prose=False)
    if getattr(record, "bilingual", False):
        fields.extend(welsh_fields(record))
    return fields


#: Welsh versions of fields that are not prose (read like their English: names, sources).
_NOT_PROSE = {"quotes.source", "review.review_name", "publisher.name", "contact.name",
              "media_contact.name", "review.commissioned_by.name",
              "review.commissioned_by_former_name", "review.reviewers.organisation",
              "contributors.organisation", "review.recommendations.addressed_to",
              "review.external_assessments.body", "review.external_assessments.inspection",
              "signposting.name", "signposting.hours", "location", "source_reviews.review_name"}
_HEADINGS = {"title": "h1", "heading": "h2"}


def welsh_fields(record: Any) -> list[FieldText]:
    """The Welsh versions in a bilingual record, as the checks read them."""
    fields: list[FieldText] = []
    for pair in text_pairs(record):
        if not pair.welsh.strip():
            continue
        name = pair.english_path.rsplit(".", 1)[-1]
        if name == "markdown":
            fields.append(markdown_field(pair.welsh_path, pair.welsh))
            continue
        shape = re.sub(r"\.\d+", "", pair.english_path)
        fields.append(plain_field(pair.welsh_path, pair.welsh, prose=shape not in _NOT_PROSE,
                                  identify=True, kind=_HEADINGS.get(name, "p")))
    return fields


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def path_key(model: type[BaseModel], path: str) -> tuple[int, ...]:
    """A sort key putting field paths in page order, then model order, list items in order."""
    parts = path.split(".")
    shape = _shape_key(model, tuple("#" if part.isdigit() else part for part in parts))
    # List indices are the key's own numbers; the rest is the same for every item, so
    # it is worked out once per shape of path however many sections a record has.
    return tuple(int(part) if part.isdigit() else value
                 for part, value in zip(parts, shape, strict=True))


@lru_cache(maxsize=4096)
def _shape_key(model: type[BaseModel], shape: tuple[str, ...]) -> tuple[int, ...]:
    key: list[int] = []
    current: type[BaseModel] | None = model
    for depth, part in enumerate(shape):
        if part == "#":
            key.append(0)
            continue
        names = list(current.model_fields) if current is not None else []
        if depth == 0 and part in PAGE_ORDER:
            key.append(PAGE_ORDER.index(part))
        elif part in names:
            key.append(len(PAGE_ORDER) + names.index(part))
        else:
            key.append(10_000)
        info = current.model_fields.get(part) if current is not None else None
        current = _inner_model(info.annotation) if info is not None else None
    return tuple(key)
