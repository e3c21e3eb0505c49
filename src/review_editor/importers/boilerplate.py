"""Recognising what is not the page's content: cookie notices, navigation, share links."""

from __future__ import annotations

import re

#: Short blocks whose whole text says what they are; longer blocks are always content.
_MAX_BOILERPLATE_CHARS = 200

_PHONE = r"(?:\+44\s?|0)\d{2,4}[\s‐-]?\d{3,4}[\s‐-]?\d{3,4}"
_I = re.IGNORECASE

#: (why, pattern) for a block whose whole text is site furniture, whatever the site.
_TEXT_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("cookie notice", re.compile(r"\bcookies?\b|\bconsent (preferences|settings)\b|\bcwci(s|au)?\b|"
                                 r"^(we value your privacy|your privacy( choices| settings| "
                                 r"preferences)?|privacy (overview|preference centre|settings)|"
                                 r"do not sell( or share)? my personal information|powered by "
                                 r"civic|this (web)?site uses google analytics)\W*$", _I)),
    ("consent buttons", re.compile(
        r"^(got it|ok(ay)?|ok,? i agree|i agree|i accept|dismiss|close this message|hide this "
        r"message|manage (cookie |my )?(preferences|settings|options)|change (cookie |my )?"
        r"settings|save (and close|my (preferences|choices)|preferences|settings)|(accept|reject|"
        r"allow|deny) (all|selection|necessary( only)?)|strictly necessary|necessary|analytics|"
        r"functional|marketing|derbyn( pob)?|gwrthod( pob)?|rheoli dewisiadau)\W*$", _I)),
    ("skip link", re.compile(r"^(skip|jump) (to|the|over|past|navigation|main|content|links?)\b"
                             r"|^neidio i['’]r (prif )?(g|c)ynnw", _I)),
    ("quick exit", re.compile(
        r"^(quick(ly)? (exit|leave|escape)|leave (this|the) (site|website|page)|"
        r"exit (this )?(site|website|page)|hide (this )?(page|site|website)|escape (this )?"
        r"(site|website|page)|click here to leave|panic button)\b", _I)),
    ("helpline", re.compile(
        rf"^(are you |if you are |if you're )?(concerned|worried) about (a|an|the)? ?"
        rf"(child|adult|young person|someone)\b"
        rf"|^in an emergency\b.*\b(999|call|ring|dial)\b|^if (you are|you're|you have)"
        rf" (worried|concerned)\b|^(if )?(a child|an adult|someone) is in (immediate )?danger"
        rf"|^(to )?report a (safeguarding )?concern\b|^(out of hours|emergency duty team)\b.*\d"
        rf"|^if you (suspect|think|believe|know)\b.{{0,120}}\b(call|ring|phone|contact)\b"
        rf".{{0,60}}{_PHONE}\W*$", _I)),
    ("newsletter chrome", re.compile(
        r"view (this|it|this email|this newsletter|the newsletter|online version)"
        r"( email| newsletter)? (in|on) (your|a) (web )?browser|having trouble viewing"
        r"|^unsubscribe\b|^forward (this )?to a (friend|colleague)|update (your )?"
        r"(subscription )?preferences|^(sign up|subscribe) (to|for) (our |the )?"
        r"(newsletter|updates|e-?bulletin|mailing list)|^(our|the) newsletter\b", _I)),
    ("page tools", re.compile(
        r"^(back to (the )?top|(scroll|return|go|jump) (back )?to (the )?top( of (the )?page)?|"
        r"top of (the )?page|on this page|jump to|print (this )?(page|article)?|"
        r"share (this )?(page|article|story"
        r"|post)?( on \w+)?|share on \w+|email (this )?page|listen to this page|print"
        r"|download (this )?page( as pdf)?|back to (news|all news|latest news|previous page)"
        r"|previous (post|article|story)|next (post|article|story)|leave a (comment|reply)"
        r"|comments? (are )?closed|no comments|(\d+ )?comments?|was this page (useful|helpful)"
        r".*|rate this page|report a problem with this page|copy( (the )?link)?|listen"
        r"|explore (sub-? ?)?topics|archwilio is-bynciau|gwrando|argraffu|rhannu)\W*$", _I)),
    ("page tools", re.compile(r"^\W*(previous|next|contents|back|home|up|top)(\s*[|/•·]\s*"
                              r"(previous|next|contents|back|home|up|top))+\W*$", _I)),
    ("document viewer", re.compile(
        r"^(upload(ed)?( by)?\s*:\s*\S+|post(ed)? on \d{1,2}[-/ ][A-Za-z]{3}[-/ ]\d{4}|"
        r"\d[\d,.]*k? (views?|downloads?|pages?)|transcript(ion)?|advertisement|"
        r"page( \d+( of \d+)?(\s*:.*)?)?|size: ?\d*\s*px|start display at page:?|"
        r"download\s+[\"“].{1,150}[\"”]|similar documents|report this document|embed)$", _I)),
    ("consent buttons", re.compile(r"^(accept|reject|decline|allow|agree)( all)?$", _I)),
    ("breadcrumbs", re.compile(r"^(you are here:?\s*)?home\s*(>|›|»|/|\||::)", _I)),
    ("breadcrumbs", re.compile(r"^you are here\b", _I)),
    ("copyright notice", re.compile(r"^(©|\(c\)|copyright\b)|all rights reserved", _I)),
    ("share links", re.compile(
        r"^(share:?\s*)?((facebook|twitter|x|linkedin|email|whatsapp|print)[\s|,/•·]*){2,}$",
        _I)),
    ("share links", re.compile(r"\b(profile|follow us|find us) (available )?on (facebook|"
                               r"twitter|x|linkedin|instagram)\b", _I)),
    ("page menu", re.compile(r"^(menu|main menu|search|search this site|close|open menu|"
                             r"sign in|log in|login|log out|register|home|navigation|site map|"
                             r"sitemap|members'? (area|login|log in)|add to (rss|my) \w+|rss"
                             r"( feed)?|(global |site |keyword )+search|a-z( index)?|"
                             r"(main |primary |secondary |site |mobile )?navigation( menu)?|"
                             r"translation help|translate this (page|site)|select (a|your) "
                             r"language|choose (a|your) language|language|iaith|cymraeg|"
                             r"english)$", _I)),
    ("site links", re.compile(
        r"^((accessibility( statement)?|a-z directory|a to z|contact us|privacy (notice|policy)"
        r"|terms( and conditions| of use)?|site ?map|help|feedback|jobs|careers)"
        r"\s*[|•·,]?\s*){2,8}$", _I)),
    ("empty label", re.compile(
        r"^(first |last )?(updated|published|posted|date|author|written by|by|posted by|"
        r"filed under|categor(y|ies)|tags?|topics?|share|reading time)( on)?\s*:?\s*$", _I)),
    ("post metadata", re.compile(r"^(posted|filed) (in|under)\b|^(tags?|categor(y|ies))\s*:|"
                                 r"^(time|reading time|location|venue|topics?|format|"
                                 r"audience)\s*:\s*\S.{0,60}$", _I)),
    ("content label", re.compile(
        r"^(blog( article| post)?|news( article| item| story)?|latest news|press release|"
        r"media release|news release|media statement|for immediate release|"
        r"article|case study|opinion|feature|newyddion|erthyglau newyddion|"
        r"erthygl newyddion|datganiad i['’]r wasg)\s*[|:]?$", _I)),
    ("site banner", re.compile(
        r"^(PUBLISHED|NEW|NOW PUBLISHED|JUST PUBLISHED|UPDATE|UPDATED|ALERT|IMPORTANT|"
        r"ANNOUNCEMENT|LATEST|COMING SOON)\s*[:!]\s+\S.{0,150}$")),
    ("language switcher", re.compile(r"^this (post|page|article|item) is (also )?available in\s*"
                                     r":?\s*\w+(\s*(,|and)\s*\w+)*\W*$", _I)),
    # "This article has been reviewed according to X's editorial process …": a news site's
    # note on how it checks its stories, above each one.
    ("editorial note", re.compile(r"^this (article|story|post|page) has been (reviewed|"
                                  r"fact-checked|checked|edited) (according to|in line with|"
                                  r"under)\b", _I)),
    ("related link", re.compile(r"^(read|see) (more|also)\s*:\s*\S.{0,150}$", _I)),
    ("\"looking for\" link", re.compile(r"^(are you )?looking for\b.{0,120}\?\s*$", _I)),
    ("site link", re.compile(r"^click here to (open|visit|go to|view|access)\b.{0,60}"
                             r"\b(web ?site|site|page)\W*$", _I)),
    ("site link", re.compile(r"^(click here|visit|go to) for (the )?([\w&'’-]+\s+){0,7}"
                             r"(board|partnership|committee|council|sab|lscb|l?scp|csp|"
                             r"web ?site|site)\W*$", _I)),
    ("welcome heading", re.compile(r"^welcome to\b(?!.*\b(review|report)\b).{0,80}$|"
                                   r"^welcome\W*$", _I)),
    ("image label", re.compile(r"^(image|iamge|photo|picture|thumbnail|graphic|icon)$|"
                               r"^(image|iamge|photo|picture|thumbnail)( of)?\s*:?\s|"
                               r"^[\w &'’-]{3,100}\blogo$", _I)),
    # "casnewydd Image copyright CHRIS BARTON", "Photo credit: …": a picture's credit line.
    ("image credit", re.compile(r"^(?=.{0,120}$).*\b(image|photo(graph)?|picture)\s+"
                                r"(copyright|credit|caption|courtesy)\b|"
                                r"^(photo(graph)?|image|picture)\s+(credit|courtesy)\b", _I)),
]


