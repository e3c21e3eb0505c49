"""The importer's accuracy on the real-page corpus may rise but never fall.

Runs the scoring of bench/import_accuracy.py (bench/import_scoring.py) over
tests/fixtures/real-pages/ and holds each figure at or above its floor. Raise a floor whenever
the importer improves (`python bench/import_accuracy.py --floors` prints today's figures in
this form); the targets are 0.90 overall and 0.80 for every field.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"

FLOOR_OVERALL = 0.60
FLOOR_PER_FIELD = {
    "title": 0.59,
    "published_on": 0.85,
    "review_type": 0.33,
    "publisher": 0.54,
    "subject": 0.94,
    "language": 0.94,
    "reviews": 0.00,
}


def _scoring():
    spec = importlib.util.spec_from_file_location("import_scoring", BENCH / "import_scoring.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("import_scoring", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores():
    return _scoring().evaluate()


def _misses(scores, field: str | None = None) -> str:
    return "\n".join(f"{fact.file} {fact.field}: expected {fact.expected!r}, got {fact.got!r}"
                     for fact in scores.misses if field is None or fact.field == field)


def test_every_corpus_page_is_labelled_and_every_label_has_its_page():
    scoring = _scoring()
    labels = scoring.load_labels()
    pages = {path.name for path in scoring.CORPUS.glob("*.txt")}
    assert pages == set(labels)
    for name, label in labels.items():
        missing = {"url", "nation", "page_kind", "title", "published_on", "review_type",
                   "publisher", "subject", "language"} - set(label)
        assert not missing, f"{name} lacks {sorted(missing)}"
        assert (label["page_kind"] == "listing") == ("reviews" in label), name


def test_overall_accuracy_holds_its_floor(scores):
    assert scores.accuracy() >= FLOOR_OVERALL, _misses(scores)


@pytest.mark.parametrize("field", sorted(FLOOR_PER_FIELD))
def test_field_accuracy_holds_its_floor(scores, field):
    assert field in scores.by_field()
    assert scores.accuracy(field) >= FLOOR_PER_FIELD[field], _misses(scores, field)
