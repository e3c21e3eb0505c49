"""The preview widget: the sealed web view, a desktop/mobile width toggle, and clicks
mapped back to the block under the pointer."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .sealed import SealedPage, shared_profile

MOBILE_WIDTH = 375  # CSS pixels of a typical phone
DESKTOP_WIDTH = 960  # CSS pixels of the narrowest desktop page, in preview mode
FIND_PROXY_MS = 1000  # see _watch_focus_proxy
#: The preview's languages for a bilingual record, each named in its own language.
LANGUAGES = (("Dwyieithog · Bilingual", "bilingual"), ("Cymraeg", "cy"), ("English", "en"))
APP_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld

_BLOCK_AT = """(function (x, y) {
  var node = document.elementFromPoint(x, y);
  var ids = [];
  while (node) { if (node.id) { ids.push(node.id); } node = node.parentElement; }
  return JSON.stringify(ids);
})(%d, %d)"""


class PreviewView(QWidget):
    """Shows what will be published. ``block_clicked`` carries the ids of the clicked
    element and its ancestors (innermost first); ``link_clicked`` a link's URL."""

    block_clicked = Signal(list)
    link_clicked = Signal(QUrl)
    language_chosen = Signal(str)  # "bilingual", "cy" or "en"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.profile, self.handler = shared_profile()
        self.channel = f"view{id(self):x}"
        self.web = QWebEngineView(self)
        self.web.setObjectName("preview:web")
        self.web.setAccessibleName("Preview of the published page")
        self.web.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.page = SealedPage(self.profile, self.web)
        self.web.setPage(self.page)
        handler, channel = self.handler, self.channel
        self.destroyed.connect(lambda *_: handler.forget(channel))
        self.page.link_clicked.connect(self.link_clicked)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.status = QLabel("")
        self.status.setObjectName("preview:status")
        bar.addWidget(self.status, 1)
        self.widths = QButtonGroup(self)
        for name, text, tip in (("desktop", "Desktop", "Show the page at desktop width"),
                                ("mobile", "Mobile", "Show the page at phone width")):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setObjectName(f"preview:{name}")
            button.setAccessibleName(tip)
            self.widths.addButton(button)
            bar.addWidget(button)
            button.toggled.connect(self._apply_width)
        self.widths.buttons()[0].setChecked(True)
        self._bar = bar
        #: Made when a bilingual record is first shown (``show_language_choice``).
        self.language: QComboBox | None = None

        self.frame = QWidget(self)
        frame_layout = QHBoxLayout(self.frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.addWidget(self.web)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.frame, 1)
        self._watched: QObject | None = None
        self._proxy_unknown = False
        self.web.installEventFilter(self)

    def show_language_choice(self, shown: bool) -> None:
        """Cymraeg / English / both, for a bilingual record; ``language_chosen`` follows a
        choice. The list is made the first time it is shown."""
        if self.language is None:
            if not shown:
                return
            language = self.language = QComboBox(self)
            language.setObjectName("preview:language")
            language.setAccessibleName("Language of the preview (bilingual records)")
            language.setToolTip("A bilingual record's page: both languages, Cymraeg or "
                                "English")
            for text, code in LANGUAGES:
                language.addItem(text, code)
            language.currentIndexChanged.connect(
                lambda _index: self.language_chosen.emit(str(language.currentData())))
            self._bar.addWidget(language)
        self.language.setVisible(shown)

    #: In preview mode the desktop page is laid out at least 960 CSS pixels wide, scaled to
    #: fit; in the dock it follows the dock's width, so it stays readable beside the form.
    true_widths = False

    def set_true_widths(self, on: bool) -> None:
        self.true_widths = on
        self._apply_width()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._apply_width()

    @property
    def mobile(self) -> bool:
        checked = self.widths.checkedButton()
        return checked is not None and checked.objectName() == "preview:mobile"

    def set_mobile(self, mobile: bool) -> None:
        self.widths.buttons()[1 if mobile else 0].setChecked(True)

    def _apply_width(self) -> None:
        """The page at its true width, scaled down (never up) to fit the space."""
        available = max(1, self.width())
        if self.mobile:
            zoom = max(0.25, min(1.0, available / MOBILE_WIDTH))
            self.web.setZoomFactor(zoom)
            self.web.setFixedWidth(round(MOBILE_WIDTH * zoom))
            layout = self.frame.layout()
            if layout is not None:
                layout.setAlignment(self.web, Qt.AlignmentFlag.AlignHCenter)
        else:
            zoom = min(1.0, available / DESKTOP_WIDTH) if self.true_widths else 1.0
            self.web.setZoomFactor(max(0.25, zoom))
            self.web.setMinimumWidth(0)
            self.web.setMaximumWidth(16777215)

    # clicks -----------------------------------------------------------------------------
    # Clicks reach the widget Chromium puts in the web view (its focus proxy) as a page
    # first loads. Asking for it makes PySide look up the type of a widget it did not make,
    # which makes every widget class it has (some 10 ms): so it is asked for when the
    # pointer enters the view, or a while after the widget came, not on the way to the
    # first page.
    def _watch_focus_proxy(self) -> None:
        if not self._proxy_unknown:
            return
        self._proxy_unknown = False
        proxy = self.web.focusProxy()
        if proxy is not None and proxy is not self._watched:
            proxy.installEventFilter(self)
            self._watched = proxy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and not self._proxy_unknown:
            self._proxy_unknown = True
            QTimer.singleShot(FIND_PROXY_MS, self, self._watch_focus_proxy)
        elif kind == QEvent.Type.Enter:
            self._watch_focus_proxy()
        elif (kind == QEvent.Type.MouseButtonRelease and watched is self._watched
              and isinstance(event, QMouseEvent)
              and event.button() == Qt.MouseButton.LeftButton):
            self.click_at(event.position().toPoint())
        return super().eventFilter(watched, event)

    def click_at(self, point: QPoint) -> None:
        zoom = self.web.zoomFactor() or 1.0
        script = _BLOCK_AT % (int(point.x() / zoom), int(point.y() / zoom))
        self.page.runJavaScript(script, APP_WORLD, self._clicked)

    def _clicked(self, found: object) -> None:
        # Arrays do not cross from the page's isolated world intact: it returns JSON text.
        try:
            ids = json.loads(found) if isinstance(found, str) else []
        except ValueError:
            ids = []
        if isinstance(ids, list) and ids:
            self.block_clicked.emit([str(i) for i in ids])

    def run_in_app_world(self, script: str, callback=None) -> None:  # type: ignore[no-untyped-def]
        if callback is None:
            self.page.runJavaScript(script, APP_WORLD)
        else:
            self.page.runJavaScript(script, APP_WORLD, callback)


def swap_script(changed: dict[str, str], marker: str) -> str:
    """Replace each block by id; then, at the next frame, set the title marker so the host
    learns the new content is painted. Runs in the application world, which works while
    page script is off."""
    return (
        "(function (blocks, marker) {"
        " var missing = 0;"
        " for (var id in blocks) { var el = document.getElementById(id);"
        "   if (el) { el.outerHTML = blocks[id]; } else { missing++; } }"
        " requestAnimationFrame(function () { document.title = marker; });"
        " return missing; })(" + json.dumps(changed) + ", " + json.dumps(marker) + ")"
    )