#: An accessibility toolbar's line holds nothing but these words ("Accessibility: A A A
#: Colour Black and White", "Toggle Contrast"), and at least one of the telling ones.
_TOOLBAR_WORDS = frozenset("""accessibility tools tool options settings toolbar toggle high
    contrast change colours colors colour color text size font reset increase decrease a listen
    reciteme recite me browsealoud translate select language black and white yellow on off blue
    default larger smaller bigger zoom in out dyslexia friendly mode dark light normal page
    this site view""".split())
_TOOLBAR_TELLING = frozenset("""accessibility contrast reciteme recite browsealoud translate
    font zoom dyslexia""".split())


def _toolbar(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    if not words or len(words) > 14 or any(word not in _TOOLBAR_WORDS for word in words):
        return False
    joined = " ".join(words)
    return any(word in _TOOLBAR_TELLING for word in words) or "text size" in joined \
        or "a a a" in joined


#: A cookie banner's paragraph, longer than other furniture: "We use cookies to give you the
#: best experience … change your cookie settings at any time."
_COOKIE_PARAGRAPH = re.compile(r"^(we|this (web)?site|our (web)?site|by (continuing|using))\b"
                               r"[^.]{0,80}\bcookies\b", _I)


def text_boilerplate(text: str) -> str | None:
    """Why a block with this text is boilerplate, or None if it is content."""
    text = " ".join(text.split())
    if len(text) > _MAX_BOILERPLATE_CHARS and len(text) <= 3 * _MAX_BOILERPLATE_CHARS \
            and _COOKIE_PARAGRAPH.match(text):
        return "cookie notice"  # a banner's whole paragraph about the site's cookies
    if not text or len(text) > _MAX_BOILERPLATE_CHARS:
        return None
    if _toolbar(text):
        return "accessibility tools"
    for reason, pattern in _TEXT_RULES:
        if pattern.search(text):
            return reason
    if _contact_line(text):
        return "helpline"
    return None


_CONTACT_LEAD = re.compile(rf"^(?:(?:call|ring|phone|tel(?:ephone)?)\b[.:]?\s*)?{_PHONE}", _I)
#: What may follow a helpline's number on its line: more numbers, an address, opening hours.
_CONTACT_TAIL = re.compile(
    rf"{_PHONE}|\S+@\S+|\([^)]{{0,40}}\)|\b(?:option|ext|extension)\.?\s*\d+|\b24/7\b|"
    r"\b(?:or|and|e-?mail|text|textphone|minicom|fax|tel|phone|mobile|24 hours|"
    r"out of hours|free(?:phone)?)\b", _I)


def _contact_line(text: str) -> bool:
    """A line that is a number to call and nothing else ("Call 0300 123 4567 (24 hours)"),
    not a sentence that gives a number ("Call 01234 567890 for more information.")."""
    lead = _CONTACT_LEAD.match(text)
    return lead is not None and not re.search(r"\w", _CONTACT_TAIL.sub(" ", text[lead.end():]))


def repeated_contact_lines(texts: list[str]) -> set[str]:
    """Lines giving a phone number that a document repeats: a header's or footer's helpline
    copied onto every page, never the document's own sentence (which it says once)."""
    seen: dict[str, int] = {}
    for text in texts:
        line = " ".join(text.split())
        if line and len(line) <= _MAX_BOILERPLATE_CHARS and re.search(_PHONE, line):
            seen[line] = seen.get(line, 0) + 1
    return {line for line, count in seen.items() if count >= 2}


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
