"""Site furniture recognised by where it stands, not only by its words.

``boilerplate.text_boilerplate`` knows lines by their words (a skip link, a helpline). Some
furniture is known only by its place on the page:

- whatever stands above a breadcrumb is the site's header (its name, menus);
- a breadcrumb's own items name the page's section, and a line repeating the section's
  name just above the page's heading is a section label, not the headline;
- a menu link that repeats the next line with a prefix ("New - Child Safeguarding Practice
  Reviews") is navigation;
- a line that is nothing but a partnership's name, at the top, is the site's name: it names the
  publisher and is not the headline;
- a short line of two to four capitalised words under the headline is an author line;
- a document's table of contents (``contents.contents_lines``) is not the page's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, escape
from .contents import contents_lines
from .gazetteer import PartnershipMention, whole_name
from .publisher import whole_organisation

_CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|>|›|»|\||::|/|\\)\s*")
_YOU_ARE_HERE = re.compile(r"^\s*you are here\s*:?\s*", re.IGNORECASE)
#: The top of a page: furniture found by position is looked for only here.
TOP_BLOCKS = 8
_PERSON_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)?|[A-Z]\.?)$")
_NOT_NAME_WORDS = frozenset("""Review Reviews Report Board Partnership Safeguarding Children
    Adults Adult Child Practice Learning News Home Council Panel Committee Published Update
    Updates Briefing Case Cases Serious Safeguarding Domestic Homicide The Our Your About
    Contact Latest Publication Executive Summary Overview Annual Thematic Rapid National
    Local Guidance Policy Policies Procedures Training Resources Welcome Information""".split())


@dataclass
class Furniture:
    """What the page's layout says: removed blocks, the breadcrumb, the site's name."""

    removed: dict[int, str] = field(default_factory=dict)  # block index -> why
    crumbs: list[str] = field(default_factory=list)
    site_names: list[tuple[int, str, PartnershipMention | None]] = field(default_factory=list)


#: Languages a site's translation menu offers, by their English names.
_LANGUAGES = frozenset("""albanian amharic arabic bengali bulgarian cantonese chinese czech
    dari dutch english farsi filipino french german greek gujarati hindi hungarian irish italian
    japanese korean kurdish latvian lithuanian malayalam mandarin nepali pashto persian polish
    portuguese punjabi romanian russian scots slovak somali spanish swahili tagalog tamil
    tigrinya turkish ukrainian urdu vietnamese welsh yoruba""".split())


def split_language_menus(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each translation menu (a list of language names, "French —
    Français") marked as furniture; lines after the languages in the same list (a copy of
    the page often runs its headline into the menu) become paragraphs of their own."""
    result: list[Block] = []
    for block in blocks:
        lines = block.plain.splitlines() if block.kind == "list" else []
        count = 0
        while count < len(lines) and _language_line(lines[count]):
            count += 1
        if count < 4:
            result.append(block)
            continue
        menu = "\n".join(lines[:count])
        result.append(Block("list", menu, menu, boilerplate="translation menu"))
        for line in lines[count:]:
            text = re.sub(r"^\s*(?:[•*–-]|\d+[.)])\s+", "", line).strip()
            if text:
                result.append(Block("paragraph", text, escape(text)))
    return result


def _language_line(line: str) -> bool:
    text = re.sub(r"^\s*(?:[•*–-]|\d+[.)])\s+", "", line)
    first = re.match(r"[A-Za-z]+", text)
    return first is not None and first.group().lower() in _LANGUAGES and len(text) <= 60


def breadcrumb_items(text: str) -> list[str]:
    """The items of a breadcrumb line, without "You are here" and "Home"."""
    items = [item.strip() for item in _CRUMB_SEPARATORS.split(_YOU_ARE_HERE.sub("", text))]
    return [item for item in items if item and item.lower() != "home"]


def find_furniture(blocks: list[Block], content: list[int]) -> Furniture:
    """Furniture among the ``content`` blocks (indexes into ``blocks``) found by position."""
    found = Furniture()
    top = content[:TOP_BLOCKS]
    last = top[-1] if top else -1
    crumb_at = next((i for i in range(last + 1) if blocks[i].boilerplate == "breadcrumbs"),
                    None)
    if crumb_at is not None:
        found.crumbs = breadcrumb_items(blocks[crumb_at].plain)
        for index in top:
            if index >= crumb_at:
                break
            if _header_like(blocks[index]):
                found.removed[index] = "site header"
    for index in top:
        if _menu_list(blocks[index]):
            found.removed[index] = "site menu"
        if index and blocks[index - 1].boilerplate == "site banner" \
                and blocks[index].kind == "paragraph" and not _short_line(blocks[index]):
            found.removed[index] = "site banner"  # the banner's own line of text
    found.site_names.extend(_logo_names(blocks, last))
    for index in contents_lines(blocks, content):
        found.removed.setdefault(index, "table of contents")
    remaining = [i for i in content if i not in found.removed]
    prose = False  # a site's name stands above the page's text, never within it
    for position, index in enumerate(remaining[:TOP_BLOCKS]):
        block = blocks[index]
        prose = prose or (block.kind == "paragraph" and len(block.plain.split()) > 8
                          and bool(re.search(r"[.!?]$", block.plain.strip())))
        following = remaining[position + 1] if position + 1 < len(remaining) else None
        if following is not None and _menu_echo(block, blocks[following]):
            found.removed[index] = "menu link"
        elif following is not None and found.crumbs and _section_label(
                block, blocks[following], found.crumbs):
            found.removed[index] = "section label"
        elif block.kind in ("paragraph", "heading") and position < 4 and not prose:
            name = _site_name(block.plain)
            if name is not None:
                found.removed[index] = "site name"
                found.site_names.append((index, block.plain, name[1]))
    return found


