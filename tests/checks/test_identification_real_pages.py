"""C1 on real published pages (the import corpus): professionals, office holders, document
titles and Welsh words are not reported as people, schools or places."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from review_editor.checks import CheckContext, findings, run_checks
from review_editor.model import parse_record

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "real-pages"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def c1_texts(name: str) -> list[tuple[str, str]]:
    raw = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    text = "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())
    record = parse_record({
        "schema_version": "1.0", "id": "3b8f4a52-1c9d-4e7a-8f3b-5d6c7e8f9a01",
        "kind": "news_item", "title": "Page", "language": "cy" if "-cy-" in name else "en-GB",
        "body": [{"id": "page", "heading": "", "markdown": text}]})
    return [(i.code, text[i.span[0]:i.span[1]]) for i in findings(
        run_checks(record, CheckContext(now=NOW), {"C1"})) if i.span]


def pages(prefix: str) -> list[str]:
    found = sorted(p.stem for p in PAGES.glob(f"{prefix}*.txt"))
    if not found:
        pytest.skip(f"no real page {prefix}*")
    return found


@pytest.mark.parametrize("prefix, people", [
    ("whatworks-panel-chair-blog", ["Annie Hudson"]),
    ("cysur-cpr-4-2019", ["Diane Beacroft", "Gladys Rhodes-White"]),
    ("ni-poots-cmr", ["Edwin Poots"]),
    ("highland-learning-review", ["Derek Brown", "Fiona Davies", "Rob Shepherd"]),
    ("govuk-panel-first-national", ["Damian Hinds"]),
])
def test_professionals_and_office_holders_are_not_findings(prefix: str,
                                                           people: list[str]) -> None:
    for name in pages(prefix):
        found = " | ".join(text for _, text in c1_texts(name))
        for person in people:
            assert person not in found, name


def test_review_titles_are_not_settings_and_welsh_words_are_not_names() -> None:
    for name in pages(""):
        for code, text in c1_texts(name):
            assert not (code == "C1.5" and "Practice" in text), (name, text)
            if "-cy-" in name:
                assert code != "C1.1", (name, text)
