"""Spelling as you type in the real editor window: underlines, suggestions on right-click,
the partnership's word list, and highlighting that stays per paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton
from window_helpers import FakePrompter, MakeWindow

from review_editor import paths
from review_editor.checking import load_check_settings
from review_editor.ui.checks.highlighter import SpellingHighlighter
from review_editor.ui.checks.offsets import python_offset, utf16_offset
from review_editor.ui.checks.spelling import add_to_word_list
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"
BODY = "body.0.markdown"


@pytest.fixture
def make_window(checked_window: MakeWindow) -> MakeWindow:
    """Windows whose first checks have run."""
    return checked_window


def body_editor(window: MainWindow, path: str = BODY) -> QPlainTextEdit:
    assert window.form.focus_field(path)
    editor = window.form.field_widget(path)
    assert isinstance(editor, QPlainTextEdit)
    return editor


def highlighter(window: MainWindow, editor: QPlainTextEdit) -> SpellingHighlighter:
    found = window.checks.spelling.highlighter_for(editor)
    assert found is not None, f"no highlighter on {editor.objectName()}"
    return found


def type_at_end(qtbot, editor: QPlainTextEdit, text: str) -> None:
    """Type ``text`` at the end of the editor (QTest types no "\n": Return instead)."""
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(editor, line)


def underlined_words(editor: QPlainTextEdit, found: SpellingHighlighter) -> list[str]:
    words = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        for start, length in found.underlined(block.blockNumber()):
            words.append(text[start:start + length])
        block = block.next()
    return words


def word_position(editor: QPlainTextEdit, word: str):  # type: ignore[no-untyped-def]
    """A point in the editor's viewport on ``word``."""
    index = editor.toPlainText().rindex(word)
    cursor = editor.textCursor()
    cursor.setPosition(index + 2)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    return editor.cursorRect(cursor).center()


def test_every_multi_line_editor_gets_a_highlighter(make_window: MakeWindow, workspace: Path,
                                                    qtbot):
    window = make_window(workspace / BRADFORD)
    names = {editor.objectName() for editor in window.checks.spelling.highlighters}
    assert {"field:summary", f"field:{BODY}"} <= names
    body = body_editor(window)
    assert body.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    # A section added later gets one too.
    window.form.focus_field("body")
    add = window.findChild(QPushButton, "button:add:body")
    add.click()
    qtbot.waitUntil(lambda: "field:body.1.markdown" in {
        editor.objectName() for editor in window.checks.spelling.highlighters})


def test_a_misspelt_word_is_underlined_as_you_type(make_window: MakeWindow, workspace: Path,
                                                   qtbot):
    window = make_window(workspace / BRADFORD)
    editor = body_editor(window)
    found = highlighter(window, editor)
    assert found.speller is not None
    assert underlined_words(editor, found) == []  # the Bradford text is spelt correctly
    type_at_end(qtbot, editor, "\n\nThe documnet")
    # The word at the caret is being typed: not yet underlined.
    assert underlined_words(editor, found) == []
    qtbot.keyClicks(editor, " was published")
    qtbot.waitUntil(lambda: "documnet" in underlined_words(editor, found))
    assert underlined_words(editor, found) == ["documnet"]
    last = editor.document().lastBlock()
    (start, length), = found.underlined(last.blockNumber())
    assert last.text()[start:start + length] == "documnet"
    ranges = last.layout().formats()
    fmt = next(r.format for r in ranges if r.start == start)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert fmt.underlineColor().red() > 150  # a red wavy underline
    # The same finding in the Checks dock.
    qtbot.waitUntil(lambda: window.checks.ready and any(
        issue.code == "C4.12" and "documnet" in issue.message for issue in window.checks.issues),
        timeout=10000)


def test_right_click_offers_suggestions_then_the_usual_menu(make_window: MakeWindow,
                                                            workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    editor = body_editor(window)
    type_at_end(qtbot, editor, "\n\nThe documnet was published. ")
    qtbot.waitUntil(lambda: "documnet" in underlined_words(editor, highlighter(window, editor)))
    menu = window.checks.spelling.context_menu(editor, word_position(editor, "documnet"))
    actions = [action for action in menu.actions()]
    suggestions = [a.text() for a in actions if a.objectName() == "spelling:suggestion"]
    assert suggestions[0] == "document"
    assert len(suggestions) <= 5
    add = [a for a in actions if a.objectName() == "spelling:add_word"]
    assert len(add) == 1 and add[0].text() == "Add to the partnership's word list"
    names = [a.objectName() for a in actions]
    first_standard = names.index("spelling:add_word") + 2  # after the separator
    assert actions[first_standard - 1].isSeparator()
    assert any("Copy" in a.text().replace("&", "") for a in actions[first_standard:])

    before = window.undo_stack.index()
    next(a for a in actions if a.text() == "document").trigger()
    assert "The document was published." in editor.toPlainText()
    assert "documnet" not in window.controller.current.document.get(BODY)
    assert "documnet" not in underlined_words(editor, highlighter(window, editor))
    assert window.undo_stack.index() == before + 1  # one undo step of its own
    window.undo_stack.undo()
    assert "The documnet was published." in window.controller.current.document.get(BODY)


def test_no_spelling_entries_on_a_correct_word(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace / BRADFORD)
    editor = body_editor(window)
    menu = window.checks.spelling.context_menu(editor, word_position(editor, "review"))
    assert not [a for a in menu.actions() if a.objectName().startswith("spelling:")]
    assert menu.actions()  # the usual menu is still there


def test_adding_a_word_persists_and_removes_the_underline(make_window: MakeWindow,
                                                          workspace: Path, qtbot):
    settings_file = paths.check_settings_file()
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({"title_max": 70}), encoding="utf-8")
    window = make_window(workspace / BRADFORD)
    editor = body_editor(window)
    found = highlighter(window, editor)
    type_at_end(qtbot, editor, "\n\nThe review looked at adultification of the girls. ")
    qtbot.waitUntil(lambda: "adultification" in underlined_words(editor, found))
    qtbot.waitUntil(lambda: window.checks.ready and any(
        "adultification" in i.message for i in window.checks.issues), timeout=10000)

    menu = window.checks.spelling.context_menu(editor, word_position(editor, "adultification"))
    next(a for a in menu.actions() if a.objectName() == "spelling:add_word").trigger()

    assert "adultification" not in underlined_words(editor, found)  # at once
    saved = json.loads(settings_file.read_text(encoding="utf-8"))
    assert saved["word_list"] == ["adultification"]
    assert saved["title_max"] == 70  # the partnership's other settings are kept
    assert "adultification" in load_check_settings().word_list
    qtbot.waitUntil(lambda: window.checks.ready and not any(
        "adultification" in i.message for i in window.checks.issues), timeout=10000)
    assert list(settings_file.parent.glob("*.tmp")) == []


