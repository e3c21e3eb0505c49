"""How long the window stops answering in its first seconds: the editor started as
``app.main`` starts it (the Bradford record open), and a 1 ms timer on the UI thread from the
first paint on; every gap between its ticks over 16 ms (one frame) is a stall. The steps
after the paint (validating, making the preview, building sections) and the work on other
threads (the first checks, the spelling dictionary) show here.

    .venv/bin/python bench/startup_stalls.py [--runs 5] [--seconds 4]

Prints, per run, the stalls over 16 ms with when they began (from the interpreter's start),
then the median of the runs' longest stalls.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from startup import SET_UP_HOME, environment

WATCH = r"""
import time
started = time.perf_counter()
""" + SET_UP_HOME + r"""
import json
seconds = float(sys.argv[2])
window = app.open_window(workspace / "thematic-review-into-cse-in-bradford.json",
                         documents_dir=home / "Documents")
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
stalls, last = [], [0.0]

def tick():
    now = time.perf_counter()
    if now - last[0] > 0.016:
        stalls.append([round((last[0] - started) * 1000), round((now - last[0]) * 1000)])
    last[0] = now

def painted():
    last[0] = time.perf_counter()
    ticker.start()

def done():
    window.undo_stack.setClean()
    QApplication.quit()

ticker = QTimer()
ticker.setTimerType(Qt.TimerType.PreciseTimer)
ticker.setInterval(1)
ticker.timeout.connect(tick)
window.startup.painted.connect(painted)
QTimer.singleShot(int(seconds * 1000), done)
QApplication.exec()
print(json.dumps(stalls))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    longest: list[int] = []
    with tempfile.TemporaryDirectory(prefix="review-editor-stalls-") as home:
        for run in range(args.runs + 1):  # the first run warms the disk cache
            done = subprocess.run(
                [sys.executable, "-c", WATCH, str(Path(home) / f"run-{run}"), str(args.seconds)],
                capture_output=True, text=True, env=environment(), timeout=120, check=True)
            stalls = json.loads(done.stdout.strip().splitlines()[-1])
            if run == 0:
                continue
            longest.append(max((gap for _, gap in stalls), default=0))
            listed = ", ".join(f"{gap} ms at {at} ms" for at, gap in
                               sorted(stalls, key=lambda stall: -stall[1]))
            print(f"run {run}: {listed or 'no stall over 16 ms'}")
    print(f"median longest stall in the first {args.seconds:g} s: "
          f"{statistics.median(longest):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
