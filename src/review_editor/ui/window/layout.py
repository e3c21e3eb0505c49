"""Where the window and its docks are: restored from the settings, or the default layout
for the screen, and kept in the settings when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QTabBar, QToolBar

from ..common.settings import Settings
from ..common.widgets import from_base64, to_base64
from ..library.panel import LibraryPanel

LIBRARY_COLUMNS = "library_columns"
#: The least width at which the preview's page still reads well beside the form.
READABLE_PREVIEW = 300
#: The least width, in average characters of the window's font, at which the library's
#: titles still read well in a column of their own (its least width is much less).
READABLE_LIBRARY_CHARACTERS = 30
#: The least height, in lines of the window's font, at which the preview (its bar, a
#: prompt and the page) still reads well above the checks.
READABLE_PREVIEW_LINES = 14
#: A window shorter than this, in lines of its font, shows the toolbar's words beside its
#: icons rather than under them, and the room goes to the form and the preview.
COMPACT_TOOLBAR_LINES = 28

Area = Qt.DockWidgetArea


class TabsInStep(QObject):
    """Docks in tabs share one place, but Qt sizes only the one in front: a panel behind
    kept the size it had before (at the start, none), and a word-wrapped text in it asked
    for the height of its lines at that width, which could make the window taller than the
    screen. Each dock behind takes the size of the one in front whenever that changes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def watch(self, docks: list[QDockWidget]) -> None:
        for dock in docks:
            dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QDockWidget) \
                and not watched.isFloating() \
                and self._window.rect().contains(watched.geometry().center()):
            for behind in self._window.tabifiedDockWidgets(watched):
                if behind.size() != watched.size():
                    behind.resize(watched.size())
        return False


class ToolbarsFit(QObject):
    """The toolbars' words beside their icons in a short window, under them otherwise."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QMainWindow):
            fit_toolbars(watched, watched.height())
        return False


BESIDE, UNDER = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                 Qt.ToolButtonStyle.ToolButtonTextUnderIcon)


def fit_toolbars(window: QMainWindow, height: int) -> None:
    short = height < COMPACT_TOOLBAR_LINES * window.fontMetrics().lineSpacing()
    for bar in _toolbars(window):
        if bar.toolButtonStyle() in (BESIDE, UNDER):  # toolbars of words and icons
            bar.setToolButtonStyle(BESIDE if short else UNDER)


def _toolbars(window: QMainWindow) -> list[QToolBar]:
    return window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)


def keep_tabs_in_step(window: QMainWindow) -> None:
    """Once per window: docks in tabs keep the size of the one in front (``TabsInStep``),
    and the toolbars follow the window's height (``ToolbarsFit``)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    if window.findChild(TabsInStep, options=direct) is None:
        TabsInStep(window).watch(window.findChildren(QDockWidget, options=direct))
        window.installEventFilter(ToolbarsFit(window))


def restore_layout(window: QMainWindow, settings: Settings, library: LibraryPanel) -> bool:
    """The window's size and docks as they were last; False when there was no size kept."""
    keep_tabs_in_step(window)
    geometry, state = settings.window_geometry, settings.window_state
    restored = bool(geometry) and window.restoreGeometry(from_base64(geometry or ""))
    if state:
        window.restoreState(from_base64(state))
    columns = settings.data.get(LIBRARY_COLUMNS)
    if isinstance(columns, str) and columns:
        library.restore_header_state(columns)
    return restored


