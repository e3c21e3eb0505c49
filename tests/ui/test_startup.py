"""The staged start: the window paints with the records listed and the form's first sections
filled in, and the preview, the sections below the fold and memory settling follow on the
next turns of the event loop."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from window_helpers import FakePrompter, fixed_clock, run_python, staged_window

from review_editor import app
from review_editor.ui.form.containers import Disclosure
from review_editor.ui.preview.panel import PREPARING
from review_editor.ui.window.main_window import MainWindow
from review_editor.ui.window.startup import StagedStart

BRADFORD = "thematic-review-into-cse-in-bradford.json"


def held_sections(window: MainWindow) -> list[Disclosure]:
    return [block for block in window.form.findChildren(Disclosure) if block.held]


@pytest.mark.usefixtures("every_section_open")
def test_first_paint_has_the_records_and_the_first_sections(qtbot, app_home, workspace,
                                                             documents):
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    assert window.startup is not None
    seen: dict[str, object] = {}

    def at_first_paint() -> None:
        seen["rows"] = window.library.model.rowCount()
        seen["title"] = window.form.findChild(QWidget, "field:title") is not None
        seen["publisher name"] = window.form.findChild(QWidget, "field:publisher.name")
        seen["held"] = len(held_sections(window))
        seen["preview attached"] = window.preview.attached
        placeholder = window.preview_dock.widget()
        seen["placeholder"] = placeholder.text() if isinstance(placeholder, QLabel) else None

    window.startup.painted.connect(at_first_paint)
    with qtbot.waitSignal(window.startup.finished, timeout=10_000):
        window.show()
    assert seen == {"rows": len(list(workspace.glob("*.json"))), "title": True,
                    "publisher name": None, "held": seen["held"],
                    "preview attached": False, "placeholder": PREPARING}
    assert isinstance(seen["held"], int) and seen["held"] >= 5
    # After the steps: every section built, the preview in its dock, collection back on.
    assert held_sections(window) == []
    assert window.form.findChild(QWidget, "field:publisher.name") is not None
    assert window.preview.attached and window.preview_dock.widget() is window.preview.view
    assert gc.isenabled()
    qtbot.waitUntil(lambda: window.preview.controller.paint_count >= 1, timeout=10_000)
    assert window.preview.controller.document is window.controller.current.document


def test_a_field_below_the_fold_is_built_when_wanted_before_its_turn(qtbot, app_home,
                                                                      workspace, documents):
    window = staged_window(qtbot, workspace / BRADFORD, documents)  # not shown: nothing ran
    assert window.form.findChild(QWidget, "field:publisher.name") is None
    assert window.form.field_widget("publisher.name") is not None  # built on the way
    window.show()
    assert window.form.focus_field("contributors")
    with qtbot.waitSignal(window.startup.finished, timeout=10_000):
        pass
    names = [w.objectName() for w in window.form.findChildren(QWidget)
             if w.objectName() == "field:publisher.name"]
    assert names == ["field:publisher.name"]  # built once, not twice


def test_edits_before_the_preview_exists_show_once_it_does(qtbot, app_home, workspace,
                                                            documents):
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    window.form.set_value("title", "A retitled page")  # before the first paint
    assert not window.preview.attached
    with qtbot.waitSignal(window.startup.finished, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.preview.controller.paint_count >= 1, timeout=10_000)
    shown: list[str] = []
    window.preview.view.page.toHtml(shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert "A retitled page" in shown[0]


@pytest.mark.usefixtures("every_section_open")
def test_an_unstaged_window_is_complete_at_once(qtbot, app_home, workspace, documents):
    window = app.build_main_window(workspace / BRADFORD, documents_dir=documents,
                                   prompter=FakePrompter(), clock=fixed_clock)
    qtbot.addWidget(window)
    assert window.startup is None
    assert window.preview.attached
    assert held_sections(window) == []
    assert window.form.findChild(QWidget, "field:publisher.name") is not None


def test_steps_run_in_order_and_repeat_while_they_have_more(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    left = [3]

    def chunked() -> bool:
        left[0] -= 1
        calls.append(f"chunk {left[0]}")
        return left[0] > 0

    start = StagedStart(window, [lambda: calls.append("first"), chunked,
                                 lambda: calls.append("last")])
    with qtbot.waitSignal(start.finished, timeout=5_000):
        window.show()
    assert calls == ["first", "chunk 2", "chunk 1", "chunk 0", "last"]
    assert start.done


def test_steps_run_even_if_the_window_never_paints(qtbot):
    window = QWidget()  # never shown
    qtbot.addWidget(window)
    ran: list[bool] = []
    start = StagedStart(window, [lambda: ran.append(True)])
    with qtbot.waitSignal(start.finished, timeout=5_000):
        pass
    assert ran == [True]


def test_what_the_start_does_not_load():
    """The modules a start does without until after the first paint: the checks, the
    renderer, PDF metadata; and the app module and the command line (which opens the
    window when given no command) load neither Qt nor pydantic."""
    found = run_python(
        "import json, sys\n"
        "import review_editor.app, review_editor.cli\n"
        "bare = sorted(m for m in ('PySide6', 'pydantic') if m in sys.modules)\n"
        "from review_editor.checks import BLOCKING, FINAL_EXPORT, Issue\n"
        "import review_editor.ui.checks.panel\n"
        "heavy = ('review_editor.checks.runner', 'review_editor.checks.families', 'jinja2',\n"
        "         'pypdf', 'review_editor.render.page', 'holidays')\n"
        "print(json.dumps({'bare': bare, 'loaded': [m for m in heavy if m in sys.modules],\n"
        "                  'plugins': __import__('os').environ.get('PYDANTIC_DISABLE_PLUGINS')}))")
    assert found == {"bare": [], "loaded": [], "plugins": "__all__"}


def test_the_checks_still_all_register_when_loaded_lazily():
    found = run_python(
        "import json\n"
        "from review_editor.checks import all_checks, get_check\n"
        "print(json.dumps({'count': len(all_checks()), 'c6': get_check('C6.3').code}))")
    assert found["count"] > 40 and found["c6"] == "C6.3"


def test_main_opens_the_window_in_stages_and_runs_the_event_loop(tmp_path, workspace):
    """``app.main`` as the installed app runs it, in a process of its own: the steps all
    run inside its event loop, and closing the window ends it with status 0."""
    found = run_python(
        "import json, os, sys\n"
        f"os.environ['REVIEW_EDITOR_HOME'] = {str(tmp_path / 'home')!r}\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from review_editor import app\n"
        "opened = app.open_window\n"
        "seen = {}\n"
        "def open_window(*args, **kwargs):\n"
        "    window = opened(*args, **kwargs)\n"
        "    def finished():\n"
        "        seen['attached'] = window.preview.attached\n"
        "        seen['title'] = window.windowTitle()\n"
        "        window.close()\n"
        "    window.startup.finished.connect(finished)\n"
        "    return window\n"
        "app.open_window = open_window\n"
        f"code = app.main([{str(workspace / BRADFORD)!r}])\n"
        "print(json.dumps({'code': code, **seen}))")
    assert found["code"] == 0 and found["attached"] is True
    assert found["title"].startswith("Publication of the Thematic Review into CSE in Bradford")


@pytest.mark.usefixtures("every_section_open")
def test_a_record_opened_later_is_built_whole(qtbot, app_home, workspace, documents, tmp_path):
    """When the start opens no record (an empty folder), the next record opened is not left
    with sections waiting for steps that have already run."""
    empty = tmp_path / "empty"
    empty.mkdir()
    window = staged_window(qtbot, empty, documents)
    with qtbot.waitSignal(window.startup.finished, timeout=10_000):
        window.show()
    assert window.controller.current is None
    window.open_path(workspace / BRADFORD)
    assert window.controller.current is not None
    assert held_sections(window) == []
    assert window.form.findChild(QWidget, "field:publisher.name") is not None


def test_the_first_page_is_rendered_while_the_web_view_is_made(qtbot, app_home, workspace,
                                                               documents, monkeypatch):
    """The first render starts a turn before the view is made, is loaded once, and an edit
    made while it runs is shown after it."""
    from review_editor.ui.preview.panel import PreviewPanel

    prepare = PreviewPanel.prepare
    early: dict[str, object] = {}

    def prepare_then_edit(panel: PreviewPanel) -> None:
        prepare(panel)
        early["rendering"] = panel._early is not None and not panel.attached
        panel.form.set_value("title", "Retitled while the first page renders")

    monkeypatch.setattr(PreviewPanel, "prepare", prepare_then_edit)
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    with qtbot.waitSignal(window.startup.finished, timeout=10_000):
        window.show()
    assert early == {"rendering": True}
    controller = window.preview.controller
    qtbot.waitUntil(lambda: controller.paint_count >= 2 and controller.idle, timeout=10_000)
    assert controller.full_loads == 1  # the edit was swapped into the first page
    shown: list[str] = []
    window.preview.view.page.toHtml(shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert "Retitled while the first page renders" in shown[0]


def test_the_checks_wait_for_the_preview_first_page(qtbot, app_home, workspace, documents):
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    checked: list[bool] = []
    window.checks.checked.connect(lambda: checked.append(True))
    at_first_page: list[bool] = []

    def watch_the_preview() -> None:
        window.preview.controller.painted.connect(
            lambda _seconds: at_first_page.append(bool(checked) or window.checks._busy))

    with qtbot.waitSignal(window.startup.finished, timeout=10_000):
        window.show()
        qtbot.waitUntil(lambda: window.preview.attached, timeout=10_000)
        watch_the_preview()
    qtbot.waitUntil(lambda: bool(at_first_page), timeout=10_000)
    assert at_first_page[0] is False  # nothing checked before the first page was shown
    qtbot.waitUntil(lambda: bool(checked), timeout=10_000)  # and checked after it


def test_spelling_waits_for_the_preview_first_page(qtbot, app_home, workspace, documents):
    """The form's editors get their spelling highlighters after the preview's first page,
    not on its way there (the checks panel asks for them when it is made)."""
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    spelling = window.checks.spelling
    at_first_page: list[int] = []
    with qtbot.waitSignal(window.startup.finished, timeout=10_000):
        window.show()
        qtbot.waitUntil(lambda: window.preview.attached, timeout=10_000)
        window.preview.controller.painted.connect(
            lambda _seconds: at_first_page.append(len(spelling.highlighters)))
    qtbot.waitUntil(lambda: bool(at_first_page), timeout=10_000)
    assert at_first_page[0] == 0
    qtbot.waitUntil(lambda: bool(spelling.highlighters), timeout=10_000)


def test_modules_imported_after_qt_are_not_read_for_pysides_feature_switches(
        qapp, tmp_path, monkeypatch):
    """PySide6 reads the source of each module imported after it (for ``__feature__``); the
    start turns that off, which saved about 40 ms on the way to the preview."""
    import linecache
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return  # a PySide6 without the reading: nothing to turn off
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[str] = []
    getlines = linecache.getlines

    def recording(filename: str, *args: object) -> list[str]:
        read.append(filename)
        return getlines(filename, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(linecache, "getlines", recording)
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    # An earlier test may have started the application, which turns the reading off for
    # the rest of the process: then only the second half can be shown.
    reading_on = feature._mod_uses_pyside.__name__ != "<lambda>"
    for name, skip in (("read_by_pyside", False), ("not_read_by_pyside", True)):
        module = tmp_path / f"{name}.py"
        module.write_text("VALUE = 1\n", encoding="utf-8")
        if skip:
            app.skip_pyside_source_scan()
        __import__(name)  # the import statement's way, which PySide6 hooks
        if skip or reading_on:
            assert (str(module) in read) is not skip
