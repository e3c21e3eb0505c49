"""Each sealing layer of the preview, tested alone against raw hostile HTML (no sanitiser,
no CSP), so a regression in one layer shows while the others would still hold."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from hostile import RAN_MARK, Canary, canary_server, payloads
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

from review_editor.ui.preview.sealed import SealedPage, make_profile

SETTLE_MS = 1500  # time given to anything that should not happen, after the load finished


@pytest.fixture
def canary() -> Iterator[Canary]:
    with canary_server() as server:
        yield server


@pytest.fixture
def keep() -> Iterator[Callable]:
    """Deletes pages before their profile at the end of a test: a profile must outlive its
    pages, and garbage collection would pick an arbitrary order."""
    objects: list = []
    yield lambda *items: objects.extend(items) or items[0]
    for item in objects:  # pages first, as they were registered
        if shiboken6.isValid(item):
            shiboken6.delete(item)


def raw_page(canary: Canary) -> str:
    return ("<!doctype html><html><head><title>clean</title></head><body>"
            + "\n".join(payloads(canary.base)) + "</body></html>")


def _load(qtbot, page: QWebEnginePage, handler, html: str) -> None:  # type: ignore[no-untyped-def]
    url = handler.publish("raw", html, "test")
    if isinstance(page, SealedPage):
        page.allow_next(url)
    with qtbot.waitSignal(page.loadFinished, timeout=20000):
        page.load(url)
    qtbot.wait(SETTLE_MS)


def test_control_an_unsealed_page_does_reach_the_canary(qtbot, canary: Canary, keep) -> None:
    """Without this, a canary that nothing reaches would prove nothing."""
    profile = QWebEngineProfile()
    page = QWebEnginePage(profile)
    keep(page, profile)
    with qtbot.waitSignal(page.loadFinished, timeout=20000):
        page.setHtml(f"<img src='{canary.base}/control.png'>"
                     f"<script>document.title='RAN'</script>", QUrl(canary.base + "/"))
    qtbot.waitUntil(lambda: bool(canary.hits), timeout=5000)
    assert page.title() == "RAN"


def test_settings_alone_run_no_script(qtbot, canary: Canary, keep) -> None:
    profile, handler = make_profile(interceptor=False)
    page = SealedPage(profile)
    keep(page, profile)
    titles: list[str] = []
    page.titleChanged.connect(titles.append)
    _load(qtbot, page, handler, raw_page(canary))
    assert not any(RAN_MARK in title for title in titles)
    assert not any(hit.startswith("GET /js") for hit in canary.hits)
    assert not page.settings().testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)


def test_interceptor_alone_lets_no_request_out(qtbot, canary: Canary, keep) -> None:
    profile, handler = make_profile(interceptor=True)
    page = QWebEnginePage(profile)  # default settings: JavaScript on, navigation allowed
    keep(page, profile)
    page.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
    titles: list[str] = []
    page.titleChanged.connect(titles.append)
    _load(qtbot, page, handler, raw_page(canary))
    assert any(RAN_MARK in title for title in titles)  # the payloads do run here...
    assert canary.hits == []  # ...and still nothing gets out
    assert profile.blocker.blocked  # type: ignore[attr-defined]


def test_navigation_alone_refuses_to_leave(qtbot, canary: Canary, keep) -> None:
    profile, handler = make_profile(interceptor=False)
    page = SealedPage(profile)
    keep(page, profile)
    page.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
    html = (f"<meta http-equiv='refresh' content='0;url={canary.base}/refresh'>"
            f"<script>setTimeout(function(){{location.href='{canary.base}/js-nav'}}, 10)"
            f"</script><a id=a href='{canary.base}/clicked'>x</a>")
    _load(qtbot, page, handler, html)
    assert page.url().scheme() == "review"
    assert not any("refresh" in hit or "js-nav" in hit for hit in canary.hits)
    assert any("refresh" in url or "js-nav" in url for url in page.refused)


def test_a_clicked_link_is_reported_not_followed(qtbot, canary: Canary, keep) -> None:
    profile, handler = make_profile()
    page = SealedPage(profile)
    keep(page, profile)
    clicked: list[QUrl] = []
    page.link_clicked.connect(clicked.append)
    accepted = page.acceptNavigationRequest(
        QUrl("https://example.org/x"), QWebEnginePage.NavigationType.NavigationTypeLinkClicked,
        True)
    assert accepted is False
    assert [u.toString() for u in clicked] == ["https://example.org/x"]
    assert page.createWindow(QWebEnginePage.WebWindowType.WebBrowserTab) is None
