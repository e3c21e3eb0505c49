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
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..model import label
from ..model.bilingual import ENGLISH, WELSH, is_welsh_tag, language_version
from ..model.vocab import BriefFormat
from . import page_fields as fields
from .blocks import markdown_blocks, markdown_html, with_id
from .branding import Branding
from .characters import printable
from .embargo import embargo_label
from .formats import https_url, safe_href, tel_href
from .metadata import dublin_core, json_ld, script_json
from .public import public_copy
from .templating import blocks as macros
from .templating import environment, stylesheet
from .wording import date_text, in_language, speaking, t

if TYPE_CHECKING:  # the page reads a record by its fields and its kind: a model, or the
    # same fields read from its JSON (``model.view``) for the preview's first page
    from ..model.records import RecordModel

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
class Article:
    """One language's copy of the record on the page."""

    language: str | None  # the ``lang`` of its element when the page holds two languages
    heading: list[Block]
    content: list[Block | SectionLayout]


@dataclass
class Layout:
    top: list[Block]
    articles: list[Article]
    bottom: list[Block]

    def leaves(self) -> list[Block]:
        found = list(self.top)
        for article in self.articles:
            found.extend(article.heading)
            for item in article.content:
                found.extend(item.children if isinstance(item, SectionLayout) else [item])
        return found + self.bottom


@dataclass(frozen=True)
class _Context:
    record: RecordModel  # the public copy, in one language
    now: datetime | None
    branding: Branding
    base_dir: Path | None
    language: str = "en"  # "cy" or "en": the language of the page's own words
    prefix: str = ""  # before every id, when two languages share a page ("cy-", "en-")
    #: The page's other language, when two share it: its masthead and footer name both.
    partner: str | None = None

    def id(self, name: str) -> str:
        return self.prefix + name

    @property
    def embargo(self) -> str | None:
        if self.now is None:
            return None
        with speaking(self.language):
            return embargo_label(self.record, self.now)


# -- public entry points --------------------------------------------------------------------

def render_page(record: RecordModel, *, now: datetime, branding: Branding | None = None,
                mode: str = "preview", base_dir: Path | None = None,
                language: str | None = None, order: str | None = None) -> str:
    """The complete HTML5 document for ``record`` at time ``now``.

    ``mode`` is "preview", "html" or "pdf" (a class on the body; the content is the same).
    ``base_dir`` is the record's folder, from which Markdown images are embedded.
    ``language`` is "cy", "en" or "bilingual" (a Welsh and an English copy on one page, in
    ``order``: "welsh_first" or "english_first", by default the branding's); None renders
    the record as it is.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    contexts = _contexts(record, now, branding, base_dir, language, order)
    layout = _page_layout(contexts)
    return _assemble(contexts, layout, _rendered(layout), mode)


def render_blocks(record: RecordModel, *, now: datetime, branding: Branding | None = None,
                  base_dir: Path | None = None, language: str | None = None,
                  order: str | None = None) -> dict[str, str]:
    """Block id → outer HTML for every block of the page, in page order. Section wrappers
    are not blocks (they hold blocks); their arrangement is in ``page_structure``."""
    layout = _page_layout(_contexts(record, now, branding, base_dir, language, order))
    return _rendered(layout)


def page_structure(record: RecordModel, *, branding: Branding | None = None,
                   language: str | None = None, order: str | None = None) \
        -> tuple[Any, ...]:
    """A value that changes only when the page's arrangement of blocks changes (a section,
    a section's block count, or an optional element appears or goes; the language, the
    kind, or the branding's colours change). Equal values mean the blocks can be swapped."""
    contexts = _contexts(record, None, branding, None, language, order)
    return _structure(contexts, _page_layout(contexts), branding)


def render_preview(record: RecordModel, *, now: datetime, known: Any = None,
                   branding: Branding | None = None, base_dir: Path | None = None,
                   language: str | None = None) -> tuple[Any, dict[str, str], str | None]:
    """What the live preview needs, from one layout: ``page_structure``, ``render_blocks``
    and, unless the structure is ``known``, the whole page, joined from those blocks."""
    contexts = _contexts(record, now, branding, base_dir, language, None)
    layout = _page_layout(contexts)
    blocks = _rendered(layout)
    structure = _structure(contexts, layout, branding)
    page = None if structure == known else _assemble(contexts, layout, blocks, "preview")
    return structure, blocks, page