def default_layout(window: QMainWindow, docks: list[QDockWidget],
                   size: QSize | None = None) -> None:
    """``docks`` are the library (left), the preview and the checks (right, one above the
    other). A window too narrow for three columns, the form at its least width and a
    readable preview (a small laptop, a large font), puts the library in a tab beside the
    checks, under the preview: the form keeps the room its labels and fields need. A window
    too short for a readable preview above the checks puts the checks (and the library,
    when narrow) in tabs beside the preview, the preview in front."""
    library, preview, checks = docks
    keep_tabs_in_step(window)
    if size is None:
        screen = window.screen().availableGeometry()
        size = QSize(min(1600, int(screen.width() * 0.9)),
                     min(1000, int(screen.height() * 0.9)))
    width = size.width()
    separator = window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
    central = window.centralWidget()
    form = central.minimumSizeHint().width() if central is not None else 0
    right = max(preview.minimumSizeHint().width(), checks.minimumSizeHint().width())
    library_least = library.minimumSizeHint().width()
    library_readable = max(library_least,
                           READABLE_LIBRARY_CHARACTERS * window.fontMetrics().averageCharWidth())
    three_columns = library_readable + form + max(right, READABLE_PREVIEW) + 2 * separator
    narrow = width < three_columns
    under_preview = [checks, library] if narrow else [checks]
    fit_toolbars(window, size.height())
    docks_height = size.height() - _bars_height(window)
    least_under = max(dock.minimumSizeHint().height() for dock in under_preview)
    if len(under_preview) > 1:
        least_under += _tab_bar_height(window)
    preview_height = min(int(docks_height * 0.6), docks_height - separator - least_under)
    stacked = preview_height >= READABLE_PREVIEW_LINES * window.fontMetrics().lineSpacing()
    _reset_docks(window, library, preview, checks)
    if not stacked:
        window.tabifyDockWidget(preview, checks)
    if narrow:
        window.tabifyDockWidget(checks, library)
    (checks if stacked else preview).raise_()
    window.resize(size)
    if narrow:
        column = max(right, library_least, int(width * 0.32))
        window.resizeDocks([preview], [column], Qt.Orientation.Horizontal)
    else:
        # The form gets the largest share: it needs about 640 px at 1366 px wide. The
        # preview comes next: at about 450 px its page is still readable.
        window.resizeDocks([library, preview], [int(width * 0.2), int(width * 0.32)],
                           Qt.Orientation.Horizontal)
    if stacked:
        window.resizeDocks([preview, checks],
                           [int(size.height() * 0.6), int(size.height() * 0.4)],
                           Qt.Orientation.Vertical)


def _reset_docks(window: QMainWindow, library: QDockWidget, preview: QDockWidget,
                 checks: QDockWidget) -> None:
    """The library alone on the left, the preview above the checks on the right."""
    if window.dockWidgetArea(library) != Area.LeftDockWidgetArea \
            or window.tabifiedDockWidgets(library):
        window.addDockWidget(Area.LeftDockWidgetArea, library)
    if window.tabifiedDockWidgets(preview) or window.tabifiedDockWidgets(checks) \
            or window.dockWidgetArea(preview) != Area.RightDockWidgetArea:
        window.addDockWidget(Area.RightDockWidgetArea, preview)
        window.splitDockWidget(preview, checks, Qt.Orientation.Vertical)


def _bars_height(window: QMainWindow) -> int:
    """What the menu bar, the toolbars above and below, and the status bar take of the
    window's height."""
    height = window.menuBar().sizeHint().height() if window.menuWidget() is not None else 0
    status = window.statusBar()
    height += status.sizeHint().height() if not status.isHidden() else 0
    for bar in _toolbars(window):
        if not bar.isHidden() and window.toolBarArea(bar) \
                in (Qt.ToolBarArea.TopToolBarArea, Qt.ToolBarArea.BottomToolBarArea):
            height += bar.sizeHint().height()
    return height


def _tab_bar_height(window: QMainWindow) -> int:
    """The height of the tabs under docks that share their place."""
    bar = QTabBar()
    bar.setFont(window.font())
    bar.addTab("Checks")
    height = bar.sizeHint().height()
    bar.deleteLater()
    return height


def save_layout(window: QMainWindow, settings: Settings, library: LibraryPanel) -> None:
    settings.window_geometry = to_base64(window.saveGeometry())
    settings.window_state = to_base64(window.saveState())
    settings.data[LIBRARY_COLUMNS] = library.header_state()
