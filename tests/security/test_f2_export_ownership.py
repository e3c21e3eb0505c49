"""Finding 2: export replaced files it did not write.

A damaged record, or a valid hand-made one without private keys, named like an output was
silently overwritten; exporting into the record's own folder overwrote the record and
dropped its unknown keys. Now each export folder keeps an index of what this app wrote
there; export writes a new name or replaces a file it wrote for the same record, unchanged
since, and refuses anything else naming the file (exit 2). A record's files are written all
or none; a batch goes on past a failing record, names it, and exits 1.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from export_cases import NOW, deadline, record, record_data, run_cli, write_record

from review_editor.export import ExportError, ExportNotOwned, export_record
from review_editor.export import docx as docx_module
from review_editor.storage import to_bytes

INDEX = ".review-editor-exports.json"


def test_a_damaged_file_named_like_an_output_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_record(tmp_path / "records")
    out = tmp_path / "out"
    out.mkdir()
    damaged = out / "adult-r.json"
    damaged.write_bytes(b'{"schema_version": "1.0", "title": "half a reco')
    assert run_cli(str(path), "--format", "json,txt", "--out", str(out)) == 2
    assert damaged.read_bytes() == b'{"schema_version": "1.0", "title": "half a reco'
    assert "adult-r.json" in capsys.readouterr().err
    assert not (out / "adult-r.txt").exists()  # none of the record's files


def test_a_hand_made_record_without_private_keys_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    hand_made = out / "adult-r.json"
    hand_made.write_text(json.dumps(record_data(title="Someone's own record")), "utf-8")
    before = hand_made.read_bytes()
    with pytest.raises(ExportNotOwned) as refused:
        export_record(record(), {"json"}, out, now=NOW)
    assert refused.value.paths == [hand_made]
    assert hand_made.read_bytes() == before


def test_the_records_own_file_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    own = folder / "adult-r.json"
    data = record_data(future_key="kept by a newer version")
    own.write_text(json.dumps(data), "utf-8")
    before = own.read_bytes()
    status = run_cli(str(own), "--format", "json", "--out", str(folder))
    assert status == 2
    assert own.read_bytes() == before
    with pytest.raises(ExportError, match="record's own file"):
        export_record(record(), {"json"}, folder, now=NOW, record_path=own,
                      replace=[own])


def test_its_own_files_are_replaced_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = export_record(record(), {"json", "txt"}, out, now=NOW).files
    again = export_record(record(summary="Updated."), {"json", "txt"}, out, now=NOW).files
    assert first == again
    assert "Updated." in (out / "adult-r.txt").read_text("utf-8")
    index = json.loads((out / INDEX).read_text("utf-8"))["files"]
    assert set(index) == {"adult-r.json", "adult-r.txt"}
    # Edited by hand since: no longer ours to replace.
    (out / "adult-r.txt").write_text("the officer's own notes", "utf-8")
    with pytest.raises(ExportNotOwned, match="changed since"):
        export_record(record(), {"txt"}, out, now=NOW)
    # Another record with the same slug: not ours either.
    other = record(id="0b0e7c53-2a3f-4d0e-8f4a-6c1d2b3a4e5f")
    with pytest.raises(ExportNotOwned, match="another record"):
        export_record(other, {"json"}, out, now=NOW)
    # The window may ask, and replace what the officer agreed to.
    written = export_record(record(), {"txt"}, out, now=NOW, replace=[out / "adult-r.txt"])
    assert written.files == [out / "adult-r.txt"]


@pytest.mark.parametrize("kind", ["fifo", "socket", "link to /dev/zero", "link to fifo"])
def test_special_files_at_a_target_are_refused_without_hanging(
        kind: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "adult-r.txt"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
    elif kind == "link to /dev/zero":
        target.symlink_to("/dev/zero")
    else:
        os.mkfifo(tmp_path / "pipe")
        target.symlink_to(tmp_path / "pipe")
    with deadline(20), pytest.raises(ExportError) as refused:
        export_record(record(), {"txt", "json"}, out, now=NOW)
    assert "adult-r.txt" in str(refused.value)
    assert not (out / "adult-r.json").exists()


def test_a_failed_write_leaves_none_of_the_records_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    export_record(record(), {"json", "txt"}, out, now=NOW)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    from review_editor.export import writing

    real = writing.write_output
    calls = {"count": 0}

    def fail_on_second(path: Path, data: bytes) -> Path:
        calls["count"] += 1
        if calls["count"] == 3:
            raise ExportError(f"{path}: could not write the file (disk full)")
        return real(path, data)

    monkeypatch.setattr(writing, "write_output", fail_on_second)
    with pytest.raises(ExportError, match="nothing was exported"):
        export_record(record(summary="New."), {"json", "txt", "html"}, out, now=NOW)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_batch_goes_on_past_a_failing_record_names_it_and_exits_1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "records"
    failing = write_record(folder, "first.json", title="Fails in Word", slug="first")
    fine = write_record(folder, "second.json", title="Exports", slug="second",
                        id="0b0e7c53-2a3f-4d0e-8f4a-6c1d2b3a4e5f")
    real = docx_module.docx_bytes

    def word(subject: object, **kwargs: object) -> bytes:
        if getattr(subject, "title", "") == "Fails in Word":
            raise ValueError("Fails in Word: python-docx refused a value")
        return real(subject, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docx_module, "docx_bytes", word)
    out = tmp_path / "out"
    assert run_cli(str(failing), str(fine), "--format", "txt,docx", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert str(failing) in err and "Fails in Word" not in err.replace(str(failing), "")
    assert sorted(p.name for p in out.iterdir() if p.name != INDEX) == [
        "second.docx", "second.txt"]
    assert to_bytes(record(title="Fails in Word", slug="first")) == failing.read_bytes()