def _rendered(layout: Layout) -> dict[str, str]:
    """Each block's HTML without control characters, as the exported page has it."""
    return {block.id: printable(block.render()) for block in layout.leaves()}


def _assemble(contexts: list[_Context], layout: Layout, rendered: dict[str, str],
              mode: str) -> str:
    first = contexts[0]
    public = first.record
    embargo = first.embargo
    articles = []
    for article in layout.articles:
        content: list[Any] = []
        for item in article.content:
            if isinstance(item, SectionLayout):
                content.append({"id": item.id, "heading_id": item.heading_id,
                                "children": [Markup(rendered[c.id]) for c in item.children]})
            else:
                content.append(Markup(rendered[item.id]))
        articles.append({"language": article.language, "content": content,
                         "heading": [Markup(rendered[b.id]) for b in article.heading]})
    title = " / ".join(dict.fromkeys(c.record.title for c in contexts))
    publisher = public.publisher.name if public.publisher and public.publisher.name else ""
    with speaking(first.language):  # the metadata is worded like the page it describes
        head = {
            "language": public.language,
            "kind": public.kind,
            "title": f"{title} – {publisher}" if publisher else title,
            "description": public.summary or "",
            "dublin_core": dublin_core(public, embargoed=embargo is not None),
            "json_ld": Markup(script_json(json_ld(public, embargo_label=embargo))),
        }
        return printable(environment().get_template("page.html").render(
            csp=Markup(CSP),
            head=head,
            mode=mode,
            draft=mode == "preview" and fields.is_draft(public),
            css=Markup(stylesheet()),
            brand_css=Markup(_brand_css(first.branding, embargo)),
            top=[Markup(rendered[b.id]) for b in layout.top],
            articles=articles,
            bottom=[Markup(rendered[b.id]) for b in layout.bottom],
        ))


def _structure(contexts: list[_Context], layout: Layout, branding: Branding | None) \
        -> tuple[Any, ...]:
    def content(article: Article) -> tuple[Any, ...]:
        return tuple((item.id, tuple(child.id for child in item.children))
                     if isinstance(item, SectionLayout) else item.id
                     for item in article.content)

    brand = branding or Branding()
    first, *others = layout.articles
    return (
        contexts[0].record.kind,
        fields.is_draft(contexts[0].record),  # the preview's draft banner is outside the blocks
        contexts[0].record.language,
        (brand.primary_colour, brand.accent_colour, brand.header_text_colour),
        tuple(b.id for b in layout.top),
        tuple(b.id for b in first.heading),
        content(first),
        tuple(b.id for b in layout.bottom),
        *((article.language, tuple(b.id for b in article.heading), content(article))
          for article in others),
    )


# -- layout ---------------------------------------------------------------------------------

LANGUAGES = ("cy", "en", "bilingual")


def _contexts(record: RecordModel, now: datetime | None, branding: Branding | None,
              base_dir: Path | None, language: str | None,
              order: str | None) -> list[_Context]:
    """One context per language on the page, in page order."""
    if now is not None and now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    brand = branding or Branding()
    public = public_copy(record, base_dir)
    if language is None:
        own = "cy" if is_welsh_tag(public.language) else "en"
        return [_Context(public, now, brand, base_dir, own)]
    if language != "bilingual":
        return [_Context(language_version(public, language), now, brand, base_dir, language)]
    codes = ["cy", "en"] if (order or brand.bilingual_order) == "welsh_first" else ["en", "cy"]
    return [_Context(language_version(public, code), now, brand, base_dir, code, f"{code}-",
                     partner=codes[1] if code == codes[0] else None)
            for code in codes]


