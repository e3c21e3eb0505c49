"""Keeps the preview in step with the document: coalesced, block by block, off the UI thread.

At most one update is in flight. Edits that arrive meanwhile collapse into the next one,
which starts as soon as the previous one is painted, so the preview follows within a frame
or two without a fixed delay and typing is never blocked: parsing and rendering run on a
worker thread (cmarkgfm and nh3 release the GIL), and the UI thread only swaps the blocks
that changed. A full reload happens only when the page's structure changes (a section or
an optional element appears or goes), and keeps the scroll position.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ...model.document import RecordDocument
from .rendering import RenderResult, _load_models, _render, preview_executor
from .view import PreviewView, swap_script

#: In place of a page shown before its record turned out not to validate.
WITHDRAWN = "<!doctype html><html lang='en'><title>Preview paused</title></html>"
TITLE_MARK = "\u2063"  # invisible separator between the page title and the frame counter


class PreviewController(QObject):
    """Drives a PreviewView from a RecordDocument."""

    painted = Signal(float)  # seconds from the edit that started this update to its frame
    _rendered = Signal(object)
    _checked = Signal(object)
    models_ready = Signal()  # see load_models

    def __init__(self, view: PreviewView, *, now: Callable[[], datetime],
                 branding: Callable[[], Any] = lambda: None,
                 executor: ThreadPoolExecutor | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.now = now
        self.branding = branding
        self.base_dir: Path | None = None
        self.document: RecordDocument | None = None
        #: A bilingual record's page: "bilingual", "cy" or "en" (others show as written).
        self.language = "bilingual"
        self._executor = executor or preview_executor()
        self._busy = False
        self._dirty = False
        self._requested_at = 0.0
        self._generation = 0
        self._structure: Any = None
        self._blocks: dict[str, str] = {}
        self._title = ""
        self._scroll_y = 0.0
        self._closed = False
        self._pending: RenderResult | None = None
        self._awaited: str | None = None  # a page whose load began before it was made
        #: A page shown before its record was validated: (what it was rendered from, the
        #: page), until ``confirm`` checks it.
        self._unchecked: tuple[tuple[Any, ...], str] | None = None
        self._validated = False
        self.paint_count = 0
        self.full_loads = 0
        self.swaps = 0
        self.checks = 0  # first pages checked against their validated record's
        self._rendered.connect(self._apply)
        self._checked.connect(self._apply_check)
        view.page.loadFinished.connect(self._load_finished)
        view.page.titleChanged.connect(self._title_changed)
        view.destroyed.connect(self._close)

    def _close(self, *_: object) -> None:
        self._closed = True
        self.document = None
        self._executor.shutdown(wait=False)

    # input ------------------------------------------------------------------------------
    def show_document(self, document: RecordDocument | None, base_dir: Path | None = None) \
            -> None:
        """A new document: always a full load."""
        self.document = document
        self.base_dir = base_dir
        self._structure = None
        self._blocks = {}
        self._unchecked, self._validated = None, False
        self.request_update()

    def adopt(self, document: RecordDocument, base_dir: Path | None,
              rendering: Future[RenderResult]) -> None:
        """A new document whose first render (``first_render``) is already under way."""
        self.document = document
        self.base_dir = base_dir
        self._structure = None
        self._blocks = {}
        self._unchecked, self._validated = None, False
        self._dirty = False
        self._busy = True
        self._generation += 1
        # The page's load begins now, its request waiting for the page: Chromium's part of
        # the navigation runs while the page is rendered.
        self._awaited = f"page-{self._generation}"
        url = self.view.handler.expect(self._awaited, self.view.channel)
        self.view.page.allow_next(url)
        self.view.page.load(url)
        rendering.add_done_callback(self._emit_result)

    def confirm(self) -> None:
        """The record has been validated. A page shown from its JSON before (at start) is
        rendered again from the validated record, as it was then, and if the two differ
        the validated record's page replaces it. Blocks swapped in since were rendered
        from the validated record already."""
        self._validated = True
        if self._unchecked is not None:
            self._check()

    def _check(self) -> None:
        assert self._unchecked is not None
        (data, now, branding, base_dir), page = self._unchecked
        self._unchecked = None
        document = self.document
        future = self._executor.submit(_render, 0, time.perf_counter(), data, None, now,
                                       branding, base_dir)
        future.add_done_callback(lambda done: self._checked.emit((document, page, done)))

    @Slot(object)
    def _apply_check(self, checked: tuple[Any, str, Future[RenderResult]]) -> None:
        document, page, future = checked
        if self._closed or document is not self.document:
            return
        self.checks += 1
        try:
            result: RenderResult | None = future.result()
        except Exception:  # noqa: BLE001 - then the page is rendered again, as any other
            result = None
        if result is not None and result.page == page:
            return
        if result is not None and result.invalid:  # edited since, so still open: its page
            # goes, as it would never have been shown ("Preview paused" follows)
            url = self.view.handler.publish("withdrawn", WITHDRAWN, self.view.channel)
            self.view.page.allow_next(url)
            self.view.page.load(url)
        self._structure = None  # a full load of the validated record's page
        self.request_update()

    def load_models(self) -> None:
        """Load what validating a record needs (pydantic, the record models: a tenth of a
        second) on the preview's thread; ``models_ready`` follows. At start the first page
        is rendered without them, and the record is validated on the UI thread once they
        are loaded: loading them there would hold up the page's first frame, and typing."""
        done = self._executor.submit(_load_models)
        done.add_done_callback(lambda _: self.models_ready.emit())

    def set_language(self, language: str) -> None:
        """Show a bilingual record's Welsh page, English page, or both (a full load)."""
        if language != self.language:
            self.language = language
            self._structure = None
            self.request_update()

    def request_update(self) -> None:
        if not self._dirty:
            self._requested_at = time.perf_counter()
        self._dirty = True
        if not self._busy:
            self._start()

    @property
    def idle(self) -> bool:
        return not self._busy and not self._dirty

    # the update cycle -------------------------------------------------------------------
    def _start(self) -> None:
        if self.document is None or self._closed:
            self._dirty = False
            return
        self._dirty = False
        self._busy = True
        self._generation += 1
        job = (self._generation, self._requested_at, self.document.snapshot(),
               self._structure, self.now(), self.branding(), self.base_dir, self.language)
        future = self._executor.submit(_render, *job)
        future.add_done_callback(self._emit_result)

    def _emit_result(self, future: Future[RenderResult]) -> None:
        try:
            result = future.result()
        except Exception:  # noqa: BLE001 - a render bug must not take the editor down
            result = RenderResult(self._generation, self._requested_at, invalid=True)
        self._rendered.emit(result)  # queued to the UI thread

    @Slot(object)
    def _apply(self, result: RenderResult) -> None:
        if result.invalid:
            if self._awaited is not None:  # its load ends (the view stays blank)
                self._awaited = None
                self.view.handler.forget(self.view.channel)
            self.view.status.setText("Preview paused: correct the fields marked in red")
            self._finish(result)
            return
        self.view.status.setText("")
        if result.page is not None:
            self._structure = result.structure
            self._blocks = result.blocks
            self._full_load(result)
            if result.unvalidated is not None:
                self._unchecked = (result.unvalidated, result.page)
                if self._validated:
                    self._check()
            return
        changed = {key: html for key, html in result.blocks.items()
                   if self._blocks.get(key) != html}
        self._blocks = result.blocks
        if not changed:
            self._finish(result)
            return
        self.swaps += 1
        self._pending = result
        marker = f"{self._title}{TITLE_MARK}{result.generation}"
        self.view.run_in_app_world(swap_script(changed, marker), self._swapped)

    def _swapped(self, missing: object) -> None:
        if isinstance(missing, int) and missing > 0:
            # A block the page does not have: the page and our picture of it differ.
            self._structure = None
            self._dirty = True

    def _full_load(self, result: RenderResult) -> None:
        self.full_loads += 1
        self._pending = result
        key = f"page-{result.generation}"
        awaited, self._awaited = self._awaited, None
        if awaited == key and self.view.handler.expecting(key, self.view.channel):
            self.view.handler.publish(key, result.page or "", self.view.channel)
            return  # the load under way receives it
        if self.full_loads > 1:  # the view's first page starts at the top: nothing to ask
            self.view.run_in_app_world("window.scrollY", self._remember_scroll)
        url = self.view.handler.publish(key, result.page or "", self.view.channel)
        self.view.page.allow_next(url)
        self.view.page.load(url)

    def _remember_scroll(self, value: object) -> None:
        if isinstance(value, int | float):
            self._scroll_y = float(value)

    def _load_finished(self, ok: bool) -> None:
        result = getattr(self, "_pending", None)
        if result is None:
            return
        self._title = self.view.page.title().split(TITLE_MARK)[0]
        if self._scroll_y:
            self.view.run_in_app_world(f"window.scrollTo(0, {self._scroll_y})")
        self._finish(result)

    def _title_changed(self, title: str) -> None:
        result = getattr(self, "_pending", None)
        if result is None or TITLE_MARK not in title:
            return
        if title.rsplit(TITLE_MARK, 1)[1] == str(result.generation):
            self._finish(result)

    def _finish(self, result: RenderResult) -> None:
        self._pending = None
        self._busy = False
        self.paint_count += 1
        self.painted.emit(time.perf_counter() - result.requested_at)
        if self._dirty:
            self._start()
