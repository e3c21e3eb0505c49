"""The form and its panels at narrow widths and large fonts: a small laptop's window
(720 px), the 1366 px screens officers use at 125 and 150 % scaling (1093 and 911 logical px),
and a font half as large again. With every section open, no label is cut below its text or
drawn over its field, no header button is cut, and the Checks summary shows all its lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QFormLayout, QLabel, QToolButton, QWidget
from window_helpers import MakeWindow

from review_editor.ui.form.containers import Disclosure

#: The largest example: a bilingual record, so Welsh texts stand beside their English.
LARGEST = "adult-practice-review-adult-g.json"
#: (width, height, font size in per cent)
CASES = [(720, 600, 100), (911, 512, 100), (1024, 700, 100), (1366, 768, 100),
         (1024, 700, 150), (1366, 768, 150)]


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _open_everything(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every section, group and list item of the form opened, as an officer might."""
    for _ in range(10):
        folded = [block for block in window.form.findChildren(Disclosure)
                  if not block.expanded and block.collapsible()]
        if not folded:
            break
        for block in folded:
            block.expand()
        qtbot.wait(20)
    qtbot.wait(150)


def _window(make_window: MakeWindow, workspace: Path, qtbot, width: int, height: int):
    window = make_window(workspace / LARGEST)
    window.apply_default_layout(QSize(width, height))
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    qtbot.waitUntil(lambda: window.checks.ready, timeout=15000)
    _open_everything(window, qtbot)
    return window


def _least_label_width(label: QLabel) -> int:
    """A wrapped label needs its longest word; an unwrapped one, its whole text."""
    metrics = label.fontMetrics()
    text = label.text().replace("&", "")
    words = text.split() if label.wordWrap() else [text]
    margins = label.contentsMargins()
    return max((metrics.horizontalAdvance(word) for word in words), default=0) \
        + margins.left() + margins.right()


def _rows(window) -> Iterator[tuple[QWidget, QLabel, QWidget]]:  # type: ignore[no-untyped-def]
    for layout in window.form.findChildren(QFormLayout):
        panel = layout.parentWidget()
        if panel is None or not panel.isVisible():
            continue
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None:
                continue
            label_widget, field_widget = label.widget(), field.widget()
            if isinstance(label_widget, QLabel) and field_widget is not None \
                    and label_widget.isVisible():
                yield panel, label_widget, field_widget


@pytest.mark.parametrize(("width", "height", "font_percent"), CASES,
                         indirect=["font_percent"])
def test_every_label_is_whole_beside_its_field(make_window: MakeWindow, workspace: Path,
                                               qtbot, width: int, height: int,
                                               font_percent: int) -> None:
    window = _window(make_window, workspace, qtbot, width, height)
    case = (width, height, font_percent)
    rows = 0
    for panel, label, field in _rows(window):
        rows += 1
        label_rect, field_rect = _rect_in(label, panel), _rect_in(field, panel)
        assert label.width() >= _least_label_width(label), (label.text(), case, label.width())
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), (label.text(), case)
        assert not label_rect.intersects(field_rect), (label.text(), case, label_rect,
                                                       field_rect)
        assert field_rect.right() <= panel.width(), (label.text(), case)
    assert rows >= 30  # the record's fields in every section, opened
    # The docks give way to the form, never the other way round; the library stays at hand
    # (in its own column, or a tab beside the checks in a narrow window).
    assert window.form.width() >= window.form.minimumSizeHint().width(), case
    library = window.library_dock
    assert not library.isFloating() and (
        library.isVisible() or library in window.tabifiedDockWidgets(window.checks_dock)), case


@pytest.mark.parametrize(("width", "height", "font_percent"), CASES,
                         indirect=["font_percent"])
def test_header_buttons_and_the_checks_summary_are_whole(
        make_window: MakeWindow, workspace: Path, qtbot, width: int, height: int,
        font_percent: int) -> None:
    window = _window(make_window, workspace, qtbot, width, height)
    case = (width, height, font_percent)
    buttons = [button for block in window.form.findChildren(Disclosure)
               for button in block.header_actions.findChildren(QToolButton)
               if button.isVisible() and button.text()]
    assert len(buttons) >= 8  # move, duplicate and remove on every list item
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), (button.text(), case)
    summary = window.checks.summary
    assert summary.isVisible() and summary.text()
    assert summary.height() >= summary.heightForWidth(summary.width()), (case, summary.text())
    inside = _rect_in(summary, window.checks)
    assert inside.top() >= 0 and inside.bottom() <= window.checks.height(), case
    assert window.checks.list.height() > 0, case
