"""From blocks to a record: title, date, publisher, links and body sections.

What is put into the record is stated by the page (and listed in ``detected``); the review's
facts are only suggested. What was removed or tidied is written into ``provenance``.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from ..model import SCHEMA_VERSION, parse_record
from ..model.records import MODELS, TITLE_MAX
from ..model.vocab import Kind
from .blocks import Block, SourceDocument, escape, slugify
from .boilerplate import text_boilerplate
from .dates import FoundDate, find_dates, parse_date
from .errors import ImportFailed
from .publisher import FoundPublisher, find_publisher, publisher_type
from .result import Detection, ImportResult, Span
from .suggest import Passage, suggest
from .terms import link_role

SLUG_MAX = 80
_SLUG_FILLER = re.compile(
    r"^(?:(?:publication|announcement|launch|release) of|published|news|press release|update|"
    r"announcing)\s*[:–—-]?\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_DATELINE_LABEL = re.compile(
    r"^(?P<label>(?:first\s+)?(?:published|posted|date|issued|last\s+updated|updated)"
    r"(?:\s+on)?\s*:?\s*)?(?P<date>.+)$", re.IGNORECASE)
_TRAILING_PUNCTUATION = re.compile(r"[.,;:]$")


def assemble(source: SourceDocument, *, source_name: str, now: datetime,
             kind: str = Kind.news_item) -> ImportResult:
    """The record and its review material; raises ``ImportFailed`` if there is no content."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return _Assembler(source, source_name, now, Kind(kind)).run()


