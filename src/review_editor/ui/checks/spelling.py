"""Spelling as you type (C4.12): misspelt words underlined in the form's text editors, with
suggestions and "Add to the partnership's word list" on right-click.

Each multi-line editor gets a ``SpellingHighlighter`` (in ``highlighter``), which Qt runs
per paragraph of the editor's document, and only for the paragraphs that change: typing in
a 100k-word section re-reads one paragraph. The verdicts come from ``checks.spelling``'s
``Speller`` for the record's known words (the partnership's word list, the glossary, the
record's own names), the same speller the C4.12 check uses, so the underlines and the Checks
dock agree and share one cache. The partnership's word list lives in the check settings file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from ... import paths
from ...storage import write_atomic

if TYPE_CHECKING:
    from ...checks.spelling import Speller
    from .highlighter import SpellingHighlighter

#: The check settings key of the partnership's own words (``CheckSettings.word_list``).
WORD_LIST_KEY = "word_list"
MAX_SUGGESTIONS = 5
TextEditor = QPlainTextEdit | QTextEdit
#: How long the form must be still before it is searched for new text editors.
SCAN_DELAY_MS = 250


def add_to_word_list(word: str, path: Path | None = None) -> bool:
    """Add ``word`` to the partnership's word list in the check settings file (written
    atomically). False if it is already there. A damaged settings file is not replaced:
    that raises ``ValueError``."""
    path = path or paths.check_settings_file()
    data: Any = {}
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path.name} does not hold settings")
    words = data.get(WORD_LIST_KEY) or []
    if not isinstance(words, list):
        raise ValueError(f"{WORD_LIST_KEY} in {path.name} is not a list")
    if any(isinstance(w, str) and w.casefold() == word.casefold() for w in words):
        return False
    data[WORD_LIST_KEY] = [*words, word]
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text.encode("utf-8"))
    return True


class SpellingSupport(QObject):
    """Puts a highlighter on every multi-line text editor of the form and keeps them on
    the current speller; adds the spelling entries to their context menus.

    ``word_added`` carries a word the officer adds to the partnership's word list.
    """

    word_added = Signal(str)

    def __init__(self, form: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or form)
        self.form = form
        self.speller: Speller | None = None
        self.welsh_speller: Speller | None = None
        self.highlighters: dict[QWidget, SpellingHighlighter] = {}
        self._scan_pending = False
        self._watched: QWidget | None = None
        # Looking for new editors walks the whole form (a few ms with 200 sections), and
        # the page reports a layout change on every keystroke in an editor that grows: so
        # the walk waits for a pause.
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(SCAN_DELAY_MS)
        self._scan_timer.timeout.connect(self.scan)

    # attaching ------------------------------------------------------------------------
    def schedule_scan(self) -> None:
        """Look for new editors once the current event is handled (sections are built on
        first expansion, list items on adding)."""
        self._scan_pending = True
        self._scan_timer.start()

    def cancel_scan(self) -> None:
        """Forget a scan asked for and not yet run (the window is starting: see
        ``ChecksPanel.hold``)."""
        self._scan_pending = False
        self._scan_timer.stop()

    def scan(self) -> None:
        self._scan_pending = False
        self._scan_timer.stop()
        self._watch_page()
        for editor in _field_editors(self.form):
            if editor not in self.highlighters:
                self.attach(editor)
        self.highlighters = {editor: highlighter
                             for editor, highlighter in self.highlighters.items()
                             if _alive(editor) and _alive(highlighter)}

    def attach(self, editor: TextEditor) -> SpellingHighlighter:
        from .highlighter import SpellingHighlighter

        highlighter = SpellingHighlighter(editor, self._speller_for(editor))
        self.highlighters[editor] = highlighter
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(
            lambda pos, editor=editor: self._show_menu(editor, pos))
        editor.destroyed.connect(lambda *_, editor=editor: self.highlighters.pop(editor, None))
        return highlighter

    def highlighter_for(self, editor: TextEditor) -> SpellingHighlighter | None:
        return self.highlighters.get(editor)

    def _watch_page(self) -> None:
        # The form's page changes size when a section is built or a list grows: a cheap
        # signal that new editors may exist.
        page = _form_page(self.form)
        if page is not None and page is not self._watched:
            page.installEventFilter(self)
            self._watched = page

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.schedule_scan()
        return False

    # the speller ------------------------------------------------------------------------
    def set_words(self, words: frozenset[str] | None) -> None:
        """The record's known words (``None``: spelling is off)."""
        if words is None:
            speller = welsh = None
        else:
            # Loaded once a record's words are known: opening the window does not need it.
            from ...checks import spelling

            speller = spelling.speller_for(words)
            welsh = spelling.speller_for(words, spelling.WELSH) \
                if spelling.is_loaded(spelling.WELSH) else None
        if speller is self.speller and welsh is self.welsh_speller:
            return
        self.speller, self.welsh_speller = speller, welsh
        for editor, highlighter in list(self.highlighters.items()):
            if _alive(highlighter) and _alive(editor):
                highlighter.set_speller(self._speller_for(editor))

    def _speller_for(self, editor: QWidget) -> Speller | None:
        """A Welsh version's editor (``field:…_cy``) is spelt in Welsh, once the Welsh
        dictionary is loaded (the checks load it off the window's thread)."""
        if editor.objectName().endswith("_cy") or self._record_in_welsh():
            return self.welsh_speller
        return self.speller

    def _record_in_welsh(self) -> bool:
        """A Welsh-only record (``language: cy``): every text is spelt in Welsh."""
        document = getattr(self.form, "document", lambda: None)()
        if document is None or document.get("bilingual"):
            return False
        tag = str(document.get("language") or "").strip().lower().replace("_", "-")
        return tag.split("-")[0] in ("cy", "cym", "wel")

    # the context menu -------------------------------------------------------------------
    def context_menu(self, editor: TextEditor, pos: QPoint) -> QMenu:
        """The editor's standard menu, with suggestions and "Add to the partnership's word
        list" on top when ``pos`` (viewport coordinates) is on a misspelt word."""
        menu = editor.createStandardContextMenu(pos)
        menu.setObjectName("spelling:menu")
        highlighter = self.highlighter_for(editor)
        hit = highlighter.word_at(editor.cursorForPosition(pos)) if highlighter else None
        if hit is None:
            return menu
        start, end, word = hit
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        welsh = editor.objectName().endswith("_cy") or self._record_in_welsh()
        from ...checks import spelling

        dictionary = spelling.WELSH if welsh else spelling.ENGLISH
        for suggestion in spelling.suggestions(word, limit=MAX_SUGGESTIONS,
                                               dictionary_name=dictionary):
            action = QAction(suggestion, menu)
            action.setObjectName("spelling:suggestion")
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.setEnabled(not editor.isReadOnly())
            action.triggered.connect(
                lambda _=False, text=suggestion: replace_text(editor, start, end, text))
            added.append(action)
        if not added:
            none = QAction("No suggestions", menu)
            none.setObjectName("spelling:no_suggestions")
            none.setEnabled(False)
            added.append(none)
        add = QAction("Add to the partnership's word list", menu)
        add.setObjectName("spelling:add_word")
        add.setStatusTip(f"“{word}” will no longer be marked as misspelt in any record")
        add.triggered.connect(lambda _=False: self.word_added.emit(word))
        added.append(add)
        menu.insertActions(first, added)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def _show_menu(self, editor: TextEditor, pos: QPoint) -> None:
        menu = self.context_menu(editor, pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(editor.viewport().mapToGlobal(pos))


def replace_text(editor: TextEditor, start: int, end: int, text: str) -> None:
    """Replace document positions start..end with ``text``, as one undo step of its own."""
    bump = getattr(editor, "bump_token", None)
    if bump is not None:
        bump()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    if bump is not None:
        bump()


def _field_editors(form: QWidget) -> list[TextEditor]:
    found: list[TextEditor] = [*form.findChildren(QPlainTextEdit), *form.findChildren(QTextEdit)]
    return [editor for editor in found if editor.objectName().startswith("field:")]


def _form_page(form: QWidget) -> QWidget | None:
    from PySide6.QtWidgets import QScrollArea

    scroll = form.findChild(QScrollArea, "formScroll")
    return scroll.widget() if scroll is not None else None


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))