def _page_layout(contexts: list[_Context]) -> Layout:
    """The page of one or two language copies: the first one's masthead and footer."""
    layouts = [_layout(ctx) for ctx in contexts]
    if len(layouts) == 1:
        return layouts[0]
    articles = []
    for ctx, layout in zip(contexts, layouts, strict=True):
        article = layout.articles[0]
        articles.append(Article(ctx.record.language, article.heading, article.content))
    return Layout(layouts[0].top, articles, layouts[0].bottom)


def _layout(ctx: _Context) -> Layout:
    with speaking(ctx.language):  # the words worked out now, and the blocks' later
        return _layout_in_language(ctx)


def _layout_in_language(ctx: _Context) -> Layout:
    record = ctx.record
    m = macros()
    i = ctx.id

    def block(block_id: str, render: Callable[[], str]) -> Block:
        return Block(block_id, in_language(ctx.language, lambda: str(render()).strip()))

    top: list[Block] = []
    if record.embargo is not None:
        # Present whenever there is an embargo (hidden once it lifts), so the page's
        # arrangement does not depend on the clock.
        top.append(block(i("f-embargo"), lambda: m.embargo(i("f-embargo"), ctx.embargo or "")))
    top.append(block(i("f-masthead"), lambda: _masthead(ctx)))

    heading = [
        block(i("f-kicker"), lambda: m.kicker(i("f-kicker"), fields.kicker(record),
                                              fields.location(record))),
        block(i("f-title"), lambda: m.title(i("f-title"), record.title)),
    ]
    if record.published_on or record.updated_on:
        heading.append(block(i("f-dateline"), lambda: m.dateline(
            i("f-dateline"),
            date_text(record.published_on) if record.published_on else "",
            date_text(record.updated_on) if record.updated_on else "")))
    if record.summary:
        heading.append(block(i("f-summary"), lambda: m.summary(i("f-summary"), record.summary)))

    content: list[Block | SectionLayout] = []
    facts = fields.key_facts(record)
    if facts:
        content.append(block(i("f-keyfacts"), lambda: m.key_facts(i("f-keyfacts"), facts)))
    if record.kind == "learning_brief" and record.disclaimer:
        content.append(block(i("f-disclaimer"), lambda: m.disclaimer(i("f-disclaimer"),
                                                                   record.disclaimer)))
    sections = _sections(ctx)
    content.extend(sections)
    questions = fields.questions(record)
    if questions:
        inside = (record.kind == "learning_brief"
                  and record.format == BriefFormat.seven_minute
                  and len(sections) > QUESTIONS_SECTION)
        questions_block = block(i("f-questions"), lambda: m.questions(i("f-questions"), questions,
                                                                   inside))
        if inside:
            sections[QUESTIONS_SECTION].children.append(questions_block)
        else:
            content.append(questions_block)
    content.extend(_after_body(ctx))

    footer, other_footer, other_language = _in_both(ctx, ctx.branding.footer_text_in)
    bottom = [block(i("f-footer"), lambda: m.footer(i("f-footer"), footer, fields.rights(record),
                                                 other_footer, other_language))]
    return Layout(top, [Article(None, heading, content)], bottom)


