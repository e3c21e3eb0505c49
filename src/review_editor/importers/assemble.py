"""From blocks to a record: title, date, publisher, links and body sections.

What is put into the record is stated by the page (and listed in ``detected``); the review's
facts are only suggested. What was removed or tidied is written into ``provenance``.
"""

from __future__ import annotations

import copy
import re
import uuid
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from ..model import SCHEMA_VERSION, parse_record
from ..model.records import MODELS, TITLE_MAX
from ..model.slugs import slugify
from ..model.vocab import Kind
from ..reviewkinds import resolve, review_kinds
from ..textdates import DateMention
from .blocks import SourceDocument
from .boilerplate import removed_note, repeated_contact_lines, text_boilerplate
from .errors import ImportFailed
from .facts import page_facts, review_month
from .furniture import Furniture, author_line, find_furniture, split_language_menus
from .gazetteer import (
    Nation,
    Partnership,
    find_partnerships,
    lookup,
    nation_from_text,
)
from .headline import (
    headline_in_run,
    question_heading,
    shortened_site_title,
    split_cover_title,
    title_like,
)
from .language import guess_language
from .listing import ListedReview, about_kinds, find_reviews, single_listing
from .outlets import answering_council, credited_outlet, reports_on_others, self_named_outlet
from .pagedates import (
    ANNOUNCED,
    PageDate,
    PartialPageDate,
    dateline_in,
    page_dates,
    partial_page_dates,
)
from .publisher import (
    FoundPublisher,
    after_the_lead,
    cites_others,
    find_publisher,
    heads_a_section,
    listed_publisher,
    national,
    opening_paragraphs,
    page_own,
    publisher_type,
    signatory,
    spoken_for,
)
from .result import Detection, ImportResult, Span
from .sections import body_sections, promote_headings
from .suggest import Passage, opening_passages, suggest
from .terms import link_role

