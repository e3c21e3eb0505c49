"""The window on small logical screens and with a large font: a 1366×768 laptop at 150 and
125 % scaling (911×512 and 1093×614 logical px), a window snapped to half a small screen
(720×600), the font at 100 and 150 %. The window's least size fits the screen, the form
keeps its least width, and in every panel (each tab brought to the front in turn) no
widget is smaller than its size hint and no two widgets overlap."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)
from window_helpers import MakeWindow

from review_editor.model import Kind, label
from review_editor.storage import scan_folder
from review_editor.ui.checks.header import ChecksHeader
from review_editor.ui.library.panel import LibraryPanel

BRADFORD = "thematic-review-into-cse-in-bradford.json"
BILINGUAL = "adult-practice-review-adult-g.json"  # the widest preview bar (its languages)
#: (width, height, font size in per cent, record)
CASES = [(911, 512, 150, BRADFORD), (911, 512, 150, BILINGUAL), (1093, 614, 150, BILINGUAL),
         (911, 512, 100, BRADFORD), (720, 600, 100, BILINGUAL)]


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    """The widgets ``layout`` places, through its nested layouts."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            yield widget
        elif inner is not None:
            yield from _layout_widgets(inner)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _cut(widget: QWidget) -> str | None:
    """Why ``widget`` is drawn smaller than it needs, or None."""
    if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored \
            or getattr(widget, "text", str)().endswith("…"):
        return None  # it ends in "…" (the library's folder, a section's title) by design
    size, hint, least = widget.size(), widget.sizeHint(), widget.minimumSizeHint()
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = QSize(least.width(), widget.heightForWidth(size.width()))
        else:
            needed = hint
    elif isinstance(widget, QAbstractButton) and (widget.text() or not widget.icon().isNull()):
        needed = hint
    elif isinstance(widget, QComboBox | QLineEdit):
        needed = QSize(least.width(), hint.height())
    else:
        return None
    if size.width() < needed.width() or size.height() < needed.height():
        return f"{type(widget).__name__} {widget.objectName()!r} " \
               f"{getattr(widget, 'text', lambda: '')()!r}: {size.toTuple()} < " \
               f"{needed.toTuple()}"
    return None


def _problems(root: QWidget) -> list[str]:
    """Widgets cut below their hint, and widgets a layout placed over one another (``root``
    in front: a widget squeezed to nothing shows nothing, and is cut all the same)."""
    problems = [cut for widget in [root, *root.findChildren(QWidget)]
                if widget.isVisible() and (cut := _cut(widget))]
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisible() or isinstance(parent, QMainWindow):
            continue
        placed = [w for w in _layout_widgets(layout) if w.isVisible() and not w.isWindow()]
        for index, first in enumerate(placed):
            for second in placed[index + 1:]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(f"{first.objectName() or type(first).__name__} overlaps "
                                    f"{second.objectName() or type(second).__name__} in "
                                    f"{parent.objectName() or type(parent).__name__}")
    return problems


def _window(make_window: MakeWindow, workspace: Path, qtbot, record: str, width: int,
            height: int):
    window = make_window(workspace / record)
    window.apply_default_layout(QSize(width, height))
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    qtbot.waitUntil(lambda: window.checks.ready, timeout=15000)
    qtbot.wait(100)
    return window


@pytest.mark.parametrize(("width", "height", "font_percent", "record"), CASES,
                         indirect=["font_percent"])
def test_the_window_fits_and_nothing_is_cut_or_overlapping(
        make_window: MakeWindow, workspace: Path, qtbot, width: int, height: int,
        font_percent: int, record: str) -> None:
    window = _window(make_window, workspace, qtbot, record, width, height)
    case = (width, height, font_percent, record)
    least = window.minimumSizeHint()
    assert least.width() <= width and least.height() <= height, (case, least)
    assert window.size() == QSize(width, height), case
    form = window.centralWidget()
    assert form.width() >= form.minimumSizeHint().width(), case  # the form stays readable
    assert window.form.width() >= window.form.minimumSizeHint().width(), case
    docks = [dock for dock in window.findChildren(QDockWidget) if dock.isVisible()]
    assert {window.library_dock, window.preview_dock, window.checks_dock} <= set(docks)
    toolbar = window.findChild(QToolBar, "toolbar:main")
    problems = _problems(form) + _problems(toolbar)
    for dock in docks:
        dock.raise_()  # each panel in front in turn, as the officer brings it there
        qtbot.waitUntil(lambda dock=dock: _shown(dock), timeout=3000)
        qtbot.wait(50)
        inside = _rect_in(dock, window)
        assert window.rect().contains(inside), (case, dock.objectName(), inside)
        assert not inside.intersects(_rect_in(form, window)), (case, dock.objectName())
        assert dock.height() >= dock.minimumSizeHint().height(), (case, dock.objectName())
        problems += _problems(dock)
    assert not problems, (case, problems)


@pytest.mark.parametrize(("width", "height", "font_percent"),
                         [(911, 512, 150), (911, 512, 100)], indirect=["font_percent"])
