"""Cold start to a usable editor window, against the floor of a bare Qt WebEngine window.

Each start is a fresh Python process. The editor counts as usable once its window is shown
with the library listing the example records and the Bradford record's form filled in; the
floor is a bare PySide6 window whose QWebEngineView has loaded a small page. Both are
measured in the same run, alternately, several times; the script prints the medians and
their ratio (target: the editor within 1.5× the floor).

    .venv/bin/python bench/startup.py [--runs 5]

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

EDITOR = r"""
import os, shutil, sys
from pathlib import Path
home = Path(sys.argv[1])
os.environ["REVIEW_EDITOR_HOME"] = str(home / "app-data")
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from review_editor import app, resources

QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
    Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
from review_editor.ui.preview import register_scheme

register_scheme()  # as app.main does, before the QApplication
qt = QApplication(sys.argv[:1])
app.configure_application(qt)
workspace = home / "Documents" / "Review Editor"
workspace.mkdir(parents=True, exist_ok=True)
for example in resources.examples_dir().glob("*.json"):
    shutil.copyfile(example, workspace / example.name)
window = app.build_main_window(workspace / "thematic-review-into-cse-in-bradford.json",
                               documents_dir=home / "Documents")
window.show()

def ready():
    qt.processEvents()  # the first paint
    assert window.library.model.rowCount() > 0, "no records listed"
    assert window.form.document() is not None, "the form is empty"
    print("READY", flush=True)
    window.undo_stack.setClean()
    qt.quit()

QTimer.singleShot(0, ready)
qt.exec()
"""

FLOOR = r"""
import sys
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
    print("READY" if ok else "FAILED", flush=True)
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


def time_start(code: str, *args: str) -> float:
    """Seconds from starting a fresh interpreter to its READY line."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=environment())
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == READY:
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed
    _, errors = process.communicate(timeout=60)
    raise RuntimeError(f"the child never became ready:\n{errors[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    editor_times: list[float] = []
    floor_times: list[float] = []
    time_start(FLOOR)  # warm the disk cache for both, so the runs compare like with like
    home = Path(tempfile.mkdtemp(prefix="review-editor-startup-"))
    try:
        time_start(EDITOR, str(home / "warm-up"))
        for run in range(args.runs):
            floor_times.append(time_start(FLOOR))
            editor_times.append(time_start(EDITOR, str(home / f"run-{run}")))
            print(f"run {run + 1}: floor {floor_times[-1] * 1000:.0f} ms, "
                  f"editor {editor_times[-1] * 1000:.0f} ms")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    floor = statistics.median(floor_times)
    editor = statistics.median(editor_times)
    ratio = editor / floor
    print(f"median floor (bare window + QWebEngineView page): {floor * 1000:.0f} ms")
    print(f"median editor (records listed, form filled):     {editor * 1000:.0f} ms")
    print(f"ratio {ratio:.2f}× (target ≤ 1.5×): {'OK' if ratio <= 1.5 else 'SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
