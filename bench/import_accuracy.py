"""How many labelled facts of the real-page corpus the importer gets right.

Imports every page under tests/fixtures/real-pages/ the way `review-editor import` does (with
--accept-suggestions, and --split for listing pages) and compares the record with the hand
labels. The rules are in bench/import_scoring.py. Targets: 90 % overall, 80 % per field.

    python bench/import_accuracy.py [--misses] [--json] [--floors]

--floors prints today's figures rounded down, in the form
tests/importers/test_import_accuracy_floor.py keeps them.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_scoring import CORPUS, Scores, evaluate  # noqa: E402

OVERALL_TARGET = 0.90
FIELD_TARGET = 0.80


def report(scores: Scores, *, misses: bool) -> list[str]:
    lines = [f"{'field':<14}{'right':>7}{'facts':>7}{'accuracy':>10}"]
    for name, (right, total) in scores.by_field().items():
        mark = "" if right / total >= FIELD_TARGET else "  (below 80 %)"
        lines.append(f"{name:<14}{right:>7}{total:>7}{right / total:>10.1%}{mark}")
    right = sum(fact.right for fact in scores.facts)
    total = len(scores.facts)
    lines.append(f"{'overall':<14}{right:>7}{total:>7}{scores.accuracy():>10.1%}")
    if misses:
        lines.append("")
        lines.append(f"misses ({len(scores.misses)}):")
        for fact in scores.misses:
            lines.append(f"  {fact.file}  {fact.field}: expected {fact.expected!r}, "
                         f"got {fact.got!r}")
    return lines


def floors(scores: Scores) -> list[str]:
    """Today's figures rounded down to two places, as the floor test writes them."""
    def down(value: float) -> str:
        return f"{math.floor(value * 100 + 1e-9) / 100:.2f}"

    lines = [f"FLOOR_OVERALL = {down(scores.accuracy())}", "FLOOR_PER_FIELD = {"]
    lines += [f'    "{name}": {down(right / total)},'
              for name, (right, total) in scores.by_field().items()]
    return [*lines, "}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every fact got wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--floors", action="store_true",
                        help="print today's figures rounded down, for the floor test")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    scores = evaluate(args.corpus)
    if args.floors:
        print("\n".join(floors(scores)))
    elif args.json:
        figures = {name: {"right": right, "facts": total, "accuracy": right / total}
                   for name, (right, total) in scores.by_field().items()}
        figures["overall"] = {"right": sum(fact.right for fact in scores.facts),
                              "facts": len(scores.facts), "accuracy": scores.accuracy()}
        if args.misses:
            figures["misses"] = [vars(fact) for fact in scores.misses]  # type: ignore[dict-item]
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print("\n".join(report(scores, misses=args.misses)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
