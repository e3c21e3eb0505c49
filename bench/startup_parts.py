"""Where the editor's start-up time goes: one fresh process per run, with marks at each stage
of what ``app.main`` does, before and after the first paint, and the costs that come from
libraries rather than from the editor (pydantic's import and the record models, which the
start puts after the first paint; PySide6 making the ``Qt`` namespace's enums).

    .venv/bin/python bench/startup_parts.py [--runs 5] [--compare OTHER/src]

Prints the median time at each mark, from the start of the interpreter, and CPU figures,
which the machine's load disturbs less than the marks: the editor's process from the first
paint to the preview, and (Linux) Chromium's processes by then, all started after the
paint. ``--compare`` also starts the editor from another source tree in each run, after
this tree's in one run and before it in the next (so that neither tree always runs second),
both imported through ``PYTHONPATH``, and prints its CPU figures.
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

TIMELINE = r"""
import time
started = time.perf_counter()
""" + SET_UP_HOME + r"""
import gc, json, os
marks = {}
def mark(name):
    marks[name] = (time.perf_counter() - started) * 1000
mark("interpreter and app module")
gc.disable()  # as open_window does, from here
import PySide6.QtWidgets, PySide6.QtWebEngineCore
mark("PySide6 imported")
app.create_application()
mark("QApplication made (logging, schemes)")
from review_editor.ui.checks import panel as checks_panel
from review_editor.ui.export import actions as export_ui
from review_editor.ui.window import main_window
from review_editor.ui.never_lose import work as never_lose
from review_editor.ui.preview import panel
mark("window modules imported")
# The preview's path, in CPU terms too: block renders counted, the process's CPU time
# (every thread) from the first paint to the preview shown, and Chromium's processes'.
renders = {"blocks": 0}
def count_block_renders():  # on the preview's thread, which loads the renderer anyway
    from review_editor.render import page as page_module
    make_block = page_module.Block.__init__
    if getattr(make_block, "counting", False):
        return
    def make_counted_block(self, *args, **kwargs):
        make_block(self, *args, **kwargs)
        render = self.render
        def counted():
            renders["blocks"] += 1
            return render()
        object.__setattr__(self, "render", counted)  # a frozen dataclass
    make_counted_block.counting = True
    page_module.Block.__init__ = make_counted_block
def timed(render_job):  # the first render (from the JSON, or validated) and the later ones
    def timed_render(*args, **kwargs):
        count_block_renders()
        result = render_job(*args, **kwargs)
        if "preview: first page rendered (its thread)" not in marks:
            mark("preview: first page rendered (its thread)")
            # Its thread's CPU time: the web view's modules, the renderer and the render.
            marks["preview thread cpu ms to its first page"] = time.thread_time() * 1000
        return result
    return timed_render
def time_the_renders():  # in the preview's first step, which imports their module anyway
    try:
        from review_editor.ui.preview import rendering as module
    except ImportError:  # an older tree: the controller's module
        from review_editor.ui.preview import controller as module
    if not getattr(module._render, "timed", False):
        module._render = timed(module._render)
        module._render_unvalidated = timed(module._render_unvalidated)
        module._render.timed = True
prepare = panel.PreviewPanel.prepare
def prepare_and_time(self):
    time_the_renders()
    prepare(self)
panel.PreviewPanel.prepare = prepare_and_time
attach = panel.PreviewPanel.attach
def attach_and_mark(self):
    mark("preview: web engine started, web view begun")
    attach(self)
    mark("preview: web view made")
    self.controller.painted.connect(preview_shown)
    self.view.page.loadStarted.connect(load_begun)
panel.PreviewPanel.attach = attach_and_mark
def chromium_cpu_ms():
    # CPU time of this process's descendants (Chromium's zygotes and renderers, all
    # started after the paint), read from /proc: every thread of those alive, and what
    # the ended ones left in their parents' counts. None where there is no /proc.
    import glob
    if not os.path.isdir("/proc/self/task"):
        return None
    parents, total = {}, 0.0
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = open(stat).read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.split("/")[2])] = int(fields[1])
    def ours(pid):
        for _ in range(50):
            pid = parents.get(pid, 0)
            if pid == os.getpid():
                return True
            if pid <= 1:
                return False
        return False
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    for pid in filter(ours, parents):
        for task in glob.glob(f"/proc/{pid}/task/*/schedstat"):
            try:
                total += int(open(task).read().split()[0]) / 1e6
            except OSError:
                pass
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[13]) + int(fields[14])) * tick_ms  # ended children
        except OSError:
            pass
    return total
def preview_shown(_seconds):
    if "preview showing the record" not in marks:
        mark("preview showing the record")
        marks["cpu ms, paint to preview"] = (time.process_time() - cpu["paint"]) * 1000
        marks["UI thread cpu ms, paint to preview"] = (time.thread_time() - cpu["thread"]) * 1000
        marks["block renders, paint to preview"] = renders["blocks"] - cpu["blocks"]
        marks["Chromium processes' cpu ms by the preview"] = chromium_cpu_ms() or 0.0
        done()
cpu = {}
confirm = main_window.MainWindow.confirm_start
def load_begun():
    if "preview: page's load begun" not in marks:
        mark("preview: page's load begun")
