"""CPU time of the form's layout around an edit, a save and closing, with every section open.

Opens the largest bundled example in the main window at each size, expands every section,
group and list item, then times (``time.process_time``, so the load of other processes on
the machine does not count) one edit of the summary with the events it queues, a save until
it is written, and closing the window. A layout that Qt keeps redoing (labels above their
fields with height-for-width rows did: seconds after each save) shows here at once.

    .venv/bin/python bench/form_layout_cpu.py [--size 720x600 --size 1366x768] [--font 150]

Without a display on Linux it runs offscreen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def pump(ms: int) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition() and time.monotonic() < deadline:
        pump(50)


def expand_everything(form: Any) -> int:
    from review_editor.ui.form.containers import Disclosure

    opened = 0
    while True:
        closed = [block for block in form.findChildren(Disclosure)
                  if not block.expanded and block.collapsible()]
        if not closed:
            return opened
        for block in closed:
            block.expand()
            opened += 1
        pump(20)


def cpu_of(step: Callable[[], None], settle_ms: int = 1500) -> float:
    """CPU seconds of ``step`` and of the events it leaves, until ``settle_ms`` pass."""
    start = time.process_time()
    step()
    pump(settle_ms)
    return time.process_time() - start


def measure(size: str, font_percent: int) -> dict[str, float]:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from review_editor import app, resources

    width, height = (int(part) for part in size.lower().split("x"))
    home = Path(tempfile.mkdtemp(prefix="review-editor-bench-"))
    try:
        os.environ["REVIEW_EDITOR_HOME"] = str(home / "app-data")
        workspace = home / "Documents" / "Review Editor"
        workspace.mkdir(parents=True)
        examples = sorted(resources.examples_dir().glob("*.json"), key=lambda p: p.stat().st_size)
        record = workspace / examples[-1].name
        shutil.copyfile(examples[-1], record)
        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        font = qt_app.font()
        font.setPointSizeF(font.pointSizeF() * font_percent / 100)
        qt_app.setFont(font)
        window = app.build_main_window(record, documents_dir=home / "Documents")
        window.show()
        window.apply_default_layout(QSize(width, height))
        wait_until(lambda: window.controller.current is not None and window.checks.ready)
        pump(1000)
        opened = expand_everything(window.form)
        pump(1000)
        summary = str(window.controller.current.document.get("summary") or "")
        figures = {"sections opened": float(opened)}
        figures["edit"] = cpu_of(lambda: window.form.set_value("summary", summary + " More."))

        def save() -> None:
            window.controller.save()
            wait_until(lambda: not window.controller.saving)

        figures["save"] = cpu_of(save)

        def close() -> None:
            window.controller.undo_stack.setClean()
            window.close()
            window.deleteLater()

        figures["close"] = cpu_of(close)
        return figures
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeatable)")
    parser.add_argument("--font", type=int, default=100, help="font size in per cent")
    args = parser.parse_args()
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from review_editor import app

    app.create_application()
    for size in args.size or ["720x600", "1366x768"]:
        figures = measure(size, args.font)
        shown = ", ".join(f"{name} {value:.3f} s" if name != "sections opened"
                          else f"{name} {value:.0f}" for name, value in figures.items())
        print(f"{size} at {args.font} %: {shown}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
