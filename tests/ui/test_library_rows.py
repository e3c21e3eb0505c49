"""A library you can read: each row shows the whole title, wrapped, with kind, status and a
date beneath in smaller type; the bundled examples say "Example"."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from window_helpers import MakeWindow

from review_editor.ui.library.records import META_ROLE, TITLE
from review_editor.ui.library.row_delegate import title_lines

LONG_TITLE = ("Learning from the thematic review of neglect in families with very young "
              "children in 2031.")  # 90 characters


def test_a_row_shows_a_whole_90_character_title_with_its_details(make_window: MakeWindow,
                                                                  workspace: Path, qtbot):
    assert len(LONG_TITLE) == 90
    source = json.loads((workspace / "sar-adult-r.json").read_text(encoding="utf-8"))
    (workspace / "long.json").write_text(json.dumps({
        "schema_version": source["schema_version"], "kind": "news_item",
        "id": "6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b", "title": LONG_TITLE}),
        encoding="utf-8")
    window = make_window(workspace)
    window.apply_default_layout(QSize(1366, 768))
    qtbot.wait(50)
    view = window.library.view
    titles = window.library.visible_titles()
    index = window.library.proxy.index(titles.index(LONG_TITLE), TITLE)
    assert index.data() == LONG_TITLE  # the row's text is the whole title
    delegate = view.itemDelegateForColumn(TITLE)
    width = view.header().sectionSize(TITLE) - 8
    lines = title_lines(LONG_TITLE, QFontMetrics(view.font()), width)
    assert " ".join(lines) == LONG_TITLE  # nothing elided
    assert 1 < len(lines) <= 3
    height = view.visualRect(index).height()
    assert height >= len(lines) * QFontMetrics(view.font()).lineSpacing()  # all lines shown
    assert delegate is not None
    details = index.data(META_ROLE)
    assert details.startswith("News item · Draft · changed ")
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_the_bundled_examples_are_labelled_example(make_window: MakeWindow, workspace: Path):
    window = make_window(workspace)
    proxy = window.library.proxy
    details = [proxy.index(row, TITLE).data(META_ROLE) for row in range(proxy.rowCount())]
    assert details and all(text.startswith("Example · ") for text in details)
    bradford = next(text for text in details if "Draft" in text)
    assert bradford.startswith("Example · News item · Draft")


def test_title_lines_never_lose_words() -> None:
    from PySide6.QtGui import QFont

    metrics = QFontMetrics(QFont())
    for width in (60, 120, 240):
        lines = title_lines(LONG_TITLE, metrics, width)
        assert "".join(lines).replace(" ", "") == LONG_TITLE.replace(" ", "")
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)


def test_a_colleagues_changes_to_the_folder_show_without_opening_it_again(
        workspace: Path, qtbot) -> None:
    from review_editor.storage import scan_folder
    from review_editor.ui.library.panel import LibraryPanel

    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_scan(scan_folder(workspace))
    before = panel.visible_titles()
    chosen: list[object] = []
    panel.record_chosen.connect(chosen.append)
    panel.broken_chosen.connect(chosen.append)
    kept = workspace / "sar-adult-r.json"
    panel.select_path(kept)

    source = json.loads(kept.read_text(encoding="utf-8"))
    (workspace / "colleague.json").write_text(json.dumps({
        "schema_version": source["schema_version"], "kind": "news_item",
        "id": "0b9e7c1a-2d3f-4e5a-8b6c-7d8e9f0a1b2c", "title": "A colleague's fictional draft"}),
        encoding="utf-8")
    gone = next(path for path in workspace.glob("*.json") if path not in (kept,)
                and path.name != "colleague.json")
    gone_title = json.loads(gone.read_text(encoding="utf-8"))["title"]
    gone.unlink()
    (workspace / "damaged.json").write_text("{not json", encoding="utf-8")
    qtbot.waitUntil(lambda: "A colleague's fictional draft" in panel.visible_titles()
                    and gone_title not in panel.visible_titles()
                    and panel.model.broken_count == 1, timeout=10000)
    assert len(panel.visible_titles()) == len(before) + 1  # one in, one out, one broken
    assert panel.count_label.text() == f"{len(before)} records, 1 cannot be opened"
    assert panel.selected_paths() == [kept]  # the open record stays current
    assert chosen == []  # rows moving never open a record
