"""Time the command line on long records, as an outside tester would: ``review-editor check``
(text and ``--format json``) and ``review-editor validate`` run as subprocesses on generated
records of many sections, each file alone in a temporary folder.

    python bench/cli_large.py [--sections 10000 50000 100000] [--shapes tiny lorem same prose]
                              [--commands check check-json validate]

Shapes: ``tiny``, ``lorem`` and ``same`` are bench/small_sections.py's one-sentence sections;
``prose`` is bench/checks_large.py's record of varied sentences, lists and links. For each
record and command the wall-clock seconds, the child process's CPU seconds (user + system),
the exit status and the size of its output are printed. Target: at most 10 s wall for every
command on a 100,000-section record of short sections.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checks_large import record_data  # noqa: E402
from small_sections import record  # noqa: E402

COMMANDS = {
    "check": ["check"],
    "check-json": ["check", "--format", "json"],
    "validate": ["validate"],
}
NOW = "2026-11-25T12:00:00+00:00"


def write_record(folder: Path, sections: int, shape: str) -> Path:
    data = record_data(sections) if shape == "prose" else record(sections, shape)
    path = folder / f"{shape}-{sections}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def command_line(command: str, path: Path) -> list[str]:
    words = [sys.executable, "-m", "review_editor", *COMMANDS[command], str(path)]
    return words + ["--now", NOW] if command.startswith("check") else words


def timed(words: list[str], cwd: Path) -> tuple[float, float, int, int]:
    """Wall and CPU seconds of one run, its exit status and the bytes it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        done = subprocess.run(words, cwd=cwd, stdout=out, stderr=subprocess.DEVNULL,
                              check=False)
        size = out.tell()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode, size


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--shapes", nargs="+", default=["tiny", "lorem", "same", "prose"],
                        choices=["tiny", "lorem", "same", "prose"])
    parser.add_argument("--commands", nargs="+", default=list(COMMANDS), choices=list(COMMANDS))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cli-large-home-") as home:
        # No settings, profile or deny-list of the user's: the commands see a fresh install.
        os.environ["REVIEW_EDITOR_HOME"] = home
        run(args)
    return 0


def run(args: argparse.Namespace) -> None:
    print(f"{'shape':<6} {'sections':>8} {'command':<11} {'wall s':>7} {'CPU s':>7} "
          f"{'exit':>4} {'output MB':>9}")
    for shape in args.shapes:
        for sections in args.sections:
            with tempfile.TemporaryDirectory(prefix="cli-large-") as folder:
                path = write_record(Path(folder), sections, shape)
                for command in args.commands:
                    wall, cpu, status, size = timed(command_line(command, path), Path(folder))
                    print(f"{shape:<6} {sections:>8} {command:<11} {wall:7.2f} {cpu:7.2f} "
                          f"{status:>4} {size / 1e6:9.1f}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