def test_the_preview_gets_the_height_on_a_short_screen(
        make_window: MakeWindow, workspace: Path, qtbot, width: int, height: int,
        font_percent: int) -> None:
    """Too short for a readable preview above the checks: the checks and the library wait
    in tabs beside the preview, which shows in front at the column's whole height, and
    Check brings the findings to the front. With a large font the toolbar takes one line."""
    window = _window(make_window, workspace, qtbot, BRADFORD, width, height)
    preview, checks = window.preview_dock, window.checks_dock
    assert {checks, window.library_dock} <= set(window.tabifiedDockWidgets(preview))
    assert _shown(preview) and not _shown(checks)
    lines = window.fontMetrics().lineSpacing()
    assert preview.height() >= 14 * lines, (preview.height(), lines)
    if font_percent > 100:  # the toolbar's words beside its icons: one line, not two
        toolbar = window.findChild(QToolBar, "toolbar:main")
        assert toolbar.isVisible() and toolbar.height() < 2 * lines, toolbar.height()
        assert not _problems(toolbar)
    window.checks.check_and_list()
    qtbot.waitUntil(lambda: _shown(checks), timeout=3000)


@pytest.mark.parametrize("font_percent", [100, 150], indirect=True)
def test_the_library_filters_fold_and_never_force_its_width(
        app_home: Path, workspace: Path, qtbot, font_percent: int) -> None:
    holder = QWidget()  # no layout: the panel takes the sizes it is given
    qtbot.addWidget(holder)
    library = LibraryPanel(holder)
    library.set_scan(scan_folder(workspace))
    holder.resize(1000, 1000)
    holder.show()
    row = library.filter_row.minimumSizeHint().width()
    assert library.minimumSizeHint().width() < row  # the lists never set the least width
    library.resize(library.minimumSizeHint())
    qtbot.waitUntil(lambda: library.filters_folded)
    assert not library.kind_filter.isVisible() and library.filter_button.isVisible()
    qtbot.wait(20)
    assert not _problems(library), _problems(library)
    everything = len(library.visible_titles())
    button = library.filter_button
    assert button.text() == "Filter"
    menu = button.menu()
    menu.aboutToShow.emit()
    kinds = next(action.menu() for action in menu.actions()
                 if action.menu() is not None and action.text().startswith("Kind"))
    news = next(action for action in kinds.actions()
                if action.text() == label(Kind.news_item))
    news.trigger()
    assert library.kind_filter.currentData() == Kind.news_item.value
    assert button.text() == "Filter (1)" and label(Kind.news_item) in button.toolTip()
    assert 0 < len(library.visible_titles()) < everything
    menu.aboutToShow.emit()
    clear = next(action for action in menu.actions()
                 if action.objectName() == "action:library_filter_clear")
    clear.trigger()
    assert len(library.visible_titles()) == everything and button.text() == "Filter"
    # A narrow but tall panel, or a wide but short one, keeps the button; with room for
    # the lists' row and a few lines of the list under it, the lists come back.
    tall = library.minimumSizeHint().height() + 30 * library.fontMetrics().lineSpacing()
    library.resize(row, library.minimumSizeHint().height())
    qtbot.wait(20)
    assert library.filters_folded
    library.resize(row + 20, tall)
    qtbot.waitUntil(lambda: not library.filters_folded)
    assert library.kind_filter.isVisible() and not library.filter_button.isVisible()
    assert library.kind_filter.currentIndex() == 0
    qtbot.wait(20)
    assert not _problems(library), _problems(library)


@pytest.mark.parametrize("font_percent", [100, 150], indirect=True)
def test_show_notes_stands_beside_check_as_when_both_fit(qtbot, font_percent: int) -> None:
    """So the summary of the findings has the panel's whole width and wraps into fewer
    lines; in a narrow panel it stands beside the summary, and nothing is cut either way."""
    holder = QWidget()
    qtbot.addWidget(holder)
    header = ChecksHeader(True, holder)
    header.summary.setText("1 to do before publishing · 5 warnings · 10 notes · "
                           "7 fields to fill in")
    holder.resize(1200, 400)
    holder.show()

    def row_of(widget: QWidget) -> int:
        return header.grid.getItemPosition(header.grid.indexOf(widget))[0]

    for width, beside_target in ((1000, True), (header.minimumSizeHint().width(), False)):
        header.resize(width, 300)
        qtbot.wait(20)
        assert (row_of(header.show_notes) == row_of(header.target)) is beside_target, width
        if beside_target:
            assert header.summary.width() == header.width()
        assert not _problems(header), (width, _problems(header))


@pytest.mark.parametrize(("width", "height", "font_percent"),
                         [(911, 512, 150), (720, 600, 100)], indirect=["font_percent"])
def test_the_checks_take_the_width_their_name_question_needs(
        make_window: MakeWindow, workspace: Path, qtbot, width: int, height: int,
        font_percent: int) -> None:
    """The question under a name finding ("a professional" or "not a name") widens the
    checks' column rather than being cut, and the form keeps its least width."""
    window = _window(make_window, workspace, qtbot, BRADFORD, width, height)
    window.checks_dock.raise_()
    window.checks.name_bar.offer("Zorbek Quillan")
    qtbot.waitUntil(lambda: window.checks.name_bar.isVisible(), timeout=3000)
    qtbot.wait(100)
    assert window.size() == QSize(width, height)
    assert window.form.width() >= window.form.minimumSizeHint().width()
    assert not _problems(window.checks_dock), _problems(window.checks_dock)
