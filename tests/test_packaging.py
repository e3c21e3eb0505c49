"""The wheel carries the resources, found through the one accessor, and the entry points."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(REPO)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    (found,) = out.glob("review_editor-*.whl")
    return found


def test_wheel_contains_templates_and_examples(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    examples = [n for n in names if n.startswith("review_editor/resources/examples/")]
    assert any(n.endswith(".json") for n in examples)
    assert any(n.startswith("review_editor/resources/templates/") for n in names)
    assert any(n.startswith("review_editor/resources/new/") for n in names)
    assert "review_editor/model/records.py" in names
    # The PDF copy: its Typst template, and the fonts it is laid out with, with their licence.
    assert "review_editor/resources/templates/page.typ" in names
    fonts = [n for n in names if n.startswith("review_editor/resources/fonts/")]
    assert sum(n.endswith(".ttf") for n in fonts) == 4
    assert "review_editor/resources/fonts/OFL.txt" in fonts


def test_wheel_declares_entry_points_and_pins_qt(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
    text = archive.read(entry_points).decode()
    assert "review-editor = review_editor.cli:main" in text
    assert "[gui_scripts]" in text and "review-editor-gui" in text
    metadata = archive.read(next(n for n in archive.namelist() if n.endswith("METADATA")))
    requirement = next(line for line in metadata.decode().splitlines()
                       if line.lower().startswith("requires-dist: pyside6"))
    assert "<6.12" in requirement and ">=6.10" in requirement
    assert any(line.lower().startswith("requires-dist: typst")
               for line in metadata.decode().splitlines())


def test_resources_found_from_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                    "--target", str(target), str(wheel)], check=True, timeout=300)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from review_editor import resources;"
        "root = resources.root();"
        "assert str(root).startswith(sys.argv[1]), root;"
        "assert any(resources.examples_dir().glob('*.json'));"
        "print(root)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "review_editor", "--version"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert result.stdout.startswith("review-editor ")
