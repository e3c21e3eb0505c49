"""The printed copy: the export page through Qt WebEngine's printToPdf, A4 portrait, then
our metadata with pypdf (``pdfmeta``).

The only module below ``ui/`` that imports PySide6. It works headless from the command line:
the "offscreen" platform is chosen when there is no display, and Chromium's sandbox is
turned off when running as root, both before the QApplication exists. One application, one
off-the-record profile and one page serve every export of the process. The page is served
from memory by a URL scheme handler (no temp file holds case content, and there is no size
limit as with ``setHtml``), with JavaScript, local-file and remote access off and every
request but ``data:`` and that scheme blocked. Waiting is done in a local event loop with a
time limit, never by sleeping.

The scheme must be declared before the QApplication is created: importing this module does
it when no application exists yet, and so does ``ensure_application()``. When an application
was created first, pages under 2 MB go through ``setHtml`` and larger ones through the
undeclared scheme, which Qt serves with a warning.
"""

from __future__ import annotations

import atexit
import os
import secrets
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    Qt,
    QThread,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)

from .. import schemes
from .files import ExportError, write_output

if TYPE_CHECKING:  # the app imports this module to declare the scheme: keep that light
    from ..model.records import RecordModel
    from ..render import Branding

SCHEME = schemes.EXPORT
TIMEOUT_MS = 60_000
SET_HTML_LIMIT = 2 * 1024 * 1024 - 1024  # bytes of data: URL, with room for its prefix
#: The same margins as the page's CSS ``@page`` rule (top, right, bottom, left in mm).
MARGINS_MM = QMarginsF(18, 20, 18, 22)  # left, top, right, bottom


class PdfError(ExportError):
    """Qt WebEngine could not load or print the page."""


# -- environment and application ------------------------------------------------------------

def prepare_environment() -> None:
    """Environment Qt reads once, when the application starts: set it before then."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform not in ("win32", "darwin") and headless \
            and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # No GPU without a display; and only fatal Chromium messages on the console.
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --log-level=3")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def register_scheme() -> bool:
    """Declare the export scheme to Qt WebEngine; possible only before the application
    exists. True when the scheme is (now or already) registered."""
    return schemes.declare(SCHEME)


_application: list[QCoreApplication] = []


def ensure_application() -> QCoreApplication:
    """The running QApplication, or a new one set up as Qt WebEngine needs."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    prepare_environment()
    register_scheme()
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication([sys.argv[0] if sys.argv else "review-editor"])
    _application.append(app)  # kept for the life of the process
    return app


if QCoreApplication.instance() is None:
    register_scheme()


# -- the sealed printing page ---------------------------------------------------------------

