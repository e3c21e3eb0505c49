"""Two editors on one folder: no interleaving loses an update silently.

Each step is one of: editor A or B edits and saves; a third party replaces the file with
content of the same size and the same mtime; A or B reloads. A save must either succeed on
top of exactly the content that editor loaded, or raise ConflictError and change nothing.
"""

from __future__ import annotations

import os
import random
from datetime import datetime
from pathlib import Path

from review_editor.model import LONDON, new_record
from review_editor.model.document import RecordDocument
from review_editor.storage import ConflictError, load_record, save_record

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=LONDON)
INTERLEAVINGS = 500


class Editor:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.reload()

    def reload(self) -> None:
        loaded = load_record(self.path)
        self.base_bytes = self.path.read_bytes()
        self.sha = loaded.sha256
        self.doc = RecordDocument(loaded.record)

    def edit(self, text: str) -> None:
        self.doc.set("summary", text)


def _same_size_same_mtime_replace(path: Path, rng: random.Random) -> None:
    stat = os.stat(path)
    data = bytearray(path.read_bytes())
    marker = data.index(b'"title": "') + len(b'"title": "')
    data[marker] = ord(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))  # one letter: same size
    temp = path.with_name("external.tmp")
    temp.write_bytes(bytes(data))
    os.replace(temp, path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_no_silent_lost_update_over_randomised_interleavings(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    lost = conflicts = saves = 0
    for run in range(INTERLEAVINGS):
        path = tmp_path / f"record-{run}.json"
        save_record(new_record("news_item", "Xmas fair", NOW), path)
        editors = {"A": Editor(path), "B": Editor(path)}
        for step in range(rng.randint(4, 10)):
            action = rng.choice(["save", "save", "save", "external", "reload"])
            name = rng.choice("AB")
            editor = editors[name]
            if action == "external":
                _same_size_same_mtime_replace(path, rng)
                continue
            if action == "reload":
                editor.reload()
                continue
            editor.edit(f"{name} edit {run}.{step}")
            record, problems = editor.doc.validate()
            assert record is not None and not problems
            before = path.read_bytes()
            try:
                editor.sha = save_record(record, path, expected_sha256=editor.sha)
            except ConflictError:
                conflicts += 1
                assert path.read_bytes() == before  # nothing written
                continue
            saves += 1
            if before != editor.base_bytes:
                lost += 1  # we wrote over content this editor never saw
            editor.base_bytes = path.read_bytes()
    assert lost == 0
    assert saves > 500 and conflicts > 200  # the interleavings did exercise both paths