_LOGO = re.compile(r"^(?P<name>.{3,150}?)\s+logo$", re.IGNORECASE)


def _logo_names(blocks: list[Block], last: int) -> list[tuple[int, str, PartnershipMention | None]]:
    """A logo's alt text at the top of the page ("Fenmoor Safeguarding Children Partnership
    logo") is furniture, but it names the site's own body when what precedes "logo" is a
    safeguarding body's whole name."""
    names = []
    for index in range(min(last + 1, len(blocks))):
        block = blocks[index]
        logo = _LOGO.match(" ".join(block.plain.split())) \
            if block.boilerplate == "image label" else None
        if logo is None:
            continue
        mention = whole_name(logo["name"])
        if mention is not None or whole_organisation(logo["name"]):
            names.append((index, logo["name"], mention))
    return names


def author_line(block: Block) -> bool:
    """A line that is only a person's name ("Sara Lloyd Evans", "By Jane Smith")."""
    text = re.sub(r"^(?:by|author|written by|posted by)\s*:?\s+", "", block.plain.strip(),
                  flags=re.IGNORECASE)
    words = text.split()
    return (block.kind == "paragraph" and 2 <= len(words) <= 4 and "\n" not in text
            and all(_PERSON_WORD.match(word) for word in words)
            and not any(word in _NOT_NAME_WORDS for word in words))


def _header_like(block: Block) -> bool:
    text = block.plain
    return block.kind in ("paragraph", "heading", "list") and len(text) <= 400 \
        and not re.search(r"[a-z]{2}[.!?](?:\s|$)", text)


def _menu_echo(block: Block, following: Block) -> bool:
    """"New - Child Safeguarding Practice Reviews" above "Child Safeguarding Practice
    Reviews": a short label and a separator before the next line's words."""
    text, next_text = _words(block.plain), _words(following.plain)
    if not next_text or len(text) <= len(next_text) or not text.endswith(next_text) \
            or len(block.plain) > 150 or len(next_text.split()) < 2:
        return False
    prefix = block.plain[: len(block.plain) - len(following.plain.strip())]
    return len(prefix.split()) <= 4 and bool(re.search(r"[-–—|:>»]\s*$", prefix))


def _section_label(block: Block, following: Block, crumbs: list[str]) -> bool:
    words = _words(block.plain)
    return any(_words(crumb) == words for crumb in crumbs) and _short_line(following) \
        and _words(following.plain) != words


def _short_line(block: Block) -> bool:
    text = block.plain
    return block.kind in ("paragraph", "heading") and "\n" not in text and len(text) <= 150 \
        and not re.search(r"[.:;,?]$", text)


_MENU_WORDS = frozenset("""home contact about news search publications topics services
    resources consultations events login menu""".split())
#: A logo's text beside its alt text: "Department of Health Department of Health …".
_DOUBLED = re.compile(r"^(?P<name>\S+(?:\s+\S+){1,7}?)\s+(?P=name)(?:\s|$)")


def _menu_list(block: Block) -> bool:
    """A site's menu: a list of a few one- to three-word links, "Home" or "Contact" among
    them."""
    if block.kind != "list":
        return False
    items = [re.sub(r"^\s*(?:[•*–-]|\d+[.)])\s+", "", line).strip()
             for line in block.plain.splitlines()]
    return 2 <= len(items) <= 12 and all(0 < len(item.split()) <= 3 for item in items) \
        and sum(item.lower() in _MENU_WORDS or item.lower() == "about us" for item in items) >= 2


def _site_name(text: str) -> tuple[str, PartnershipMention | None] | None:
    if len(text) > 150 or "\n" in text:
        return None
    doubled = _DOUBLED.match(text)
    if doubled and len(set(doubled["name"].split())) >= 2 \
            and not re.search(r"[.!?]$", text.strip()) and all(
            word[:1].isupper() or word in ("of", "and", "for", "the", "&")
            for word in doubled["name"].split()):
        return text, whole_name(doubled["name"])
    mention = whole_name(text)
    if mention is not None:
        return text, mention
    if whole_organisation(text):
        return text, None
    return None


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
