"""Shared by the render tests: example records, a pinned clock, and an HTML audit that
parses the page with the standard library's html.parser (not string matching)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from review_editor import resources
from review_editor.model import parse_record
from review_editor.model.records import RecordModel

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

EXAMPLES = {
    "bradford": "thematic-review-into-cse-in-bradford.json",
    "d1": "sar-adult-r.json",
    "d2": "7-minute-briefing-baby-m.json",
    "d3": "dardr-maya-published.json",
}

ALLOWED_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*$")
FORBIDDEN_ELEMENTS = {
    "base", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
    "button", "select", "textarea", "svg", "math", "link", "portal", "template", "video",
    "audio", "source", "picture", "noscript", "xmp", "plaintext",
}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "data", "poster",
                  "background", "cite", "xlink:href", "ping", "codebase", "longdesc"}


def example_data(name: str) -> dict[str, Any]:
    return json.loads((resources.examples_dir() / EXAMPLES[name]).read_text(encoding="utf-8"))


def example(name: str) -> RecordModel:
    return parse_record(example_data(name))


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    line: int


@dataclass
class PageAudit(HTMLParser):
    """Every start tag with its attributes, the text of each script and of the title, and
    the visible text, from one pass of html.parser."""

    elements: list[Element] = field(default_factory=list)
    scripts: list[tuple[dict[str, str | None], str]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)
    _open: list[str] = field(default_factory=list)
    _raw: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs), self.getpos()[0]))
        if tag in ("script", "style", "title"):
            self._open.append(tag)
            self._raw = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs), self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[-1]:
            self._open.pop()
            text = "".join(self._raw)
            if tag == "script":
                self.scripts.append((self.elements_with("script")[-1].attrs, text))
            elif tag == "style":
                self.styles.append(text)

    def handle_data(self, data: str) -> None:
        if self._open:
            self._raw.append(data)
        else:
            self.text_parts.append(data)

    def elements_with(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    @property
    def ids(self) -> list[str]:
        return [str(e.attrs["id"]) for e in self.elements if e.attrs.get("id")]

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text_parts))

    def meta(self, name: str) -> list[str]:
        return [str(e.attrs.get("content")) for e in self.elements_with("meta")
                if e.attrs.get("name") == name]

    def json_ld(self) -> Any:
        [(_, text)] = self.scripts
        return json.loads(text)


def audit(html: str) -> PageAudit:
    parser = PageAudit()
    parser.feed(html)
    parser.close()
    return parser


def safety_problems(html: str) -> list[str]:
    """Everything in a page that could run, load or navigate somewhere it should not."""
    page = audit(html)
    problems: list[str] = []
    ids = set(page.ids)
    scripts = page.elements_with("script")
    if len(scripts) != 1 or scripts[0].attrs != {"type": "application/ld+json"}:
        problems.append(f"scripts other than the one JSON-LD block: {scripts}")
    for _, text in page.scripts:
        if "<" in text or ">" in text:
            problems.append("a raw < or > inside the JSON-LD block")
        try:
            json.loads(text)
        except ValueError:
            problems.append("the JSON-LD block is not JSON")
    for element in page.elements:
        where = f"<{element.tag}> line {element.line}"
        if element.tag in FORBIDDEN_ELEMENTS:
            problems.append(f"forbidden element {where}")
        if element.tag == "meta" and element.attrs.get("http-equiv") not in (
                None, "Content-Security-Policy"):
            problems.append(f"meta http-equiv {element.attrs.get('http-equiv')} {where}")
        for name, value in element.attrs.items():
            if name.startswith("on"):
                problems.append(f"event handler {name} on {where}")
            if name == "style":
                problems.append(f"style attribute on {where}")
            if name in URL_ATTRIBUTES:
                problem = _url_problem(element.tag, name, value or "", ids)
                if problem:
                    problems.append(f"{problem} in {name} of {where}")
    if len(page.ids) != len(ids):
        duplicates = sorted({i for i in page.ids if page.ids.count(i) > 1})
        problems.append(f"duplicate ids: {duplicates}")
    return problems


def _url_problem(tag: str, attribute: str, value: str, ids: set[str]) -> str | None:
    if tag == "img" and attribute == "src":
        return None if ALLOWED_IMAGE.match(value) else f"image source {value[:60]!r}"
    if tag == "a" and attribute == "href":
        lowered = value.lower()
        if value.startswith("#"):
            return None if value[1:] in ids else f"fragment to a missing id {value!r}"
        if lowered.startswith("https://") and not lowered.startswith("https:///"):
            return None
        if lowered.startswith(("mailto:", "tel:")):
            return None
        return f"link target {value[:60]!r}"
    return f"URL attribute {value[:60]!r}"
