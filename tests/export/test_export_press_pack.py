"""Embargoed press packs: final copies of a scheduled record under embargo can be made before
its publication date exists; they stay labelled EMBARGOED and named -EMBARGOED, and every
other requirement of C3.9 still blocks."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from export_helpers import EMBARGO_LABEL, NOW

from review_editor.export import cli_command

EXAMPLE = "dardr-maya-published.json"


@pytest.fixture
def embargoed(tmp_path: Path, examples_dir: Path) -> Path:
    path = tmp_path / "records" / EXAMPLE
    path.parent.mkdir()
    shutil.copy(examples_dir / EXAMPLE, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["status"] == "scheduled" and data["embargo"] and "published_on" not in data
    return path


def test_the_embargoed_example_exports_final_copies_from_the_command_line(
        embargoed: Path, tmp_path: Path) -> None:
    out = tmp_path / "press-pack"
    completed = subprocess.run(
        [sys.executable, "-m", "review_editor", "export", str(embargoed), "--final",
         "--bundle", "--out", str(out), "--now", NOW.isoformat()],
        capture_output=True, text=True, timeout=300, check=False)
    assert completed.returncode == 0, completed.stderr
    written = [Path(line) for line in completed.stdout.splitlines()]
    folder = out / "dardr-maya-published-EMBARGOED-bundle-2026-11-25"
    assert {path.name for path in written} == {
        f"dardr-maya-published-EMBARGOED.{fmt}" for fmt in ("html", "pdf", "docx", "txt",
                                                            "json")} | {"manifest.json"}
    assert all(path.parent == folder and path.is_file() for path in written)
    text = (folder / "dardr-maya-published-EMBARGOED.txt").read_text(encoding="utf-8")
    assert text.splitlines()[0] == EMBARGO_LABEL
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["record_id"] and manifest["override"] is None


def test_other_requirements_still_block_a_press_pack(
        embargoed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(embargoed.read_text(encoding="utf-8"))
    del data["contact"]
    embargoed.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    parser = argparse.ArgumentParser()
    cli_command.add_arguments(parser)
    status = cli_command.run(parser.parse_args(
        [str(embargoed), "--final", "--format", "txt", "--out", str(tmp_path / "out"),
         "--now", NOW.isoformat()]))
    assert status == 1
    err = capsys.readouterr().err
    assert "C3.9 blocking: contact" in err
    assert "published_on" not in err
