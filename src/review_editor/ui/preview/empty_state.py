"""The preview dock's page while no record is open: what will appear there and how to
open or start a record. A static local page (``resources/ui/preview-empty.html``),
coloured like the window; it runs no script and loads nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QKeySequence, QPalette

from ... import resources

if TYPE_CHECKING:
    from .view import PreviewView

TEMPLATE = ("ui", "preview-empty.html")
#: The key of the page the preview's scheme serves.
PAGE_KEY = "no-record"


def empty_state_html(palette: QPalette, new_keys: str = "") -> str:
    """The page, in the window's colours. Only colour names (``#rrggbb``) and the
    shortcut's own text are put into it."""
    role = QPalette.ColorRole
    values = {
        "window": palette.color(role.Window).name(),
        "base": palette.color(role.Base).name(),
        "text": palette.color(role.Text).name(),
        "muted": _mix(palette.color(role.Text), palette.color(role.Base), 0.65),
        "border": palette.color(role.Mid).name(),
        "new_keys": _escape(new_keys or QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText) or "Ctrl+N"),
    }
    page = resources.read_text(*TEMPLATE)
    for name, value in values.items():
        page = page.replace("{{ " + name + " }}", value)
    return page


def show_empty_state(view: PreviewView) -> None:
    """Load the page into ``view`` (in place of the last record's page)."""
    url = view.handler.publish(PAGE_KEY, empty_state_html(view.palette()), view.channel)
    view.page.allow_next(url)
    view.page.load(url)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mix(text: QColor, base: QColor, weight: float) -> str:
    """A muted text colour, ``weight`` of the text's over the base: readable on light and
    dark palettes alike (the placeholder colour may be translucent)."""
    channels = (round(a * weight + b * (1 - weight)) for a, b in (
        (text.red(), base.red()), (text.green(), base.green()), (text.blue(), base.blue())))
    return QColor(*channels).name()
