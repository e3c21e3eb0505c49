"""The form and the preview's prompt in a narrow window (720 px wide, as on a small laptop
with the window snapped to half the screen) and in the usual sizes: no label is drawn over
its field, no button is cut, no header's buttons cover its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget
from window_helpers import MakeWindow

from review_editor.ui.form.containers import Disclosure

BRADFORD = "thematic-review-into-cse-in-bradford.json"
SIZES = [(720, 700), (1024, 700), (1366, 768)]


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _shown_window(make_window: MakeWindow, workspace: Path, qtbot, size: tuple[int, int]):
    window = make_window(workspace / BRADFORD)
    window.apply_default_layout(QSize(*size))
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=3000)
    qtbot.wait(150)
    return window


@pytest.mark.parametrize("size", SIZES)
def test_header_buttons_never_cover_a_title(make_window: MakeWindow, workspace: Path, qtbot,
                                            size: tuple[int, int]) -> None:
    window = _shown_window(make_window, workspace, qtbot, size)
    blocks = [block for block in window.form.findChildren(Disclosure)
              if block.isVisible() and block.header_actions.isVisible()]
    assert blocks  # the body's section has its move, duplicate and remove buttons
    for block in blocks:
        toggle = _rect_in(block.toggle, block)
        actions = _rect_in(block.header_actions, block)
        assert not toggle.intersects(actions), (block.title, size)
        assert actions.right() <= block.width(), (block.title, size)


@pytest.mark.parametrize("size", SIZES)
def test_the_set_up_prompt_shows_its_buttons_whole(make_window: MakeWindow, workspace: Path,
                                                    qtbot, size: tuple[int, int]) -> None:
    window = _shown_window(make_window, workspace, qtbot, size)
    prompt = window.preview.band_prompt
    assert prompt is not None and prompt.isVisible()  # no partnership profile is set up
    for button in (prompt.set_up_button, prompt.not_now_button):
        text = button.text().replace("&", "")
        needed = button.fontMetrics().horizontalAdvance(text)
        geometry = _rect_in(button, prompt)
        assert button.width() >= needed, (text, size, button.width(), needed)
        assert geometry.left() >= 0 and geometry.right() <= prompt.width(), (text, size)
    assert "Set up your partnership" in prompt.set_up_button.accessibleName()


@pytest.mark.parametrize("size", SIZES)
def test_the_welcome_page_fits_its_column(make_window: MakeWindow, qtbot,
                                          size: tuple[int, int]) -> None:
    window = make_window()
    window.apply_default_layout(QSize(*size))
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=3000)
    qtbot.wait(150)
    page = window.welcome
    assert window.pages.currentWidget() is page
    bar = page.horizontalScrollBar()
    assert not (bar.isVisible() and bar.maximum() > 0), size  # nothing cut at the right
    for button in (page.set_up_button, page.new_button, page.close_button):
        text = button.text().replace("&", "")
        assert button.width() >= button.fontMetrics().horizontalAdvance(text), (text, size)
