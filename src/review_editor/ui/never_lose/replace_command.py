"""One undo step that replaces the whole record: restoring an earlier version or recovered
changes. Undo brings back exactly what was there before."""

from __future__ import annotations

import copy
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from ...model.document import RecordDocument


class DocumentView(Protocol):
    """The form: rebuilt from the document after the replacement."""

    read_only: bool

    def set_document(self, document: RecordDocument, read_only: bool = False) -> None: ...


class ReplaceDocumentCommand(QUndoCommand):
    """Puts ``data`` in place of the document's content. Nothing is stamped: a restored
    version is restored exactly, ``modified_at`` included, so saving it writes the same
    bytes it had."""

    def __init__(self, document: RecordDocument, data: dict[str, Any],
                 view: DocumentView | None, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.new = copy.deepcopy(data)
        self.old = document.snapshot()
        self._view = view

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, data: dict[str, Any]) -> None:
        # In place: the preview and the checks hold the document, not a copy of its data.
        self.document.data.clear()
        self.document.data.update(copy.deepcopy(data))
        self.document.version += 1
        if self._view is not None:
            self._view.set_document(self.document, self._view.read_only)
