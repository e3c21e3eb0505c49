"""Reading a listed folder again: only files whose modification time changed are read."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from review_editor import resources
from review_editor.storage import files
from review_editor.storage.index import scan_folder


def test_a_rescan_reads_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for example in resources.examples_dir().glob("*.json"):
        shutil.copyfile(example, tmp_path / example.name)
    first = scan_folder(tmp_path)
    known = {entry.path: entry for entry in first.entries}
    changed = tmp_path / "sar-adult-r.json"
    data = json.loads(changed.read_text(encoding="utf-8"))
    data["title"] = "A colleague's fictional new title"
    changed.write_text(json.dumps(data), encoding="utf-8")
    stamp = os.stat(changed).st_mtime + 5
    os.utime(changed, (stamp, stamp))
    (tmp_path / "7-minute-briefing-baby-m.json").unlink()
    read: list[str] = []
    load = files.load_record
    monkeypatch.setattr(files, "load_record", lambda path: read.append(Path(path).name)
                        or load(path))
    again = scan_folder(tmp_path, known=known)
    assert read == ["sar-adult-r.json"]
    titles = {entry.path.name: entry.title for entry in again.entries}
    assert titles["sar-adult-r.json"] == "A colleague's fictional new title"
    assert "7-minute-briefing-baby-m.json" not in titles
    assert len(titles) == len(first.entries) - 1
    assert [entry for entry in again.entries if entry.path != changed] == [
        entry for entry in first.entries if entry.path.name in titles and entry.path != changed]