SLUG_MAX = 80
_SLUG_FILLER = re.compile(
    r"^(?:(?:publication|announcement|launch|release) of|published|news|press release|update|"
    r"announcing)\s*[:–—-]?\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE)
_TRAILING_PUNCTUATION = re.compile(r"[.,;:]$")


def assemble(source: SourceDocument, *, source_name: str, now: datetime,
             kind: str = Kind.news_item) -> ImportResult:
    """The record and its review material; raises ``ImportFailed`` if there is no content.

    A page listing several reviews gives its first review; ``listed`` names the others.
    ``source`` is read once: its blocks are marked as they are read.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return _Assembler(source, source_name, now, Kind(kind)).run()


def assemble_each(source: SourceDocument, *, source_name: str, now: datetime,
                  kind: str = Kind.news_item) -> list[ImportResult]:
    """One record per review a listing page names; one record for any other page."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    first = _Assembler(copy.deepcopy(source), source_name, now, Kind(kind), split=True).run()
    if not first.listed:
        first.warnings.append("No separate reviews were found on this page: one record was "
                              "made for the page itself.")
    results = [first]
    for number in range(1, len(first.listed) + 1):
        results.append(_Assembler(copy.deepcopy(source), source_name, now, Kind(kind),
                                  review_number=number, split=True).run())
    return results


class _Assembler:
    def __init__(self, source: SourceDocument, source_name: str, now: datetime, kind: Kind,
                 review_number: int = 0, split: bool = False) -> None:
        self.source = source
        self.review_number = review_number
        self.split = split  # one record per review: each dated by its own announcement
        self.name = source_name
        self.now = now
        self.kind = kind
        self.blocks = source.blocks = split_language_menus(source.blocks)
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
        self.furniture = Furniture()
        self.review: ListedReview | None = None
        self.listed: list[ListedReview] = []
        self.nation: Nation | None = None
        self.page_dates: list[PageDate] = []
        self.partial_date: PartialPageDate | None = None

    def run(self) -> ImportResult:
        content = self._content()
        content = self._layout_furniture(content)
        title, title_passage, content = self._title(content)
        content = self._without_repeated_title(title, content)
        content = self._without_author_line(content)
        self.nation = self._nation()
        page_content = content
        content, title, title_passage = self._listing(content, title, title_passage)
        content = self._dates(content, page_content)
        content = self._links(content)
        if self.source.format == "text":
            promote_headings(self.blocks, content)
        self._body(content)
        publisher = self._publisher(title_passage, page_content)
        self._language(content)
        self._envelope(title)
        record = self._record()
        body = opening_passages([Passage(self.blocks[i].plain, self.offsets[i])
                                  for i in content if self.blocks[i].kind != "heading"])
        suggestions = suggest(title_passage, body, publisher=publisher,
                              summary_hint=self.source.summary_hint)
        suggestions = page_facts(suggestions, title_passage, body, nation=self.nation,
                                 review=self.review, dates=self.page_dates,
                                 chosen=self.data.get("published_on"))
        suggestions += review_month(self.partial_date, suggestions, self._text_span)
        suggestions = [s for s in suggestions
                       if s.field_path.split(".")[0] in type(record).model_fields]
        self.detected.sort(key=lambda item: _DETECTION_ORDER.index(_field_group(item)))
        listed = [review.title for review in self.listed if review is not self.review]
        return ImportResult(record, suggestions, self.detected, self.source_text,
                            self.source.format, self.warnings, listed)

    # steps ------------------------------------------------------------------------------

    def _content(self) -> list[int]:
        content = []
        repeated = repeated_contact_lines([block.plain for block in self.blocks
                                           if block.kind in ("paragraph", "heading")])
        for index, block in enumerate(self.blocks):
            if block.boilerplate is None and block.kind in ("paragraph", "heading"):
                block.boilerplate = text_boilerplate(block.plain) or (
                    "helpline" if " ".join(block.plain.split()) in repeated else None)
            if block.boilerplate:
                self.removed.append(block.plain)
            else:
                content.append(index)
        if not content and not self.source.title_hint:
            what = "only boilerplate" if self.blocks else "no text"
            raise ImportFailed(self.name, f"has {what} to import: no page content was found")
        return content

    def _layout_furniture(self, content: list[int]) -> list[int]:
        self.furniture = find_furniture(self.blocks, content)
        for index, reason in sorted(self.furniture.removed.items()):
            self.removed.append(removed_note(reason, self.blocks[index].plain, 200))
        kept = [i for i in content if i not in self.furniture.removed]
        if not kept and not self.source.title_hint and not self.furniture.crumbs:
            raise ImportFailed(self.name, "has only boilerplate to import: no page content "
                                          "was found")
        return kept

    def _without_author_line(self, content: list[int]) -> list[int]:
        for index in content[:2]:
            if author_line(self.blocks[index]):
                self.removed.append(removed_note("author line", self.blocks[index].plain))
                return [i for i in content if i != index]
        return content

    def _nation(self) -> Nation | None:
        for _index, _text, mention in self.furniture.site_names:
            if mention is not None and mention.partnership.nation != "uk":
                return mention.partnership.nation
        if self.source.publisher_hint:
            entry = lookup(self.source.publisher_hint)
            if entry is not None and entry.nation != "uk":
                return entry.nation
        local = [m.partnership for m in find_partnerships(self.source_text[:20000])
                 if m.partnership.type != "other"]
        if local:
            return local[0].nation
        return nation_from_text(self.source_text[:20000])

    def _listing(self, content: list[int], title: str, passage: Passage
                 ) -> tuple[list[int], str, Passage]:
        kinds = [resolve(kind, self.nation) for kind, _m in review_kinds(title)]
        page_type = next((kind for kind in kinds if kind is not None), None)
        reviews = find_reviews(self.blocks, content, page_type=page_type, nation=self.nation)
        about_reviews = page_type is not None and about_kinds(title)
        single = len(reviews) == 1 and about_reviews and single_listing(
            reviews[0], self.blocks[reviews[0].blocks[0]].plain)
        if len(reviews) < 2 and not single:
            return content, title, passage  # one review, or none: no listing
        self.listed = reviews
        self.review = reviews[min(self.review_number, len(reviews) - 1)]
        self.cleanups.append(f"the page lists {len(reviews)} reviews: this record holds "
                             f"“{self.review.title}”")
        first = self.review.blocks[0]
        review_title = self._fit_title(self.review.title)
        self.detected = [d for d in self.detected if d.field_path != "title"]
        self._detect("title", review_title, self.blocks[first].plain, self._span(first))
        return self.review.blocks, review_title, Passage(review_title, self.offsets[first])

    def _title(self, content: list[int]) -> tuple[str, Passage, list[int]]:
        cover = split_cover_title(self.blocks, content) if self.source.format == "text" else None
        if cover is not None:  # a document's title over two or three lines of its cover
            lines, joined = cover
            title = self._fit_title(joined)
            last = self.blocks[lines[-1]]
            span = (self.offsets[lines[0]], self.offsets[lines[-1]] + len(last.plain))
            self._detect("title", title, joined, span)
            return title, Passage(title, span[0]), [i for i in content if i not in lines]
        index = self._title_block(content)
        if index is not None:
            block = self.blocks[index]
            title, dateline = _split_dateline(block.plain)
            if dateline:
                self._published(PageDate(
                    dateline.as_date(), dateline.text, block.plain, 5,  # type: ignore[arg-type]
                    start=dateline.start, weekday_matches=dateline.weekday_matches,
                    weekday=dateline.weekday), self.offsets[index] + dateline.start)
            title = self._fit_title(title)
            passage = Passage(title, self.offsets[index])
            self._detect("title", title, title, (self.offsets[index],
                                                 self.offsets[index] + len(title)))
            return title, passage, [i for i in content if i != index]
        if self.source.title_hint:
            title = self._fit_title(" ".join(self.source.title_hint.split()))
            self._detect("title", title, self.source.title_hint)
            return title, Passage(title, None), content
        if self.furniture.crumbs:
            title = self._fit_title(self.furniture.crumbs[-1])
            self._detect("title", title, self.furniture.crumbs[-1])
            self.cleanups.append("title taken from the breadcrumb")
            return title, Passage(title, None), content
        shortened = shortened_site_title(self.blocks, content)
        if shortened is not None:  # the sharing site's title cut short: better than a file name
            title = self._fit_title(shortened[:1].upper() + shortened[1:])
            self.warnings.append("The page's title was cut short where it was copied: check "
                                 "the title.")
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
        if content and self.source.format == "text":
            found = headline_in_run(self.blocks, content)
            return found if found is not None else question_heading(self.blocks, content)
        if content and self.source.format == "docx" and title_like(self.blocks[content[0]]):
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

    def _dates(self, content: list[int], page_content: list[int]) -> list[int]:
        """published_on (and updated_on) from the date that dates the page or its review."""
        listing = bool(self.listed)
        found = page_dates(self.blocks, page_content, listing=listing)
        if listing:  # a date heading a list's entries dates them, not the page
            entries = {block for review in self.listed for block in review.blocks}
            following = dict(zip(page_content, page_content[1:], strict=False))
            found = [d for d in found if d.block is None or following.get(d.block) not in entries]
        if self.review is not None and self.split:  # a review's announcement dates it
            own = page_dates(self.blocks, content, listing=False)
            found = [d for d in own if d.weight == ANNOUNCED] + found
        self.page_dates = found
        kept = list(content)
        for item in found:
            if item.kind == "updated" and "updated_on" not in self.data:
                self.data["updated_on"] = item.value.isoformat()
                self._detect("updated_on", item.value.isoformat(), item.evidence,
                             self._block_span(item))
                if item.block is not None and item.block in kept:
                    kept.remove(item.block)
                    self.cleanups.append(f"'{item.evidence}' line moved to updated_on")
        published = next((d for d in found if d.kind == "published" and d.weight >= ANNOUNCED),
                         None)
        if "published_on" not in self.data and published is not None:
            start = self._block_span(published)
            self._published(published, start[0] if start else None)
            if published.block is not None and published.block in kept:
                kept.remove(published.block)
        if "published_on" not in self.data and self.source.published_hint:
            day, evidence = self.source.published_hint
            self.data["published_on"] = day.isoformat()
            self._detect("published_on", day.isoformat(), evidence)
        if "published_on" not in self.data:
            top = [i for i, block in enumerate(self.blocks) if not block.boilerplate]
            partial = partial_page_dates(self.blocks, top)  # the headline's too
            self.partial_date = partial[0] if partial else None
            if self.partial_date is not None:
                self.warnings.append(
                    f"The page gives only “{self.partial_date.text}” as its date: published_on "
                    "needs a day, so it is left empty; enter the day it was published.")
            else:
                self.warnings.append("No publication date found: published_on is empty.")
        return kept

    def _block_span(self, item: PageDate) -> Span | None:
        index = item.block
        if index is None:
            index = next((i for i, b in enumerate(self.blocks) if b.plain == item.evidence),
                         None)
        if index is None:
            return None
        start = self.offsets[index] + (item.start or 0)
        return start, start + len(item.text)

    def _published(self, found: PageDate, start: int | None) -> None:
        self.data["published_on"] = found.value.isoformat()
        span = (start, start + len(found.text)) if start is not None else None
        self._detect("published_on", found.value.isoformat(), found.text, span)
        if found.block is not None:
            self.cleanups.append(f"dateline '{found.evidence}' moved to published_on")
        elif found.weight == 5:
            self.cleanups.append(f"dateline '{found.text}' moved to published_on")
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

    def _body(self, content: list[int]) -> None:
        body: list[dict[str, Any]] = []
        for section in body_sections(self.blocks, content):
            path = f"body.{len(body)}.markdown"
            body.append({"id": section.id, "heading": section.heading,
                         "markdown": section.markdown})
            first, last = section.blocks[0], section.blocks[-1]
            plain = "\n\n".join(self.blocks[i].plain for i in section.blocks)
            self._detect(path, section.markdown, plain, (self.offsets[first],
                                                         self._span(last)[1]))
        self.data["body"] = body

    def _publisher(self, title: Passage, content: list[int]) -> FoundPublisher | None:
        """The publisher: the site's name, the page's metadata, an author line, a body named
        in the headline, one the text says publishes or commissions, else the local body the
        opening names.

        A name in the shipped list of partnerships is given by its current name (its former
        name kept); any other name as the page writes it.
        """
        paragraphs = [self.blocks[i].plain for i in page_own(
            [(i, self.blocks[i].plain) for i in content],
            {i for review in self.listed for i in review.blocks[1:]})
            if self.blocks[i].kind in ("paragraph", "heading")][:30]
        opening = opening_paragraphs(paragraphs)
        found = find_publisher([title.text, *opening], publishing_only=True)
        known = lookup(found[1].name) if found else None
        if found and known is not None and national(known) \
                and after_the_lead([title.text, *opening], found[0]):
            found = None  # a national body publishing something, further down, is news
        if found and heads_a_section(found[1], known, paragraphs):
            found = None  # one of several bodies heading parts of the page: news of its work
        for _index, text, mention in self.furniture.site_names:
            if mention is not None:
                self._set_publisher(mention.partnership, text, mention.text)
            else:
                self._set_named_publisher(text, text)
            return found[1] if found else None
        hint = self.source.publisher_hint
        lines = [self.blocks[i].plain for i in content]
        named = hint if hint and len(hint) <= 200 else \
            self_named_outlet(lines) or answering_council(title.text) \
            or credited_outlet([block.plain for block in self.blocks])
        if named:
            entry = lookup(named)
            if entry is not None:
                self._set_publisher(entry, named, named)
            else:
                self._set_named_publisher(named, named)
            return found[1] if found and found[1].name == named else None
        if reports_on_others(lines):
            self.warnings.append("No publisher found: the page reports on the bodies it names; "
                                 "fill in the publishing organisation.")
            return None
        listed = listed_publisher(title.text, paragraphs, opening)
        if listed is not None and national(listed[0]) and cites_others(title.text, paragraphs):
            self.warnings.append("No publisher found: the page speaks of the national body it "
                                 "names, not as it; fill in the publishing organisation.")
            return None
        if listed is not None:
            entry, phrase = listed
            evidence = found[1].phrase if found and phrase in found[1].phrase else phrase
            self._set_publisher(entry, evidence, phrase)
            return found[1] if found else None
        speaker = spoken_for(title.text, paragraphs) if found is None else None
        if speaker is not None:
            if speaker[0] is None:
                self._set_named_publisher(speaker[1], speaker[1])  # a council, as written
            else:
                self._set_publisher(speaker[0], speaker[1], speaker[1])
            return None
        if found is None:
            signed = signatory([self.blocks[i].plain for i in content[-8:]])
            if signed is not None:
                self._set_named_publisher(signed, signed)
                return None
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

    def _set_publisher(self, entry: Partnership, evidence: str, as_written: str) -> None:
        data: dict[str, Any] = {"name": entry.name, "publisher_type": entry.type}
        if entry.short_name and " " not in entry.short_name:
            data["short_name"] = entry.short_name
        former = next((name for name in entry.former_names
                       if _normal(name) == _normal(as_written)), None)
        if former:
            data["former_names"] = [{"name": former}]
        self.data["publisher"] = data
        span = self._text_span(evidence)
        self._detect("publisher.name", entry.name, evidence, span)
        self._detect("publisher.publisher_type", entry.type, evidence, span)
        if _normal(as_written) != _normal(entry.name):
            self.cleanups.append(f"publisher “{as_written}” recognised as {entry.name}")

    def _set_named_publisher(self, name: str, evidence: str) -> None:
        kind = publisher_type(name)
        self.data["publisher"] = {"name": name, "publisher_type": kind}
        self._detect("publisher.name", name, evidence, self._text_span(evidence))
        if kind:
            self._detect("publisher.publisher_type", kind.value, evidence)

    def _language(self, content: list[int]) -> None:
        if self.source.language:
            return
        language = guess_language("\n".join(self.blocks[i].plain for i in content))
        if language:
            self.source.language = language
            self.cleanups.append("the page is in Welsh: language set to cy")

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


def _split_dateline(text: str) -> tuple[str, DateMention | None]:
    """"Title Tue 27 Jul 2021" → ("Title", the date) when a date ends the line."""
    found = dateline_in(text)
    if found is None:
        return text, None
    return text[: found.start].rstrip(" -–—|,:"), found



def _normal(name: str) -> str:
    words = re.findall(r"\w+", name.lower().replace("&", "and"))
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value
