"""The domain packages never import Qt: they run headless, in the CLI and in tests."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import review_editor

PACKAGE_ROOT = Path(review_editor.__file__).parent
DOMAIN = [name for name in ("model", "storage", "render", "checks", "importers",
                                 "export")
          if (PACKAGE_ROOT / name / "__init__.py").exists()]
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy")

IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
for name in sys.argv[1:]:
    package = importlib.import_module(f"review_editor.{name}")
    for module in pkgutil.walk_packages(package.__path__, f"review_editor.{name}."):
        importlib.import_module(module.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {qt!r})
print(json.dumps([sorted(m for m in sys.modules if m.startswith("review_editor")), loaded]))
"""


def test_the_domain_packages_are_all_checked():
    assert {"model", "storage", "render", "checks", "importers", "export"} <= set(DOMAIN)


def test_importing_every_domain_module_loads_no_qt():
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("QT_", "QTWEBENGINE"))}
    script = IMPORT_EVERYTHING.replace("{qt!r}", repr(set(QT_MODULES)))
    result = subprocess.run([sys.executable, "-c", script, *DOMAIN], capture_output=True,
                            text=True, env=environment, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    imported, qt_loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert qt_loaded == []
    for name in DOMAIN:
        assert f"review_editor.{name}" in imported
    assert "review_editor.storage.files" in imported and "review_editor.model.walk" in imported
    assert "review_editor.export.pdf" in imported  # the PDF copy too: Typst, not Chromium


def _qt_imports(source: Path) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"), str(source))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = node.func
            called = getattr(function, "attr", None) or getattr(function, "id", None)
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        found += [f"{source.name}:{node.lineno}: {name}" for name in names
                  if name.split(".")[0] in QT_MODULES]
    return found


@pytest.mark.parametrize("package", DOMAIN)
def test_no_domain_source_file_imports_qt(package: str):
    sources = sorted((PACKAGE_ROOT / package).rglob("*.py"))
    assert sources
    offenders = [line for source in sources for line in _qt_imports(source)]
    assert offenders == []


def test_the_scan_would_notice_a_qt_import(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\n"
                      "import shiboken6\nimportlib.import_module('PySide6.QtGui')\n")
    assert len(_qt_imports(sample)) == 3
