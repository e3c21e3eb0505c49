"""Wide tables in the preview wrap inside the page: columns share the width and long words
break, so no column runs past the right edge; a table that still cannot fit scrolls inside its
own box and never widens the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from window_helpers import FakePrompter, fixed_clock

from review_editor.app import build_main_window
from review_editor.ui.window.main_window import MainWindow

BILINGUAL = "adult-practice-review-adult-g.json"

# Every table's right edge against its scroll box's, and the page's width against the view's.
MEASURE = """JSON.stringify({
  page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
  tables: Array.from(document.querySelectorAll('.table-scroll')).map(box => [
    box.querySelector('table').getBoundingClientRect().right,
    box.getBoundingClientRect().right, box.scrollWidth, box.clientWidth])
})"""


def _open(qtbot, documents: Path, path: Path, width: int, height: int) -> MainWindow:
    window = build_main_window(path, documents_dir=documents, prompter=FakePrompter(),
                               clock=fixed_clock)
    qtbot.addWidget(window)
    window.show()
    window.apply_default_layout(QSize(width, height))  # type: ignore[attr-defined]
    panel = window.preview  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.controller.full_loads >= 1 and panel.controller.idle,
                    timeout=20000)
    return window


def _measure(qtbot, window: MainWindow) -> dict:  # type: ignore[type-arg]
    results: list[object] = []
    window.preview.view.run_in_app_world(MEASURE, results.append)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    return json.loads(str(results[0]))


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_recommendations_table_fits_the_preview(qtbot, app_home: Path, workspace: Path,
                                                     tmp_path: Path, size: tuple[int, int]) -> None:
    window = _open(qtbot, tmp_path, workspace / BILINGUAL, *size)
    measured = _measure(qtbot, window)
    assert measured["tables"], "the bilingual example shows its recommendations as a table"
    for table_right, box_right, scroll_width, client_width in measured["tables"]:
        assert table_right <= box_right + 1
        assert scroll_width <= client_width
    page_width, view_width = measured["page"]
    assert page_width <= view_width


def test_a_table_of_long_words_wraps_and_never_widens_the_page(
        qtbot, app_home: Path, workspace: Path, tmp_path: Path) -> None:
    record = json.loads((workspace / BILINGUAL).read_text(encoding="utf-8"))
    long_word = "Gwasanaethau" * 8
    link = "https://example.org/" + "adroddiad-" * 12
    rows = "\n".join(f"| {long_word} | {link} | {long_word} | {long_word} | {link} |"
                     for _ in range(3))
    record["body"][0]["markdown"] = (
        "| Asiantaeth | Dolen | Ymateb | Cam | Ffynhonnell |\n| --- | --- | --- | --- | --- |\n"
        + rows)
    path = workspace / "wide.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    window = _open(qtbot, tmp_path, path, 1280, 720)
    measured = _measure(qtbot, window)
    assert len(measured["tables"]) >= 2
    for table_right, box_right, _scroll, _client in measured["tables"]:
        assert table_right <= box_right + 1
    page_width, view_width = measured["page"]
    assert page_width <= view_width
