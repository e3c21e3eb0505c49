"""Which of the form's sections are open when a record opens, per record kind.

A record opens with what officers write first (``layout.OPEN_SECTIONS``: the title, the
summary and the body) open and the rest folded, each heading saying what it holds. A section
the officer opens or folds stays so for that kind of record, remembered in the user's
settings (a plain dict, saved with them).
"""

from __future__ import annotations

from typing import Any

from .layout import OPEN_SECTIONS

SETTINGS_KEY = "form_open_sections"


class SectionMemory:
    def __init__(self, store: dict[str, Any] | None = None) -> None:
        #: The user's settings (``Settings.data``), or a dict of its own.
        self.store: dict[str, Any] = store if store is not None else {}

    def _kind(self, kind: str) -> dict[str, Any]:
        kinds = self.store.get(SETTINGS_KEY)
        remembered = kinds.get(kind) if isinstance(kinds, dict) else None
        return remembered if isinstance(remembered, dict) else {}

    def is_open(self, kind: str, title: str) -> bool:
        remembered = self._kind(kind).get(title)
        return remembered if isinstance(remembered, bool) else title in OPEN_SECTIONS

    def remember(self, kind: str, title: str, opened: bool) -> None:
        kinds = self.store.get(SETTINGS_KEY)
        if not isinstance(kinds, dict):
            kinds = self.store[SETTINGS_KEY] = {}
        sections = kinds.get(kind)
        if not isinstance(sections, dict):
            sections = kinds[kind] = {}
        sections[title] = opened
