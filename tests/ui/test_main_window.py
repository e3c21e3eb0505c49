"""The editor window, driven as a user would: the real MainWindow from build_main_window,
with a scripted prompter instead of dialogs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QPlainTextEdit, QWidget
from window_helpers import (
    NOW,
    FakePrompter,
    MakeWindow,
    action,
    child,
    title_field,
    trigger_save,
)

from review_editor import paths, resources
from review_editor.model import dump, parse_record
from review_editor.storage import load_record
from review_editor.ui.common.text import page_words
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"
BRADFORD_TITLE = "Publication of the Thematic Review into CSE in Bradford"
ADULT_R = "sar-adult-r.json"
EXAMPLE_TITLES = len(list(resources.examples_dir().glob("*.json")))

def settle(qtbot) -> None:
    qtbot.wait(10)  # the window validates and recounts once per burst of changes


def on_disk(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# opening --------------------------------------------------------------------------------

def test_open_examples_folder_lists_every_record(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace)
    titles = window.library.visible_titles()
    assert len(titles) == EXAMPLE_TITLES
    assert BRADFORD_TITLE in titles
    assert titles == sorted(titles, key=str.casefold)
    assert window.controller.current is None
    assert window.pages.currentWidget() is window.empty_page
    assert child(window, QWidget, "library:count").text() == f"{EXAMPLE_TITLES} records"
    assert window.windowTitle().startswith("workspace — Review Editor")


def test_open_bradford_record(make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    current = window.controller.current
    assert current is not None and current.path == workspace / BRADFORD
    assert window.windowTitle() == f"{BRADFORD_TITLE} — {BRADFORD}[*] — Review Editor"
    assert not window.isWindowModified()
    assert title_field(window).text() == BRADFORD_TITLE
    assert window.pages.currentWidget() is window.form
    assert window.library.folder() == workspace
    settle(qtbot)
    words = page_words(current.document.data)
    assert words > 300  # the page's eight paragraphs
    assert child(window, QWidget, "statusbar:words").text() == f"{words:,} words"
    minutes = -(-words // 200)
    assert child(window, QWidget, "statusbar:reading_time").text() == f"{minutes} min read"
    assert child(window, QWidget, "statusbar:state").text() == "Saved"
    assert not child(window, QWidget, "statusbar:read_only").isVisible()


def test_choosing_a_record_in_the_library_opens_it(make_window: MakeWindow, workspace: Path,
                                                  qtbot):
    window = make_window(workspace)
    view = window.library.view
    for row in range(window.library.proxy.rowCount()):
        if window.library.proxy.index(row, 0).data() == BRADFORD_TITLE:
            view.setCurrentIndex(window.library.proxy.index(row, 0))
    assert window.controller.current is not None
    assert window.controller.current.path == workspace / BRADFORD


def test_search_as_you_type_and_filters(make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace)
    search = child(window, QLineEdit, "library:search")
    qtbot.keyClicks(search, "bradford")
    assert window.library.visible_titles() == [BRADFORD_TITLE]
    search.clear()
    # Words match anywhere in the title, summary or body, in any order.
    qtbot.keyClicks(search, "neglect fire")
    assert window.library.visible_titles() == ["Safeguarding Adults Review: Adult R"]
    search.clear()
    qtbot.keyClicks(search, "no such words anywhere")
    assert window.library.visible_titles() == []
    assert child(window, QWidget, "library:count").text().startswith(
        f"Showing 0 of {EXAMPLE_TITLES}")
    search.clear()
    kind = child(window, QComboBox, "library:kind_filter")
    kind.setCurrentIndex(kind.findData("news_item"))
    news = window.library.visible_titles()
    assert BRADFORD_TITLE in news and "Safeguarding Adults Review: Adult R" not in news
    kind.setCurrentIndex(0)
    status = child(window, QComboBox, "library:status_filter")
    status.setCurrentIndex(status.findData("draft"))
    assert BRADFORD_TITLE in window.library.visible_titles()
    assert "Safeguarding Adults Review: Adult R" not in window.library.visible_titles()
    status.setCurrentIndex(0)
    assert len(window.library.visible_titles()) == EXAMPLE_TITLES


def test_sort_by_column(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace)
    window.library.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # published
    proxy = window.library.proxy
    published = [proxy.index(row, 3).data() for row in range(proxy.rowCount())]
    assert published[-1] == ""  # unpublished drafts last when newest first
    window.library.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    titles = window.library.visible_titles()
    assert titles == sorted(titles, key=str.casefold, reverse=True)


# editing, undo, saving ------------------------------------------------------------------

def test_edit_title_then_undo_and_redo(make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    field = title_field(window)
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " (draft)")
    settle(qtbot)
    assert window.controller.current.document.get("title") == BRADFORD_TITLE + " (draft)"
    assert window.isWindowModified()
    assert window.windowTitle().startswith(BRADFORD_TITLE + " (draft) — ")
    assert child(window, QWidget, "statusbar:state").text() == "Unsaved changes"
    undo = action(window, "undo")
    assert undo.text() == f"Undo {window.undo_stack.undoText()}"
    assert "title" in undo.text().casefold()
    undo.trigger()
    settle(qtbot)
    assert window.controller.current.document.get("title") == BRADFORD_TITLE
    assert field.text() == BRADFORD_TITLE
    assert not window.isWindowModified()
    redo = action(window, "redo")
    assert redo.text() == f"Redo {window.undo_stack.redoText()}"
    redo.trigger()
    settle(qtbot)
    assert field.text() == BRADFORD_TITLE + " (draft)"
    assert window.isWindowModified()


def test_save_writes_the_record_and_refreshes_its_library_row(make_window: MakeWindow,
                                                              workspace: Path, qtbot):
    path = workspace / BRADFORD
    window = make_window(path)
    field = title_field(window)
    field.selectAll()
    qtbot.keyClicks(field, "Thematic review into child sexual exploitation in Bradford")
    trigger_save(window)
    settle(qtbot)
    assert not window.isWindowModified()
    assert child(window, QWidget, "statusbar:state").text() == "Saved"
    loaded = load_record(path)
    assert loaded.record.title == "Thematic review into child sexual exploitation in Bradford"
    assert loaded.record.modified_at == NOW  # set by the save, not by storage
    assert dump(loaded.record) == dump(parse_record(window.controller.current.document.data))
    assert window.controller.current.sha256 == loaded.sha256
    assert "Thematic review into child sexual exploitation in Bradford" in \
        window.library.visible_titles()
    assert BRADFORD_TITLE not in window.library.visible_titles()
    # The saved file is the baseline now: a second save needs no conflict prompt.
    qtbot.keyClicks(field, "!")
    trigger_save(window)
    assert load_record(path).record.title.endswith("Bradford!")


@pytest.mark.usefixtures("every_section_open")
def test_add_and_move_a_recommendation_then_save_and_reload(make_window: MakeWindow,
                                                             workspace: Path, qtbot):
    path = workspace / ADULT_R
    window = make_window(path)
    document = window.controller.current.document
    before = [item["id"] for item in document.get("review.recommendations")]
    assert before == ["R1", "R2", "R3", "R4"]
    qtbot.mouseClick(child(window, QWidget, "button:add:review.recommendations"),
                     Qt.MouseButton.LeftButton)
    settle(qtbot)
    items = document.get("review.recommendations")
    assert len(items) == 5
    text = window.form.field_widget("review.recommendations.4.text")
    assert text is not None
    text.setFocus()
    qtbot.keyClicks(text, "Share the learning with housing providers.")
    move_up = child(window, QWidget, "button:up:review.recommendations.4")
    qtbot.mouseClick(move_up, Qt.MouseButton.LeftButton)
    settle(qtbot)
    items = document.get("review.recommendations")
    assert items[3]["text"] == "Share the learning with housing providers."
    assert [item["id"] for item in items][:3] == ["R1", "R2", "R3"]
    assert window.isWindowModified()
    trigger_save(window)
    settle(qtbot)
    assert not window.isWindowModified()
    reloaded = load_record(path)
    assert dump(reloaded.record) == dump(parse_record(document.data))
    assert reloaded.record.review.recommendations[3].text == \
        "Share the learning with housing providers."
    # Undo goes back through the move and the addition, as single steps.
    action(window, "undo").trigger()
    action(window, "undo").trigger()
    action(window, "undo").trigger()
    assert [item["id"] for item in document.get("review.recommendations")] == before


def test_save_refuses_invalid_fields_and_focuses_the_first(make_window: MakeWindow,
                                                           workspace: Path, qtbot):
    prompter = FakePrompter()
    path = workspace / BRADFORD
    original = path.read_bytes()
    window = make_window(path, prompter)
    assert window.form.focus_field("slug")
    field = window.form.field_widget("slug")
    assert isinstance(field, QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, "Not a slug!")  # lower-case words and hyphens only
    settle(qtbot)
    assert [path for path, _ in window.controller.problems] == ["slug"]
    assert any(path == "slug" for path, _ in window.form.problems())  # shown by the form
    title_field(window).setFocus()
    trigger_save(window)
    (title, message), = prompter.asked("show_error")
    assert "before saving" in title
    assert "URL slug" in message
    assert path.read_bytes() == original
    assert field.hasFocus()
    assert window.isWindowModified()


def test_new_record_starts_from_its_template_and_first_save_asks_for_a_path(
        make_window: MakeWindow, workspace: Path, qtbot):
    prompter = FakePrompter()
    window = make_window(workspace, prompter)
    action(window, "new_review_notice").trigger()
    current = window.controller.current
    assert current is not None and current.path is None
    assert current.document.kind == "review_notice"
    assert current.document.get("title") == "Untitled review notice"
    assert current.document.get("created_at")
    assert "not saved yet" in window.windowTitle()
    assert title_field(window).hasFocus()
    prompter.script("choose_save_path", workspace / "Adult S.json")
    field = title_field(window)
    field.selectAll()
    qtbot.keyClicks(field, "Safeguarding Adults Review: Adult S")
    trigger_save(window)
    (suggested,), = prompter.asked("choose_save_path")
    assert suggested == workspace / "safeguarding-adults-review-adult-s.json"
    saved = load_record(workspace / "Adult S.json").record
    assert saved.kind == "review_notice" and saved.title == "Safeguarding Adults Review: Adult S"
    assert window.controller.current.path == workspace / "Adult S.json"
    assert "Safeguarding Adults Review: Adult S" in window.library.visible_titles()


def test_the_last_records_status_message_goes_when_another_record_is_shown(
        make_window: MakeWindow, workspace: Path, qtbot):
    prompter = FakePrompter(choose_save_path=[workspace / "adult-s.json"])
    window = make_window(workspace, prompter)
    action(window, "new_review_notice").trigger()
    trigger_save(window)
    assert window.status.currentMessage() == "Saved adult-s.json"
    action(window, "new_news_item").trigger()
    assert window.controller.current.path is None
    assert window.status.currentMessage() == ""
    assert window.status.state.text() == "New record, not saved yet"


def test_a_new_records_first_save_suggests_its_slug_as_the_file_name(
        make_window: MakeWindow, workspace: Path, qtbot):
    (workspace / "test-news-item-for-lowmarsh.json").write_text("{}", encoding="utf-8")
    prompter = FakePrompter()
    window = make_window(workspace, prompter)
    action(window, "new_news_item").trigger()
    field = title_field(window)
    field.selectAll()
    qtbot.keyClicks(field, "Test news_item for Lowmarsh's Board")
    trigger_save(window)
    action(window, "new_news_item").trigger()
    field = title_field(window)
    field.selectAll()
    qtbot.keyClicks(field, "Test news_item for Lowmarsh")
    trigger_save(window)
    window.form.set_value("slug", "lowmarsh-news")
    trigger_save(window)
    first, taken, given = (path for path, in prompter.asked("choose_save_path"))
    assert first == workspace / "test-news-item-for-lowmarshs-board.json"
    assert taken == workspace / "test-news-item-for-lowmarsh-2.json"
    assert given == workspace / "lowmarsh-news.json"


def test_save_as_rejects_unsafe_names_and_suggests_a_safe_one(make_window: MakeWindow,
                                                             workspace: Path):
    prompter = FakePrompter(choose_save_path=[workspace / "CON.json",
                                              workspace / "bradford copy.json"])
    window = make_window(workspace / BRADFORD, prompter)
    trigger_save(window, "save_as")
    first, second = prompter.asked("choose_save_path")
    assert first[0] == workspace / "Publication of the Thematic Review into CSE in Bradford.json"
    assert "reserved" in prompter.asked("show_error")[0][1]
    assert second[0].name != "CON.json"
    assert load_record(workspace / "bradford copy.json").record.title == BRADFORD_TITLE
    assert window.controller.current.path == workspace / "bradford copy.json"


# the close prompt -----------------------------------------------------------------------

def _modify(window: MainWindow, qtbot, text: str = " (edited)") -> None:
    field = title_field(window)
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, text)
    settle(qtbot)
    assert window.isWindowModified()


def test_close_prompt_cancel_keeps_the_window_and_the_changes(make_window: MakeWindow,
                                                              workspace: Path, qtbot):
    prompter = FakePrompter(ask_save_changes=["cancel"])
    path = workspace / BRADFORD
    original = path.read_bytes()
    window = make_window(path, prompter)
    _modify(window, qtbot)
    assert not window.close()
    assert window.isVisible()
    assert prompter.asked("ask_save_changes") == [(BRADFORD,)]
    assert window.isWindowModified()
    assert path.read_bytes() == original


def test_close_prompt_discard_closes_without_saving(make_window: MakeWindow, workspace: Path,
                                                    qtbot):
    prompter = FakePrompter(ask_save_changes=["discard"])
    path = workspace / BRADFORD
    original = path.read_bytes()
    window = make_window(path, prompter)
    _modify(window, qtbot)
    assert window.close()
    assert path.read_bytes() == original


def test_close_prompt_save_saves_then_closes(make_window: MakeWindow, workspace: Path, qtbot):
    prompter = FakePrompter(ask_save_changes=["save"])
    path = workspace / BRADFORD
    window = make_window(path, prompter)
    _modify(window, qtbot)
    window.show()
    assert not window.close()  # the save runs off the UI thread; the window closes after it
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert load_record(path).record.title == BRADFORD_TITLE + " (edited)"


def test_close_prompt_before_opening_another_record_and_before_new(make_window: MakeWindow,
                                                                  workspace: Path, qtbot):
    prompter = FakePrompter(ask_save_changes=["cancel", "cancel", "discard"])
    window = make_window(workspace / BRADFORD, prompter)
    _modify(window, qtbot)
    assert not window.open_path(workspace / ADULT_R)
    assert window.controller.current.path == workspace / BRADFORD
    assert window.library.view.currentIndex().data() == BRADFORD_TITLE + " (edited)" or \
        window.library.view.currentIndex().data() == BRADFORD_TITLE
    action(window, "new_news_item").trigger()
    assert window.controller.current.path == workspace / BRADFORD
    action(window, "close").trigger()
    assert window.controller.current is None
    assert len(prompter.asked("ask_save_changes")) == 3
    assert window.pages.currentWidget() is window.empty_page


def test_revert_reloads_from_disk_after_confirmation(make_window: MakeWindow, workspace: Path,
                                                     qtbot):
    prompter = FakePrompter(confirm=[False, True])
    window = make_window(workspace / BRADFORD, prompter)
    _modify(window, qtbot)
    action(window, "revert").trigger()
    assert window.controller.current.document.get("title") == BRADFORD_TITLE + " (edited)"
    action(window, "revert").trigger()
    assert window.controller.current.document.get("title") == BRADFORD_TITLE
    assert title_field(window).text() == BRADFORD_TITLE
    assert not window.isWindowModified()
    assert len(prompter.asked("confirm")) == 2


# broken files and read-only files ---------------------------------------------------------

def test_a_broken_file_is_listed_and_explained_and_the_app_stays_usable(
        make_window: MakeWindow, workspace: Path, qtbot):
    broken = workspace / "half-saved.json"
    broken.write_text('{"schema_version": "1.0", "kind": "news_item",\n  "title": ',
                      encoding="utf-8")
    window = make_window(workspace)
    assert "half-saved.json" in window.library.visible_titles()
    assert "1 cannot be opened" in child(window, QWidget, "library:count").text()
    model = window.library.model
    row = model.row_of(broken)
    tooltip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "half-saved.json" in tooltip and "not valid JSON" in tooltip
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    bradford = model.index(model.row_of(workspace / BRADFORD), 0)
    assert "News item · Draft" in bradford.data(Qt.ItemDataRole.ToolTipRole)
    proxy_index = window.library.proxy.mapFromSource(model.index(row, 0))
    window.library.view.setCurrentIndex(proxy_index)
    assert window.pages.currentWidget() is window.broken_page
    message = child(window, QWidget, "broken:message").text()
    assert "half-saved.json" in message and "line 2" in message
    assert child(window, QWidget, "button:show_in_folder").isVisible()
    # Still usable: another record opens, and the broken file was not touched.
    assert window.open_path(workspace / BRADFORD)
    assert window.pages.currentWidget() is window.form
    assert broken.read_text(encoding="utf-8").endswith('"title": ')


def test_opening_a_broken_file_names_the_file_and_the_problem(make_window: MakeWindow,
                                                              workspace: Path):
    prompter = FakePrompter()
    window = make_window(workspace / BRADFORD, prompter)
    broken = workspace / "notes.json"
    broken.write_text("[1, 2, 3]\n", encoding="utf-8")
    prompter.script("choose_open_file", broken)
    action(window, "open_file").trigger()
    (title, message), = prompter.asked("show_error")
    assert "cannot be opened" in title
    assert "notes.json" in message and "not a record" in message
    assert window.controller.current.path == workspace / BRADFORD  # still open


def test_newer_major_version_opens_read_only(make_window: MakeWindow, workspace: Path):
    data = on_disk(workspace / BRADFORD)
    data["schema_version"] = "2.0"
    future = workspace / "from-the-future.json"
    future.write_text(json.dumps(data, indent=2), encoding="utf-8")
    window = make_window(future)
    current = window.controller.current
    assert current is not None and current.read_only
    assert "[read-only]" in window.windowTitle()
    assert not action(window, "save").isEnabled()
    assert action(window, "save_as").isEnabled()
    assert child(window, QWidget, "statusbar:read_only").isVisible()
    assert window.message_bar.isVisible()
    assert "newer Review Editor" in child(window, QWidget, "message:text").text()


# save conflicts ----------------------------------------------------------------------------

def _conflict(make_window: MakeWindow, workspace: Path, qtbot,
              prompter: FakePrompter) -> tuple[MainWindow, Path]:
    path = workspace / BRADFORD
    window = make_window(path, prompter)
    _modify(window, qtbot, " (mine)")
    theirs = on_disk(path)
    theirs["title"] = BRADFORD_TITLE + " (theirs)"
    path.write_text(json.dumps(theirs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    trigger_save(window)
    return window, path


def test_conflict_compare_shows_the_differing_fields_then_cancel(make_window: MakeWindow,
                                                                 workspace: Path, qtbot):
    prompter = FakePrompter(ask_conflict=["compare", "cancel"])
    window, path = _conflict(make_window, workspace, qtbot, prompter)
    (conflict_path, mine, theirs), _ = prompter.asked("ask_conflict")
    assert conflict_path == path and theirs["title"].endswith("(theirs)")
    (_, differences), = prompter.asked("show_comparison")
    assert ("title", BRADFORD_TITLE + " (mine)", BRADFORD_TITLE + " (theirs)") in differences
    assert load_record(path).record.title.endswith("(theirs)")  # nothing written
    assert window.isWindowModified()


def test_conflict_overwrite_keeps_mine(make_window: MakeWindow, workspace: Path, qtbot):
    prompter = FakePrompter(ask_conflict=["overwrite"])
    window, path = _conflict(make_window, workspace, qtbot, prompter)
    assert load_record(path).record.title.endswith("(mine)")
    assert not window.isWindowModified()
    trigger_save(window)  # the overwritten file is the new baseline
    assert len(prompter.asked("ask_conflict")) == 1


def test_conflict_save_as_copy_leaves_theirs(make_window: MakeWindow, workspace: Path, qtbot):
    copy = workspace / "thematic-review-into-cse-in-bradford (copy).json"
    prompter = FakePrompter(ask_conflict=["save_copy"], choose_save_path=[copy])
    window, path = _conflict(make_window, workspace, qtbot, prompter)
    (suggested,), = prompter.asked("choose_save_path")
    assert suggested == copy
    assert load_record(copy).record.title.endswith("(mine)")
    assert load_record(path).record.title.endswith("(theirs)")
    assert window.controller.current.path == copy
    assert len(window.library.visible_titles()) == EXAMPLE_TITLES + 1


def test_conflict_reload_discards_mine(make_window: MakeWindow, workspace: Path, qtbot):
    prompter = FakePrompter(ask_conflict=["reload"])
    window, path = _conflict(make_window, workspace, qtbot, prompter)
    assert window.controller.current.document.get("title").endswith("(theirs)")
    assert title_field(window).text().endswith("(theirs)")
    assert not window.isWindowModified()
    assert load_record(path).record.title.endswith("(theirs)")


def test_conflict_when_the_file_was_deleted(make_window: MakeWindow, workspace: Path, qtbot):
    prompter = FakePrompter(ask_conflict=["overwrite"])
    path = workspace / BRADFORD
    window = make_window(path, prompter)
    _modify(window, qtbot)
    path.unlink()
    trigger_save(window)
    (_, _, theirs), = prompter.asked("ask_conflict")
    assert theirs is None
    assert load_record(path).record.title.endswith("(edited)")


# find in record ---------------------------------------------------------------------------

def test_find_jumps_to_the_field_and_selects_the_match(make_window: MakeWindow,
                                                       workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    action(window, "find").trigger()
    bar = child(window, QWidget, "findbar")
    assert bar.isVisible()
    qtbot.keyClicks(child(window, QLineEdit, "findbar:text"), "bradford")
    action(window, "find_next").trigger()
    focused = QGuiApplication.focusObject()
    assert isinstance(focused, QLineEdit) and focused.objectName().startswith("field:")
    assert focused.selectedText().casefold() == "bradford"
    first = (focused.objectName(), focused.selectionStart())
    action(window, "find_next").trigger()
    second = QGuiApplication.focusObject()
    assert (second.objectName(), second.selectionStart()) != first
    action(window, "find_previous").trigger()
    again = QGuiApplication.focusObject()
    assert (again.objectName(), again.selectionStart()) == first
    assert "of" in child(window, QWidget, "findbar:status").text()


def test_find_scrolls_a_match_late_in_a_tall_field_onto_the_screen(
        make_window: MakeWindow, workspace: Path, qtbot):
    # The form showed the editor's top while the selected words lay below the fold.
    window = make_window(workspace / BRADFORD)
    window.resize(1280, 720)
    paragraphs = "\n\n".join(f"Paragraph {n} of the findings, told at length." for n in range(80))
    window.form.set_value("body.0.markdown", f"{paragraphs}\n\nThe quokkaword is last.")
    QApplication.processEvents()
    action(window, "find").trigger()
    qtbot.keyClicks(child(window, QLineEdit, "findbar:text"), "quokkaword")
    action(window, "find_next").trigger()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.textCursor().selectedText() == "quokkaword"
    scroll = child(window, QWidget, "formScroll")
    cursor = editor.cursorRect()
    for corner in (cursor.topLeft(), cursor.bottomLeft()):
        at = editor.viewport().mapTo(scroll.viewport(), corner)
        assert scroll.viewport().rect().contains(at), (at, scroll.viewport().rect())


def test_copy_and_paste_act_on_the_focused_field(make_window: MakeWindow, workspace: Path,
                                                 qtbot):
    window = make_window(workspace / BRADFORD)
    field = title_field(window)
    field.setFocus()
    field.setSelection(0, len("Publication"))
    action(window, "copy").trigger()
    assert QGuiApplication.clipboard().text() == "Publication"
    field.end(False)
    action(window, "paste").trigger()
    assert field.text() == BRADFORD_TITLE + "Publication"


# first run and settings -----------------------------------------------------------------------

def test_first_run_copies_the_examples_into_the_workspace_and_opens_it(
        make_window: MakeWindow, documents: Path, examples_dir: Path, app_home: Path):
    workspace = paths.workspace_dir(documents)
    workspace.mkdir(parents=True)
    mine = workspace / ADULT_R
    mine.write_bytes((examples_dir / ADULT_R).read_bytes().replace(b"Adult R", b"Adult Q"))
    window = make_window()
    names = sorted(path.name for path in workspace.glob("*.json"))
    assert names == sorted(path.name for path in examples_dir.glob("*.json"))
    assert b"Adult Q" in mine.read_bytes()  # an existing file is never overwritten
    assert window.library.folder() == workspace
    assert len(window.library.visible_titles()) == EXAMPLE_TITLES
    assert window.controller.current is None  # the welcome page says what the examples are
    assert window.pages.currentWidget() is window.welcome


def test_settings_are_remembered_across_two_windows(make_window: MakeWindow, workspace: Path,
                                                    app_home: Path):
    first = make_window(workspace / ADULT_R)
    first.library_dock.hide()  # then 640 px leave the form its least width
    QApplication.processEvents()
    first.resize(QSize(640, 480))
    assert first.library.view.header().isSectionHidden(1)  # kind: shown on request
    kind_column = first.library.column_menu().findChild(QAction, "action:library_column_1")
    kind_column.trigger()
    assert first.close()
    saved = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert saved["last_folder"] == str(workspace)
    assert saved["recent_files"][0] == str(workspace / ADULT_R)
    assert saved["window_geometry"] and saved["window_state"]

    second = make_window()
    assert second.library.folder() == workspace
    assert second.controller.current.path == workspace / ADULT_R
    assert second.size() == QSize(640, 480)
    assert not second.library_dock.isVisible()
    assert not second.library.view.header().isSectionHidden(1)
    recent = child(second, QMenu, "menu:recent_files")
    recent.aboutToShow.emit()
    assert [a.statusTip() for a in recent.actions()][0] == str(workspace / ADULT_R)


def test_recent_lists_hold_at_most_ten(tmp_path: Path):
    from review_editor.ui.common.settings import Settings

    settings = Settings(tmp_path / "settings.json")
    for number in range(12):
        settings.add_recent_file(tmp_path / f"{number}.json")
    settings.add_recent_file(tmp_path / "5.json")
    settings.save()
    again = Settings.load(tmp_path / "settings.json")
    assert len(again.recent_files) == 10
    assert again.recent_files[0] == tmp_path / "5.json"
    assert again.recent_files.count(tmp_path / "5.json") == 1
    (tmp_path / "settings.json").write_text("{damaged", encoding="utf-8")
    assert Settings.load(tmp_path / "settings.json").recent_files == []


# actions, docks ---------------------------------------------------------------------------

REQUIRED_ACTIONS = {
    "new_news_item", "new_review_notice", "new_learning_brief", "open_file", "open_folder",
    "save", "save_as", "revert", "close", "quit", "undo", "redo", "cut", "copy", "paste",
    "find", "about", "user_guide", "toggle_library", "toggle_preview", "toggle_checks",
}


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for item in menu.actions():
        found.append(item)
        if item.menu() is not None:
            found += _menu_actions(item.menu())
    return found


def test_every_action_has_an_action_name(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace / BRADFORD)
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # fills the recent files and folders
    actions = list(window.actions())
    for top in window.menuBar().actions():
        actions.append(top)
        actions += _menu_actions(top.menu())
    unnamed = [a.text() for a in actions if not a.isSeparator()
               and not a.objectName().startswith("action:")]
    assert unnamed == []
    names = {a.objectName().removeprefix("action:") for a in actions}
    assert names >= REQUIRED_ACTIONS
    assert action(window, "save").shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert action(window, "find").shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert not action(window, "quit").shortcut().isEmpty()


def test_docks_and_their_view_actions(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace)
    assert window.preview_dock.objectName() == "dock:preview"
    assert window.checks_dock.objectName() == "dock:checks"
    for name, dock in (("toggle_preview", window.preview_dock),
                       ("toggle_checks", window.checks_dock),
                       ("toggle_library", window.library_dock)):
        assert dock.isVisible()
        if dock.visibleRegion().isEmpty():  # waiting in a tab behind another: to the front
            action(window, name).trigger()
            assert dock.isVisible() and not dock.visibleRegion().isEmpty()
        assert action(window, name).isChecked()
        action(window, name).trigger()
        assert not dock.isVisible() and not action(window, name).isChecked()
        action(window, name).trigger()
        assert dock.isVisible() and not dock.visibleRegion().isEmpty()
        assert action(window, name).isChecked()


def test_the_view_menu_brings_a_dock_behind_a_tab_to_the_front(
        make_window: MakeWindow, workspace: Path, qtbot):
    window = make_window(workspace / BRADFORD)
    window.apply_default_layout(QSize(911, 512))  # short: the checks in a tab behind
    qtbot.waitUntil(lambda: window.width() == 911)
    checks = window.checks_dock
    assert checks in window.tabifiedDockWidgets(window.preview_dock)
    qtbot.waitUntil(lambda: checks.visibleRegion().isEmpty())
    action(window, "toggle_checks").trigger()
    qtbot.waitUntil(lambda: not checks.visibleRegion().isEmpty())
    assert checks.isVisible() and action(window, "toggle_checks").isChecked()


def test_user_guide_is_bundled_and_shown_offline(make_window: MakeWindow, workspace: Path,
                                                 qtbot):
    window = make_window(workspace)
    action(window, "user_guide").trigger()
    dialog = child(window, QWidget, "dialog:user_guide")
    text = child(dialog, QWidget, "user_guide:text").toPlainText()
    for topic in ("Opening", "Saving", "Checks", "Preview", "Export", "Recover", "shared"):
        assert topic.casefold() in text.casefold()
    dialog.close()


def test_a_recent_file_that_has_gone_is_reported_and_forgotten(make_window: MakeWindow,
                                                               workspace: Path):
    prompter = FakePrompter()
    window = make_window(workspace / ADULT_R, prompter)
    window.open_path(workspace / BRADFORD)
    (workspace / ADULT_R).unlink()
    recent = child(window, QMenu, "menu:recent_files")
    recent.aboutToShow.emit()
    gone = next(a for a in recent.actions() if a.statusTip() == str(workspace / ADULT_R))
    gone.trigger()
    (title, message), = prompter.asked("show_error")
    assert title == "Not found" and ADULT_R in message
    assert workspace / ADULT_R not in window.settings.recent_files
    assert window.controller.current.path == workspace / BRADFORD