def test_a_damaged_settings_file_is_not_replaced(make_window: MakeWindow, workspace: Path,
                                                 qtbot):
    prompter = FakePrompter()
    window = make_window(workspace / BRADFORD, prompter)
    settings_file = paths.check_settings_file()
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("{damaged", encoding="utf-8")
    window.checks.add_word("adultification")
    (title, message), = prompter.asked("show_error")
    assert title == "The word was not added"
    assert settings_file.read_text(encoding="utf-8") == "{damaged"


def test_add_to_word_list_is_idempotent(tmp_path: Path):
    target = tmp_path / "checks.json"
    assert add_to_word_list("adultification", target)
    assert not add_to_word_list("Adultification", target)
    assert json.loads(target.read_text(encoding="utf-8")) == {"word_list": ["adultification"]}


def test_offsets_count_utf16_units_like_qt(qtbot):
    text = "A 🙂 documnet"
    start = text.index("documnet")
    assert utf16_offset(text, start) == start + 1
    assert python_offset(text, start + 1) == start
    assert utf16_offset("plain", 3) == 3

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    from review_editor.checks.spelling import Speller

    found = SpellingHighlighter(editor, Speller())
    editor.setPlainText(text)
    (first, length), = found.underlined(0)  # in Qt's units: the emoji counts twice
    assert (first, length) == (start + 1, len("documnet"))
    assert text[python_offset(text, first):python_offset(text, first + length)] == "documnet"


def test_typing_rehighlights_one_paragraph_of_a_long_section(make_window: MakeWindow,
                                                             workspace: Path, qtbot,
                                                             monkeypatch: pytest.MonkeyPatch):
    window = make_window(workspace / BRADFORD)
    paragraph = ("The partnership reviewed the response of agencies to children at risk of "
                 "exploitation and the learning from each case. ")
    long_text = "\n\n".join(f"{paragraph}Paragraph {n}." for n in range(2000))  # ~40k words
    window.form.set_value(BODY, long_text)
    editor = body_editor(window)
    found = highlighter(window, editor)
    qtbot.waitUntil(lambda: window.checks.ready and found.speller is not None, timeout=30000)
    seen: list[str] = []
    real = found.misspellings
    monkeypatch.setattr(found, "misspellings", lambda text: seen.append(text) or real(text))
    cursor = editor.textCursor()
    cursor.setPosition(len(long_text) // 2)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "x")
    assert 1 <= len(seen) <= 2  # the paragraph typed in (and the caret's move), not 4,000


def test_the_right_click_shows_the_spelling_menu(make_window: MakeWindow, workspace: Path,
                                                 qtbot):
    window = make_window(workspace / BRADFORD)
    editor = body_editor(window)
    type_at_end(qtbot, editor, "\n\nThe documnet was published. ")
    qtbot.waitUntil(lambda: "documnet" in underlined_words(editor, highlighter(window, editor)))
    editor.customContextMenuRequested.emit(word_position(editor, "documnet"))
    menu = QApplication.activePopupWidget()  # a popup: nothing waits for it to close
    assert menu is not None and menu.actions()[0].text() == "document"
    menu.close()


def test_welsh_versions_are_spelt_in_welsh(make_window: MakeWindow, workspace: Path, qtbot):
    from review_editor.checks import spelling

    spelling.preload(spelling.WELSH)  # as the checks do, off the window's thread
    window = make_window(workspace / "adult-practice-review-adult-g.json")
    window.checks.spelling.set_words(frozenset({"extra"}))  # a new word list: spellers again
    welsh = body_editor(window, "body.1.markdown_cy")
    english = body_editor(window, "body.1.markdown")
    found = highlighter(window, welsh)
    assert found.speller is not None and found.speller.dictionary_name == spelling.WELSH
    assert highlighter(window, english).speller.dictionary_name == spelling.ENGLISH
    assert underlined_words(welsh, found) == []  # correct Welsh: nothing underlined
    type_at_end(qtbot, welsh, "\n\nMae'r adroddidad yn barod")
    qtbot.waitUntil(lambda: "adroddidad" in underlined_words(welsh, found))
    assert underlined_words(welsh, found) == ["adroddidad"]
