"""The review-editor command: messages, never tracebacks, and exit codes that mean
something (0 fine, 1 something blocks, 2 invalid input)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from review_editor.cli import main
from review_editor.model import SCHEMA_VERSION

NOW = "2026-11-25T12:00:00+00:00"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_all_examples(capsys, examples_dir: Path) -> None:
    files = sorted(str(p) for p in examples_dir.glob("*.json"))
    code, out, err = run(capsys, "validate", *files)
    assert code == 0 and out == "" and err == ""


def test_validate_reports_each_problem_with_file_and_field_or_position(
        capsys, tmp_path: Path) -> None:
    syntax = tmp_path / "broken.json"
    syntax.write_text('{\n  "title": \n', encoding="utf-8")
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps({"schema_version": "1.0", "id": "not-a-uuid",
                                  "kind": "news_item", "title": "x" * 200,
                                  "embargo": {"until": "2031-05-14T00:01:00"}}),
                      encoding="utf-8")
    code, out, err = run(capsys, "validate", str(syntax), str(fields))
    assert code == 2
    lines = out.splitlines()
    assert any(line.startswith(f"{syntax}:3:1: ") for line in lines)
    assert any(line.startswith(f"{fields}: id:") for line in lines)
    assert any(line.startswith(f"{fields}: title:") for line in lines)
    assert any(line.startswith(f"{fields}: embargo.until:") for line in lines)
    assert "Traceback" not in out + err


def test_validate_a_missing_file_and_a_folder(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", str(tmp_path / "nope.json"), str(tmp_path))
    assert code == 2
    assert "does not exist" in out and "folder" in out


def test_schema_is_json_with_the_three_kinds(capsys) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    text = json.dumps(schema)
    for kind in ("news_item", "review_notice", "learning_brief"):
        assert kind in text


def test_new_makes_a_valid_draft_and_will_not_overwrite(capsys, tmp_path: Path) -> None:
    out_file = tmp_path / "draft.json"
    code, out, _ = run(capsys, "new", "--kind", "review_notice", "--title", "Adult Q",
                       "--out", str(out_file))
    assert code == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["kind"] == "review_notice" and data["title"] == "Adult Q"
    assert data["status"] == "draft" and data["schema_version"] == SCHEMA_VERSION
    code, _, err = run(capsys, "new", "--kind", "news_item", "--title", "Other",
                       "--out", str(out_file))
    assert code == 2 and "already exists" in err
    assert json.loads(out_file.read_text(encoding="utf-8"))["title"] == "Adult Q"


def test_new_refuses_unsafe_file_names_and_bad_kinds(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "new", "--kind", "news_item", "--title", "T",
                       "--out", str(tmp_path / "CON.json"))
    assert code == 2 and "reserved" in err
    code, _, err = run(capsys, "new", "--kind", "annual", "--title", "T",
                       "--out", str(tmp_path / "a.json"))
    assert code == 2 and "invalid choice" in err


def test_new_refuses_an_empty_or_too_long_title_in_plain_words(capsys, tmp_path: Path) -> None:
    out = tmp_path / "draft.json"
    code, _, err = run(capsys, "new", "--kind", "news_item", "--title", "  ", "--out", str(out))
    assert code == 2 and "--title needs the words of a title" in err and not out.exists()
    code, _, err = run(capsys, "new", "--kind", "news_item", "--title", "A fictional " * 20,
                       "--out", str(out))
    assert code == 2 and err.strip() == "title: too long: at most 120 characters"
    assert not out.exists()


def test_check_counts_read_as_english(capsys, examples_dir: Path, tmp_path: Path) -> None:
    alone = tmp_path / "sar-adult-r.json"  # its related record is not in this folder: C7.6
    shutil.copyfile(examples_dir / "sar-adult-r.json", alone)
    code, out, _ = run(capsys, "check", str(alone), "--now", NOW)
    assert code == 0
    assert out.splitlines()[-1].startswith(f"{alone}: 0 blocking, 1 warning, ")
    assert not out.splitlines()[-1].endswith(" 1 notes")


def test_check_exit_codes_follow_blocking_findings(capsys, examples_dir: Path) -> None:
    clean = examples_dir / "sar-adult-r.json"
    code, out, _ = run(capsys, "check", str(clean), "--now", NOW)
    assert code == 0 and "0 blocking, 0 warnings" in out
    bradford = examples_dir / "thematic-review-into-cse-in-bradford.json"
    code, out, _ = run(capsys, "check", str(bradford), "--now", NOW)
    assert code == 1
    assert "C6.3 blocking: links.0.text" in out
    assert "C4.4 warning: title[40:43]" in out


def test_import_the_bradford_page(capsys, tmp_path: Path, examples_dir: Path) -> None:
    source = Path(__file__).parent / "importers" / "samples" / "bradford-cse-review-news.txt"
    out_file = tmp_path / "bradford.json"
    code, out, _ = run(capsys, "import", str(source), "--out", str(out_file))
    assert code == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    expected = json.loads((examples_dir / "thematic-review-into-cse-in-bradford.json")
                          .read_text(encoding="utf-8"))
    for key in ("title", "published_on", "body", "links"):
        assert data[key] == expected[key]
    assert "review" not in data  # suggestions are offered, never filled in silently
    assert "suggested: review.commissioned_on" in out


def test_import_bad_input_is_a_message(capsys, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    code, _, err = run(capsys, "import", str(binary), "--out", str(tmp_path / "x.json"))
    assert code == 2 and "photo.txt" in err and "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_the_installed_command_runs_as_a_program(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "review_editor", "validate",
                             str(tmp_path / "missing.json")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert "missing.json" in result.stdout and "Traceback" not in result.stderr


def test_a_mistyped_option_is_shown_with_its_commands_usage(capsys, examples_dir: Path) -> None:
    record = str(examples_dir / "sar-adult-r.json")
    code, _, err = run(capsys, "check", "--fnial", record)
    assert code == 2
    assert err.startswith("usage: review-editor check ")
    assert err.rstrip().endswith("review-editor check: error: unrecognized arguments: --fnial")
    code, _, err = run(capsys, "--versoin")
    assert code == 2 and "review-editor: error: unrecognized arguments: --versoin" in err
    code, _, err = run(capsys, "check", record, "--now", "yesterday")
    assert code == 2
    assert "argument --now: not an ISO date and time: 'yesterday'" in err
    assert "_aware_datetime" not in err
