"""The web copy: the preview's page as one standalone file.

``render_page`` already seals it (CSS inline, images as data: URIs, a Content-Security-
Policy that allows nothing else, one JSON-LD data block and no executable script); the
export audits the result once more and refuses to write a page that would load anything.
"""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from ..model.records import RecordModel
from ..render import CSP, Branding, render_page
from .characters import printable
from .files import ExportError, write_output
from .names import export_filename

#: Attributes through which an element loads something by itself (links are followed only
#: when the reader clicks them, so ``a href`` is not among them).
LOADING_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background", "action",
                                "formaction", "codebase", "ping", "xlink:href"})
LOADING_ELEMENTS = frozenset({"link", "base", "iframe", "frame", "object", "embed", "applet"})


def html_text(record: RecordModel, *, now: datetime, branding: Branding | None = None,
              base_dir: Path | None = None, mode: str = "html") -> str:
    return _sealed(render_page(record, now=now, branding=branding, mode=mode,
                               base_dir=base_dir))


def html_bytes(record: RecordModel, *, now: datetime, branding: Branding | None = None,
               base_dir: Path | None = None) -> bytes:
    return html_text(record, now=now, branding=branding, base_dir=base_dir).encode("utf-8")


def bilingual_html_bytes(record: RecordModel, order: str, *, now: datetime,
                         branding: Branding | None = None, base_dir: Path | None = None) -> bytes:
    """One page holding the Welsh and the English copy, each in an element with its ``lang``,
    in ``order`` ("welsh_first" or "english_first")."""
    return _sealed(render_page(record, now=now, branding=branding, mode="html",
                               base_dir=base_dir, language="bilingual",
                               order=order)).encode("utf-8")


def _sealed(page: str) -> str:
    """``page`` without control characters (a parse error in HTML, pasted from elsewhere),
    once it is known to load and run nothing."""
    problems = standalone_problems(page)
    if problems:
        raise ExportError("the page is not self-contained: " + "; ".join(problems))
    return printable(page)


def export_html(record: RecordModel, folder: Path, *, now: datetime,
                branding: Branding | None = None, base_dir: Path | None = None) -> Path:
    data = html_bytes(record, now=now, branding=branding, base_dir=base_dir)
    return write_output(Path(folder) / export_filename(record, "html", now), data)


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.csp: list[str] = []
        self.css: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        self._in_style = tag == "style"
        if tag == "meta" and values.get("http-equiv", "").lower() == "content-security-policy":
            self.csp.append(values.get("content", ""))
        if tag == "script" and values.get("type", "").lower() != "application/ld+json":
            self.problems.append("an executable script")
        if tag in LOADING_ELEMENTS:
            self.problems.append(f"a <{tag}> element")
        for name, value in values.items():
            if name in LOADING_ATTRIBUTES and not value.strip().lower().startswith("data:"):
                self.problems.append(f"<{tag} {name}> loads {value[:60]!r}")
            if name.startswith("on"):
                self.problems.append(f"an event handler <{tag} {name}>")
            if name == "style" and "url(" in value.lower():
                self.problems.append(f"a style attribute on <{tag}> that loads a URL")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css.append(data)

    handle_startendtag = handle_starttag


def standalone_problems(page: str) -> list[str]:
    """Why ``page`` could run or load something ([] when it cannot): what would make the
    export unsafe to send, not what would merely make it imperfect."""
    audit = _Audit()
    audit.feed(page)
    audit.close()
    problems = list(audit.problems)
    if audit.csp != [CSP]:
        problems.append("the Content-Security-Policy is missing or not the page's own")
    css = "".join(audit.css).lower()
    if "@import" in css or re.search(r"url\(\s*['\"]?(?!data:)", css):
        problems.append("the stylesheet loads another file")
    return problems
