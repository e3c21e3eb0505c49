"""Recognising what is not the page's content: cookie notices, navigation, share links."""

from __future__ import annotations

import re

#: Short blocks whose whole text says what they are; longer blocks are always content.
_MAX_BOILERPLATE_CHARS = 200

_TEXT_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("cookie notice", re.compile(r"\bcookies?\b|\bconsent (preferences|settings)\b", re.I)),
    ("skip link", re.compile(r"^skip to (the )?(main )?(content|navigation)$", re.I)),
    ("page tools", re.compile(
        r"^(back to (the )?top|print (this )?page|share (this )?(page|article|story|post)"
        r"( on \w+)?|share on \w+|email this page|listen to this page)$", re.I)),
    ("consent buttons", re.compile(r"^(accept|reject|decline|allow|agree)( all)?$", re.I)),
    ("breadcrumbs", re.compile(r"^(you are here:?\s*)?home\s*(>|›|»|/|\|)", re.I)),
    ("breadcrumbs", re.compile(r"^you are here\b", re.I)),
    ("copyright notice", re.compile(r"^(©|\(c\)|copyright\b)|all rights reserved", re.I)),
    ("share links", re.compile(
        r"^(share:?\s*)?((facebook|twitter|x|linkedin|email|whatsapp|print)[\s|,/•·]*){2,}$",
        re.I)),
    ("newsletter sign-up", re.compile(r"^(sign up|subscribe) (to|for) our (newsletter|updates)",
                                      re.I)),
    ("page menu", re.compile(r"^(menu|main menu|search|close|open menu|sign in|log in)$",
                             re.I)),
]


def text_boilerplate(text: str) -> str | None:
    """Why a block with this text is boilerplate, or None if it is content."""
    text = " ".join(text.split())
    if not text or len(text) > _MAX_BOILERPLATE_CHARS:
        return None
    for reason, pattern in _TEXT_RULES:
        if pattern.search(text):
            return reason
    return None


# HTML elements ----------------------------------------------------------------------------

#: Elements that are never page content, whatever they hold.
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "head", "button", "select", "input", "textarea", "option", "dialog", "map", "audio",
    "video", "picture", "source", "track", "math", "meta", "link", "title", "base",
})

_TAGS = {"nav": "navigation", "aside": "sidebar", "footer": "footer", "form": "form"}
_ROLES = {
    "navigation": "navigation", "banner": "site header", "contentinfo": "footer",
    "complementary": "sidebar", "search": "search", "alertdialog": "cookie notice",
    "dialog": "dialog",
}
_CLASS_TOKENS = {
    "cookie": "cookie notice", "cookies": "cookie notice", "consent": "cookie notice",
    "gdpr": "cookie notice", "cookiebar": "cookie notice", "cc": "cookie notice",
    "breadcrumb": "breadcrumbs", "breadcrumbs": "breadcrumbs", "share": "share links",
    "sharing": "share links", "social": "share links", "newsletter": "newsletter sign-up",
    "skip": "skip link", "skiplink": "skip link", "navbar": "navigation", "nav": "navigation",
    "menu": "navigation", "sidebar": "sidebar", "footer": "footer", "masthead": "site header",
    "pagination": "navigation", "related": "related links",
}


def element_boilerplate(tag: str, attrs: dict[str, str], *, in_content: bool) -> str | None:
    """Why an HTML element is boilerplate, or None.

    ``header`` is boilerplate only outside the page's main content: an article's own header
    holds its title and date.
    """
    if tag in _TAGS:
        return _TAGS[tag]
    if tag == "header" and not in_content:
        return "site header"
    names = f"{attrs.get('id', '')} {attrs.get('class', '')}".lower()
    for token in re.split(r"[\s_-]+", names):
        if token in _CLASS_TOKENS:
            return _CLASS_TOKENS[token]
    return _ROLES.get(attrs.get("role", "").strip().lower())


def is_hidden(attrs: dict[str, str]) -> bool:
    style = attrs.get("style", "").replace(" ", "").lower()
    return ("hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true"
            or "display:none" in style or "visibility:hidden" in style)


def removed_note(reason: str, text: str, limit: int = 100) -> str:
    """How a removed element is listed in the record's provenance."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"{reason}: {text}"
