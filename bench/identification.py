"""Recall and precision of the identifying-detail checks (C1).

Over the fresh sentences (``tests/checks/fixtures/identification-fresh``): each sentence is the
body of its own record. A labelled detail is caught when a blocking or warning C1 finding
overlaps it (information notes count neither way); a C1 finding that overlaps no labelled
detail is a false positive. Targets: recall ≥ 97 %, precision ≥ 95 %, and no blocking finding
on a clean sentence naming a professional.

    python bench/identification.py [--misses] [--legacy] [--all] [--fixtures FOLDER | FOLDER]

FOLDER holds other ``*.jsonl`` sentences in the same form (for example the held-out set,
``tests/checks/fixtures/identification-heldout``). ``--all`` scores every sentence set in
turn (``identification-fresh``, ``identification-fresh2`` to ``identification-fresh9``,
``identification-heldout``) and then
the older paragraph fixtures.

``--legacy`` scores the older paragraph fixtures (``identification.json``) instead, where a
detail must be found by the C1 check it is labelled with.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from review_editor.checks import (
    BLOCKING,
    CheckContext,
    CheckSettings,
    DenyList,
    findings,
    run_checks,
)
from review_editor.model import parse_record

FIXTURES_DIR = Path(__file__).resolve().parents[1] / "tests" / "checks" / "fixtures"
FRESH = FIXTURES_DIR / "identification-fresh"
SENTENCE_SETS = [FRESH, FIXTURES_DIR / "identification-fresh2",
                 FIXTURES_DIR / "identification-fresh3", FIXTURES_DIR / "identification-fresh4",
                 FIXTURES_DIR / "identification-fresh5", FIXTURES_DIR / "identification-fresh6",
                 FIXTURES_DIR / "identification-fresh7", FIXTURES_DIR / "identification-fresh8",
                 FIXTURES_DIR / "identification-fresh9", FIXTURES_DIR / "identification-heldout"]
FIXTURES = FIXTURES_DIR / "identification.json"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
RECALL_TARGET = 0.95  # legacy fixtures
PRECISION_TARGET = 0.85  # legacy fixtures
FRESH_RECALL_TARGET = 0.97
FRESH_PRECISION_TARGET = 0.95
PUBLISHER = {"name": "Fenmoor Safeguarding Children Partnership", "short_name": "FSCP",
             "url": "https://fenmoor-scp.example"}
PROFESSIONAL_CLASSES = {"professional", "national_figure", "named_in_record"}


# -- fresh sentences ------------------------------------------------------------------------

@dataclass
class FreshScores:
    details: int = 0
    caught: int = 0
    findings: int = 0
    correct: int = 0
    clean_blocking: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    by_class: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    @property
    def recall(self) -> float:
        return self.caught / self.details if self.details else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.findings if self.findings else 1.0


def load_sentences(folder: Path = FRESH) -> list[dict[str, Any]]:
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def sentence_record(item: dict[str, Any]) -> Any:
    extra = item.get("record", {})
    publisher: dict[str, Any] = dict(PUBLISHER)
    if extra.get("chair"):
        publisher["independent_chair"] = {"name": extra["chair"][0]}
    if extra.get("area_served"):
        publisher["area_served"] = extra["area_served"]
    data: dict[str, Any] = {
        "schema_version": "1.0", "id": "9d3c0f6e-7b1a-4c2d-8e5f-0a1b2c3d4e5f",
        "kind": "news_item", "title": "Learning from a local review", "publisher": publisher,
        "review": {"review_type": "lcspr", "review_name": "Learning review",
                   "reviewers": [{"name": n} for n in extra.get("reviewers", [])]},
        "body": [{"id": "main", "heading": "", "markdown": item["text"]}],
    }
    if extra.get("contact"):
        data["contact"] = {"name": extra["contact"][0]}
    if extra.get("named_professionals"):
        data["sensitivity"] = {"named_professionals": extra["named_professionals"]}
    return parse_record(data)


def c1_findings(record: Any) -> list[Any]:
    ctx = CheckContext(now=NOW)
    return [i for i in findings(run_checks(record, ctx, {"C1"}))
            if i.field_path == "body.0.markdown" and i.span is not None]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_fresh(folder: Path = FRESH) -> FreshScores:
    scores = FreshScores()
    for item in load_sentences(folder):
        text = item["text"]
        found = c1_findings(sentence_record(item))
        spans = [(d["start"], d["end"]) for d in item["details"]]
        for detail, span in zip(item["details"], spans, strict=True):
            counts = scores.by_class[detail["class"]]
            counts[1] += 1
            scores.details += 1
            if any(_overlaps(i.span, span) for i in found):
                counts[0] += 1
                scores.caught += 1
            else:
                scores.misses.append(f"{item['id']} [{detail['class']}] “{detail['text']}”: "
                                     f"{text}")
        for issue in found:
            scores.findings += 1
            if any(_overlaps(issue.span, span) for span in spans):
                scores.correct += 1
                continue
            start, end = issue.span
            scores.false_positives.append(
                f"{item['id']} {issue.code} {issue.severity} “{text[start:end]}”: {text}")
            if item.get("clean") and item.get("class") in PROFESSIONAL_CLASSES \
                    and issue.severity == BLOCKING:
                scores.clean_blocking.append(f"{item['id']} {issue.code} “{text[start:end]}”")
    return scores


def report_fresh(scores: FreshScores, misses: bool) -> bool:
    print(f"labelled details: {scores.details}, C1 findings: {scores.findings}")
    print(f"recall    {scores.recall:6.1%}  (target ≥ {FRESH_RECALL_TARGET:.0%})")
    print(f"precision {scores.precision:6.1%}  (target ≥ {FRESH_PRECISION_TARGET:.0%})")
    print(f"blocking findings on clean sentences naming professionals: "
          f"{len(scores.clean_blocking)} (target 0)")
    for name, (caught, total) in sorted(scores.by_class.items()):
        print(f"  {name:<14} {caught:>3}/{total:<3} {caught / total:6.1%}")
    if misses:
        for line in scores.misses:
            print("MISS ", line)
        for line in scores.false_positives:
            print("FALSE", line)
    return (scores.recall >= FRESH_RECALL_TARGET and scores.precision >= FRESH_PRECISION_TARGET
            and not scores.clean_blocking)


# -- legacy paragraph fixtures ------------------------------------------------------------

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


def report_legacy(scores: Scores, misses: bool) -> bool:
    print(f"planted details: {scores.expected}, findings: {scores.predicted}")
    print(f"recall    {scores.recall:6.1%}  (target ≥ {RECALL_TARGET:.0%})")
    print(f"precision {scores.precision:6.1%}  (target ≥ {PRECISION_TARGET:.0%})")
    for category, (found, total) in sorted(scores.by_category.items()):
        if total:
            print(f"  {category:<18} {found}/{total}")
    if misses:
        for miss in scores.misses:
            print("MISS ", miss)
        for false in scores.false_positives:
            print("FALSE", false)
    return scores.recall >= RECALL_TARGET and scores.precision >= PRECISION_TARGET


def main(argv: list[str]) -> int:
    misses = "--misses" in argv or "--verbose" in argv
    if "--all" in argv:
        results = []
        for folder in SENTENCE_SETS:
            print(f"== {folder.name}")
            results.append(report_fresh(evaluate_fresh(folder), misses))
        print("== identification.json (--legacy)")
        results.append(report_legacy(evaluate(FIXTURES), misses))
        return 0 if all(results) else 1
    if "--legacy" in argv:
        ok = report_legacy(evaluate(FIXTURES), misses)
    else:
        argv = [a.removeprefix("--fixtures=") for a in argv if a != "--fixtures"]
        folders = [Path(a) for a in argv if not a.startswith("--")]
        ok = report_fresh(evaluate_fresh(folders[0] if folders else FRESH), misses)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
