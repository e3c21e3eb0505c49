"""What leaves the machine, tried by a hostile tester: the command line's output folders,
what it prints, records given twice, an override that cannot be recorded, and the JSON copy
exported beside its record (it keeps the record's id; the folder's listing leaves it out)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from export_cases import NOW_ARG, RECORD_ID, deadline, json_record, write_record

from review_editor import cli
from review_editor.checking import folder_index
from review_editor.export import core
from review_editor.export.files import ExportError
from review_editor.model import parse_record
from review_editor.storage import filename_problems, scan_folder

NAME_MAX = os.pathconf("/", "PC_NAME_MAX") if hasattr(os, "pathconf") else 255


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _unusable_folders(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Output folders that cannot be used, each with what the message must say."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("a file, not a folder\n", encoding="utf-8")
    return {
        "a file": (a_file, "is not a folder"),
        "under a file": (a_file / "copies", "Not a directory"),
        "a name over the system's limit": (tmp_path / ("d" * (NAME_MAX + 1)),
                                           "File name too long"),
        "a direction override": (tmp_path / "copies\u202eFDP", "direction-changing"),
        "a terminal escape": (tmp_path / "copies\x1b[2J", "Windows or SharePoint forbid"),
        "a device name": (tmp_path / "out" / "CON", "reserved device name"),
        "a trailing dot": (tmp_path / "copies.", "ends with a dot"),
    }


CASES = ["a file", "under a file", "a name over the system's limit", "a direction override",
         "a terminal escape", "a device name", "a trailing dot"]


@pytest.mark.parametrize("case", CASES)
def test_an_unusable_export_folder_is_refused_before_anything_is_written(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = write_record(tmp_path / "records")
    folder, said = _unusable_folders(tmp_path)[case]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code, out, err = run(capsys, "export", str(record), "--format", "txt,json", "--out",
                         str(folder), *NOW_ARG)
    assert code == 2 and out == ""
    assert said in err and "cannot export there" in err and "unexpected" not in err
    assert "\x1b" not in err and "\u202e" not in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("case", ["a file", "a direction override", "a device name"])
def test_an_unusable_split_import_folder_is_refused(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Learning from Adult R\n\nThe partnership published a review.\n",
                      encoding="utf-8")
    folder, said = _unusable_folders(tmp_path)[case]
    code, out, err = run(capsys, "import", str(source), "--split", "--out", str(folder))
    assert code == 2 and said in err and not (folder.is_dir() and any(folder.iterdir()))


@pytest.mark.parametrize("command", [["export", "--format", "txt"], ["import"]])
def test_an_empty_out_is_a_usage_error_not_the_current_folder(
        command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    record = write_record(tmp_path / "records")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, command[0], str(record), *command[1:], "--out", "")
    assert code == 2 and "empty" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records"]


def test_a_folder_that_cannot_be_made_is_a_clear_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder passes every check, and the system then refuses it (a full disk, a
    share gone read-only): the window's export and the command line say so."""
    record_path = write_record(tmp_path / "records")

    def refused(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refused)
    with pytest.raises(ExportError, match="cannot be made \\(Permission denied\\)"):
        core.export_record(parse_record(json_record(record_path)), {"txt"},
                           tmp_path / "copies", now=datetime.fromisoformat(NOW_ARG[1]))
    code, out, err = run(capsys, "export", str(record_path), "--format", "txt", "--out",
                         str(tmp_path / "copies"), *NOW_ARG)
    assert code == 1 and "Permission denied" in err and "unexpected" not in err
    assert not (tmp_path / "copies").exists()