class _MemoryPages(QWebEngineUrlSchemeHandler):
    """Serves the one page being printed, from memory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = ""
        self.data = b""

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802
        if not self.key or job.requestUrl().path() != f"/{self.key}":
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(parent=job)
        buffer.setData(QByteArray(self.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(b"text/html;charset=utf-8", buffer)


class _Blocker(QWebEngineUrlRequestInterceptor):
    """Every request but ``data:`` and the export scheme is blocked."""

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        if info.requestUrl().scheme() not in (SCHEME.decode(), "data"):
            info.block(True)


class _PrintPage(QWebEnginePage):
    """Loads only the URL it is told to; never follows a link or opens a window."""

    def __init__(self, profile: QWebEngineProfile) -> None:
        super().__init__(profile)  # no parent: deleted before its profile, in close()
        self.expected: QUrl | None = None
        self.expect_data = False  # setHtml navigates to a data: URL

    def acceptNavigationRequest(self, url: QUrl | str,  # noqa: N802
                                kind: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        if not is_main_frame:
            return False
        if self.expected is not None and url == self.expected:
            self.expected = None
            return True
        if self.expect_data and QUrl(url).scheme() == "data":
            self.expect_data = False
            return True
        return False

    def createWindow(  # type: ignore[override]  # noqa: N802
            self, kind: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:
        return None  # no new windows

    def javaScriptConsoleMessage(self, *args: object) -> None:  # noqa: N802
        pass


def _seal(settings: QWebEngineSettings) -> None:
    attribute = QWebEngineSettings.WebAttribute
    for item in (attribute.JavascriptEnabled, attribute.JavascriptCanOpenWindows,
                 attribute.JavascriptCanAccessClipboard, attribute.LocalContentCanAccessFileUrls,
                 attribute.LocalContentCanAccessRemoteUrls, attribute.PluginsEnabled,
                 attribute.AutoLoadIconsForPage, attribute.DnsPrefetchEnabled,
                 attribute.HyperlinkAuditingEnabled, attribute.PdfViewerEnabled,
                 attribute.ErrorPageEnabled, attribute.WebGLEnabled):
        settings.setAttribute(item, False)
    settings.setAttribute(attribute.AutoLoadImages, True)  # data: images only get through
    settings.setAttribute(attribute.PrintElementBackgrounds, True)
    settings.setUnknownUrlSchemePolicy(
        QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes)


class PdfPrinter:
    """An off-the-record profile and a sealed page that print HTML to PDF bytes.

    Must be used on the application's (GUI) thread; one print at a time.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self.profile = QWebEngineProfile(app)  # no storage name: off the record
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
        self.profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        self.profile.setSpellCheckEnabled(False)
        _seal(self.profile.settings())
        self.pages = _MemoryPages(self.profile)
        self.blocker = _Blocker(self.profile)
        self.profile.setUrlRequestInterceptor(self.blocker)
        self.page = _PrintPage(self.profile)
        _seal(self.page.settings())
        self.scheme_registered = register_scheme()
        self._handler_installed = False
        if self.scheme_registered:
            self._install_handler()
        self._busy = False

    def _install_handler(self) -> None:
        if not self._handler_installed:
            self.profile.installUrlSchemeHandler(SCHEME, self.pages)
            self._handler_installed = True

    def print_html(self, html: str, *, timeout_ms: int = TIMEOUT_MS) -> bytes:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise PdfError("PDF export must run on the application's main thread")
        if self._busy:
            raise PdfError("a PDF export is already in progress")
        self._busy = True
        try:
            self._load(html, timeout_ms)
            return self._print(timeout_ms)
        finally:
            self.pages.key, self.pages.data = "", b""
            self._busy = False

    def _load(self, html: str, timeout_ms: int) -> None:
        outcome: list[bool] = []
        loop = QEventLoop()

        def finished(ok: bool) -> None:
            outcome.append(ok)
            loop.quit()

        self.page.loadFinished.connect(finished)
        try:
            if self.scheme_registered or not fits_set_html(html):
                self._install_handler()
                self.pages.key = secrets.token_hex(8)
                self.pages.data = html.encode("utf-8")
                self.page.expected = QUrl(f"{SCHEME.decode()}://export/{self.pages.key}")
                self.page.load(self.page.expected)
            else:
                self.page.expect_data = True
                self.page.setHtml(html, QUrl())
            _run(loop, timeout_ms, lambda: bool(outcome))
        finally:
            self.page.loadFinished.disconnect(finished)
        if not outcome:
            raise PdfError(f"the page did not load within {timeout_ms // 1000} s")
        if not outcome[0]:
            raise PdfError("Qt WebEngine could not load the page")

    def _print(self, timeout_ms: int) -> bytes:
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                             QPageLayout.Orientation.Portrait, MARGINS_MM,
                             QPageLayout.Unit.Millimeter)
        result: list[bytes] = []
        loop = QEventLoop()

        def printed(data: QByteArray) -> None:
            result.append(bytes(data.data()))
            loop.quit()

        self.page.printToPdf(printed, layout)
        _run(loop, timeout_ms, lambda: bool(result))
        if not result:
            raise PdfError(f"printing did not finish within {timeout_ms // 1000} s")
        if not result[0].startswith(b"%PDF-"):
            raise PdfError("Qt WebEngine could not print the page")
        return result[0]

    def close(self) -> None:
        import shiboken6

        # The page before its profile: Qt wants a profile to outlive its pages.
        for item in (self.page, self.profile):
            if shiboken6.isValid(item):
                shiboken6.delete(item)


def fits_set_html(html: str) -> bool:
    """setHtml makes a percent-encoded data: URL of the page, and Chromium refuses URLs
    over 2 MB."""
    return QUrl.toPercentEncoding(html).size() < SET_HTML_LIMIT


def _run(loop: QEventLoop, timeout_ms: int, done: Callable[[], bool]) -> None:
    if done():  # finished before the loop started
        return
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()


_printer: list[PdfPrinter] = []


def printer() -> PdfPrinter:
    """The process's printer, made on first use (with the application if need be)."""
    if not _printer:
        _printer.append(PdfPrinter(ensure_application()))
        atexit.register(_release)
    return _printer[0]


def _release() -> None:
    while _printer:
        _printer.pop().close()


# -- export ---------------------------------------------------------------------------------

def pdf_bytes(record: RecordModel, *, now: datetime, branding: Branding | None = None,
              base_dir: Path | None = None, timeout_ms: int = TIMEOUT_MS) -> bytes:
    from .html import html_text
    from .metadata import document_info
    from .pdfmeta import finish_pdf

    page = html_text(record, now=now, branding=branding, base_dir=base_dir, mode="pdf")
    raw = printer().print_html(page, timeout_ms=timeout_ms)
    return finish_pdf(raw, document_info(record, now))


def export_pdf(record: RecordModel, folder: Path, *, now: datetime,
               branding: Branding | None = None, base_dir: Path | None = None) -> Path:
    from .names import export_filename

    data = pdf_bytes(record, now=now, branding=branding, base_dir=base_dir)
    return write_output(Path(folder) / export_filename(record, "pdf", now), data)
