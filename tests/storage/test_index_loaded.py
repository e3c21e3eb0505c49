"""A record a command has loaded already is listed in its folder's index from what was read,
not read and validated a second time, while its file is unchanged; every other file of the
folder is read as before."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from review_editor import cli, resources
from review_editor.storage import load_record, reading
from review_editor.storage.index import scan_folder


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read from here on."""
    read: list[str] = []
    original = reading.read_bytes
    monkeypatch.setattr(reading, "read_bytes",
                        lambda path: read.append(Path(path).name) or original(path))
    return read


def _retitle(path: Path, title: str, mtime_ns: int | None = None) -> None:
    """A colleague's save: a new title, then the modification time ``mtime_ns`` (by
    default five seconds later than before)."""
    later = os.stat(path).st_mtime_ns + 5_000_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "title": title}), encoding="utf-8")
    stamp = later if mtime_ns is None else mtime_ns
    os.utime(path, ns=(stamp, stamp))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for example in resources.examples_dir().glob("*.json"):
        shutil.copyfile(example, tmp_path / example.name)
    return tmp_path


def test_the_loaded_record_is_not_read_again(folder: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = load_record(folder / "sar-adult-r.json")
    expected = scan_folder(folder).entries
    read = _reads(monkeypatch)
    scan = scan_folder(folder, loaded=[loaded])
    assert "sar-adult-r.json" not in read
    assert sorted(read) == sorted(p.name for p in folder.glob("*.json")
                                  if p.name != "sar-adult-r.json")
    assert scan.entries == expected


def test_a_file_changed_since_it_was_loaded_is_read_again(folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / "sar-adult-r.json"
    loaded = load_record(path)
    # Even with its modification time put back, the file is not the one read.
    _retitle(path, "A colleague's fictional new title", loaded.signature[3])  # type: ignore[index]
    read = _reads(monkeypatch)
    scan = scan_folder(folder, loaded=[loaded])
    assert "sar-adult-r.json" in read
    titles = {entry.path.name: entry.title for entry in scan.entries}
    assert titles["sar-adult-r.json"] == "A colleague's fictional new title"


def test_a_record_from_elsewhere_is_not_taken_for_a_file_of_the_folder(
        folder: Path, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path_factory.mktemp("other") / "sar-adult-r.json"
    shutil.copyfile(folder / "sar-adult-r.json", other)
    read = _reads(monkeypatch)
    scan_folder(folder, loaded=[load_record(other)])
    assert read.count("sar-adult-r.json") == 2  # the other copy, then this folder's


@pytest.mark.parametrize("output", [[], ["--format", "json"]])
def test_check_reads_each_file_once(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str],
                                    output: list[str]) -> None:
    checked = [folder / "sar-adult-r.json", folder / "dardr-maya-published.json"]
    read = _reads(monkeypatch)
    cli.main(["check", *map(str, checked), "--now", "2026-11-25T12:00:00+00:00", *output])
    capsys.readouterr()
    # The folder is listed once: the second file's check reads only that file.
    assert sorted(read) == sorted([p.name for p in folder.glob("*.json")] + [checked[1].name])


def test_check_reads_a_file_changed_between_two_checks_again(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from review_editor import checking

    listed: dict[Path, object] = {}
    first = load_record(folder / "sar-adult-r.json")
    checking.folder_index(folder, first.record, first, listed)  # type: ignore[arg-type]
    _retitle(folder / "dardr-maya-published.json", "A colleague's fictional new title")
    read = _reads(monkeypatch)
    second = load_record(folder / "7-minute-briefing-baby-m.json")
    index = checking.folder_index(folder, second.record, second, listed)  # type: ignore[arg-type]
    assert sorted(read) == ["7-minute-briefing-baby-m.json", "dardr-maya-published.json"]
    assert "A colleague's fictional new title" in {entry.title for entry in index.values()}


def test_export_reads_the_record_once(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path_factory: pytest.TempPathFactory,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Export loads the record, then checks it with its folder's index: the record's file is
    not read a second time for the index (every other file of the folder once)."""
    record = folder / "sar-adult-r.json"
    out = tmp_path_factory.mktemp("out")
    read = _reads(monkeypatch)
    status = cli.main(["export", str(record), "--format", "txt", "--out", str(out),
                       "--now", "2026-11-25T12:00:00+00:00"])
    capsys.readouterr()
    assert status == 0
    assert sorted(read) == sorted(p.name for p in folder.glob("*.json"))
