"""Cold start to a usable editor window, against the floor of a bare Qt WebEngine window.

Each start is a fresh Python process. The editor counts as usable once its window is shown
with the library listing the example records and the Bradford record's form filled in; the
floor is a bare PySide6 window whose QWebEngineView has loaded a small page. Both are
measured in the same run, alternately, several times; the script prints the medians and
their ratios (targets: the editor usable within 1.5× the floor, the preview showing the
record within 2×).

    .venv/bin/python bench/startup.py [--runs 5] [--compare OTHER/src]

``--compare`` also starts the editor from another source tree (say an older commit,
``git archive COMMIT src resources | tar -x -C OTHER``) in each run, after this tree's, so
that before and after are measured against the same floors under the same load.
Without a display on Linux it runs offscreen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "READY"

#: The start of each editor child: its app data and a workspace with the bundled examples,
#: in the folder given as its first argument (``home``, ``workspace``, ``app``).
SET_UP_HOME = r"""
import os, shutil, sys
from pathlib import Path
home = Path(sys.argv[1])
os.environ["REVIEW_EDITOR_HOME"] = str(home / "app-data")
from review_editor import app, resources
workspace = home / "Documents" / "Review Editor"
workspace.mkdir(parents=True, exist_ok=True)
for example in resources.examples_dir().glob("*.json"):
    shutil.copyfile(example, workspace / example.name)
"""

EDITOR = SET_UP_HOME + r"""
import time
from review_editor.ui.preview.panel import PreviewPanel

attach = PreviewPanel.attach

def attach_and_watch(panel):  # the preview's web view is made after the first paint
    attach(panel)
    panel.controller.painted.connect(preview_shown)

PreviewPanel.attach = attach_and_watch
# What app.main does before its event loop.
window = app.open_window(workspace / "thematic-review-into-cse-in-bradford.json",
                         documents_dir=home / "Documents")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
qt = QApplication.instance()
marks = {}

def mark(name):
    marks[name] = time.perf_counter()
    print(f"{name} {time.perf_counter():.6f}", flush=True)

def painted():
    assert window.library.model.rowCount() > 0, "no records listed"
    assert window.form.document() is not None, "the form is empty"
    mark("READY")

def staged_steps_done():
    mark("STEPS")
    finish()

def preview_shown(_seconds):
    if "PREVIEW" not in marks:
        mark("PREVIEW")
        finish()

def finish():
    if "STEPS" in marks and "PREVIEW" in marks:
        window.undo_stack.setClean()
        qt.quit()

window.startup.painted.connect(painted)
window.startup.finished.connect(staged_steps_done)
QTimer.singleShot(60000, qt.quit)
qt.exec()
"""

FLOOR = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QMainWindow

qt = QApplication(sys.argv[:1])
window = QMainWindow()
view = QWebEngineView(window)
window.setCentralWidget(view)
window.resize(1000, 700)

def loaded(ok):
    qt.processEvents()
    print(f"READY {time.perf_counter():.6f}" if ok else "FAILED", flush=True)
    qt.quit()

view.loadFinished.connect(loaded)
view.setHtml("<!doctype html><html lang='en'><body><h1>Hello</h1><p>A small page.</p>")
window.show()
QTimer.singleShot(60000, qt.quit)
qt.exec()
"""


def environment() -> dict[str, str]:
    env = dict(os.environ)
    # An installed app runs from compiled bytecode (pip compiles on install); the warm-up
    # run writes it for the source tree, so the timed runs compare like with like.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if sys.platform.startswith("linux") and not any(
            env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Chromium refuses root otherwise
    return env


def time_start(code: str, *args: str, source: Path | None = None) -> dict[str, float]:
    """Seconds from starting a fresh interpreter to each line it prints ("READY", and for
    the editor "STEPS" and "PREVIEW"), each line read with the child's own clock.
    ``source``: a tree's ``src`` folder to import the editor from instead."""
    env = environment()
    if source is not None:
        env["PYTHONPATH"] = str(source)
    started = time.perf_counter()  # the same monotonic clock as the child's, on Linux
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    out, errors = process.communicate(timeout=120)
    marks: dict[str, float] = {}
    for line in out.splitlines():
        name, _, stamp = line.strip().partition(" ")
        marks[name] = (float(stamp) if stamp else time.perf_counter()) - started
    if READY not in marks:
        raise RuntimeError(f"the child never became ready:\n{errors[-2000:]}")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, metavar="OTHER_SRC",
                        help="also time the editor imported from this src folder")
    args = parser.parse_args()
    trees: dict[str, Path | None] = {"editor": None}
    if args.compare is not None:
        trees["compared"] = args.compare.resolve()
    floor_times: list[float] = []
    editor_marks: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    loads: list[float] = []
    time_start(FLOOR)  # warm the disk cache for both, so the runs compare like with like
    home = Path(tempfile.mkdtemp(prefix="review-editor-startup-"))
    try:
        for name, source in trees.items():
            time_start(EDITOR, str(home / f"warm-up-{name}"), source=source)
        for run in range(args.runs):
            floor_times.append(time_start(FLOOR)[READY])
            for name, source in trees.items():
                editor_marks[name].append(
                    time_start(EDITOR, str(home / f"run-{run}-{name}"), source=source))
                marks = editor_marks[name][-1]
                print(f"run {run + 1}: floor {floor_times[-1] * 1000:.0f} ms, {name} "
                      + ", ".join(f"{mark.lower()} {value * 1000:.0f} ms"
                                  for mark, value in marks.items()))
            if hasattr(os, "getloadavg"):
                loads.append(os.getloadavg()[0])
    finally:
        shutil.rmtree(home, ignore_errors=True)
    floor = statistics.median(floor_times)
    if loads:
        print(f"load average (1 min) during the runs: {min(loads):.1f}-{max(loads):.1f}")
    print(f"median floor (bare window + QWebEngineView page):   {floor * 1000:.0f} ms")
    for name, runs in editor_marks.items():
        report(name if args.compare is not None else "", runs, floor)
    return 0


def report(name: str, editor_marks: list[dict[str, float]], floor: float) -> None:
    label = f"{name} " if name else ""
    editor = statistics.median(m[READY] for m in editor_marks)
    ratio = editor / floor
    print(f"median {label}usable (records listed, form filled): {editor * 1000:.0f} ms")
    for mark, what in (("PREVIEW", "preview showing the record"),
                       ("STEPS", "every section built, memory settled")):
        values = [m[mark] for m in editor_marks if mark in m]
        if values:
            print(f"median {label}{what}: {statistics.median(values) * 1000:.0f} ms")
    print(f"{label}ratio {ratio:.2f}× (target ≤ 1.5×): {'OK' if ratio <= 1.5 else 'SLOW'}")
    shown = [m["PREVIEW"] for m in editor_marks if "PREVIEW" in m]
    if shown:
        preview = statistics.median(shown) / floor
        print(f"{label}preview ratio {preview:.2f}× (target ≤ 2×): "
              f"{'OK' if preview <= 2 else 'SLOW'}")


if __name__ == "__main__":
    sys.exit(main())
