"""When the preview's first page is really drawn at start, not only loaded.

``bench/startup.py`` times the preview at its ``loadFinished``, as it times the floor. The
page reaches the screen a little later, once the UI thread is free to take Chromium's
frame: work on the UI thread just after the load (the record's validation) delays it. This
starts the editor as ``app.main`` does, in a real window (run it under Xvfb), and grabs
the web view every 10 ms from the ``loadFinished`` on until the page's dark masthead shows.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/startup_frame.py \
        [--runs 5] [--compare OTHER/src]

Prints the medians, from the interpreter's start: the first paint, the load, the frame.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from startup import SET_UP_HOME, environment

FRAME = SET_UP_HOME + r"""
import json, time
from review_editor.ui.preview import panel
marks = {}
def ms():
    return round(time.perf_counter() * 1000)
attach = panel.PreviewPanel.attach
def attach_and_watch(self):
    attach(self)
    self.controller.painted.connect(loaded)
panel.PreviewPanel.attach = attach_and_watch
window = app.open_window(workspace / "thematic-review-into-cse-in-bradford.json",
                         documents_dir=home / "Documents")
window.resize(1366, 768)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def painted():
    marks["paint"] = ms()
def loaded(*_):
    if "load" not in marks:
        marks["load"] = ms()
        look()
def look():
    image = window.preview.view.web.grab().toImage()
    dark = sum(1 for y in range(0, image.height(), 8) for x in range(0, image.width(), 8)
               if max(image.pixelColor(x, y).getRgb()[:3]) < 120)
    if dark > 20:  # the masthead's band
        marks["frame"] = ms()
        window.undo_stack.setClean()
        QApplication.quit()
    else:
        QTimer.singleShot(10, look)
window.startup.painted.connect(painted)
QTimer.singleShot(30000, QApplication.quit)
QApplication.exec()
print(json.dumps(marks))
"""


def run(home: Path, source: Path | None) -> dict[str, float]:
    env = environment()
    env.setdefault("QT_QUICK_BACKEND", "software")  # lets grab() see the web view
    if source is not None:
        env["PYTHONPATH"] = str(source)
    started = __import__("time").perf_counter() * 1000
    done = subprocess.run([sys.executable, "-c", FRAME, str(home)], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    return {name: value - started for name, value in marks.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, metavar="OTHER_SRC")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("needs a display: run it under xvfb-run", file=sys.stderr)
        return 2
    trees: dict[str, Path | None] = {"editor": None}
    if args.compare is not None:
        trees["compared"] = args.compare.resolve()
    found: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory(prefix="review-editor-frame-") as home:
        for name, source in trees.items():
            run(Path(home) / f"warm-up-{name}", source)
        for number in range(args.runs):
            for name, source in trees.items():
                found[name].append(run(Path(home) / f"run-{number}-{name}", source))
    for name, runs in found.items():
        medians = {mark: statistics.median(r[mark] for r in runs if mark in r)
                   for mark in ("paint", "load", "frame")}
        print(f"{name}: first paint {medians['paint']:.0f} ms, preview loaded "
              f"{medians['load']:.0f} ms, its first frame {medians['frame']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
