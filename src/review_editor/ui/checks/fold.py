"""The Checks dock's calm first view: the notes about fields still to fill in before
publishing are folded into one row ("20 fields still to fill in before publishing").

Presentation only: no finding changes code or severity, and only notes fold. Warnings and
blocking findings (every required field when checking for publication) are always listed
one by one. A blank record therefore opens with a handful of rows instead of a wall of
notes; the officer opens the fold with a click or Enter, and it opens by itself when they
ask for a check (F7, the toolbar's Check).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .issue_list import FOLD_AT_LEAST, TO_DO, Entry, Row, fields_phrase, is_to_fill_in

#: The fold's second line names this many places, then "and N more".
PLACES_NAMED = 4


@dataclass(frozen=True)
class FoldRow(Entry):
    """One row standing for the notes about fields still to fill in."""

    places: tuple[str, ...]  # the fields' human names, in reading order
    opened: bool

    @property
    def count(self) -> int:
        return len(self.places)

    @property
    def heading(self) -> str:
        return f"Still to fill in before publishing · {fields_phrase(self.count)}"

    @property
    def message(self) -> str:
        names = list(dict.fromkeys(self.places))  # a field named once
        shown = ", ".join(names[:PLACES_NAMED])
        more = len(names) - PLACES_NAMED
        return f"{shown} and {more} more" if more > 0 else shown

    @property
    def suggestion(self) -> str:
        if self.opened:
            return "listed below; press Enter or click here to fold them away"
        return "press Enter or click here to list them, or fill them in as you go"

    @property
    def text(self) -> str:
        state = "listed below" if self.opened else "folded"
        return f"{self.heading} ({state})\n{self.message}\n{self.suggestion}"

    @property
    def icon_key(self) -> str:
        return TO_DO


def fold_rows(rows: list[Row], *, opened: bool) -> list[Entry]:
    """``rows`` with the notes about fields to fill in replaced by one ``FoldRow`` where the
    first of them was; when ``opened``, they follow it, marked as inside the fold."""
    inside = [row for row in rows if is_to_fill_in(row.issue)]
    if len(inside) < FOLD_AT_LEAST:
        return list(rows)
    folded = {id(row) for row in inside}
    shown: list[Entry] = []
    for row in rows:
        if row is inside[0]:
            shown.append(FoldRow(tuple(row.place for row in inside), opened))
            if opened:
                shown.extend(replace(row, inside_fold=True) for row in inside)
        elif id(row) not in folded:
            shown.append(row)
    return shown
