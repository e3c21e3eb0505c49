"""Many rows of a form changed at once, and the form laid out once after them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtWidgets import QLayout, QWidget

#: The number of rows changed at once from which their blocks' layouts wait.
MANY_ROWS = 20


@contextmanager
def laid_out_once(page: QWidget, rows: Sequence[QWidget]) -> Iterator[None]:
    """Let ``rows`` of ``page`` change (a message shown or hidden under each) with the
    layouts holding them switched off meanwhile, when they are many.

    A message shown under a field has Qt lay out the block of rows holding it again at
    once, and a record's sections are one block: a check finding a placeholder in each of
    800 sections held the window for 40 seconds. With the blocks' layouts off, each message
    only marks them to be laid out, once, when the window next lays out. The page stays
    shown, so the field the officer types in keeps the focus and the form its place."""
    if len(rows) < MANY_ROWS:
        yield
        return
    layouts: list[QLayout] = []
    seen: set[QWidget] = set()
    for row in rows:
        holder = row.parentWidget()
        while holder is not None and holder not in seen:
            seen.add(holder)
            layout = holder.layout()
            if layout is not None and layout.isEnabled():
                layout.setEnabled(False)
                layouts.append(layout)
            if holder is page:
                break
            holder = holder.parentWidget()
    try:
        yield
    finally:
        for layout in layouts:
            layout.setEnabled(True)
            layout.invalidate()
