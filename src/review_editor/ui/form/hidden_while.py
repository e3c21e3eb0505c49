"""Many changes to a form's rows made while its page is hidden, then laid out once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget

#: The number of rows changed at once from which the page is hidden meanwhile.
MANY_ROWS = 20


@contextmanager
def hidden_while(page: QWidget, rows: int) -> Iterator[None]:
    """Hide ``page`` while ``rows`` of its rows change, when they are many.

    A problem message shown under a field of a shown page has Qt lay out the rows above it
    again at once, so a check finding a placeholder in each of 800 sections held the window
    for 40 seconds; on a hidden page the messages wait, and are laid out together when it is
    shown again. The focus (an editor the officer types in) is given back."""
    if rows < MANY_ROWS or not page.isVisible():
        yield
        return
    focused = QApplication.focusWidget()
    page.hide()
    try:
        yield
    finally:
        page.show()
        if focused is not None and page.isAncestorOf(focused):
            focused.setFocus()
