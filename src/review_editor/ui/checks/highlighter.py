"""The underlines of spelling as you type: one ``SpellingHighlighter`` per text editor.

Apart from ``spelling`` so that Qt's text-format classes are made only when the first editor
gets its highlighter (once the window has started), not when the window's modules load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor

from .offsets import utf16_offset

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from ...checks.spelling import Speller

    TextEditor = QPlainTextEdit | QTextEdit

UNDERLINE = QColor("#d0021b")


def underline_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words in one editor's document, paragraph by paragraph.

    The word being typed (the caret at its end) is left alone until the caret moves on, so
    half-typed words do not flash.
    """

    def __init__(self, editor: TextEditor, speller: Speller | None = None) -> None:
        super().__init__(editor.document())
        self.editor = editor
        self.speller = speller
        self._format = underline_format()
        self._deferred: int | None = None  # block number whose word at the caret waits
        editor.cursorPositionChanged.connect(self._caret_moved)

    def set_speller(self, speller: Speller | None) -> None:
        if speller is not self.speller:
            self.speller = speller
            self.rehighlight()

    def misspellings(self, text: str) -> list[tuple[int, int, str]]:
        """Misspelt words of one paragraph, as Python offsets."""
        if self.speller is None or not text:
            return []
        return self.speller.misspellings(text)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        found = self.misspellings(text)
        if not found:
            return
        caret = self._caret_in_block()
        for start, end, _word in found:
            first, last = utf16_offset(text, start), utf16_offset(text, end)
            if caret is not None and first <= caret <= last and caret == last:
                self._deferred = self.currentBlock().blockNumber()
                continue
            self.setFormat(first, last - first, self._format)

    def _caret_in_block(self) -> int | None:
        if not self.editor.hasFocus():
            return None
        cursor = self.editor.textCursor()
        if cursor.hasSelection() or cursor.block() != self.currentBlock():
            return None
        return cursor.positionInBlock()

    def _caret_moved(self) -> None:
        if self._deferred is None:
            return
        block = self.document().findBlockByNumber(self._deferred)
        self._deferred = None
        if block.isValid():
            self.rehighlightBlock(block)

    def underlined(self, block_number: int) -> list[tuple[int, int]]:
        """The underlined ranges of a paragraph, as (start, length) in Qt's units."""
        block = self.document().findBlockByNumber(block_number)
        layout = block.layout() if block.isValid() else None
        if layout is None:
            return []
        return [(r.start, r.length) for r in layout.formats()
                if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]

    def word_at(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        """The misspelt word under ``cursor``: its document positions and the word."""
        block = cursor.block()
        text = block.text()
        position = cursor.positionInBlock()
        for start, end, word in self.misspellings(text):
            first, last = utf16_offset(text, start), utf16_offset(text, end)
            if first <= position <= last:
                return block.position() + first, block.position() + last, word
        return None
