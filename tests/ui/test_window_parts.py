"""The window's smaller parts: comparison, word counts, dates, find, labels, start-up."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from review_editor import app
from review_editor.model import LONDON, parse_record
from review_editor.ui.common.labels import describe_path
from review_editor.ui.common.text import (
    count_words,
    page_words,
    reading_label,
    reading_minutes,
    short_date,
    short_datetime,
)
from review_editor.ui.record.compare import differences, flatten
from review_editor.ui.record.controller import starter_data
from review_editor.ui.record.saving import copy_path
from review_editor.ui.window.find import find_matches, text_fields


def test_flatten_gives_dotted_paths_with_list_indexes():
    data = {"title": "T", "review": {"reviewers": [{"name": "A"}, {"name": "B"}]}, "body": []}
    assert dict(flatten(data)) == {"title": "T", "review.reviewers.0.name": "A",
                                   "review.reviewers.1.name": "B", "body": []}


def test_differences_list_changed_added_and_removed_fields():
    mine = {"title": "Mine", "summary": "Same", "keywords": ["a", "b"], "slug": "s"}
    theirs = {"title": "Theirs", "summary": "Same", "keywords": ["a"], "location": "Leeds"}
    found = differences(mine, theirs)
    assert ("title", "Mine", "Theirs") in found
    assert ("keywords.1", "b", "(empty)") in found
    assert ("slug", "s", "(empty)") in found
    assert ("location", "(empty)", "Leeds") in found
    assert all(path != "summary" for path, _, _ in found)
    # An absent list and an empty one are the same to a reader.
    assert differences({"themes": []}, {}) == []


def test_word_count_and_reading_time():
    assert count_words("Children’s services and a 7-minute briefing, in 2021.") == 8
    data = {"title": "Two words", "summary": "three more words",
            "body": [{"heading": "One", "markdown": "- four words in list"}],
            "quotes": [{"text": "quoted"}], "internal_notes": "never counted here"}
    assert page_words(data) == 2 + 3 + 1 + 4 + 1
    assert reading_minutes(0) == 0 and reading_minutes(200) == 1 and reading_minutes(201) == 2
    assert reading_label(30) == "1 min read" and reading_label(0) == "—"


def test_gov_uk_short_dates():
    assert short_date(date(2021, 7, 27)) == "27 Jul 2021"
    assert short_datetime(datetime(2021, 7, 27, 13, 5, tzinfo=LONDON)) == "27 Jul 2021, 1:05pm"
    assert short_datetime(datetime(2021, 1, 2, 0, 30, tzinfo=LONDON)) == "2 Jan 2021, 12:30am"
    assert short_date(None) == ""


def test_find_matches_every_text_field_case_insensitively():
    data = {"id": "bradford-id", "title": "Bradford review",
            "body": [{"heading": "", "markdown": "In BRADFORD and bradford"}]}
    found = [(m.path, m.start, m.end) for m in find_matches(data, "Bradford")]
    assert found == [("title", 0, 8), ("body.0.markdown", 3, 11), ("body.0.markdown", 16, 24)]
    assert find_matches(data, "") == []
    assert ("id", "bradford-id") not in list(text_fields(data))
    # Offsets stay right where case-folding changes the length of a text.
    assert [(m.start, m.end) for m in find_matches({"title": "Straße strasse"}, "strasse")] \
        == [(7, 14)]


def test_field_paths_read_as_labels():
    assert describe_path("review_notice", "title") == "Title"
    assert describe_path("review_notice", "review.recommendations.1.text") == \
        "Review details › Recommendations 2 › Recommendation"
    assert describe_path("news_item", "unknown_field") == "Unknown field"


def test_new_records_start_from_the_kind_template(tmp_path: Path):
    now = datetime(2026, 11, 25, 12, tzinfo=LONDON)
    for kind in ("news_item", "review_notice", "learning_brief"):
        data = starter_data(kind, "A title", now)
        record = parse_record(data)
        assert record.kind == kind and record.title == "A title"
        assert record.created_at == now and record.modified_at == now
        assert record.body, "the template's sections are kept"
    first, second = starter_data("news_item", "x", now), starter_data("news_item", "x", now)
    assert first["id"] != second["id"]


def test_copy_path_suggests_a_name_that_is_free(tmp_path: Path):
    record = tmp_path / "adult-r.json"
    assert copy_path(record) == tmp_path / "adult-r (copy).json"
    (tmp_path / "adult-r (copy).json").write_text("{}")
    assert copy_path(record) == tmp_path / "adult-r (copy 2).json"


def test_no_display_the_window_refuses_with_a_message(monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert not app.has_display()
    assert app.main([]) == 1
    assert "no display" in capsys.readouterr().err
    app.use_offscreen_if_headless()  # a headless command renders offscreen instead
    assert app.os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_a_display_or_a_chosen_platform_counts(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    assert app.has_display()
    monkeypatch.setattr(app.sys, "platform", "win32")
    monkeypatch.delenv("DISPLAY")
    assert app.has_display()


def test_prepare_workspace_never_overwrites(tmp_path: Path, examples_dir: Path):
    documents = tmp_path / "Documents"
    workspace = app.prepare_workspace(documents)
    names = sorted(path.name for path in workspace.iterdir())
    assert names == sorted(path.name for path in examples_dir.glob("*.json"))
    kept = workspace / names[0]
    kept.write_text("my own edits", encoding="utf-8")
    app.prepare_workspace(documents)
    assert kept.read_text(encoding="utf-8") == "my own edits"


def test_library_filter_narrows_widens_and_forgets_after_a_save(workspace: Path, qapp):
    from review_editor.storage import entry_for, load_record, scan_folder
    from review_editor.ui.library.records import LibraryFilter, LibraryModel

    model = LibraryModel()
    model.set_scan(scan_folder(workspace))
    proxy = LibraryFilter()
    proxy.setSourceModel(model)

    def titles() -> list[str]:
        return sorted(proxy.index(row, 0).data() for row in range(proxy.rowCount()))

    everything = titles()
    for typed in ("b", "br", "bra", "bradford"):
        proxy.set_query(typed)
    assert titles() == ["Publication of the Thematic Review into CSE in Bradford"]
    for typed in ("bra", "br", "b", ""):
        proxy.set_query(typed)
        expected = sorted(row.title for row in model.rows if typed in row.search_text)
        assert titles() == expected
    assert titles() == everything
    proxy.set_kind("review_notice")
    proxy.set_query("adult")
    assert titles() == ["Safeguarding Adults Review: Adult R"]
    # A saved record's new text is searched at once: earlier results are forgotten.
    path = workspace / "sar-adult-r.json"
    record = load_record(path).record.model_copy(update={"title": "Renamed review"})
    model.update_entry(entry_for(record, path, 0.0))
    proxy.set_query("renamed")
    assert titles() == ["Renamed review"]
    proxy.set_query("adult")
    assert titles() == ["Renamed review"]  # "Adult" is still in its summary
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert titles() == ["Renamed review"]
