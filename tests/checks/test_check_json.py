"""``review-editor check FILE... --format json``: one document for every file, and an exit
status of 2 when a file cannot be read, else 1 when anything blocks, else 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_editor.cli import main

NOW = "2026-11-25T12:00:00+00:00"


def run_json(capsys: pytest.CaptureFixture[str], *files: Path | str) -> tuple[int, dict]:
    code = main(["check", *map(str, files), "--now", NOW, "--format", "json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def test_json_lists_every_finding_with_its_place(capsys, examples_dir: Path) -> None:
    bradford = examples_dir / "thematic-review-into-cse-in-bradford.json"
    code, data = run_json(capsys, bradford)
    assert code == 1
    [entry] = data["files"]
    assert entry["path"] == str(bradford) and entry["error"] is None
    for finding in entry["findings"]:
        assert set(finding) == {"code", "severity", "field_path", "span", "message",
                                "suggestion"}
        assert finding["severity"] in ("blocking", "warning", "note")
        assert finding["span"] is None or (len(finding["span"]) == 2
                                           and finding["span"][0] <= finding["span"][1])
    codes = {(f["code"], f["severity"], f["field_path"]) for f in entry["findings"]}
    assert ("C6.3", "blocking", "links.0.text") in codes
    title = [f for f in entry["findings"] if f["code"] == "C4.4" and f["field_path"] == "title"]
    assert title and title[0]["span"] == [40, 43]
    assert any(f["severity"] == "note" for f in entry["findings"])


def test_json_exit_status_zero_when_nothing_blocks(capsys, examples_dir: Path) -> None:
    code, data = run_json(capsys, examples_dir / "sar-adult-r.json")
    assert code == 0
    assert not [f for f in data["files"][0]["findings"] if f["severity"] == "blocking"]


def test_an_unreadable_file_is_reported_and_exits_2(capsys, tmp_path: Path,
                                                   examples_dir: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    bradford = examples_dir / "thematic-review-into-cse-in-bradford.json"
    code, data = run_json(capsys, broken, bradford)
    assert code == 2  # an unreadable file outranks findings that block
    first, second = data["files"]
    assert first["path"] == str(broken) and first["findings"] == []
    assert isinstance(first["error"], str) and "broken.json" in first["error"]
    assert second["error"] is None and second["findings"]
    assert broken.read_text(encoding="utf-8") == "{not json"


def _pale_profile(folder: Path) -> Path:
    from review_editor import paths
    from review_editor.storage import OrganisationProfile, save_profile

    folder.mkdir(parents=True, exist_ok=True)
    path = paths.profile_file(folder)
    save_profile(OrganisationProfile(name="Pale", primary_colour="#ffdd00",
                                     accent_colour="#ffdd00"), path, expected_sha256=None)
    return path


def test_json_honours_the_profile_as_the_text_output_does(
        capsys, tmp_path: Path, examples_dir: Path, app_home: Path) -> None:
    record = examples_dir / "sar-adult-r.json"
    pale = _pale_profile(tmp_path / "pale")
    text_code = main(["check", str(record), "--now", NOW, "--profile", str(pale)])
    text = capsys.readouterr().out
    warnings = [line.split(": warning: ", 1)[1] for line in text.splitlines()
                if line.startswith(f"{pale}: warning: ")]
    assert warnings and any("#ffdd00" in w for w in warnings)
    code = main(["check", str(record), str(record), "--now", NOW, "--format", "json",
                 "--profile", str(pale)])
    data = json.loads(capsys.readouterr().out)
    assert code == text_code == 0
    assert data["profiles"] == [{"path": str(pale), "error": None, "warnings": warnings}]
    assert len(data["files"]) == 2


def test_json_exits_2_when_the_profile_cannot_be_used(
        capsys, tmp_path: Path, examples_dir: Path, app_home: Path) -> None:
    record = examples_dir / "sar-adult-r.json"
    missing = tmp_path / "no-such-profile.json"
    assert main(["check", str(record), "--now", NOW, "--profile", str(missing)]) == 2
    capsys.readouterr()
    code, data = run_json(capsys, record, "--profile", str(missing))
    assert code == 2
    [profile] = data["profiles"]
    assert profile["path"] == str(missing) and "no-such-profile.json" in profile["error"]
    assert data["files"][0]["error"] is None and data["files"][0]["findings"]


def test_json_lists_no_profile_when_none_applies(capsys, examples_dir: Path,
                                                app_home: Path) -> None:
    code, data = run_json(capsys, examples_dir / "sar-adult-r.json")
    assert code == 0 and data["profiles"] == []