class _Assembler:
    def __init__(self, source: SourceDocument, source_name: str, now: datetime, kind: Kind
                 ) -> None:
        self.source = source
        self.name = source_name
        self.now = now
        self.kind = kind
        self.blocks = source.blocks
        self.offsets: list[int] = []
        position = 0
        for block in self.blocks:
            self.offsets.append(position)
            position += len(block.plain) + 2
        self.source_text = "\n\n".join(block.plain for block in self.blocks)
        self.removed = list(source.removed)
        self.cleanups = list(source.cleanups)
        self.warnings = list(source.warnings)
        self.detected: list[Detection] = []
        self.data: dict[str, Any] = {}

    def run(self) -> ImportResult:
        content = self._content()
        title, title_passage, content = self._title(content)
        content = self._without_repeated_title(title, content)
        content = self._dates(content)
        content = self._links(content)
        if self.source.format == "text":
            self._promote_headings(content)
        self._body(content)
        publisher = self._publisher(title_passage, content)
        self._envelope(title)
        record = self._record()
        body = [Passage(self.blocks[i].plain, self.offsets[i]) for i in content
                if self.blocks[i].kind != "heading"]
        suggestions = [s for s in suggest(title_passage, body, publisher=publisher,
                                          summary_hint=self.source.summary_hint)
                       if s.field_path.split(".")[0] in type(record).model_fields]
        self.detected.sort(key=lambda item: _DETECTION_ORDER.index(_field_group(item)))
        return ImportResult(record, suggestions, self.detected, self.source_text,
                            self.source.format, self.warnings)

    # steps ------------------------------------------------------------------------------

    def _content(self) -> list[int]:
        content = []
        for index, block in enumerate(self.blocks):
            if block.boilerplate is None and block.kind in ("paragraph", "heading"):
                block.boilerplate = text_boilerplate(block.plain)
            if block.boilerplate:
                self.removed.append(block.plain)
            else:
                content.append(index)
        if not content and not self.source.title_hint:
            what = "only boilerplate" if self.blocks else "no text"
            raise ImportFailed(self.name, f"has {what} to import: no page content was found")
        return content

    def _title(self, content: list[int]) -> tuple[str, Passage, list[int]]:
        index = self._title_block(content)
        if index is not None:
            block = self.blocks[index]
            title, dateline = _split_dateline(block.plain)
            if dateline:
                self._published(dateline, self.offsets[index] + dateline.start)
            title = self._fit_title(title)
            passage = Passage(title, self.offsets[index])
            self._detect("title", title, title, (self.offsets[index],
                                                 self.offsets[index] + len(title)))
            return title, passage, [i for i in content if i != index]
        if self.source.title_hint:
            title = self._fit_title(" ".join(self.source.title_hint.split()))
            self._detect("title", title, self.source.title_hint)
            return title, Passage(title, None), content
        stem = re.sub(r"[_-]+", " ", self.name.rsplit(".", 1)[0]).strip() or "Imported page"
        title = self._fit_title(stem[:1].upper() + stem[1:])
        self.warnings.append("No title found: the file name was used. Write the page's "
                             "headline in the title.")
        return title, Passage(title, None), content

    def _title_block(self, content: list[int]) -> int | None:
        headings = [i for i in content if self.blocks[i].kind == "heading"]
        for index in headings:
            if self.blocks[index].level == 0:
                return index
        for index in content[:3]:
            block = self.blocks[index]
            if block.kind == "heading" and block.level <= 1:
                return index
        if content and self.source.format in ("text", "docx") \
                and _title_like(self.blocks[content[0]]):
            return content[0]
        return None

    def _fit_title(self, title: str) -> str:
        if len(title) <= TITLE_MAX:
            return title
        self.warnings.append(f"The title was longer than {TITLE_MAX} characters and was "
                             "shortened: write a shorter headline.")
        return title[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"

    def _without_repeated_title(self, title: str, content: list[int]) -> list[int]:
        for index in content[:3]:
            block = self.blocks[index]
            if block.kind in ("heading", "paragraph") and _same_text(block.plain, title):
                self.cleanups.append("title repeated in the body removed")
                return [i for i in content if i != index]
        return content

    def _dates(self, content: list[int]) -> list[int]:
        kept = []
        for position, index in enumerate(content):
            block = self.blocks[index]
            match = _DATELINE_LABEL.match(block.plain) if block.kind == "paragraph" else None
            found = parse_date(match["date"]) if match and position < 4 else None
            if found is None:
                kept.append(index)
                continue
            label = (match["label"] or "").lower() if match else ""
            if "updat" in label:
                self.data["updated_on"] = found.value.isoformat()
                self._detect("updated_on", found.value.isoformat(), block.plain,
                             self._span(index))
                self.cleanups.append(f"'{block.plain}' line moved to updated_on")
            elif "published_on" in self.data:
                kept.append(index)
                continue
            else:
                self._published(found, self.offsets[index] + found.start, block.plain)
        if "published_on" not in self.data and self.source.published_hint:
            day, evidence = self.source.published_hint
            self.data["published_on"] = day.isoformat()
            self._detect("published_on", day.isoformat(), evidence)
        if "published_on" not in self.data:
            self.warnings.append("No publication date found: published_on is empty.")
        return kept

    def _published(self, found: FoundDate, start: int, line: str | None = None) -> None:
        self.data["published_on"] = found.value.isoformat()
        evidence = line or found.text
        self._detect("published_on", found.value.isoformat(), found.text,
                     (start, start + len(found.text)))
        self.cleanups.append(f"dateline '{evidence}' moved to published_on")
        if not found.weekday_matches:
            self.warnings.append(f"The dateline says {found.weekday} but {found.value:%d %B %Y}"
                                 f" was a {found.value:%A}: check the date.")

    def _links(self, content: list[int]) -> list[int]:
        links: list[dict[str, str]] = []
        kept = []
        for index in content:
            block = self.blocks[index]
            text = block.link[0] if block.link else ""
            if not block.link or not 2 <= len(text) <= 100 or "://" in text:
                kept.append(index)
                continue
            url = block.link[1]
            link = {"text": text, "url": url, "role": link_role(text).value}
            self._detect(f"links.{len(links)}", link, block.plain, self._span(index))
            links.append(link)
            self.cleanups.append(f"'{text}' line moved to links")
        if links:
            self.data["links"] = links
        return kept

    def _promote_headings(self, content: list[int]) -> None:
        """In plain text, a short line without a full stop, before a paragraph, is a heading."""
        for position, index in enumerate(content[:-1]):
            block, following = self.blocks[index], self.blocks[content[position + 1]]
            if block.kind == "paragraph" and following.kind in ("paragraph", "list") \
                    and _heading_like(block):
                block.kind, block.level, block.markdown = "heading", 2, block.plain

    def _body(self, content: list[int]) -> None:
        levels = [max(self.blocks[i].level, 1) for i in content if self.blocks[i].kind == "heading"]
        top = min(levels) if levels else 1
        sections: list[dict[str, Any]] = []
        current: dict[str, Any] = {"heading": "", "parts": [], "blocks": []}
        for index in content:
            block = self.blocks[index]
            if block.kind == "heading" and max(block.level, 1) == top:
                sections.append(current)
                current = {"heading": block.plain[:300], "parts": [], "blocks": [index]}
            elif block.kind == "heading":
                depth = min(6, max(block.level, 1) - top + 2)
                current["parts"].append(f"{'#' * depth} {escape(block.plain)}")
                current["blocks"].append(index)
            else:
                current["parts"].append(block.markdown)
                current["blocks"].append(index)
        sections.append(current)
        body: list[dict[str, Any]] = []
        used: set[str] = set()
        for section in sections:
            if not section["heading"] and not section["parts"]:
                continue
            section_id = _unique(slugify(section["heading"], 40) or
                                 ("intro" if not body else "section"), used)
            path = f"body.{len(body)}.markdown"
            markdown = "\n\n".join(section["parts"])
            body.append({"id": section_id, "heading": section["heading"], "markdown": markdown})
            first, last = section["blocks"][0], section["blocks"][-1]
            plain = "\n\n".join(self.blocks[i].plain for i in section["blocks"])
            self._detect(path, markdown, plain, (self.offsets[first],
                                                 self._span(last)[1]))
        self.data["body"] = body

    def _publisher(self, title: Passage, content: list[int]) -> FoundPublisher | None:
        texts = [title.text] + [self.blocks[i].plain for i in content
                                if self.blocks[i].kind == "paragraph"][:3]
        found = find_publisher(texts)
        hint = self.source.publisher_hint
        if hint and len(hint) <= 200:
            kind = publisher_type(hint)
            self.data["publisher"] = {"name": hint, "publisher_type": kind}
            self._detect("publisher.name", hint, hint)
            if kind:
                self._detect("publisher.publisher_type", kind.value, hint)
            return found[1] if found and found[1].name == hint else None
        if found is None:
            self.warnings.append("No publisher found: fill in the publishing organisation.")
            return None
        publisher = found[1]
        self.data["publisher"] = {"name": publisher.name, "short_name": publisher.short_name,
                                  "publisher_type": publisher.publisher_type}
        span = self._text_span(publisher.phrase)
        self._detect("publisher.name", publisher.name, publisher.phrase, span)
        if publisher.publisher_type:
            self._detect("publisher.publisher_type", publisher.publisher_type.value,
                         publisher.phrase, span)
        return publisher

    def _envelope(self, title: str) -> None:
        slug = slugify(_SLUG_FILLER.sub("", title) or title, SLUG_MAX)
        if slug:
            self.data["slug"] = slug
            self._detect("slug", slug, title)
        self.data["title"] = title
        self.data["provenance"] = {
            "source_file": self.name,
            "source_url": self.source.source_url,
            "imported_on": self.now.isoformat(),
            "removed_boilerplate": self.removed,
            "cleanups": self.cleanups,
        }

    def _record(self) -> Any:
        data = {
            "schema_version": SCHEMA_VERSION,
            "id": str(uuid.uuid4()),
            "kind": self.kind.value,
            "status": "draft",
            "language": self.source.language or "en-GB",
            **self.data,
            "created_at": self.now.isoformat(),
            "modified_at": self.now.isoformat(),
        }
        try:
            record = parse_record(_without_none(data))
        except ValidationError as error:
            problem = error.errors(include_input=False, include_url=False)[0]
            where = ".".join(str(part) for part in problem["loc"][1:])
            raise ImportFailed(self.name, f"could not be made into a valid record ({where}: "
                                          f"{problem['msg']})") from None
        assert type(record) is MODELS[self.kind]
        return record

    # helpers ----------------------------------------------------------------------------

    def _detect(self, path: str, value: Any, evidence: str, span: Span | None = None) -> None:
        self.detected.append(Detection(path, value, evidence, span))

    def _span(self, index: int) -> Span:
        return self.offsets[index], self.offsets[index] + len(self.blocks[index].plain)

    def _text_span(self, text: str) -> Span | None:
        start = self.source_text.find(text)
        return (start, start + len(text)) if start >= 0 else None


#: The order a review dialog lists what was detected: the record's own field order.
_DETECTION_ORDER = ["title", "slug", "published_on", "updated_on", "publisher", "body", "links"]


def _field_group(detection: Detection) -> str:
    return detection.field_path.split(".")[0]


def _split_dateline(text: str) -> tuple[str, FoundDate | None]:
    """"Title Tue 27 Jul 2021" → ("Title", the date) when a date ends the line."""
    dates = find_dates(text)
    if dates and dates[-1].end == len(text.rstrip()) and dates[-1].start > 0:
        title = text[: dates[-1].start].rstrip(" -–—|,:")
        if len(title.split()) >= 2:
            return title, dates[-1]
    return text, None


def _title_like(block: Block) -> bool:
    text = block.plain
    return (block.kind == "paragraph" and "\n" not in text and len(text) <= 150
            and not _TRAILING_PUNCTUATION.search(text) and len(text.split()) <= 25
            and "://" not in text and block.link is None)


def _heading_like(block: Block) -> bool:
    text = block.plain
    return ("\n" not in text and len(text) <= 80 and len(text.split()) <= 12
            and not re.search(r"[.,;:”\"’]$", text) and text[:1].isupper()
            and "://" not in text and block.link is None and parse_date(text) is None)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _unique(section_id: str, used: set[str]) -> str:
    candidate, number = section_id, 2
    while candidate in used:
        candidate = f"{section_id}-{number}"
        number += 1
    used.add(candidate)
    return candidate


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value
