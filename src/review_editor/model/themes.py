"""The starting list of themes (DOMAIN B2): the form offers them and the importer suggests
them (with the words in ``importers.terms``); the list is extensible."""

from __future__ import annotations

import re
from typing import NamedTuple


class ThemeOption(NamedTuple):
    id: str
    label: str


THEMES: tuple[ThemeOption, ...] = (
    ThemeOption("child-sexual-exploitation", "Child sexual exploitation"),
    ThemeOption("child-criminal-exploitation", "Child criminal exploitation"),
    ThemeOption("neglect", "Neglect"),
    ThemeOption("domestic-abuse", "Domestic abuse"),
    ThemeOption("coercive-control", "Coercive control"),
    ThemeOption("self-neglect", "Self-neglect"),
    ThemeOption("hoarding", "Hoarding"),
    ThemeOption("fire-risk", "Fire risk"),
    ThemeOption("mental-capacity", "Mental capacity"),
    ThemeOption("professional-curiosity", "Professional curiosity"),
    ThemeOption("voice-of-the-child", "Voice of the child"),
    ThemeOption("information-sharing", "Information sharing"),
    ThemeOption("escalation", "Escalation"),
    ThemeOption("transitions", "Transitions"),
    ThemeOption("safe-sleep", "Safe sleep"),
    ThemeOption("non-accidental-injury", "Non-accidental injury"),
    ThemeOption("parental-substance-use", "Parental substance use"),
    ThemeOption("parental-mental-health", "Parental mental health"),
    ThemeOption("children-not-in-school", "Children not in school"),
    ThemeOption("racism-and-cultural-identity", "Racism and cultural identity"),
    ThemeOption("disability", "Disability"),
    ThemeOption("exploitation-outside-the-home", "Exploitation outside the home"),
    ThemeOption("mappa-marac-interface", "MAPPA/MARAC interface"),
    ThemeOption("impact-of-covid-19", "Impact of COVID-19"),
)


def theme_id(label: str) -> str:
    """A stable id for a theme label: "Impact of COVID-19" → "impact-of-covid-19"."""
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def theme_for_label(label: str) -> dict[str, str]:
    """The vocabulary entry with this label (any case), or a new theme made from it."""
    wanted = label.strip()
    for option in THEMES:
        if option.label.casefold() == wanted.casefold() or option.id == wanted:
            return {"id": option.id, "label": option.label}
    return {"id": theme_id(wanted), "label": wanted}