def test_nothing_printed_carries_a_control_or_direction_character(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Names from the user's disk and words from a record reach the terminal as codes."""
    hostile = "Adult R \x1b]0;owned\x07 \u202eFDP.exe"
    record = write_record(tmp_path / "records", title=hostile,
                          summary="A \x1b[2J review \u2066of\u2069 practice.")
    folder = tmp_path / "odd\u202efolder"  # already there: the officer's own folder
    folder.mkdir()
    outputs = [
        run(capsys, "export", str(record), "--format", "txt", "--out", str(folder), *NOW_ARG),
        run(capsys, "check", str(record), "--all", *NOW_ARG),
        run(capsys, "check", str(record), "--format", "json", *NOW_ARG),
        run(capsys, "export", str(record), "--format", "\x1b[31mtxt", "--out", str(folder)),
        run(capsys, "validate", str(tmp_path / "gone\u202e.json")),
    ]
    assert outputs[0][0] == 0 and "\\u202efolder" in outputs[0][1]
    for _code, out, err in outputs:
        for text in (out, err):
            assert not any(c in text for c in "\x1b\x07\u202e\u2066\u2069"), text
    # The JSON report is still JSON: a character's code is its JSON escape.
    report = json.loads(outputs[2][1])
    assert report["files"][0]["error"] is None and report["files"][0]["findings"]


def test_a_record_given_twice_is_exported_once(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    record = write_record(tmp_path / "records")
    same = tmp_path / "records" / ".." / "records" / record.name
    code, out, err = run(capsys, "export", str(record), str(same), "--format", "txt",
                         "--out", str(tmp_path / "copies"), *NOW_ARG)
    assert code == 0 and out.count("\n") == 1 and "given twice; exported once" in err


def test_an_override_that_cannot_be_recorded_exports_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A final copy despite blocking findings is made only where its override is kept in
    the record's approvals: a read-only record refuses before any file is written."""
    record = write_record(tmp_path / "records", status="published")
    before = record.read_bytes()
    record.chmod(0o444)
    try:
        code, out, err = run(capsys, "export", str(record), "--format", "txt", "--out",
                             str(tmp_path / "copies"), "--override", "press pack",
                             "--user", "A. Officer", *NOW_ARG)
    finally:
        record.chmod(0o644)
    assert code == 2 and "read-only" in err and "nothing was exported" in err
    assert not (tmp_path / "copies").exists() and record.read_bytes() == before


def test_the_json_copy_beside_its_record_keeps_the_id_and_is_not_listed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON copy is the record's public copy: it keeps the record's id (the manifest,
    the export index and a website's import name the record by it), so the folder's listing
    (the library, and the checks' view of the records beside one) leaves it out, as long as
    it is the copy this app wrote."""
    folder = tmp_path / "records"
    record = write_record(folder, slug="adult-r")
    code, out, _ = run(capsys, "export", str(record), "--format", "json", "--out",
                       str(folder), *NOW_ARG)
    copy = Path(out.strip())
    assert code == 0 and copy.parent == folder and copy != record
    assert json_record(copy)["id"] == RECORD_ID
    assert run(capsys, "validate", str(copy))[0] == 0
    scan = scan_folder(folder)
    assert [entry.path for entry in scan.entries] == [record] and scan.exported == [copy]
    index = folder_index(folder)
    assert list(index) == [RECORD_ID] and index[RECORD_ID].slug == "adult-r"
    code, out, _ = run(capsys, "check", str(record), "--all", *NOW_ARG)
    assert "C7.9" not in out  # no other record with its slug
    # Edited by hand, it is someone's record now: listed again, as any record file is.
    data = json_record(copy)
    data["title"] = "Learning from Adult R (edited)"
    copy.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    assert sorted(entry.path for entry in scan_folder(folder).entries) == sorted([record, copy])


ATTACHMENT_TITLES = ["CON", "aux", "Nul", "COM1", "lpt9", "conin$", "../../escape", "",
                     ".hidden", "report\u202eFDP.exe", "manifest", "adult-r", "a" * 300,
                     "Full report", "full REPORT", "\x1b[2J"]


def test_every_file_of_a_bundle_has_a_safe_name(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A bundle names the copies of local documents from their titles: none is a Windows
    device name, a hidden or unsafe name, or two names that differ only in case."""
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    attachments = [{"id": f"doc-{n}", "title": title, "role": "full_report",
                    "media_type": "application/pdf", "path": "report.pdf",
                    "access": "public"} for n, title in enumerate(ATTACHMENT_TITLES)]
    record = write_record(folder, attachments=attachments)
    code, out, err = run(capsys, "export", str(record), "--bundle", "--out",
                         str(tmp_path / "copies"), *NOW_ARG)
    assert code == 0, err
    names = [Path(line).name for line in out.splitlines()]
    assert len(names) == 5 + 1 + len(ATTACHMENT_TITLES)  # formats, manifest, documents
    assert all(filename_problems(name) == [] for name in names), names
    assert len({name.casefold() for name in names}) == len(names)


@pytest.mark.parametrize("kind", ["a named pipe (FIFO)", "a device", "a folder"])
def test_a_profile_that_is_not_a_file_is_named_for_what_it_is(
        kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = write_record(tmp_path / "records")
    profile = {"a named pipe (FIFO)": tmp_path / "profile.json", "a device": Path("/dev/zero"),
               "a folder": tmp_path / "records"}[kind]
    if kind.startswith("a named pipe"):
        os.mkfifo(profile)
    with deadline(10):
        code, out, err = run(capsys, "export", str(record), "--format", "txt", "--out",
                             str(tmp_path / "copies"), "--profile", str(profile), *NOW_ARG)
    assert code == 2 and f"it is {kind}, not a regular file" in err
    assert not (tmp_path / "copies").exists()
