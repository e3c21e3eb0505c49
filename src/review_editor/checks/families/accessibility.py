"""C6: accessibility of the content, the rendered page and the documents."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..context import CheckContext
from ..issue import BLOCKING, INFO, WARNING, Issue
from ..language import count_words, holds_any
from ..localfiles import DocumentFacts, document_facts, resolve
from ..registry import check
from ..text import FieldText
from .common import field_issue, quoted

_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|svg|webp)$", re.IGNORECASE)
_DOCUMENT_URL = re.compile(r"\.(pdf|docx?|odt|xlsx?|pptx?)$", re.IGNORECASE)
_FILE_DETAILS = re.compile(r"\((?:PDF|DOCX?|ODT|XLSX?|PPTX?|Word|Excel)[^)]*\d+(?:\.\d)?\s*"
                           r"(?:KB|MB|GB|bytes)[^)]*\)", re.IGNORECASE)
_PDF_PAGES = re.compile(r"\d+\s+pages?\)", re.IGNORECASE)
_BARE_URL = re.compile(r"^\s*(?:https?://|www\.|mailto:)\S+\s*$|^\s*[\w-]+(?:\.[\w-]+)+/\S*\s*$",
                       re.IGNORECASE)
_COLOUR_ONLY = re.compile(
    r"\b(?:(?:shown|marked|highlighted|coloured|colored|printed|written)\s+(?:in\s+)?"
    r"(?:red|green|amber|blue|yellow|orange|purple|grey)|(?:the|in)\s+(?:red|green|amber|"
    r"blue|yellow|orange|purple)\s+(?:items|boxes|box|text|rows|sections|cells|columns))\b",
    re.IGNORECASE)
#: Every match of ``_COLOUR_ONLY`` holds one of these as a whole word.
_COLOURS = frozenset("red green amber blue yellow orange purple grey".split())


def _markdown_fields(record: Any, ctx: CheckContext) -> list[FieldText]:
    return [f for f in ctx.facts(record).fields if f.markdown is not None]


@check("C6.1", BLOCKING, "Heading order")
def headings(record: Any, ctx: CheckContext) -> list[Issue]:
    limit = ctx.settings.heading_max
    issues: list[Issue] = []
    facts = ctx.facts(record)
    for index, section in enumerate(record.body):
        if len(section.heading.strip()) > limit:
            issues.append(field_issue("C6.1", BLOCKING, f"body.{index}.heading",
                                      f"a heading of {len(section.heading.strip())} characters "
                                      f"(at most {limit})", "shorten it"))
        field = facts.field(f"body.{index}.markdown")
        if field is None or field.markdown is None:
            continue
        level = 2 if section.heading.strip() else 1
        for heading in field.markdown.headings:
            text = heading.text.strip()
            if heading.level == 1:
                issues.append(Issue("C6.1", BLOCKING, field.path, heading.source,
                                    "a level-1 heading in a section: the title is the page's "
                                    "only level-1 heading", "use ## or ###"))
            elif heading.level > level + 1:
                issues.append(Issue("C6.1", BLOCKING, field.path, heading.source,
                                    f"a level-{heading.level} heading after level {level}: "
                                    "heading levels must not skip",
                                    f"use level {level + 1} ({'#' * (level + 1)})"))
            if not text:
                issues.append(Issue("C6.1", BLOCKING, field.path, heading.source,
                                    "an empty heading", "give it text, or remove it"))
            elif len(text) > limit:
                issues.append(Issue("C6.1", BLOCKING, field.path, heading.source,
                                    f"a heading of {len(text)} characters (at most {limit})",
                                    "shorten it"))
            level = heading.level
    return issues


@check("C6.2", BLOCKING, "Alt text")
def alt_text(record: Any, ctx: CheckContext) -> list[Issue]:
    limit = ctx.settings.alt_text_max
    issues = []
    for field in _markdown_fields(record, ctx):
        assert field.markdown is not None
        for image in field.markdown.images:
            alt = image.alt.strip()
            caption = image.title.strip()
            if not alt:
                if caption:
                    issues.append(Issue("C6.2", BLOCKING, field.path, image.source,
                                        "a captioned image has no alt text",
                                        "describe what the image shows"))
                continue
            problem = None
            if _IMAGE_FILE.search(alt):
                problem = "the alt text is a file name"
            elif re.match(r"(?:an?\s+)?(?:image|picture|photo|graphic) of\b", alt, re.I):
                problem = "alt text need not say “image of”"
            elif len(alt) > limit:
                problem = f"the alt text has {len(alt)} characters (at most {limit})"
            elif caption and alt.casefold() == caption.casefold():
                problem = "the alt text repeats the caption"
            if problem:
                issues.append(Issue("C6.2", WARNING, field.path, image.source, problem,
                                    "describe what the image shows, briefly"))
    return issues


def _link_targets(record: Any, ctx: CheckContext) -> list[tuple[str, tuple[int, int] | None,
                                                                str, str]]:
    """(field path, span, text, url) for every link on the page."""
    links: list[tuple[str, tuple[int, int] | None, str, str]] = []
    for field in _markdown_fields(record, ctx):
        assert field.markdown is not None
        for link in field.markdown.links:
            span = field.source_span(link.start, link.end) if link.end > link.start \
                else link.source
            links.append((field.path, span, link.text, link.href))
    for index, link in enumerate(record.links):
        links.append((f"links.{index}.text", None, link.text, link.url))
    return links


@check("C6.3", BLOCKING, "Link text")
def link_text(record: Any, ctx: CheckContext) -> list[Issue]:
    settings = ctx.settings
    banned = {t.casefold() for t in settings.banned_link_texts}
    attachment_urls = {a.url for a in record.attachments if a.url}
    issues: list[Issue] = []
    targets: dict[str, set[str]] = {}
    for path, span, text, url in _link_targets(record, ctx):
        clean = " ".join(text.split())
        plain = clean.strip(" .:!→>»").casefold()
        if not clean:
            issues.append(Issue("C6.3", BLOCKING, path, span, "a link has no text",
                                "say where the link goes"))
            continue
        if plain in banned:
            issues.append(Issue("C6.3", BLOCKING, path, span,
                                f"link text that does not say where it goes: {quoted(clean)}",
                                "say where the link goes"))
        elif _BARE_URL.match(clean):
            issues.append(Issue("C6.3", BLOCKING, path, span, "a web address as link text",
                                "say where the link goes"))
        elif len(clean) < settings.link_text_min or len(clean) > settings.link_text_max:
            issues.append(Issue("C6.3", WARNING, path, span,
                                f"link text of {len(clean)} characters (2 to "
                                f"{settings.link_text_max})", "say where the link goes, briefly"))
        targets.setdefault(plain, set()).add(url)
        document = _DOCUMENT_URL.search(urlsplit(url).path or "")
        needs_details = document is not None and (
            url not in attachment_urls or path.endswith("markdown"))
        if needs_details and document is not None and (
                not _FILE_DETAILS.search(clean)
                or (document.group(1).lower() == "pdf" and not _PDF_PAGES.search(clean))):
                issues.append(Issue("C6.3", WARNING, path, span,
                                    "a link to a document does not give its format and size",
                                    "add the details: “(PDF, 1.4 MB, 46 pages)”"))
    for text, urls in targets.items():
        if len(urls) > 1:
            issues.append(field_issue("C6.3", WARNING, "links",
                                      f"the link text {quoted(text)} leads to different places",
                                      "give each link its own text"))
    return issues


@check("C6.4", BLOCKING, "Tables")
def tables(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for field in _markdown_fields(record, ctx):
        assert field.markdown is not None
        if not field.markdown.tables:
            continue
        index = int(field.path.split(".")[1]) if field.path.startswith("body.") else None
        has_heading = index is not None and bool(record.body[index].heading.strip())
        for table in field.markdown.tables:
            if not table.header or any(not cell for cell in table.header):
                issues.append(Issue("C6.4", BLOCKING, field.path, table.source,
                                    "a table header cell is empty",
                                    "give every column a heading"))
            if table.body_rows < 1 or table.columns < 2:
                issues.append(Issue("C6.4", WARNING, field.path, table.source,
                                    "a table with one row or one column is probably layout",
                                    "use a list or paragraphs instead"))
            if table.preceded_by is None and not has_heading:
                issues.append(Issue("C6.4", WARNING, field.path, table.source,
                                    "nothing introduces the table",
                                    "put a heading or a sentence before it"))
    return issues


@check("C6.5", WARNING, "Language")
def language(record: Any, ctx: CheckContext) -> list[Issue]:
    if not (record.language or "").strip():
        return [field_issue("C6.5", WARNING, "language", "the page's language is not set",
                            "en-GB, or cy for Welsh")]
    return []


@check("C6.6", WARNING, "Colour alone")
def colour_only(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for field in ctx.facts(record).prose_fields:
        if not holds_any(field.text, _COLOURS, ignore_case=True):
            continue
        for match in _COLOUR_ONLY.finditer(field.text):
            issues.append(Issue("C6.6", WARNING, field.path,
                                field.source_span(match.start(), match.end()),
                                f"meaning given by colour alone: {quoted(match.group())}",
                                "say it in words as well"))
    return issues


@check("C6.7", BLOCKING, "PDF accessibility")
def pdf_accessibility(record: Any, ctx: CheckContext) -> list[Issue]:
    """The facts recorded when the file was attached (tagged, title, language) decide; the
    file fills in what was never recorded and adds what they do not cover (text layer,
    bookmarks, fonts, the title shown). A file changed since is C7.3's to report, until
    its facts are read again."""
    ids = {a.id for a in record.attachments if a.id}
    issues = []
    for index, attachment in enumerate(record.attachments):
        if (attachment.media_type or "").lower() != "application/pdf":
            continue
        path = f"attachments.{index}.accessibility"
        facts = attachment.accessibility
        document = _described_file(attachment, ctx)
        if facts is None and document is None:
            issues.append(field_issue("C6.7", WARNING, path,
                                      f"the accessibility of “{attachment.title}” is not "
                                      "recorded", "attach the file, or record whether it is "
                                      "tagged, titled and has its language set"))
            continue
        tagged = facts.tagged_pdf if facts else None
        lang_set = facts.lang_set if facts else None
        has_title = facts.has_title_metadata if facts else None
        problems: list[str] = []
        if document is not None:
            tagged = document.tagged if tagged is None else tagged
            lang_set = bool(document.lang) if lang_set is None else lang_set
            has_title = bool(document.metadata.get("Title")) if has_title is None else has_title
            if has_title and not document.display_title:
                problems.append("the title is not set to display")
            if document.pages_without_text:
                problems.append(f"{document.pages_without_text} page(s) with no text layer")
            if document.pages > 20 and not document.has_outline:
                problems.append("no bookmarks in a long document")
            if document.fonts_not_embedded:
                problems.append("fonts not embedded")
        alternative = bool(facts and facts.accessible_alternative_id
                           and facts.accessible_alternative_id in ids)
        explained = bool(facts and (facts.known_issues or "").strip())
        if tagged is False and not alternative and not explained:
            issues.append(field_issue("C6.7", BLOCKING, path,
                                      f"“{attachment.title}” is not a tagged PDF and has no "
                                      "accessible alternative", "tag the PDF, link an "
                                      "accessible alternative, or record the known issues"))
        elif tagged is False:
            problems.insert(0, "not tagged")
        if lang_set is False:
            problems.append("no document language set")
        if has_title is False:
            problems.append("no title in the metadata")
        if problems:
            issues.append(field_issue("C6.7", WARNING, path,
                                      f"“{attachment.title}”: " + "; ".join(problems),
                                      "fix the PDF, or record the known issues"))
    return issues


def _described_file(attachment: Any, ctx: CheckContext) -> DocumentFacts | None:
    """What the local file shows, if there is one and it is a readable PDF."""
    if not attachment.path:
        return None
    document = document_facts(resolve(attachment.path, ctx.base_dir))
    return document if document is not None and document.error is None else None


@check("C6.8", WARNING, "HTML first")
def html_first(record: Any, ctx: CheckContext) -> list[Issue]:
    if record.kind != "review_notice":
        return []
    texts = [s.markdown for s in record.body]
    review = record.review
    if review is not None:
        texts.append(review.executive_summary or "")
        texts += [f.text for f in review.key_findings]
        texts += [r.text for r in review.recommendations]
    enough = ctx.settings.html_first_min_words
    words = 0
    for text in texts:  # counted only until there are enough
        if words >= enough:
            return []
        words += count_words(text)
    if words >= enough:
        return []
    return [field_issue("C6.8", WARNING, "body",
                        f"the page has {words} words besides its documents",
                        "add an HTML summary of the findings (GDS: HTML first)")]


@check("C6.9", INFO, "Accessibility statement")
def accessibility_statement(record: Any, ctx: CheckContext) -> list[Issue]:
    issues = []
    for index, attachment in enumerate(record.attachments):
        facts = attachment.accessibility
        if facts is not None and (facts.known_issues or "").strip():
            issues.append(field_issue("C6.9", INFO,
                                      f"attachments.{index}.accessibility.known_issues",
                                      f"“{attachment.title}” has known accessibility issues; "
                                      "they go into the accessibility statement",
                                      "keep the statement up to date"))
    return issues
