"""Export file and folder names, and where each part of the export package may reach."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from export_helpers import AFTER_EMBARGO, NOW, example, example_data

from review_editor.export import bundle_name, export_filename
from review_editor.export.names import slugify
from review_editor.model import parse_record

EXPORT_PACKAGE = Path(__file__).resolve().parents[2] / "src" / "review_editor" / "export"


def test_names_follow_the_slug_and_the_embargo() -> None:
    d3 = example("d3")
    assert export_filename(d3, "pdf", NOW) == "dardr-maya-published-EMBARGOED.pdf"
    assert export_filename(d3, "json", AFTER_EMBARGO) == "dardr-maya-published.json"
    assert bundle_name(d3, NOW) == "dardr-maya-published-EMBARGOED-bundle-2026-11-25"
    assert export_filename(example("d1"), "docx", NOW) == "sar-adult-r.docx"


def test_a_record_without_a_slug_is_named_from_its_title() -> None:
    data = example_data("d1")
    del data["slug"]
    data["title"] = "Adult R: what we learnt – “Fenmoor” 2025"
    assert export_filename(parse_record(data), "txt", NOW) == \
        "adult-r-what-we-learnt-fenmoor-2025.txt"
    data["title"] = "“–”"
    assert export_filename(parse_record(data), "txt", NOW) == "record-6f1c2a0e.txt"


def test_slugs_are_bounded() -> None:
    assert len(slugify("word " * 100)) <= 80
    assert slugify("Crème brûlée café") == "creme-brulee-cafe"


def test_the_bundle_is_dated_in_london() -> None:
    late = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)  # 00:30 on 1 July in London (BST)
    assert bundle_name(example("d1"), late) == "sar-adult-r-bundle-2026-07-01"


def test_unknown_formats_have_no_name() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export_filename(example("d1"), "rtf", NOW)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_export_module_imports_qt() -> None:
    modules = sorted(EXPORT_PACKAGE.glob("*.py"))
    assert len(modules) > 5
    importing = [path.name for path in modules
                 if any(name.split(".")[0] in ("PySide6", "shiboken6")
                        for name in _imports(path))]
    assert importing == []


def test_importing_the_package_loads_neither_qt_nor_word_nor_the_checks() -> None:
    """The command line imports ``cli_command`` to build its parser, for every command."""
    code = ("import sys, review_editor.export, review_editor.export.cli_command\n"
            "print(sorted(m for m in ('PySide6', 'docx', 'review_editor.checks')"
            " if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120).stdout
    assert output.strip() == "[]"
