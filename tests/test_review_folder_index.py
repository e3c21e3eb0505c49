"""A folder's index listed once for several checks (``check a.json b.json``) or read again
after a colleague's save shows each file as it is on disk now, as a fresh listing of the
folder would: a file rewritten in place keeps its path and may keep its modification time
(a sync client, ``cp -p`` or ``touch -r`` put it back), but not its change time."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from review_editor import checking, resources
from review_editor.storage import IndexEntry, load_record
from review_editor.storage.index import confirm_scan, scan_folder


def _rewrite_keeping_mtime(path: Path, title: str) -> None:
    """Another title, written over the file in place, its modification time put back."""
    before = os.stat(path)
    time.sleep(0.02)  # past the clock's tick: the change time moves on
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "title": title}), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_mtime == before.st_mtime


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for example in resources.examples_dir().glob("*.json"):
        shutil.copyfile(example, tmp_path / example.name)
    return tmp_path


def _titles(entries: list[IndexEntry]) -> dict[str, str]:
    return {entry.path.name: entry.title for entry in entries}


def test_a_file_rewritten_between_two_checks_is_listed_as_it_is_now(folder: Path) -> None:
    listed: dict[Path, IndexEntry] = {}
    first = load_record(folder / "sar-adult-r.json")
    checking.folder_index(folder, first.record, first, listed)
    _rewrite_keeping_mtime(folder / "dardr-maya-published.json", "A fictional new title")
    second = load_record(folder / "7-minute-briefing-baby-m.json")
    index = checking.folder_index(folder, second.record, second, listed)
    fresh = checking.folder_index(folder, second.record)
    assert index == fresh
    assert "A fictional new title" in {entry.title for entry in index.values()}


@pytest.mark.parametrize("validate", [True, False])
def test_a_library_read_again_lists_a_file_rewritten_in_place(folder: Path,
                                                              validate: bool) -> None:
    first = scan_folder(folder, validate=validate)
    if not validate:
        first = confirm_scan(first)
    _rewrite_keeping_mtime(folder / "sar-adult-r.json", "A fictional new title")
    again = scan_folder(folder, known={entry.path: entry for entry in first.entries})
    assert _titles(again.entries) == _titles(scan_folder(folder).entries)
    assert _titles(again.entries)["sar-adult-r.json"] == "A fictional new title"


def test_an_unchanged_folder_is_listed_as_before(folder: Path) -> None:
    first = scan_folder(folder)
    again = scan_folder(folder, known={entry.path: entry for entry in first.entries})
    assert again.entries == first.entries
    assert [a is b for a, b in zip(again.entries, first.entries, strict=True)] \
        == [True] * len(first.entries)
