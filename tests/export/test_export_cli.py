"""``review-editor export``: one line per written file; exit 0, 1 when checks block a final
export, 2 on invalid input; an override is saved back into the record file."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from export_helpers import NOW

from review_editor.export import cli_command
from review_editor.model.vocab import ApprovalDecision
from review_editor.storage import load_record

NOW_ARG = ["--now", NOW.isoformat()]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="review-editor export")
    cli_command.add_arguments(parser)
    return cli_command.run(parser.parse_args(argv))


@pytest.fixture
def records(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "records"
    folder.mkdir()
    for source in examples_dir.glob("*.json"):
        shutil.copy(source, folder / source.name)
    return folder


def remove_contact(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["contact"]
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def test_one_line_per_written_file(records: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = run([str(records / "sar-adult-r.json"), str(records / "dardr-maya-published.json"),
                  "--format", "txt, JSON", "--out", str(out), *NOW_ARG])
    assert status == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [str(out / "sar-adult-r.txt"), str(out / "sar-adult-r.json"),
                     str(out / "dardr-maya-published-EMBARGOED.txt"),
                     str(out / "dardr-maya-published-EMBARGOED.json")]
    assert all(Path(line).is_file() for line in lines)


def test_a_bundle(records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run([str(records / "sar-adult-r.json"), "--bundle", "--format", "html,txt",
                  "--out", str(tmp_path), *NOW_ARG])
    assert status == 0
    folder = tmp_path / "sar-adult-r-bundle-2026-11-25"
    assert capsys.readouterr().out.splitlines() == [
        str(folder / "sar-adult-r.html"), str(folder / "sar-adult-r.txt"),
        str(folder / "manifest.json")]


def test_blocked_final_export_exits_1_and_writes_nothing(
        records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = records / "sar-adult-r.json"
    remove_contact(path)
    status = run([str(path), "--final", "--format", "txt", "--out", str(tmp_path / "out"),
                  *NOW_ARG])
    assert status == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "C3.9 blocking: contact" in captured.err and "--override" in captured.err
    assert not (tmp_path / "out" / "sar-adult-r.txt").exists()


def test_an_override_is_saved_into_the_record(records: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = records / "sar-adult-r.json"
    remove_contact(path)
    status = run([str(path), "--override", "Contact is on the partner site", "--user",
                  "A. Officer", "--bundle", "--format", "json", "--out", str(tmp_path),
                  *NOW_ARG])
    assert status == 0
    assert "override recorded" in capsys.readouterr().out
    saved = load_record(path).record
    override = saved.approvals[-1]
    assert override.decision == ApprovalDecision.override
    assert (override.name, override.reason) == ("A. Officer", "Contact is on the partner site")
    manifest = json.loads((tmp_path / "sar-adult-r-bundle-2026-11-25" / "manifest.json")
                          .read_text(encoding="utf-8"))
    assert manifest["override"] == {"recorded": True, "by": "A. Officer",
                                    "at": "2026-11-25T12:00:00+00:00"}


def test_a_record_changed_meanwhile_is_not_overwritten(
        records: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = records / "sar-adult-r.json"
    remove_contact(path)
    from review_editor.export import core

    real_export = core.export_record

    def export_while_a_colleague_saves(*args: object, **kwargs: object):  # noqa: ANN202
        result = real_export(*args, **kwargs)
        path.write_text(path.read_text(encoding="utf-8").replace("Adult R", "Adult S"),
                        encoding="utf-8")
        return result

    monkeypatch.setattr(core, "export_record", export_while_a_colleague_saves)
    status = run([str(path), "--override", "reason", "--format", "txt", "--out",
                  str(tmp_path / "out"), *NOW_ARG])
    assert status == 2
    assert "override was not recorded" in capsys.readouterr().err
    assert "Adult S" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("arguments, message", [
    (["--format", "rtf"], "unknown format rtf"),
    (["--format", ","], "unknown format"),
    (["--override", " "], "needs a reason"),
])
def test_invalid_options_exit_2(records: Path, tmp_path: Path, arguments: list[str],
                                message: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = run([str(records / "sar-adult-r.json"), "--out", str(tmp_path), *arguments])
    assert status == 2
    assert message in capsys.readouterr().err


def test_unreadable_records_exit_2_and_the_rest_are_exported(
        records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = records / "broken.json"
    broken.write_text('{"schema_version": "1.0", "kind": ', encoding="utf-8")
    status = run([str(broken), str(records / "missing.json"), str(records / "sar-adult-r.json"),
                  "--format", "txt", "--out", str(tmp_path / "out"), *NOW_ARG])
    assert status == 2
    captured = capsys.readouterr()
    assert "broken.json" in captured.err and "missing.json" in captured.err
    assert captured.out.splitlines() == [str(tmp_path / "out" / "sar-adult-r.txt")]


def test_two_records_with_one_slug_do_not_overwrite_each_other(
        records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = records / "copy-of-adult-r.json"
    shutil.copy(records / "sar-adult-r.json", copy)
    status = run([str(records / "sar-adult-r.json"), str(copy), "--format", "txt", "--out",
                  str(tmp_path), *NOW_ARG])
    assert status == 2
    assert "same slug" in capsys.readouterr().err


def test_out_must_be_a_folder(records: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    assert run([str(records / "sar-adult-r.json"), "--out", str(not_a_folder)]) == 2


def test_headless_pdf_from_a_fresh_process(records: Path, tmp_path: Path) -> None:
    """No display, no Qt settings in the environment: the command chooses them itself."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                          "QTWEBENGINE_DISABLE_SANDBOX", "QTWEBENGINE_CHROMIUM_FLAGS")}
    script = ("import argparse, sys\n"
              "from review_editor.export import cli_command\n"
              "parser = argparse.ArgumentParser()\n"
              "cli_command.add_arguments(parser)\n"
              "sys.exit(cli_command.run(parser.parse_args(sys.argv[1:])))\n")
    completed = subprocess.run(
        [sys.executable, "-c", script, str(records / "sar-adult-r.json"), "--format", "pdf",
         "--out", str(tmp_path / "out"), *NOW_ARG],
        env=env, capture_output=True, text=True, timeout=180, check=False)
    assert completed.returncode == 0, completed.stderr
    [line] = completed.stdout.splitlines()
    assert Path(line).read_bytes().startswith(b"%PDF-")


def test_a_refused_target_gives_one_piece_of_advice(records: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    record = records / "sar-adult-r.json"
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("a colleague's notes", encoding="utf-8")
    (out / "sar-adult-r.txt").symlink_to(outside)
    assert run([str(record), "--out", str(out), "--format", "txt", *NOW_ARG]) == 2
    link = capsys.readouterr().err.strip()
    assert "a link to a file" in link and link.count("choose another") == 1
    assert outside.read_text(encoding="utf-8") == "a colleague's notes"
    (out / "sar-adult-r.txt").unlink()
    (out / "sar-adult-r.txt").write_text("hand-made", encoding="utf-8")
    assert run([str(record), "--out", str(out), "--format", "txt", *NOW_ARG]) == 2
    foreign = capsys.readouterr().err.strip()
    assert foreign.endswith("not written by this app here); choose another --out, or move "
                            "those files")
