"""At start the preview's first page is rendered from the record's JSON, before the models
load; once the record is validated that page is checked against the validated record's,
which replaces it if they differ; a record that does not validate ends on its error page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from window_helpers import run_python, staged_window

from review_editor.model import view as view_module
from review_editor.ui.preview import rendering as preview_rendering
from review_editor.ui.preview.sealed import SealedPage, make_profile
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"
TITLE = "Publication of the Thematic Review into CSE in Bradford"


def rewrite(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@pytest.fixture
def first_renders(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each first render at start: whether it was rendered from the record's JSON."""
    seen: list[bool] = []
    render = preview_rendering._render_unvalidated

    def recording(*args: Any, **kwargs: Any) -> preview_rendering.RenderResult:
        result = render(*args, **kwargs)
        seen.append(result.unvalidated is not None)
        return result

    monkeypatch.setattr(preview_rendering, "_render_unvalidated", recording)
    return seen


def start(qtbot: Any, window: MainWindow) -> None:
    assert window.startup is not None
    with qtbot.waitSignals([window.startup.finished, window.listing_confirmed],
                           timeout=15_000):
        window.show()
    if window.controller.current is not None:
        qtbot.waitUntil(lambda: window.preview.controller.idle, timeout=10_000)


def shown_html(qtbot: Any, window: MainWindow) -> str:
    shown: list[str] = []
    window.preview.view.page.toHtml(shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    return shown[0]


def test_the_first_page_from_the_json_is_kept_once_validated(
        qtbot, app_home, workspace, documents, first_renders):
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    start(qtbot, window)
    assert first_renders == [True]
    controller = window.preview.controller
    qtbot.waitUntil(lambda: controller.checks == 1, timeout=10_000)
    assert controller.idle and controller.full_loads == 1  # the same page: not loaded again
    assert TITLE in shown_html(qtbot, window)


def test_the_validated_records_page_replaces_a_different_first_page(
        qtbot, app_home, workspace, documents, first_renders, monkeypatch):
    read = view_module.record_view

    def misread(data: dict[str, Any]) -> view_module.DataView:
        return read({**data, "title": "Misread from the JSON"})

    monkeypatch.setattr(view_module, "record_view", misread)
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    start(qtbot, window)
    controller = window.preview.controller
    qtbot.waitUntil(lambda: controller.full_loads == 2 and controller.idle, timeout=10_000)
    html = shown_html(qtbot, window)
    assert first_renders == [True] and controller.checks == 1
    assert TITLE in html and "Misread from the JSON" not in html


def test_a_record_that_does_not_validate_ends_on_its_error_page(
        qtbot, app_home, workspace, documents, first_renders):
    long_title = "A title far longer than any page's headline may be " * 3  # over 120
    rewrite(workspace / BRADFORD, lambda data: data.update(title=long_title))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    start(qtbot, window)
    assert first_renders == [True]  # its JSON reads: its page was shown first
    assert window.controller.current is None
    assert window.pages.currentWidget() is window.broken_page
    assert BRADFORD in window.broken_page.message.text()
    qtbot.waitUntil(lambda: long_title.strip() not in shown_html(qtbot, window),
                    timeout=10_000)


def test_an_edited_record_that_does_not_validate_has_its_first_page_withdrawn(
        qtbot, app_home, workspace, documents, first_renders):
    rewrite(workspace / BRADFORD, lambda data: data.update(slug="Not A Slug"))
    window = staged_window(qtbot, workspace / BRADFORD, documents)
    window.form.set_value("summary", "Edited before the models loaded.")
    start(qtbot, window)
    assert first_renders == [True]
    assert window.controller.current is not None  # edited: it stays open
    qtbot.waitUntil(lambda: TITLE not in shown_html(qtbot, window), timeout=10_000)
    assert window.preview.view.status.text().startswith("Preview paused")


def test_a_load_begun_before_its_page_is_made_waits_for_it(qtbot):
    """The first page's load begins before its render ends: its request waits until the
    page is published, and a page forgotten meanwhile ends the load."""
    profile, handler = make_profile()
    page = SealedPage(profile)
    finished: list[bool] = []
    page.loadFinished.connect(finished.append)
    try:
        url = handler.expect("first", "test")
        page.allow_next(url)
        page.load(url)
        qtbot.wait(300)
        assert finished == []  # the request is waiting
        handler.publish("first", "<!doctype html><title>Made later</title>", "test")
        qtbot.waitUntil(lambda: finished == [True], timeout=20_000)
        assert page.title() == "Made later"
        url = handler.expect("second", "test")
        page.allow_next(url)
        page.load(url)
        qtbot.wait(300)
        handler.forget("test")
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
        assert finished == [True, False]
    finally:
        shiboken6.delete(page)  # a page goes before its profile
        shiboken6.delete(profile)


def test_the_web_engine_starts_with_the_interpreter_lock_free_and_no_page():
    """``start_web_engine`` starts the engine in a call that lets another thread run Python
    meanwhile (the first page's render, at start), without making a page (which would
    start a renderer process nothing uses); the preview's profile made after it is the
    sealed one."""
    found = run_python(
        "import json, threading, time\n"
        "from review_editor import app\n"
        "from review_editor.ui.preview import engine, sealed\n"
        "qt = app.create_application()\n"
        "stamps, stop = [], threading.Event()\n"
        "def other_thread():  # a little Python at a time: each step needs the lock\n"
        "    while not stop.is_set():\n"
        "        stamps.append(time.perf_counter())\n"
        "        sum(range(200))\n"
        "thread = threading.Thread(target=other_thread)\n"
        "thread.start()\n"
        "time.sleep(0.01)\n"
        "started = time.perf_counter()\n"
        "engine.start_web_engine()\n"
        "returned = time.perf_counter()\n"
        "stop.set()\n"
        "thread.join()\n"
        "inside = [started] + [s for s in stamps if started < s < returned] + [returned]\n"
        "pause = max(b - a for a, b in zip(inside, inside[1:]))\n"
        "seen = {'other thread ran meanwhile': pause < (returned - started) / 2}\n"
        "seen['no page made'] = engine._starter is None\n"
        "profile, handler = sealed.shared_profile()\n"
        "seen['sealed'] = hasattr(profile, 'blocker') and profile.isOffTheRecord()\n"
        "seen['default off the record'] = "
        "sealed.QWebEngineProfile.defaultProfile().isOffTheRecord()\n"
        "print(json.dumps(seen))\n")
    assert found == {"other thread ran meanwhile": True, "no page made": True,
                     "sealed": True, "default off the record": True}


def test_the_models_load_on_the_preview_thread_after_its_first_page(tmp_path, workspace):
    """pydantic and the record models are not loaded before the first page (it is rendered
    from the JSON), and they load on the preview's thread, not on the UI thread, where
    they would hold up the page's first frame when the record is validated."""
    found = run_python(
        "import json, os, sys, threading\n"
        f"os.environ['REVIEW_EDITOR_HOME'] = {str(tmp_path / 'home')!r}\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from review_editor import app\n"
        "from review_editor.ui.preview import rendering\n"
        "seen = {}\n"
        "render = rendering._render_unvalidated\n"
        "def first_page(*args, **kwargs):\n"
        "    seen['models before the first page'] = 'review_editor.model.records' in sys.modules\n"
        "    return render(*args, **kwargs)\n"
        "rendering._render_unvalidated = first_page\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'review_editor.model.records':\n"
        "            seen['models loaded on'] = threading.current_thread().name.split('_')[0]\n"
        "        return None\n"
        "sys.meta_path.insert(0, Watch())\n"
        f"window = app.open_window({str(workspace / BRADFORD)!r})\n"
        "def finished():\n"
        "    window.undo_stack.setClean()\n"
        "    window.close()\n"
        "window.startup.finished.connect(finished)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.exec()\n"
        "print(json.dumps(seen))\n")
    assert found == {"models before the first page": False, "models loaded on": "preview"}
