"""Where the window and its docks are: restored from the settings, or the default layout
for the screen, and kept in the settings when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle

from ..common.settings import Settings
from ..common.widgets import from_base64, to_base64
from ..library.panel import LibraryPanel

LIBRARY_COLUMNS = "library_columns"
#: The least width at which the preview's page still reads well beside the form.
READABLE_PREVIEW = 300


def restore_layout(window: QMainWindow, settings: Settings, library: LibraryPanel) -> bool:
    """The window's size and docks as they were last; False when there was no size kept."""
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
    checks, under the preview: the form keeps the room its labels and fields need."""
    library, preview, checks = docks
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
    three_columns = library_least + form + max(right, READABLE_PREVIEW) + 2 * separator
    if window.dockWidgetArea(library) != Qt.DockWidgetArea.LeftDockWidgetArea \
            or window.tabifiedDockWidgets(library):
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, library)
    if width < three_columns:
        window.tabifyDockWidget(checks, library)
        checks.raise_()
    window.resize(size)
    if width < three_columns:
        column = max(right, library_least, int(width * 0.32))
        window.resizeDocks([preview], [column], Qt.Orientation.Horizontal)
    else:
        # The form gets the largest share: it needs about 640 px at 1366 px wide. The
        # preview comes next: at about 450 px its page is still readable.
        window.resizeDocks([library, preview], [int(width * 0.2), int(width * 0.32)],
                           Qt.Orientation.Horizontal)
    window.resizeDocks([preview, checks], [int(size.height() * 0.6), int(size.height() * 0.4)],
                       Qt.Orientation.Vertical)


def save_layout(window: QMainWindow, settings: Settings, library: LibraryPanel) -> None:
    settings.window_geometry = to_base64(window.saveGeometry())
    settings.window_state = to_base64(window.saveState())
    settings.data[LIBRARY_COLUMNS] = library.header_state()
