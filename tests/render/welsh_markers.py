"""Records of every kind with every public text set to a distinct marker word, so a test can
tell which field each text on a page came from."""

from __future__ import annotations

import re
from typing import Any

from model.model_fill import PUBLIC_TEXT, filled_data
from review_editor.model import RecordModel, parse_record

KINDS = ("news_item", "review_notice", "learning_brief")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def shape(path: str) -> str:
    """A field path without its list indexes: ``review.recommendations.0.text`` →
    ``review.recommendations.text``."""
    return re.sub(r"\.\d+(?=\.|$)", "", path)


def marked_record(kind: str) -> tuple[RecordModel, dict[str, str]]:
    """A bilingual record of ``kind`` with every public text (English and Welsh, at any
    depth, list items too) a distinct marker, and each marker's field path."""
    markers: dict[str, str] = {}
    data = _mark(filled_data(kind), "", markers)
    data["bilingual"] = True
    return parse_record(data), markers


def _mark(value: Any, path: str, markers: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _mark(item, f"{path}.{key}" if path else key, markers)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_mark(item, f"{path}.{index}", markers) for index, item in enumerate(value)]
    if isinstance(value, str) and value.startswith(PUBLIC_TEXT):
        marker = _word(len(markers))
        markers[marker] = path
        return marker
    return value


def _word(number: int) -> str:
    """"mkaaaaq", "mkaaabq", …: all the same length, so none holds another."""
    letters = ""
    for _ in range(4):
        number, digit = divmod(number, len(_LETTERS))
        letters = _LETTERS[digit] + letters
    return f"mk{letters}q"


def shown(text: str, markers: dict[str, str]) -> set[str]:
    """The field paths whose marker is in ``text``."""
    return {path for marker, path in markers.items() if marker in text}


def page_body(page: str) -> str:
    """What readers see: the page after its head (metadata, title, styles)."""
    return page.split("<body", 1)[1]


def articles(page: str) -> dict[str, str]:
    """The page's language copies: ``lang`` → the copy's HTML ("" on a one-language page,
    whose article carries no ``lang`` of its own)."""
    return dict(re.findall(r'<article class="record"(?: lang="([a-zA-Z-]+)")?>(.*?)</article>',
                           page, flags=re.S))


def outside_articles(page: str) -> str:
    """The page's masthead and footer: what the language copies share."""
    return re.sub(r'<article class="record".*?</article>', "", page_body(page), flags=re.S)
