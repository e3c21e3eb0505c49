"""Puts the live preview into the editor window's preview dock and wires it up.

Making the web view is the slowest part of opening the window (Chromium's profile, the
page, the first layout and paint of a web view: about 150 ms here). The app therefore makes
it just after the window's first paint (``deferred=True``, then ``attach()``): the library
and the form show at once and the preview fills its dock a moment later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QDockWidget
from shiboken6 import isValid

from ..common.widgets import set_placeholder
from .band_prompt import BandPrompt

if TYPE_CHECKING:
    from ..form import RecordForm
    from ..record.controller import RecordController
    from ..record.prompter import Prompter
    from .controller import PreviewController
    from .view import PreviewView

PREPARING = "Preparing the preview…"


class PreviewPanel:
    view: PreviewView
    controller: PreviewController

    def __init__(self, dock: QDockWidget, *, controller: RecordController, form: RecordForm,
                 undo_stack: QUndoStack, prompter: Prompter, now: Callable[[], datetime],
                 branding: Callable[[], Any] = lambda: None, deferred: bool = False,
                 set_up_partnership: Callable[[], None] | None = None) -> None:
        self.dock = dock
        #: Offered above the page while no partnership profile is set up.
        self._set_up_partnership = set_up_partnership
        self.band_prompt: BandPrompt | None = None
        self.record = controller
        self.form = form
        self.prompter = prompter
        self._now = now
        self._branding = branding
        self.attached = False
        self.true_widths = False
        self._early: tuple[Any, Any, Any] | None = None  # executor, document, first render
        self._edited_early = False
        controller.opened.connect(self.show_current)
        controller.confirmed.connect(self._record_validated)
        controller.problems_changed.connect(self._record_validated)
        form.changed.connect(self._changed)
        form.structure_changed.connect(self._changed)
        undo_stack.indexChanged.connect(self._changed)
        if deferred:
            set_placeholder(dock, PREPARING)
        else:
            self.attach()

    def prepare(self) -> None:
        """Start rendering the current record's page on the preview's thread, so that it
        is ready about when ``attach`` has made the web view, and start the web engine
        meanwhile. The web view's modules are imported on that thread first: ``attach``
        needs them as soon as the engine has started, while the page is needed only once
        Chromium asks for it, after the web view is made and its load begun."""
        from .engine import web_engine_starter
        from .rendering import first_render, preview_executor

        current = self.record.current
        if self.attached or current is None:
            return
        # Found before the render starts: from then on the two threads share the lock.
        start_web_engine = web_engine_starter()
        executor = preview_executor()
        executor.submit(import_module, f"{__package__}.controller")
        base_dir = current.path.parent if current.path is not None else None
        rendering = first_render(executor, current.document, base_dir, self._now(),
                                 self._branding(), validated=not current.provisional)
        self._early = (executor, current.document, rendering)
        self._edited_early = False
        start_web_engine()  # while the page renders, before ``attach`` needs it

    def attach(self) -> None:
        """Make the web view, put it in the dock and show the current record."""
        if self.attached:
            return
        from .controller import PreviewController
        from .view import PreviewView

        executor, early_document, rendering = self._early or (None, None, None)
        self._early = None
        self.view = PreviewView(self.dock)
        self.view.set_true_widths(self.true_widths)
        self.controller = PreviewController(self.view, now=self._now, branding=self._branding,
                                            executor=executor)
        self.dock.setWidget(self.view)
        self.controller.painted.connect(self._after_paint)
        self.attached = True
        # The page's load begins first: Chromium's part of it runs while the rest is wired.
        current = self.record.current
        if rendering is not None and current is not None \
                and current.document is early_document:
            base_dir = current.path.parent if current.path is not None else None
            self.controller.adopt(current.document, base_dir, rendering)
            if not current.provisional:  # validated meanwhile
                self.controller.confirm()
            self._show_language_choice()
            if self._edited_early:
                self.controller.request_update()
        else:
            self.show_current()
        if self._set_up_partnership is not None:
            self.band_prompt = BandPrompt(branding=self._branding,
                                          set_up=self._set_up_partnership)
            self.band_prompt.install(self.view)
            self._refresh_band_prompt()
        self.view.block_clicked.connect(self._focus_block)
        self.view.link_clicked.connect(self._open_link)
        self.view.language_chosen.connect(self.controller.set_language)

    def set_true_widths(self, on: bool) -> None:
        """Preview mode: the desktop page at 960 CSS pixels or more, scaled to fit."""
        self.true_widths = on
        if self.attached:
            self.view.set_true_widths(on)

    def show_current(self) -> None:
        if not self.attached:
            return
        current = self.record.current
        self._refresh_band_prompt()
        if current is None:
            self.controller.show_document(None)
            self.view.handler.forget(self.view.channel)
            self._show_language_choice()
            if isValid(self.view):  # not while the window is closing
                from .empty_state import show_empty_state

                show_empty_state(self.view)
            return
        base_dir = current.path.parent if current.path is not None else None
        self.controller.show_document(current.document, base_dir)
        self._show_language_choice()

    def _record_validated(self) -> None:
        """The record shown before validation has been validated and stays open: a first
        page rendered from its JSON is checked against the validated record's."""
        current = self.record.current
        if self.attached and current is not None and not current.provisional:
            self.controller.confirm()

    def _after_paint(self, *_: object) -> None:
        """A render that was under way when the record closed has no record to show."""
        if self.record.current is None and isValid(self.view):
            from .empty_state import show_empty_state

            show_empty_state(self.view)

    def _changed(self, *_: object) -> None:
        if not self.attached:
            self._edited_early = True
            return
        current = self.record.current
        if current is not None and current.document is not self.controller.document:
            self.show_current()
            return
        self._show_language_choice()
        self.controller.request_update()

    def _show_language_choice(self) -> None:
        """Cymraeg / English / both: offered for a bilingual record only."""
        if not isValid(self.view):  # the window is closing
            return
        document = self.controller.document
        self.view.show_language_choice(bool(document is not None
                                            and document.get("bilingual")))

    def request_update(self) -> None:
        """The page again (the partnership's profile changed)."""
        if self.attached:
            self._refresh_band_prompt()
            self.controller.request_update()

    def _refresh_band_prompt(self) -> None:
        if self.band_prompt is not None and isValid(self.band_prompt):
            self.band_prompt.refresh(self.record.current is not None)

    def _focus_block(self, ids: list[str]) -> None:
        document = self.controller.document
        if document is None:
            return
        from .fields import field_for_ids

        path = field_for_ids(ids, document.data)
        if path is not None:
            self.form.focus_field(path)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() not in ("https", "mailto", "tel"):
            return
        text = url.toString()
        self.prompter.confirm("Open link", f"Open {text} outside Review Editor?", "Open",
                              lambda yes: yes and QDesktopServices.openUrl(url))
