"""Markdown → sanitised HTML: cmarkgfm (CommonMark + GitHub tables), then nh3.

cmarkgfm drops raw HTML; nh3 then keeps only an allowlist of elements and attributes, denies
relative and protocol-relative URLs, and allows only https, mailto and tel links and data:
images. ``data-sourcepos`` survives, so a check's finding maps back to its line and column.
"""

from __future__ import annotations

import re

import cmarkgfm
import nh3
from cmarkgfm.cmark import Options

_OPTIONS = Options.CMARK_OPT_SOURCEPOS | Options.CMARK_OPT_VALIDATE_UTF8

ALLOWED_TAGS = {
    "p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote", "h1",
    "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "a", "img",
    "table", "thead", "tbody", "tr", "th", "td",
}
_POS = {"data-sourcepos"}
ALLOWED_ATTRIBUTES = {
    **{tag: set(_POS) for tag in ALLOWED_TAGS},
    "a": _POS | {"href", "title"},
    "img": _POS | {"src", "alt", "title"},
    "ol": _POS | {"start"},
    "th": _POS | {"align"},
    "td": _POS | {"align"},
}
LINK_SCHEMES = {"https", "mailto", "tel"}
#: Raster images only: an SVG can carry script and external references.
IMAGE_DATA_URI = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*$")


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    # Images are embedded only as data: URIs made by the renderer; anything else is dropped,
    # so no remote image can load and no data:text/html sneaks in as a link.
    if element == "img" and attribute == "src":
        return value if IMAGE_DATA_URI.match(value) else None
    if element == "a" and attribute == "href" and (value.lower().startswith("data:")
                                                   or hidden_host(value) is not None):
        return None
    return value


def hidden_host(url: str) -> tuple[str, str] | None:
    """(what the reader sees, where the address goes) for an address with user information
    before its host: "https://www.gov.uk@elsewhere.example/" goes to elsewhere.example. The
    authority ends at "/", "?", "#" or, as browsers read it, "\\"."""
    _, separator, rest = url.strip().partition("://")
    authority = re.split(r"[/?#\\]", rest, maxsplit=1)[0] if separator else ""
    shown, at, host = authority.rpartition("@")
    return (shown, host) if at else None


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=LINK_SCHEMES | {"data"},
        url_relative="deny",
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_filter_attribute,
        strip_comments=True,
    )


def render_raw(markdown: str) -> str:
    """cmarkgfm's HTML before sanitising: raw HTML already omitted, not yet allowlisted.

    For the renderer, which embeds local images between the two steps; never publish it.
    """
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=_OPTIONS)


def to_html(markdown: str) -> str:
    """Sanitised HTML with ``data-sourcepos`` on every block."""
    return sanitise(render_raw(markdown))