def _sections(ctx: _Context) -> list[SectionLayout]:
    layouts: list[SectionLayout] = []
    seen: set[str] = set()
    for section in ctx.record.body:
        section_id = ctx.prefix + _unique(section.id, seen)
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
    i = ctx.id
    review = record.review
    found: list[Block] = []

    def add(block_id: str, render: Callable[[], Any]) -> None:
        found.append(Block(block_id, in_language(ctx.language, lambda: str(render()).strip())))

    if record.kind == "learning_brief" and record.practice_points:
        add(i("f-practice-points"), lambda: m.list_section(
            i("f-practice-points"), t("Practice points"), record.practice_points))
    if record.quotes:
        add(i("f-quotes"), lambda: m.quotes(i("f-quotes"), [
            {"paragraphs": fields.paragraphs(q.text), "attributed_to": q.attributed_to,
             "source": q.source} for q in record.quotes]))
    if review is not None:
        if review.executive_summary:
            add(i("f-executive-summary"), lambda: m.html_section(
                i("f-executive-summary"), t("Executive summary"),
                Markup(markdown_html(review.executive_summary or "", ctx.base_dir))))
        if review.key_findings:
            add(i("f-key-findings"), lambda: m.list_section(
                i("f-key-findings"), t("Key findings"),
                [f.text for f in review.key_findings if f.text], ordered=True))
        if review.good_practice:
            add(i("f-good-practice"), lambda: m.list_section(
                i("f-good-practice"), t("Good practice"), review.good_practice))
        if review.recommendations:
            add(i("f-recommendations"), lambda: m.recommendations(i("f-recommendations"), [
                {"id": r.id, "text": r.text, "addressed_to": ", ".join(r.addressed_to),
                 "response": t(label(r.response)) if r.response else "",
                 "reason": r.response_reason or ""} for r in review.recommendations]))
        if review.partnership_response:
            add(i("f-partnership-response"), lambda: m.text_section(
                i("f-partnership-response"), t("Partnership response"),
                fields.paragraphs(review.partnership_response or "")))
        if review.external_assessments:
            add(i("f-external-assessments"), lambda: m.assessments(i("f-external-assessments"), [
                {"quote": a.quote, "attribution": fields.assessment_attribution(a),
                 "href": https_url(a.source_url)} for a in review.external_assessments]))
    if record.signposting:
        add(i("f-signposting"), lambda: m.signposting(i("f-signposting"), [
            {"name": s.name, "phone": s.phone, "tel": tel_href(s.phone), "hours": s.hours,
             "href": https_url(s.url), "website": fields.website(s.name)}
            for s in record.signposting]))
    if record.links:
        add(i("f-links"), lambda: m.links(i("f-links"), t("Links"), [
            {"text": link.text or link.url, "href": safe_href(link.url)}
            for link in record.links]))
    if record.attachments:
        add(i("f-documents"), lambda: m.documents(i("f-documents"), [
            fields.document(a, record.attachments) for a in record.attachments]))
    if record.kind == "learning_brief" and (record.source_reviews or record.thematic_source):
        add(i("f-source-reviews"), lambda: m.links(i("f-source-reviews"), t("Source reviews"),
                                                       fields.source_reviews(record)))
    if record.contact and fields.contact_lines(record.contact):
        add(i("f-contact"), lambda: m.contact(i("f-contact"), t("Contact"),
                                           fields.contact_lines(record.contact)))
    if record.kind == "news_item":
        if record.media_contact and fields.contact_lines(record.media_contact):
            add(i("f-media-contact"), lambda: m.contact(i("f-media-contact"), t("Media enquiries"),
                                                     fields.contact_lines(record.media_contact)))
        if record.notes_to_editors:
            add(i("f-notes-to-editors"), lambda: m.text_section(
                i("f-notes-to-editors"), t("Notes to editors"),
                fields.paragraphs(record.notes_to_editors or "")))
    if record.change_log:
        add(i("f-change-log"), lambda: m.change_log(i("f-change-log"), [
            {"date": date_text(entry.date), "note": entry.note}
            for entry in record.change_log]))
    labels = [t(theme.label) for theme in record.themes if theme.label]
    if labels:
        add(i("f-themes"), lambda: m.themes(i("f-themes"), labels))
    return found


# -- field formatting -----------------------------------------------------------------------

def _masthead(ctx: _Context) -> str:
    record = ctx.record
    publisher = record.publisher.name if record.publisher else ""
    name, other, other_lang = _in_both(
        ctx, lambda code: ctx.branding.organisation_name_in(code) or publisher)
    logo = ctx.branding.logo.data_uri() if ctx.branding.logo else ""
    home = https_url(record.publisher.url) if record.publisher else None
    return str(macros().masthead(ctx.id("f-masthead"), name, logo, home, other, other_lang))


def _in_both(ctx: _Context, text_in: Callable[[str], str]) -> tuple[str, str, str]:
    """A branding text in the copy's language, and, on a page shared with another language,
    that language's text and tag when it differs (else empty): (text, other, other tag)."""
    text = text_in(ctx.language)
    if ctx.partner is None:
        return text, "", ""
    other = text_in(ctx.partner)
    if other == text:
        return text, "", ""
    return text, other, WELSH if ctx.partner == "cy" else ENGLISH


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
