"""Machine-readable metadata for the page head: schema.org JSON-LD and Dublin Core
(DOMAIN B8). Built from the public record only; while embargoed there is no publication
date in either."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..model import label
from ..model.vocab import AttachmentRole, RelationType
from .formats import (
    https_url,
    period_text,
    person_name,
    rights_line,
    size_label,
    temporal_coverage,
)
from .wording import language, t

if TYPE_CHECKING:  # read by field and kind: a model, or its JSON read alike (``model.view``)
    from ..model.parts import Attachment, Organisation
    from ..model.records import RecordBase, RecordModel

SCHEMA_CONTEXT = "https://schema.org"

# Where a related record goes in schema.org terms.
_RELATION_PROPERTY = {
    RelationType.about_review: "isBasedOn",
    RelationType.supersedes: "isBasedOn",
    RelationType.updates: "isBasedOn",
    RelationType.has_learning_brief: "hasPart",
    RelationType.has_response: "hasPart",
    RelationType.related_review: "citation",
    RelationType.press_release_for: "citation",
    RelationType.see_also: "citation",
}

# JSON inside <script> must never hold "</script" or "<!--": escape the characters that
# could start either, and the line separators that old parsers treat as line ends.
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data: Any) -> str:
    """JSON safe to place inside a ``<script type="application/ld+json">`` element."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def record_urn(record: RecordBase) -> str:
    return f"urn:uuid:{record.id}"


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if value not in (None, "", [], {})}


def _one_or_many(items: list[Any]) -> Any:
    return items[0] if len(items) == 1 else items


def organisation_node(organisation: Organisation) -> dict[str, Any]:
    return _compact({
        "@type": "GovernmentOrganization",
        "name": organisation.name,
        "alternateName": organisation.short_name,
        "url": https_url(organisation.url),
        "areaServed": _one_or_many(organisation.area_served) if organisation.area_served
        else None,
        "member": [{"@type": "GovernmentOrganization", "name": name}
                   for name in organisation.statutory_partners],
    })


def document_node(attachment: Attachment) -> dict[str, Any]:
    return _compact({
        "@type": "DigitalDocument",
        "name": attachment.title,
        "contentUrl": https_url(attachment.url),
        "encodingFormat": attachment.media_type,
        "contentSize": size_label(attachment.size_bytes)
        if attachment.size_bytes is not None else None,
        "numberOfPages": attachment.pages,
        "inLanguage": attachment.language,
    })


def _keywords(record: RecordBase) -> list[str]:
    words = [theme.label for theme in record.themes if theme.label]
    words += [word for word in record.keywords if word and word not in words]
    return words


def _accessibility_summary(record: RecordBase) -> str:
    parts = [t("Web page with headings, landmarks and a single main heading")]
    pdfs = [a for a in record.attachments if (a.media_type or "") == "application/pdf"]
    if pdfs and all(a.accessibility and a.accessibility.tagged_pdf for a in pdfs):
        parts.append(t("documents are tagged PDFs"))
    if any(a.role == AttachmentRole.easy_read for a in record.attachments):
        parts.append(t("Easy Read summary available"))
    return "; ".join(parts) + "."


def _reference(target_id: str | None, url: str | None) -> dict[str, Any] | None:
    href = https_url(url)
    if href:
        return {"@id": href}
    if target_id:
        return {"@id": f"urn:uuid:{target_id}"}
    return None


def _review_authors(record: RecordBase) -> list[dict[str, Any]]:
    if record.review is None:
        return []
    return [_compact({
        "@type": "Person",
        "name": person.name,
        "honorificSuffix": person.post_nominals,
        "affiliation": {"@type": "Organization", "name": person.organisation}
        if person.organisation else None,
    }) for person in record.review.reviewers if person.name]


def _review_node(record: RecordBase, *, id_url: dict[str, Any] | None) -> dict[str, Any] | None:
    review = record.review
    if review is None and id_url is None:
        return None
    node: dict[str, Any] = {"@type": "Report"}
    if id_url:
        node.update(id_url)
    if review is not None:
        authors = _review_authors(record)
        node.update(_compact({
            "name": review.review_name,
            "genre": t(label(review.review_type)) if review.review_type else None,
            "reportNumber": review.reference,
            "author": _one_or_many(authors) if authors else None,
            "temporalCoverage": temporal_coverage(review.period_covered),
        }))
    return node


