"""A QtWebEngine page that cannot run page script, load anything from outside, or navigate.

Layers, each tested alone:
- the sanitiser (render/) removes active content before the page exists;
- the settings: JavaScript off, no local-file or remote access, unknown schemes refused,
  no plugins, no window opening, an off-the-record profile with no cache or cookies;
- the request interceptor: every URL but ``data:`` and the app's own scheme is blocked;
- navigation: the page accepts only the loads the app makes itself; a clicked link is
  reported (the window asks before opening the system browser) and never followed.
Pages are served from memory by a scheme handler: no temp files hold case content, and
there is no ``setHtml`` size limit.
"""

from __future__ import annotations

import atexit
import weakref

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)

from ...schemes import PREVIEW as SCHEME
from . import engine

ALLOWED_SCHEMES = frozenset({SCHEME.decode(), "data"})


class MemorySchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves pages held in memory, keyed by URL path; anything else is not found.

    Each view publishes on its own channel, and only its newest page is kept. A page can
    be expected before it is made (``expect``): a request for it waits until it is
    published, so Chromium's part of a load runs while the page is rendered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[str, tuple[str, bytes | None]] = {}  # None: expected, not made
        self._waiting: dict[str, tuple[str, QWebEngineUrlRequestJob]] = {}

    def publish(self, key: str, html: str, channel: str = "main") -> QUrl:
        data = html.encode("utf-8")
        self._pages[channel] = (key, data)
        waiting = self._waiting.pop(channel, None)
        if waiting is not None and waiting[0] == key and shiboken6.isValid(waiting[1]):
            _reply(waiting[1], data)
        elif waiting is not None:
            _fail(waiting[1])
        return self.url(key, channel)

    def expect(self, key: str, channel: str = "main") -> QUrl:
        """The URL of a page that ``publish`` gives later; a request for it waits."""
        self.forget(channel)
        self._pages[channel] = (key, None)
        return self.url(key, channel)

    def expecting(self, key: str, channel: str = "main") -> bool:
        """Whether ``key`` is still the page expected on ``channel``."""
        return self._pages.get(channel) == (key, None)

    def url(self, key: str, channel: str) -> QUrl:
        return QUrl(f"{SCHEME.decode()}://preview/{channel}/{key}")

    def forget(self, channel: str) -> None:
        self._pages.pop(channel, None)
        waiting = self._waiting.pop(channel, None)
        if waiting is not None:
            _fail(waiting[1])

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802
        channel, _, key = job.requestUrl().path().lstrip("/").partition("/")
        held = self._pages.get(channel)
        if held is None or held[0] != key:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        elif held[1] is None:  # expected: answered when published
            earlier = self._waiting.pop(channel, None)
            if earlier is not None:
                _fail(earlier[1])
            self._waiting[channel] = (key, job)
        else:
            _reply(job, held[1])


def _reply(job: QWebEngineUrlRequestJob, data: bytes) -> None:
    buffer = QBuffer(parent=job)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(b"text/html;charset=utf-8", buffer)


def _fail(job: QWebEngineUrlRequestJob) -> None:
    if shiboken6.isValid(job):  # Qt deletes the job of a request it has given up
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)


class BlockingInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request whose scheme is not ``data:`` or the app's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        url = info.requestUrl()
        if url.scheme() not in ALLOWED_SCHEMES:
            info.block(True)
            self.blocked.append(url.toString()[:200])


def seal_settings(settings: QWebEngineSettings) -> None:
    attribute = QWebEngineSettings.WebAttribute
    off = [
        attribute.JavascriptEnabled, attribute.JavascriptCanOpenWindows,
        attribute.JavascriptCanAccessClipboard, attribute.JavascriptCanPaste,
        attribute.LocalContentCanAccessRemoteUrls, attribute.LocalContentCanAccessFileUrls,
        attribute.PluginsEnabled, attribute.FullScreenSupportEnabled,
        attribute.ScreenCaptureEnabled, attribute.WebGLEnabled,
        attribute.Accelerated2dCanvasEnabled, attribute.AutoLoadIconsForPage,
        attribute.AllowRunningInsecureContent, attribute.AllowGeolocationOnInsecureOrigins,
        attribute.AllowWindowActivationFromJavaScript, attribute.DnsPrefetchEnabled,
        attribute.PdfViewerEnabled, attribute.NavigateOnDropEnabled,
        attribute.HyperlinkAuditingEnabled, attribute.XSSAuditingEnabled,
    ]
    for item in off:
        settings.setAttribute(item, False)
    settings.setAttribute(attribute.AutoLoadImages, True)  # data: images only get through
    settings.setAttribute(attribute.ErrorPageEnabled, False)
    settings.setUnknownUrlSchemePolicy(
        QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes)


def make_profile(parent: QObject | None = None, *, interceptor: bool = True) \
        -> tuple[QWebEngineProfile, MemorySchemeHandler]:
    """An off-the-record profile (no storage name) with the scheme handler installed."""
    profile = QWebEngineProfile(parent)
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    seal_settings(profile.settings())
    handler = MemorySchemeHandler(profile)
    profile.installUrlSchemeHandler(SCHEME, handler)
    if interceptor:
        blocker = BlockingInterceptor(profile)
        profile.setUrlRequestInterceptor(blocker)
        profile.blocker = blocker  # type: ignore[attr-defined]  # Qt has no getter
    return profile, handler


_shared: tuple[QWebEngineProfile, MemorySchemeHandler] | None = None
_live_pages: weakref.WeakSet[QWebEnginePage] = weakref.WeakSet()


def shared_profile() -> tuple[QWebEngineProfile, MemorySchemeHandler]:
    """The application's sealed profile. A profile must outlive every page that uses it,
    so it belongs to the application, not to a window."""
    global _shared
    engine.forget_starter()  # the engine has started (or starts now, with the profile)
    if _shared is None:
        from PySide6.QtCore import QCoreApplication

        _shared = make_profile(QCoreApplication.instance())
        atexit.register(release_shared_profile)
    return _shared


def release_shared_profile() -> None:
    """Delete the windows (and with them every page), then the profile: at interpreter exit
    Qt would otherwise delete the profile first and crash on the pages still using it."""
    global _shared
    if _shared is None:
        return
    from PySide6.QtWidgets import QApplication

    for widget in [w for w in QApplication.topLevelWidgets() if w.parent() is None]:
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)
    for page in list(_live_pages):
        if shiboken6.isValid(page):
            shiboken6.delete(page)
    profile = _shared[0]
    _shared = None
    if shiboken6.isValid(profile):
        shiboken6.delete(profile)


class SealedPage(QWebEnginePage):
    """Accepts only the loads the app starts; reports clicked links instead of following."""

    link_clicked = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        _live_pages.add(self)
        seal_settings(self.settings())
        self.expected_url: QUrl | None = None
        self.refused: list[str] = []

    def allow_next(self, url: QUrl) -> None:
        self.expected_url = url

    def acceptNavigationRequest(  # type: ignore[override]  # noqa: N802
            self, url: QUrl, kind: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        if is_main_frame and self.expected_url is not None and url == self.expected_url:
            self.expected_url = None
            return True
        self.refused.append(url.toString()[:200])
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.link_clicked.emit(url)
        return False

    def createWindow(  # type: ignore[override]  # noqa: N802
            self, kind: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:
        self.refused.append("new window")
        return None

    def javaScriptConsoleMessage(self, *args: object) -> None:  # noqa: N802
        pass  # page script is off; nothing the page says is worth logging
