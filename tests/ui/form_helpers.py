"""Helpers for the record form tests: example records, a pinned clock, expanding blocks."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from review_editor import resources
from review_editor.model.dates import LONDON
from review_editor.model.document import RecordDocument
from review_editor.ui.form.containers import Disclosure

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=LONDON)
FIXTURES = Path(__file__).resolve().parents[1] / "checks" / "fixtures"
EXAMPLES = {"review_notice": "sar-adult-r.json", "learning_brief": "7-minute-briefing-baby-m.json",
            "news_item": "dardr-maya-published.json"}
FALLBACKS = {"sar-adult-r.json": "d1.json", "7-minute-briefing-baby-m.json": "d2.json",
             "dardr-maya-published.json": "d3.json"}


def clock() -> datetime:
    return NOW


def example_data(name: str) -> dict[str, Any]:
    """A bundled example, or the DOMAIN D1-D3 fixture if the examples are not there."""
    path = resources.examples_dir() / name
    if not path.exists():
        path = FIXTURES / FALLBACKS[name]
    return json.loads(path.read_text(encoding="utf-8"))


def example_names() -> list[str]:
    names = sorted(p.name for p in resources.examples_dir().glob("*.json"))
    return names or sorted(FALLBACKS)


def document(name: str = "sar-adult-r.json") -> RecordDocument:
    return RecordDocument.from_data(example_data(name))


def expand_all(root: QWidget) -> None:
    """Expands every collapsible block, including those built by expanding others."""
    while True:
        collapsed = [b for b in root.findChildren(Disclosure)
                     if not b.expanded and b.collapsible()]
        if not collapsed:
            return
        for block in collapsed:
            block.expand()
        QApplication.processEvents()


def leaf_paths(data: Any, prefix: str = "") -> list[str]:
    """Paths an editor shows as one value: scalars, lists of scalars, and the themes list."""
    if isinstance(data, dict):
        paths = []
        for key, value in data.items():
            path = f"{prefix}.{key}" if prefix else key
            if key == "themes" and not prefix:
                paths.append(path)
            else:
                paths.extend(leaf_paths(value, path))
        return paths
    if isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        return [p for i, v in enumerate(data) for p in leaf_paths(v, f"{prefix}.{i}")]
    return [prefix]
