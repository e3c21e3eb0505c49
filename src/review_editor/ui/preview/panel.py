"""Puts the live preview into the editor window's preview dock and wires it up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from .controller import PreviewController
from .fields import field_for_ids
from .view import PreviewView

if TYPE_CHECKING:
    from ..main_window import MainWindow


class PreviewPanel:
    def __init__(self, window: MainWindow, *, now: Callable[[], datetime],
                 branding: Callable[[], Any] = lambda: None) -> None:
        self.window = window
        self.view = PreviewView(window.preview_dock)
        self.controller = PreviewController(self.view, now=now, branding=branding)
        window.preview_dock.setWidget(self.view)
        window.controller.opened.connect(self.show_current)
        form = window.form
        form.changed.connect(self._changed)  # type: ignore[attr-defined]
        form.structure_changed.connect(self._changed)  # type: ignore[attr-defined]
        window.undo_stack.indexChanged.connect(self._changed)
        self.view.block_clicked.connect(self._focus_block)
        self.view.link_clicked.connect(self._open_link)
        self.show_current()

    def show_current(self) -> None:
        current = self.window.controller.current
        if current is None:
            self.controller.show_document(None)
            self.view.handler.forget(self.view.channel)
            return
        base_dir = current.path.parent if current.path is not None else None
        self.controller.show_document(current.document, base_dir)

    def _changed(self, *_: object) -> None:
        current = self.window.controller.current
        if current is not None and current.document is not self.controller.document:
            self.show_current()
            return
        self.controller.request_update()

    def _focus_block(self, ids: list[str]) -> None:
        document = self.controller.document
        if document is None:
            return
        path = field_for_ids(ids, document.data)
        if path is not None:
            self.window.form_focus(path)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() not in ("https", "mailto", "tel"):
            return
        text = url.toString()
        if self.window.prompter.confirm(
                "Open link", f"Open {text} outside Review Editor?", "Open"):
            QDesktopServices.openUrl(url)
