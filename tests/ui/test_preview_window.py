"""The live preview in the real editor window: what will be published, following every
edit block by block, clicks leading back to fields, and sealed against hostile content."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile import RAN_MARK, Canary, canary_server, payloads
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtWidgets import QApplication, QLineEdit
from window_helpers import FakePrompter, fixed_clock

from review_editor.app import build_main_window
from review_editor.model.document import RecordDocument
from review_editor.ui.preview.panel import PreviewPanel
from review_editor.ui.window.main_window import MainWindow

BRADFORD = "thematic-review-into-cse-in-bradford.json"


@pytest.fixture
def open_window(qtbot, app_home: Path, tmp_path: Path) -> Callable[..., MainWindow]:
    documents = tmp_path / "Documents"
    documents.mkdir()

    def make(path: Path, prompter: FakePrompter | None = None) -> MainWindow:
        window = build_main_window(path, documents_dir=documents,
                                   prompter=prompter or FakePrompter(), clock=fixed_clock)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        panel: PreviewPanel = window.preview  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: panel.controller.full_loads >= 1 and panel.controller.idle,
                        timeout=20000)
        return window
    return make


def js(qtbot, window: MainWindow, script: str):  # type: ignore[no-untyped-def]
    results: list[object] = []
    window.preview.view.run_in_app_world(script, results.append)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    return results[0]


def test_the_preview_shows_the_open_record(open_window, workspace: Path, qtbot) -> None:
    window = open_window(workspace / BRADFORD)
    page_title = js(qtbot, window, "document.getElementById('f-title').textContent")
    assert "Publication of the Thematic Review into CSE in Bradford" in page_title
    dateline = js(qtbot, window, "document.getElementById('f-dateline').textContent")
    assert "Tuesday 27 July 2021" in dateline
    assert window.preview_dock.widget() is window.preview.view  # type: ignore[attr-defined]


def test_only_a_bilingual_record_offers_the_language_choice(open_window, workspace: Path,
                                                          qtbot) -> None:
    window = open_window(workspace / BRADFORD)
    view = window.preview.view  # type: ignore[attr-defined]
    assert view.language is None or view.language.isHidden()
    window.controller.open_file(workspace / "adult-practice-review-adult-g.json")
    controller = window.preview.controller  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.language is not None and view.language.isVisible(),
                    timeout=10000)
    loads = controller.full_loads
    view.language.setCurrentIndex(view.language.findData("cy"))
    qtbot.waitUntil(lambda: controller.full_loads > loads and controller.idle, timeout=10000)
    assert js(qtbot, window, "document.documentElement.lang") == "cy"
    window.controller.open_file(workspace / BRADFORD)
    qtbot.waitUntil(lambda: view.language.isHidden(), timeout=10000)


def test_typing_swaps_blocks_without_a_reload(open_window, workspace: Path, qtbot) -> None:
    window = open_window(workspace / BRADFORD)
    controller = window.preview.controller  # type: ignore[attr-defined]
    loads = controller.full_loads
    js(qtbot, window, "window.scrollTo(0, 300); window.scrollY")
    top = js(qtbot, window, "document.elementFromPoint(20, 20).closest('[id]').id")
    title = window.form.field_widget("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " today")
    qtbot.waitUntil(lambda: controller.idle and controller.swaps >= 1, timeout=10000)
    qtbot.waitUntil(lambda: "today" in js(qtbot, window, "document.getElementById('f-title')"
                                          ".textContent"), timeout=5000)
    assert controller.full_loads == loads  # swapped in place, no reload
    # The reader keeps their place: the same block is still at the top of the view.
    assert js(qtbot, window, "window.scrollY") >= 300
    assert js(qtbot, window, "document.elementFromPoint(20, 20).closest('[id]').id") == top


def test_adding_a_section_reloads_the_page(open_window, workspace: Path, qtbot) -> None:
    window = open_window(workspace / "sar-adult-r.json")
    controller = window.preview.controller  # type: ignore[attr-defined]
    loads = controller.full_loads
    add = window.findChild(object, "button:add:body")
    assert add is not None
    add.click()
    qtbot.waitUntil(lambda: controller.full_loads > loads and controller.idle, timeout=10000)
    count = js(qtbot, window, "document.querySelectorAll('section[id^=section-]').length")
    assert count == 4


def test_clicking_a_block_focuses_its_field(open_window, workspace: Path, qtbot) -> None:
    window = open_window(workspace / BRADFORD)
    view = window.preview.view  # type: ignore[attr-defined]
    rect = json.loads(js(qtbot, window, "(function(){var e=document.getElementById("
                         "'b-intro-1'); e.scrollIntoView(); var r=e.getBoundingClientRect();"
                         "return JSON.stringify([r.left + 5, r.top + 5]);})()"))
    zoom = view.web.zoomFactor()
    view.click_at(QPoint(int(rect[0] * zoom), int(rect[1] * zoom)))
    expected = window.form.field_widget("body.0.markdown")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected
                    or (expected is not None and expected.isAncestorOf(
                        QApplication.focusWidget())), timeout=5000)


def test_a_clicked_link_asks_before_leaving(open_window, workspace: Path, qtbot,
                                            monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("review_editor.ui.preview.panel.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()))
    prompter = FakePrompter(confirm=[False, True])
    window = open_window(workspace / BRADFORD, prompter)
    page = window.preview.view.page  # type: ignore[attr-defined]
    url = QUrl("https://saferbradford.co.uk/learning-resources/learning-reviews/")
    page.link_clicked.emit(url)
    assert opened == []  # declined
    page.link_clicked.emit(url)
    assert opened == [url.toString()]
    page.link_clicked.emit(QUrl("file:///etc/passwd"))  # never offered
    assert len(prompter.asked("confirm")) == 2


def test_mobile_width_toggle(open_window, workspace: Path, qtbot) -> None:
    window = open_window(workspace / BRADFORD)
    view = window.preview.view  # type: ignore[attr-defined]
    desktop = view.web.width()
    view.set_mobile(True)
    qtbot.waitUntil(lambda: view.web.width() == round(375 * view.web.zoomFactor()),
                    timeout=3000)
    assert js(qtbot, window, "window.innerWidth") <= 376
    view.set_mobile(False)
    qtbot.waitUntil(lambda: view.web.width() == view.frame.width() >= desktop, timeout=3000)


@pytest.fixture
def canary() -> Iterator[Canary]:
    with canary_server() as server:
        yield server


def _fill_text(node: object, texts: list[str], skip: set[str], counter: list[int]) -> object:
    if isinstance(node, dict):
        return {k: (v if k in skip else _fill_text(v, texts, skip, counter))
                for k, v in node.items()}
    if isinstance(node, list):
        return [_fill_text(v, texts, skip, counter) for v in node]
    if isinstance(node, str):
        counter[0] += 1
        return texts[counter[0] % len(texts)]
    return node


def test_hostile_content_in_every_text_field_runs_nothing_loads_nothing_goes_nowhere(
        open_window, workspace: Path, qtbot, canary: Canary) -> None:
    hostile = payloads(canary.base)
    assert len(hostile) >= 100
    everything = "\n\n".join(hostile)
    path = workspace / "sar-adult-r.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    # Constrained fields keep their values so the record stays valid; every free-text field
    # gets all the payloads, and each URL field one of them.
    skip = {"schema_version", "id", "kind", "status", "slug", "language", "published_on",
            "created_at", "modified_at", "review_type", "sar_basis", "legal_basis",
            "guidance_edition", "commissioned_on", "completed_on", "start", "end", "role",
            "publisher_type", "publication_form", "response", "due", "checked_on",
            "media_type", "then", "min_online_until", "rel", "target_id", "audience",
            "date", "decision", "age_band", "pseudonym_chosen_by", "proceedings_status",
            "proceedings_checked_on", "family_consulted_on", "family_told_publication_date_on",
            "sha256", "access", "alt_formats"}
    data = _fill_text(data, [everything], skip, [0])
    for section in data["body"]:
        section["id"] = section["id"]  # ids are constrained too
    data["body"] = [{"id": f"s{i}", "heading": everything, "markdown": everything}
                    for i in range(3)]
    data["links"] = [{"text": p[:90] or "x", "url": p} for p in hostile[:40]]
    document = RecordDocument.from_data(data)
    for field, message in document.validate()[1]:  # fields with a hard limit get what fits
        if "at most" in message:
            limit = int(message.split("at most ")[1].split()[0])
            document.set(field, document.get(field)[:limit])
    _record, problems = document.validate()
    assert problems == []
    data = document.data
    path.write_text(json.dumps(data), encoding="utf-8")
    titles: list[str] = []
    window = open_window(path)
    page = window.preview.view.page  # type: ignore[attr-defined]
    page.titleChanged.connect(titles.append)
    refused_before = list(page.refused)
    qtbot.wait(1500)  # give anything that should not happen the time to happen
    assert canary.hits == []
    assert not any(RAN_MARK in t for t in titles + [page.title()])
    assert page.url().scheme() == "review"
    assert page.refused == refused_before  # no navigation was even attempted
    body_text = js(qtbot, window, "document.body.innerText.length")
    assert body_text > 1000  # the payloads are shown as text, not dropped wholesale
