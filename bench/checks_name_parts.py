"""CPU seconds inside the name and place detectors on bench/checks_large.py's record.

The detectors timed: ``NameDetectors.addresses`` (C1.4 streets and postcodes),
``NameDetectors.settings_and_workplaces`` (C1.5), ``people.people_in`` and
``places.places_in`` (the sentence-context detectors' people and places). Two figures each:

- as called: each call's CPU time in the check itself, which counts the per-field facts
  (sentences, words, tokens) that a detector happens to build first for the others too;
- own: each call made a second time on the same field right after (those facts built), the
  detector's own work; the smallest of ``--runs`` passes over the calls the check made.

    python bench/checks_name_parts.py [--sections 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks_large import NOW, record_data  # noqa: E402

from review_editor.checks import (  # noqa: E402
    CheckContext,
    contextual,
    name_identifiers,
    run_checks,
    spelling,
)
from review_editor.model import parse_record  # noqa: E402

_TIMED = ((name_identifiers.NameDetectors, "addresses"),
          (name_identifiers.NameDetectors, "settings_and_workplaces"),
          (contextual, "people_in"), (contextual, "places_in"))


def _timed(owner: Any, name: str, spent: dict[str, float],
           calls: dict[str, tuple[Callable[..., Any], list[Any]]]) -> None:
    """Time ``owner.name`` as the check calls it, and keep its calls to make again."""
    function = getattr(owner, name)
    calls[name] = (function, [])

    @functools.wraps(function)
    def timed(*args: Any) -> Any:
        calls[name][1].append(args)
        start = time.process_time()
        try:
            return function(*args)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    setattr(owner, name, timed)


def own_seconds(function: Callable[..., Any], calls: list[Any], runs: int) -> float:
    """The CPU seconds of each call made again right after itself, the least of ``runs``."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        spent = 0.0
        for args in calls:
            function(*args)  # the per-field facts other detectors share, built first
            start = time.process_time()
            function(*args)
            spent += time.process_time() - start
        best = min(best, spent)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    spelling.preload()
    spent: dict[str, float] = {}
    calls: dict[str, tuple[Callable[..., Any], list[Any]]] = {}
    for owner, name in _TIMED:  # before the checks' families read the detectors
        _timed(owner, name, spent, calls)
    run_checks(parse_record(record_data(20)), CheckContext(now=NOW))
    spent.clear()
    for _, made in calls.values():
        made.clear()
    record = parse_record(record_data(args.sections))
    gc.collect()
    start = time.process_time()
    found = run_checks(record, CheckContext(now=NOW))
    total = time.process_time() - start
    print(f"{args.sections} sections: the whole check {total:.2f} s CPU, {len(found)} findings")
    own_total = 0.0
    for _, name in _TIMED:
        function, made = calls[name]
        own = own_seconds(function, made, args.runs)
        own_total += own
        print(f"{name:>24}: as called {spent.get(name, 0.0):5.2f} s, own {own:5.3f} s "
              f"({len(made)} calls)")
    print(f"{'together':>24}: as called {sum(spent.values()):5.2f} s, own {own_total:5.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