def json_ld(record: RecordModel, *, embargo_label: str | None) -> dict[str, Any]:
    """The page's main schema.org node, per kind (B8). ``embargo_label`` is set while the
    record is embargoed: then there is no ``datePublished`` and the label is the status."""
    publisher = organisation_node(record.publisher) if record.publisher else None
    node: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Article",
        "@id": record_urn(record),
        "identifier": record_urn(record),
        "inLanguage": record.language,
    }
    keywords = _keywords(record)
    documents = [document_node(a) for a in record.attachments if a.title]
    if record.kind == "review_notice":
        authors = _review_authors(record)
        node.update({
            "@type": "Report",
            "name": record.title,
            "headline": record.title,
            "abstract": record.summary,
            "description": record.summary,
            "reportNumber": record.review.reference if record.review else None,
            "author": _one_or_many(authors) if authors else publisher,
            "about": [{"@type": "DefinedTerm", "name": theme.label, "termCode": theme.id}
                      for theme in record.themes if theme.label],
            "temporalCoverage": temporal_coverage(record.review.period_covered)
            if record.review else None,
            "spatialCoverage": _one_or_many(
                [{"@type": "AdministrativeArea", "name": area}
                 for area in record.publisher.area_served]) if record.publisher
            and record.publisher.area_served else None,
            "encoding": documents,
        })
    elif record.kind == "news_item":
        area = record.location or (record.publisher.area_served[0]
                                   if record.publisher and record.publisher.area_served
                                   else None)
        node.update({
            "@type": "NewsArticle",
            "headline": record.title,
            "description": record.summary,
            "author": publisher,
            "contentLocation": {"@type": "Place", "name": area} if area else None,
            "associatedMedia": documents,
            "about": _review_node(record, id_url=_reference(record.about_review_id,
                                                            record.about_review_url)),
        })
    elif record.kind == "learning_brief":
        node.update({
            "headline": record.title,
            "description": record.summary,
            "learningResourceType": t(label(record.format) if record.format
                                      else "Learning briefing"),
            "author": publisher,
            "encoding": documents,
            "isBasedOn": [_compact({
                "@type": "Report",
                **(_reference(source.target_id, source.url) or {}),
                "name": source.review_name,
                "genre": t(label(source.review_type)) if source.review_type else None,
                "datePublished": source.published_on,
            }) for source in record.source_reviews],
        })
    node["keywords"] = keywords
    node["publisher"] = publisher
    if record.published_on and embargo_label is None:
        node["datePublished"] = record.published_on.isoformat()
    if record.updated_on:
        node["dateModified"] = record.updated_on.isoformat()
    if embargo_label:
        node["creativeWorkStatus"] = embargo_label
    if record.audience:
        node["audience"] = [{"@type": "Audience", "audienceType": t(label(a))}
                            for a in record.audience]
    for relation in record.related:
        target = _reference(relation.target_id, relation.url)
        if target:
            node.setdefault(_RELATION_PROPERTY[relation.rel], []).append(target)
    node.update({
        "accessMode": ["textual"],
        "accessibilityFeature": ["structuralNavigation"],
        "accessibilitySummary": _accessibility_summary(record),
    })
    return _compact(node)


def dublin_core(record: RecordBase, *, embargoed: bool) -> list[tuple[str, str]]:
    """``<meta name="DC.*">`` / ``DCTERMS.*`` pairs (B8), in a stable order.
    Labels, the period and the rights are worded in the language being rendered."""
    pairs: list[tuple[str, str]] = []

    def add(name: str, value: str | None) -> None:
        if value:
            pairs.append((name, value))

    add("DC.title", record.title)
    add("DC.description", record.summary)
    publisher = record.publisher.name if record.publisher else None
    add("DC.publisher", publisher)
    reviewers = [person_name(p) for p in (record.review.reviewers if record.review else [])
                 if p.name]
    for creator in reviewers or [publisher or ""]:
        add("DC.creator", creator)
    for person in record.contributors:
        add("DC.contributor", person_name(person))
    if record.published_on and not embargoed:
        add("DCTERMS.issued", record.published_on.isoformat())
    if record.updated_on:
        add("DCTERMS.modified", record.updated_on.isoformat())
    if record.embargo is not None:
        add("DCTERMS.available", record.embargo.until.isoformat())
    add("DC.type", t(label(record.kind)))
    if record.review and record.review.review_type:
        add("DC.type", t(label(record.review.review_type)))
    add("DC.type", "Text")
    add("DC.format", "text/html")
    add("DC.identifier", record_urn(record))
    add("DC.source", https_url(record.provenance.source_url) if record.provenance else None)
    add("DC.language", record.language)
    for relation in record.related:
        target = _reference(relation.target_id, relation.url)
        add("DC.relation", target["@id"] if target else None)
    for attachment in record.attachments:
        for fmt in attachment.alt_formats:
            add("DCTERMS.hasFormat", f"{attachment.title} ({t(label(fmt))})")
    if record.publisher:
        for area in record.publisher.area_served:
            add("DCTERMS.spatial", area)
    if record.review:
        add("DCTERMS.temporal", period_text(record.review.period_covered))
    for theme in record.themes:
        add("DC.subject", theme.label)
    for audience in record.audience:
        add("DCTERMS.audience", t(label(audience)))
    if record.publisher and record.publisher.name:
        # A short name ("OVSB") has no Welsh form: a Welsh copy names the publisher in full,
        # as its footer does.
        short = record.publisher.short_name if language() != "cy" else None
        add("DC.rights", rights_line(record, short or record.publisher.name))
    return pairs
