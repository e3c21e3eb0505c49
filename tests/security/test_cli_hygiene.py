"""Command-line hygiene: a mistyped command is a usage error and never opens the window;
output names follow the rules record names follow; export names are never device names;
names from a file (unknown keys) are printed escaped, never as terminal controls."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from review_editor import app, cli
from review_editor.export.names import bundle_name, export_filename
from review_editor.model import LONDON, new_record
from review_editor.storage import filename_problems

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=LONDON)
MISTYPED = ["bogus", "valdate", "exprot", "Check", "open", "help", "report.json", "./gone",
            "\x1b[2Jcleared", "export\u202e", "ｖａｌｉｄａｔｅ"]
DEVICE_NAMES = ["con", "CON", "aux", "nul", "prn", "com1", "COM9", "lpt1", "conin$",
                "com¹", "AUX .json", "nul.tar.json"]
HIDDEN = ["report\u202eFDP.json", "\u202dreport.json", "re\u200bport.json", "a\x85b.json",
          "tab\there.json", "line\nbreak.json", "bell\x07.json"]


@pytest.fixture
def window_opened(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    opened: list[list[str]] = []

    def fake_gui(argv: list[str]) -> int:
        opened.append(list(argv))
        return 0

    monkeypatch.setattr(app, "main", fake_gui)
    return opened


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("word", MISTYPED)
def test_a_word_that_is_neither_command_nor_path_is_a_usage_error(
        word: str, window_opened: list[list[str]], capsys: pytest.CaptureFixture[str],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, word, "extra.json")
    assert code == 2 and window_opened == []
    code, out, err = run(capsys, word)
    assert code == 2 and window_opened == []
    assert "not a command" in err and "\x1b" not in err and "\u202e" not in err


def test_a_close_miss_names_the_command_meant(capsys: pytest.CaptureFixture[str],
                                              window_opened: list[list[str]]):
    code, _, err = run(capsys, "valdate", "x.json")
    assert code == 2 and 'Did you mean "validate"?' in err


def test_an_existing_file_or_folder_still_opens_the_window(
        tmp_path: Path, window_opened: list[list[str]], capsys: pytest.CaptureFixture[str]):
    record = tmp_path / "bogus"  # named like a mistyped command, but it exists
    record.write_text("{}", encoding="utf-8")
    assert cli.main([str(record)]) == 0
    assert cli.main([str(tmp_path)]) == 0
    assert window_opened == [[str(record)], [str(tmp_path)]]


def test_the_installed_command_exits_2_without_a_window(tmp_path: Path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run([sys.executable, "-m", "review_editor", "bogus"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60, env=environment)
    assert finished.returncode == 2, finished.stderr
    assert "not a command" in finished.stderr


@pytest.mark.parametrize("name", DEVICE_NAMES + HIDDEN + ["record.txt", "record", ".json"])
@pytest.mark.parametrize("command", ["new", "import"])
def test_unsafe_output_names_are_refused(name: str, command: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / name
    if command == "new":
        argv = ["new", "--kind", "news_item", "--title", "Autumn bulletin", "--out", str(out)]
    else:
        source = tmp_path / "page.txt"
        source.write_text("Autumn bulletin\n\nThe partnership met in March.\n",
                          encoding="utf-8")
        argv = ["import", str(source), "--out", str(out)]
    code, _, err = run(capsys, *argv)
    assert code == 2, err
    assert "not a safe file name" in err
    assert "\x1b" not in err and "\u202e" not in err and "\n" not in err.rstrip("\n")
    assert os.listdir(folder) == []


@pytest.mark.parametrize("command", ["new", "import"])
def test_a_safe_output_name_is_written(command: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "Autumn bulletin – Adult R.json"
    if command == "new":
        argv = ["new", "--kind", "news_item", "--title", "Autumn bulletin", "--out", str(out)]
    else:
        source = tmp_path / "page.txt"
        source.write_text("Autumn bulletin\n\nThe partnership met in March.\n",
                          encoding="utf-8")
        argv = ["import", str(source), "--out", str(out)]
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    assert out.is_file()


@pytest.mark.parametrize("slug", ["con", "aux", "nul", "prn", "com1", "com9", "lpt1", "lpt9"])
def test_export_names_are_never_device_names(slug: str):
    record: Any = new_record("news_item", "Autumn bulletin", NOW).model_copy(
        update={"slug": slug})
    for fmt in ("html", "pdf", "docx", "txt", "json"):
        name = export_filename(record, fmt, NOW)
        assert filename_problems(name) == [], name
    assert filename_problems(bundle_name(record, NOW)) == []


def test_unknown_and_duplicate_key_names_are_printed_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from review_editor.model import dump

    data = dump(new_record("news_item", "Autumn bulletin", NOW))
    data["\x1b]0;owned\x07note\u202e"] = "kept"
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    duplicate = tmp_path / "duplicate.json"
    duplicate.write_text('{"schema_version": "1.0", "\\u001b[2Jx\u202e": 1, '
                         '"\\u001b[2Jx\u202e": 2}', encoding="utf-8")
    code, out, err = run(capsys, "validate", str(unknown), str(duplicate))
    assert code == 2
    assert "\x1b" not in out + err and "\x07" not in out + err and "\u202e" not in out + err
    assert "\\u001b]0;owned\\u0007note\\u202e" in out
    assert "\\u001b[2Jx\\u202e" in out
