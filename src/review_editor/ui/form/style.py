"""The form's look: section cards, private tint, problem outline. Built from the palette so
it follows the system's light or dark scheme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

PROBLEM = "#c62828"
PRIVATE_LIGHT = ("#fff6e0", "#e3b34c", "#7a4f00")  # background, border, badge
PRIVATE_DARK = ("#3a2f17", "#9c7a2e", "#e8b64a")


def form_style(widget: QWidget) -> str:
    palette = widget.palette()
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    mid = palette.color(QPalette.ColorRole.Mid)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    private_bg, private_border, badge = PRIVATE_DARK if dark else PRIVATE_LIGHT
    card = base.name()
    nested = (window.lighter(104) if dark else window.darker(101)).name()
    border = _mix(mid, window, 0.55).name()
    return f"""
#formPage {{ background: {window.name()}; }}
Disclosure[level="0"] {{
    background: {card}; border: 1px solid {border}; border-radius: 6px;
}}
Disclosure[level="1"], Disclosure[level="2"] {{
    background: {nested}; border: 1px solid {border}; border-radius: 4px;
}}
Disclosure[private="true"], FieldRow[private="true"] {{
    background: {private_bg}; border: 1px solid {private_border}; border-radius: 4px;
}}
Disclosure[problem="true"] {{ border: 1px solid {PROBLEM}; }}
QToolButton#disclosureToggle {{ border: none; padding: 2px 2px; text-align: left; }}
QToolButton#disclosureToggle[sectionTitle="0"] {{ font-size: 11.5pt; font-weight: 600; }}
QToolButton#disclosureToggle[sectionTitle="1"] {{ font-weight: 600; }}
QToolButton#disclosureToggle:disabled {{ color: palette(text); }}
QLabel[badge="private"] {{
    background: {badge}; color: {"#1d1503" if dark else "#ffffff"};
    border-radius: 8px; padding: 1px 8px; font-size: 8pt; font-weight: 600;
}}
QLabel[fieldLabel="true"] {{ padding-top: 4px; }}
QLabel[privateLabel="true"] {{ color: {badge}; }}
QLabel[hint="true"] {{ color: {muted.name()}; }}
QLabel[problemMessage="true"] {{ color: {PROBLEM}; font-weight: 600; }}
QLineEdit[readOnlyField="true"] {{ background: transparent; color: {muted.name()}; }}
*[problem="true"] {{ border: 2px solid {PROBLEM}; border-radius: 3px; }}
QToolButton[itemButton="true"] {{ padding: 1px 6px; }}
QToolButton[chip="true"] {{
    background: {window.name()}; border: 1px solid {border}; border-radius: 9px;
    padding: 1px 8px;
}}
QToolButton[chip="true"]:focus {{ border: 2px solid palette(highlight); }}
QFrame[tokenBox="true"] {{ background: {card}; }}
QToolBar#markdownToolbar {{ border: none; spacing: 2px; padding: 0 0 2px 0; }}
"""


def _mix(a: QColor, b: QColor, weight: float) -> QColor:
    return QColor(
        round(a.red() * weight + b.red() * (1 - weight)),
        round(a.green() * weight + b.green() * (1 - weight)),
        round(a.blue() * weight + b.blue() * (1 - weight)),
    )
