"""A record as a complete, sealed HTML page, and as the blocks the live preview swaps.

The page is assembled from blocks: every top-level element carries a stable id (``f-…`` for
a field's element, ``h-<section>`` for a section heading, ``b-<section>-<n>`` for the n-th
block of a section's text), grouped into ``section-<id>`` wrappers. ``render_blocks`` returns
those blocks; ``render_page`` joins the very same strings, so a block swapped into the
preview is byte-identical to what a full render would show. ``page_structure`` changes only
when the arrangement of blocks does, which is when the preview must reload the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..model import format_date, format_partial, label
from ..model.parts import Attachment, ContactPoint
from ..model.records import LearningBrief, NewsItem, RecordBase, RecordModel, ReviewNotice
from ..model.vocab import Access, BriefFormat
from .blocks import markdown_blocks, markdown_html, with_id
from .branding import Branding
from .embargo import embargo_label
from .formats import (
    document_details,
    https_url,
    mailto_href,
    period_text,
    person_text,
    safe_href,
    tel_href,
)
from .metadata import dublin_core, json_ld, script_json
from .public import public_copy
from .templating import blocks as macros
from .templating import environment, stylesheet

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
       "form-action 'none'")
MODES = ("preview", "html", "pdf")
#: The section whose text the reflective questions follow in a 7-minute briefing.
QUESTIONS_SECTION = 4


@dataclass(frozen=True)
class Block:
    id: str
    render: Callable[[], str]


@dataclass
class SectionLayout:
    id: str  # "section-<id>"
    heading_id: str | None
    children: list[Block] = field(default_factory=list)


@dataclass
class Layout:
    top: list[Block]
    heading: list[Block]
    content: list[Block | SectionLayout]
    bottom: list[Block]

    def leaves(self) -> list[Block]:
        found = [*self.top, *self.heading]
        for item in self.content:
            found.extend(item.children if isinstance(item, SectionLayout) else [item])
        return found + self.bottom


@dataclass(frozen=True)
class _Context:
    record: RecordModel  # the public copy
    now: datetime | None
    branding: Branding
    base_dir: Path | None

    @property
    def embargo(self) -> str | None:
        return embargo_label(self.record, self.now) if self.now is not None else None


# -- public entry points --------------------------------------------------------------------

def render_page(record: RecordModel, *, now: datetime, branding: Branding | None = None,
                mode: str = "preview", base_dir: Path | None = None) -> str:
    """The complete HTML5 document for ``record`` at time ``now``.

    ``mode`` is "preview", "html" or "pdf" (a class on the body; the content is the same).
    ``base_dir`` is the record's folder, from which Markdown images are embedded.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    context = _context(record, now, branding, base_dir)
    layout = _layout(context)
    public = context.record
    embargo = context.embargo
    rendered = {block.id: block.render() for block in layout.leaves()}
    content: list[Any] = []
    for item in layout.content:
        if isinstance(item, SectionLayout):
            content.append({"id": item.id, "heading_id": item.heading_id,
                            "children": [Markup(rendered[c.id]) for c in item.children]})
        else:
            content.append(Markup(rendered[item.id]))
    publisher = public.publisher.name if public.publisher and public.publisher.name else ""
    head = {
        "language": public.language,
        "kind": public.kind,
        "title": f"{public.title} – {publisher}" if publisher else public.title,
        "description": public.summary or "",
        "dublin_core": dublin_core(public, embargoed=embargo is not None),
        "json_ld": Markup(script_json(json_ld(public, embargo_label=embargo))),
    }
    return environment().get_template("page.html").render(
        csp=Markup(CSP),
        head=head,
        mode=mode,
        css=Markup(stylesheet()),
        brand_css=Markup(_brand_css(context.branding, embargo)),
        top=[Markup(rendered[b.id]) for b in layout.top],
        heading=[Markup(rendered[b.id]) for b in layout.heading],
        content=content,
        bottom=[Markup(rendered[b.id]) for b in layout.bottom],
    )


def render_blocks(record: RecordModel, *, now: datetime, branding: Branding | None = None,
                  base_dir: Path | None = None) -> dict[str, str]:
    """Block id → outer HTML for every block of the page, in page order.

    Section wrappers are not blocks (they hold blocks); their arrangement is in
    ``page_structure``.
    """
    layout = _layout(_context(record, now, branding, base_dir))
    return {block.id: block.render() for block in layout.leaves()}


def page_structure(record: RecordModel, *, branding: Branding | None = None) -> tuple[Any, ...]:
    """A value that changes only when the page's arrangement of blocks changes (a section,
    a section's block count, or an optional element appears or goes; the language, the
    kind, or the branding's colours change). Equal values mean the blocks can be swapped."""
    return _structure(record, _layout(_context(record, None, branding, None)), branding)


