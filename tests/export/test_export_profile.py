"""Command-line copies carry the organisation profile's branding: the profile given with
``--profile``, else the one in the record's folder, else the recorded workspace's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from export_helpers import NOW

from review_editor import cli, paths
from review_editor.storage import OrganisationProfile, save_profile

NOW_ARG = ["--now", NOW.isoformat()]
EXAMPLE = "sar-adult-r.json"


def write_profile(folder: Path, **values: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = paths.profile_file(folder)
    save_profile(OrganisationProfile(**values), path, expected_sha256=None)  # type: ignore[arg-type]
    return path


@pytest.fixture
def record(tmp_path: Path, examples_dir: Path, app_home: Path) -> Path:
    path = tmp_path / "workspace" / EXAMPLE
    path.parent.mkdir()
    shutil.copy(examples_dir / EXAMPLE, path)
    return path


def export_html(record: Path, out: Path, *extra: str) -> str:
    assert cli.main(["export", str(record), "--format", "html", "--out", str(out),
                     *NOW_ARG, *extra]) == 0
    return (out / "sar-adult-r.html").read_text(encoding="utf-8")


def test_the_profile_beside_the_record_brands_the_copy(record: Path, tmp_path: Path) -> None:
    write_profile(record.parent, name="Fenmoor Safeguarding Adults Board",
                  primary_colour="#00539f", accent_colour="#005ea5",
                  footer="Fenmoor SAB, Civic Centre")
    page = export_html(record, tmp_path / "out")
    assert "Fenmoor Safeguarding Adults Board" in page
    assert "#00539f" in page and "Fenmoor SAB, Civic Centre" in page


def test_the_workspace_profile_applies_to_records_elsewhere(record: Path,
                                                            tmp_path: Path) -> None:
    workspace = tmp_path / "shared"
    write_profile(workspace, name="Shared Partnership Name", primary_colour="#4c2c92")
    paths.record_workspace(workspace)
    page = export_html(record, tmp_path / "out")
    assert "Shared Partnership Name" in page and "#4c2c92" in page


def test_profile_given_overrides(record: Path, tmp_path: Path) -> None:
    write_profile(record.parent, name="Beside The Record")
    given = write_profile(tmp_path / "elsewhere", name="Given On The Command Line",
                          primary_colour="#0b0c0c")
    page = export_html(record, tmp_path / "out", "--profile", str(given))
    assert "Given On The Command Line" in page and "Beside The Record" not in page


def test_a_profile_that_cannot_be_used_stops_the_export(
        record: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = paths.profile_file(record.parent)
    broken.write_text('{"format": "review-editor-profile", "primary_colour": "red"}',
                      encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["export", str(record), "--format", "html", "--out", str(out),
                     *NOW_ARG]) == 2
    err = capsys.readouterr().err
    assert paths.PROFILE_NAME in err and "primary_colour" in err
    assert not (out / "sar-adult-r.html").exists()
    missing = tmp_path / "no-such-profile.json"
    assert cli.main(["export", str(record), "--format", "html", "--out", str(out),
                     "--profile", str(missing), *NOW_ARG]) == 2
    assert "no-such-profile.json" in capsys.readouterr().err


def test_check_reports_the_profiles_contrast(record: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    pale = write_profile(tmp_path / "pale", name="Pale", primary_colour="#ffdd00",
                         accent_colour="#ffdd00")
    cli.main(["check", str(record), "--profile", str(pale), *NOW_ARG])
    out = capsys.readouterr().out
    assert f"{pale}: warning: The accent colour #ffdd00" in out
    assert cli.main(["check", str(record), "--profile", str(tmp_path / "none.json"),
                     *NOW_ARG]) == 2
