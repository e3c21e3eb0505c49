"""Recall and precision of the identifying-detail checks (C1) on the labelled fixtures.

Each fixture is a fictional paragraph with its planted details (or none), each labelled with
the C1 check that must report it. A planted detail is found when a blocking or warning C1
finding of that check overlaps it (C1.7 is per paragraph); a finding that overlaps no
planted detail of its check is a false positive. Targets: recall ≥ 95 %, precision ≥ 85 %.

    python bench/identification.py [--verbose] [fixtures.json]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from review_editor.checks import CheckContext, CheckSettings, DenyList, findings, run_checks
from review_editor.model import parse_record

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "checks" / "fixtures" / \
    "identification.json"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
RECALL_TARGET = 0.95
PRECISION_TARGET = 0.85


@dataclass
class Scores:
    expected: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    by_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


def _record(item: dict[str, Any], fixture: dict[str, Any]) -> Any:
    return parse_record({
        "schema_version": "1.0", "id": "9d3c0f6e-7b1a-4c2d-8e5f-0a1b2c3d4e5f",
        "kind": "news_item", "title": "Learning from a local review",
        "publisher": fixture["publisher"],
        "review": {"review_type": "lcspr", "review_name": "Learning review",
                   "reviewers": fixture.get("reviewers", [])},
        "body": [{"id": "main", "heading": "", "markdown": item["text"]}],
        "sensitivity": {"subjects": [{"pseudonym": s, "role": "other"}
                                     for s in item.get("subjects", [])],
                        "sexual_offence_context": bool(item.get("soaa"))},
    })


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(path: Path = FIXTURES) -> Scores:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    base_settings = fixture.get("settings", {})
    scores = Scores()
    for item in fixture["items"]:
        record = _record(item, fixture)
        denylist = DenyList.create()
        for term in item.get("denylist", []):
            denylist.add(term)
        settings = CheckSettings.from_dict({**base_settings,
                                            "extra_places": item.get("places", [])})
        ctx = CheckContext(now=NOW, settings=settings, denylist=denylist)
        text = item["text"]
        predicted = [i for i in findings(run_checks(record, ctx, {"C1"}))
                     if i.field_path == "body.0.markdown"]
        expected = []
        for label in item["expected"]:
            if label["text"] is None:
                expected.append((label["code"], (0, len(text)), label))
            else:
                start = text.index(label["text"])
                expected.append((label["code"], (start, start + len(label["text"])), label))
        category = scores.by_category[item["category"]]
        for code, span, label in expected:
            scores.expected += 1
            category[1] += 1
            if any(i.code == code and i.span and _overlaps(i.span, span) for i in predicted):
                scores.found += 1
                category[0] += 1
            else:
                scores.misses.append(f"{item['id']} {code} “{label['text']}”: {text}")
        for issue in predicted:
            scores.predicted += 1
            span = issue.span or (0, len(text))
            if any(code == issue.code and _overlaps(span, target) for code, target, _ in expected):
                scores.correct += 1
            else:
                scores.false_positives.append(
                    f"{item['id']} {issue.code} “{text[span[0]:span[1]]}”: {issue.message}")
    return scores


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    scores = evaluate(paths[0] if paths else FIXTURES)
    print(f"planted details: {scores.expected}, findings: {scores.predicted}")
    print(f"recall    {scores.recall:6.1%}  (target ≥ {RECALL_TARGET:.0%})")
    print(f"precision {scores.precision:6.1%}  (target ≥ {PRECISION_TARGET:.0%})")
    for category, (found, total) in sorted(scores.by_category.items()):
        if total:
            print(f"  {category:<18} {found}/{total}")
    if verbose:
        for miss in scores.misses:
            print("MISS", miss)
        for false in scores.false_positives:
            print("FALSE", false)
    ok = scores.recall >= RECALL_TARGET and scores.precision >= PRECISION_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