def confirm_and_mark(self):
    confirm(self)
    mark("after the paint: record validated (the models loaded)")
main_window.MainWindow.confirm_start = confirm_and_mark
window = app.build_main_window(workspace / "thematic-review-into-cse-in-bradford.json",
                               documents_dir=home / "Documents", staged=True)
mark("window built: folder listed, record shown from their JSON")
window.show()
from PySide6.QtWidgets import QApplication
def painted():
    mark("first paint done")
    cpu["paint"], cpu["blocks"] = time.process_time(), renders["blocks"]
    cpu["thread"] = time.thread_time()
    marks["pydantic at paint"] = "pydantic" in sys.modules
    # The UI thread's own CPU time to here (the load disturbs it less than the clock), and
    # the Qt classes PySide had made by then (it makes each on first use, with its enums).
    marks["UI thread cpu ms to the paint"] = time.thread_time() * 1000
    marks["Qt classes made by the paint"] = sum(
        isinstance(value, type) for name, module in sys.modules.items()
        if name.startswith("PySide6.Qt") for value in vars(module).values())
def finished():
    mark("after the paint: preview made, every section built")
    done()
def done():
    if "preview showing the record" in marks and "after the paint: preview made, every "\
            "section built" in marks:
        window.undo_stack.setClean()
        QApplication.quit()
window.startup.painted.connect(painted)
window.startup.finished.connect(finished)
QApplication.exec()
print(json.dumps(marks))
"""

LIBRARIES = r"""
import json, time
t = time.perf_counter()
import pydantic
from pydantic import BaseModel, Field, TypeAdapter  # what defining models loads
t1 = time.perf_counter()
import review_editor.model.records
t2 = time.perf_counter()
import PySide6.QtCore as core
t3 = time.perf_counter()
core.Qt  # the namespace: PySide6 makes all its enum types on first use
t4 = time.perf_counter()
print(json.dumps({"pydantic imported": (t1 - t) * 1000,
                  "record models built": (t2 - t1) * 1000,
                  "PySide6 Qt namespace first used": (t4 - t3) * 1000}))
"""


CPU_FIGURES = ("UI thread cpu ms to the paint", "Qt classes made by the paint",
               "cpu ms, paint to preview", "UI thread cpu ms, paint to preview",
               "preview thread cpu ms to its first page",
               "Chromium processes' cpu ms by the preview", "block renders, paint to preview")


def run(code: str, *args: str, source: Path | None = None) -> dict[str, float]:
    env = environment()
    if source is not None:
        env["PYTHONPATH"] = str(source)
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, metavar="OTHER_SRC",
                        help="also time the editor imported from this src folder")
    args = parser.parse_args()
    other = args.compare.resolve() if args.compare is not None else None
    # Compared, both trees are imported the same way (first on the path): an installed
    # tree's modules are found after the standard library's and site-packages' folders.
    mine = Path(__file__).resolve().parents[1] / "src" if other is not None else None
    compared: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="review-editor-parts-") as home:
        run(TIMELINE, str(Path(home) / "warm-up"), source=mine)
        if other is not None:
            run(TIMELINE, str(Path(home) / "warm-up-other"), source=other)
        timelines = []
        for n in range(args.runs):
            if other is not None and n % 2:  # the other tree first every other run
                compared.append(run(TIMELINE, str(Path(home) / f"other-{n}"), source=other))
            timelines.append(run(TIMELINE, str(Path(home) / f"run-{n}"), source=mine))
            if other is not None and not n % 2:
                compared.append(run(TIMELINE, str(Path(home) / f"other-{n}"), source=other))
    libraries = [run(LIBRARIES) for _ in range(args.runs)]
    print("median time from the interpreter's start, as app.main opens the window:")
    previous = 0.0
    loaded = sum(bool(t.pop("pydantic at paint")) for t in timelines)
    counts = {name: [t.pop(name) for t in timelines] for name in CPU_FIGURES}
    for name in sorted(timelines[0], key=lambda name: timelines[0][name]):
        value = statistics.median(t[name] for t in timelines)
        print(f"  {value:6.0f} ms  (+{value - previous:4.0f})  {name}")
        previous = value
    print(f"pydantic loaded before the first paint in {loaded} of {len(timelines)} runs")
    for name, values in counts.items():
        print(f"  {statistics.median(values):6.0f}  {name} (median; runs: "
              f"{', '.join(f'{v:.0f}' for v in values)})")
    if compared:
        print(f"compared tree ({other}):")
        for name in CPU_FIGURES:
            values = [t[name] for t in compared]
            print(f"  {statistics.median(values):6.0f}  {name} (median; runs: "
                  f"{', '.join(f'{v:.0f}' for v in values)})")
        print("this tree less the compared one, run by run (median of the differences):")
        for name in CPU_FIGURES:
            theirs = [t[name] for t in compared]
            differences = [a - b for a, b in zip(counts[name], theirs, strict=True)]
            print(f"  {statistics.median(differences):+6.1f}  {name}")
    print("library costs (median, fresh processes):")
    for name in libraries[0]:
        print(f"  {statistics.median(t[name] for t in libraries):6.0f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