def render_update(record: RecordModel, *, now: datetime, branding: Branding | None = None,
                  base_dir: Path | None = None) -> tuple[tuple[Any, ...], dict[str, str]]:
    """``page_structure`` and ``render_blocks`` from one layout: what the live preview
    needs after each edit, at half the cost of asking twice."""
    layout = _layout(_context(record, now, branding, base_dir))
    blocks = {block.id: block.render() for block in layout.leaves()}
    return _structure(record, layout, branding), blocks


def _structure(record: RecordModel, layout: Layout, branding: Branding | None) \
        -> tuple[Any, ...]:
    content = tuple(
        (item.id, tuple(child.id for child in item.children))
        if isinstance(item, SectionLayout) else item.id
        for item in layout.content)
    brand = branding or Branding()
    return (
        record.kind,
        record.language,
        (brand.primary_colour, brand.accent_colour, brand.header_text_colour),
        tuple(b.id for b in layout.top),
        tuple(b.id for b in layout.heading),
        content,
        tuple(b.id for b in layout.bottom),
    )


# -- layout ---------------------------------------------------------------------------------

def _context(record: RecordModel, now: datetime | None, branding: Branding | None,
             base_dir: Path | None) -> _Context:
    if now is not None and now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    return _Context(public_copy(record, base_dir), now, branding or Branding(), base_dir)


def _layout(ctx: _Context) -> Layout:
    record = ctx.record
    m = macros()

    def block(block_id: str, render: Callable[[], str]) -> Block:
        return Block(block_id, lambda: str(render()).strip())

    top: list[Block] = []
    if record.embargo is not None:
        # Present whenever there is an embargo (hidden once it lifts), so the page's
        # arrangement does not depend on the clock.
        top.append(block("f-embargo", lambda: m.embargo("f-embargo", ctx.embargo or "")))
    top.append(block("f-masthead", lambda: _masthead(ctx)))

    heading = [
        block("f-kicker", lambda: m.kicker("f-kicker", _kicker(record), _location(record))),
        block("f-title", lambda: m.title("f-title", record.title)),
    ]
    if record.published_on or record.updated_on:
        heading.append(block("f-dateline", lambda: m.dateline(
            "f-dateline",
            format_date(record.published_on) if record.published_on else "",
            format_date(record.updated_on) if record.updated_on else "")))
    if record.summary:
        heading.append(block("f-summary", lambda: m.summary("f-summary", record.summary)))

    content: list[Block | SectionLayout] = []
    facts = _key_facts(record)
    if facts:
        content.append(block("f-keyfacts", lambda: m.key_facts("f-keyfacts", facts)))
    if isinstance(record, LearningBrief) and record.disclaimer:
        content.append(block("f-disclaimer", lambda: m.disclaimer("f-disclaimer",
                                                                   record.disclaimer)))
    sections = _sections(ctx)
    content.extend(sections)
    questions = _questions(record)
    if questions:
        inside = (isinstance(record, LearningBrief)
                  and record.format == BriefFormat.seven_minute
                  and len(sections) > QUESTIONS_SECTION)
        questions_block = block("f-questions", lambda: m.questions("f-questions", questions,
                                                                   inside))
        if inside:
            sections[QUESTIONS_SECTION].children.append(questions_block)
        else:
            content.append(questions_block)
    content.extend(_after_body(ctx))

    bottom = [block("f-footer", lambda: m.footer("f-footer", ctx.branding.footer_text,
                                                 _rights(record)))]
    return Layout(top, heading, content, bottom)


def _sections(ctx: _Context) -> list[SectionLayout]:
    layouts: list[SectionLayout] = []
    seen: set[str] = set()
    for section in ctx.record.body:
        section_id = _unique(section.id, seen)
        heading_id = f"h-{section_id}" if section.heading.strip() else None
        layout = SectionLayout(f"section-{section_id}", heading_id)
        if heading_id:
            layout.children.append(Block(heading_id, _heading_renderer(heading_id,
                                                                       section.heading)))
        for index, html in enumerate(markdown_blocks(section.markdown, ctx.base_dir)):
            block_id = f"b-{section_id}-{index}"
            layout.children.append(Block(block_id, _constant(with_id(html, block_id))))
        layouts.append(layout)
    return layouts


def _unique(section_id: str, seen: set[str]) -> str:
    candidate, number = section_id, 2
    while candidate in seen:
        candidate, number = f"{section_id}-{number}", number + 1
    seen.add(candidate)
    return candidate


def _constant(value: str) -> Callable[[], str]:
    return lambda: value


def _heading_renderer(heading_id: str, text: str) -> Callable[[], str]:
    return lambda: _section_heading(heading_id, text)


@lru_cache(maxsize=4096)
def _section_heading(heading_id: str, text: str) -> str:
    return str(macros().section_heading(heading_id, text)).strip()


def _after_body(ctx: _Context) -> list[Block]:
    record = ctx.record
    m = macros()
    review = record.review
    found: list[Block] = []

    def add(block_id: str, render: Callable[[], Any]) -> None:
        found.append(Block(block_id, lambda: str(render()).strip()))

    if isinstance(record, LearningBrief) and record.practice_points:
        add("f-practice-points", lambda: m.list_section(
            "f-practice-points", "Practice points", record.practice_points))
    if record.quotes:
        add("f-quotes", lambda: m.quotes("f-quotes", [
            {"paragraphs": _paragraphs(q.text), "attributed_to": q.attributed_to,
             "source": q.source} for q in record.quotes]))
    if review is not None:
        if review.executive_summary:
            add("f-executive-summary", lambda: m.html_section(
                "f-executive-summary", "Executive summary",
                Markup(markdown_html(review.executive_summary or "", ctx.base_dir))))
        if review.key_findings:
            add("f-key-findings", lambda: m.list_section(
                "f-key-findings", "Key findings",
                [f.text for f in review.key_findings if f.text], ordered=True))
        if review.good_practice:
            add("f-good-practice", lambda: m.list_section(
                "f-good-practice", "Good practice", review.good_practice))
        if review.recommendations:
            add("f-recommendations", lambda: m.recommendations("f-recommendations", [
                {"id": r.id, "text": r.text, "addressed_to": ", ".join(r.addressed_to),
                 "response": label(r.response) if r.response else "",
                 "reason": r.response_reason or ""} for r in review.recommendations]))
        if review.partnership_response:
            add("f-partnership-response", lambda: m.text_section(
                "f-partnership-response", "Partnership response",
                _paragraphs(review.partnership_response or "")))
        if review.external_assessments:
            add("f-external-assessments", lambda: m.assessments("f-external-assessments", [
                {"quote": a.quote, "attribution": _assessment_attribution(a),
                 "href": https_url(a.source_url)} for a in review.external_assessments]))
    if record.signposting:
        add("f-signposting", lambda: m.signposting("f-signposting", [
            {"name": s.name, "phone": s.phone, "tel": tel_href(s.phone), "hours": s.hours,
             "href": https_url(s.url)} for s in record.signposting]))
    if record.links:
        add("f-links", lambda: m.links("f-links", "Links", [
            {"text": link.text or link.url, "href": safe_href(link.url)}
            for link in record.links]))
    if record.attachments:
        add("f-documents", lambda: m.documents("f-documents", [
            _document(a, record.attachments) for a in record.attachments]))
    if isinstance(record, LearningBrief) and (record.source_reviews or record.thematic_source):
        add("f-source-reviews", lambda: m.links("f-source-reviews", "Source reviews",
                                                       _source_reviews(record)))
    if record.contact and _contact_lines(record.contact):
        add("f-contact", lambda: m.contact("f-contact", "Contact",
                                           _contact_lines(record.contact)))
    if isinstance(record, NewsItem):
        if record.media_contact and _contact_lines(record.media_contact):
            add("f-media-contact", lambda: m.contact("f-media-contact", "Media enquiries",
                                                     _contact_lines(record.media_contact)))
        if record.notes_to_editors:
            add("f-notes-to-editors", lambda: m.text_section(
                "f-notes-to-editors", "Notes to editors",
                _paragraphs(record.notes_to_editors or "")))
    if record.change_log:
        add("f-change-log", lambda: m.change_log("f-change-log", [
            {"date": format_date(entry.date), "note": entry.note}
            for entry in record.change_log]))
    labels = [theme.label for theme in record.themes if theme.label]
    if labels:
        add("f-themes", lambda: m.themes("f-themes", labels))
    return found


# -- field formatting -----------------------------------------------------------------------

def _masthead(ctx: _Context) -> str:
    record = ctx.record
    name = ctx.branding.organisation_name or (record.publisher.name if record.publisher
                                              else "")
    logo = ctx.branding.logo.data_uri() if ctx.branding.logo else ""
    home = https_url(record.publisher.url) if record.publisher else None
    return str(macros().masthead("f-masthead", name, logo, home))


def _kicker(record: RecordBase) -> str:
    if isinstance(record, NewsItem):
        return "Press release" if record.is_press_release else "News"
    if isinstance(record, LearningBrief):
        return label(record.format) if record.format == BriefFormat.seven_minute \
            else "Learning briefing"
    if isinstance(record, ReviewNotice) and record.review and record.review.review_type:
        return label(record.review.review_type)
    return "Learning review"


def _location(record: RecordBase) -> str:
    return (record.location or "") if isinstance(record, NewsItem) else ""


def _key_facts(record: RecordBase) -> list[tuple[str, list[str]]]:
    review = record.review
    if review is None:
        return []
    facts: list[tuple[str, list[str]]] = []

    def add(term: str, *values: str | None) -> None:
        kept = [value for value in values if value]
        if kept:
            facts.append((term, kept))

    add("Type of review", label(review.review_type) if review.review_type else None)
    add("Review", review.review_name)
    add("Reference", review.reference)
    add("Commissioned", format_partial(review.commissioned_on)
        if review.commissioned_on else None)
    if review.commissioned_by and review.commissioned_by.name:
        former = review.commissioned_by_former_name
        add("Commissioned by", review.commissioned_by.name
            + (f" (then {former})" if former else ""))
    add("What led to the review", review.trigger)
    reviewers = [person_text(p) for p in review.reviewers if p.name.strip()]
    add("Reviewer" if len(reviewers) == 1 else "Reviewers", *reviewers)
    add("Period covered", period_text(review.period_covered))
    add("Number of cases", str(review.number_of_cases) if review.number_of_cases else None)
    add("Completed", format_partial(review.completed_on) if review.completed_on else None)
    add("Reason for delay", review.publication_delay_reason)
    return facts


def _questions(record: RecordBase) -> list[str]:
    if not isinstance(record, LearningBrief):
        return []
    return [q for q in record.reflective_questions if q.strip()]


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def _assessment_attribution(assessment: Any) -> str:
    parts = [assessment.body]
    if assessment.inspection:
        parts.append(f"{assessment.inspection} inspection")
    if assessment.year:
        parts.append(str(assessment.year))
    return ", ".join(part for part in parts if part)


def _document(attachment: Attachment, all_attachments: list[Attachment]) -> dict[str, Any]:
    notes: list[str] = []
    if attachment.access == Access.on_request:
        notes.append("Available on request.")
    facts = attachment.accessibility
    if facts is not None and facts.tagged_pdf is False:
        notes.append("This file may not be suitable for users of assistive technology.")
    if facts is not None and facts.known_issues:
        notes.append(f"Known accessibility issues: {facts.known_issues}")
    if facts is not None and facts.accessible_alternative_id:
        for other in all_attachments:
            if other.id == facts.accessible_alternative_id and other.title:
                notes.append(f"An accessible version is available: {other.title}.")
    if attachment.alt_formats:
        formats = ", ".join(label(fmt) for fmt in attachment.alt_formats)
        notes.append(f"Also available as: {formats}.")
    href = https_url(attachment.url) if attachment.access == Access.public else None
    return {"title": attachment.title or "Untitled document", "href": href,
            "details": document_details(attachment), "notes": notes}


def _source_reviews(record: LearningBrief) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for source in record.source_reviews:
        text = source.review_name
        if source.review_type:
            text = f"{label(source.review_type)}: {text}"
        if source.published_on:
            text = f"{text}, published {format_partial(source.published_on)}"
        items.append({"text": text, "href": https_url(source.url)})
    if record.thematic_source:
        items.append({"text": record.thematic_source, "href": None})
    return items


def _contact_lines(contact: ContactPoint | None) -> list[dict[str, Any]]:
    if contact is None:
        return []
    lines: list[dict[str, Any]] = []
    if contact.name:
        lines.append({"label": "", "text": contact.name, "href": None})
    if contact.email:
        lines.append({"label": "Email", "text": contact.email,
                      "href": mailto_href(contact.email)})
    if contact.telephone:
        lines.append({"label": "Telephone", "text": contact.telephone,
                      "href": tel_href(contact.telephone)})
    if contact.url:
        href = https_url(contact.url)
        text = contact.url.removeprefix("https://").rstrip("/") if href else contact.url
        lines.append({"label": "Website", "text": text, "href": href})
    return lines


def _rights(record: RecordBase) -> str:
    if record.publisher is None or not record.publisher.name:
        return ""
    year = record.published_on.year if record.published_on else None
    return f"© {record.publisher.name} {year}" if year else f"© {record.publisher.name}"


def _css_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'"{escaped}"'


def _brand_css(branding: Branding, embargo: str | None) -> str:
    rules = (
        ":root {"
        f" --primary: {branding.primary_colour};"
        f" --on-primary: {branding.header_text_colour};"
        f" --accent: {branding.accent_colour};"
        f" --link: {branding.link_colour}; }}"
    )
    if embargo:
        rules += ("\n@page { @top-center { content: " + _css_string(embargo)
                  + "; font-weight: 700; font-size: 10pt; } }")
    return rules
