"""Preview latency: from a keystroke in the form to the preview's updated frame.

Opens generated records with 1k, 10k and 100k words of body (one long section, and for
100k also 200 sections) in the real editor window, types 200 characters into the middle of
the body one key at a time, and for each key measures the time until the preview has
painted the change (the swap's next animation frame). Prints p50, p95 and max per record,
then the longest event-loop stall while typing 200 characters at speed, and for comparison
the time of a full page reload at each size.

    .venv/bin/python bench/preview_latency.py [--keys 200]

Targets: p95 ≤ 50 ms at all sizes; no stall over 16 ms. Runs offscreen without a display.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HOME = tempfile.mkdtemp(prefix="review-editor-bench-")
os.environ["REVIEW_EDITOR_HOME"] = HOME
if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from review_editor.ui.preview import register_scheme  # noqa: E402

register_scheme()

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from review_editor import resources  # noqa: E402
from review_editor.app import build_main_window  # noqa: E402
from review_editor.model import LONDON  # noqa: E402

WORDS = ("the review found that agencies shared information about risk but did not agree "
         "who would lead the plan for the family and the child").split(" ")


class QuietPrompter:
    """Answers every question the safe way; a benchmark never waits on a dialog."""

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        answers = {"ask_save_changes": "discard", "confirm": False}

        def ask(*args, **kwargs):  # type: ignore[no-untyped-def]
            # Questions answer through their last callable argument ("answer", "then").
            answer = next((arg for arg in reversed(args) if callable(arg)), None)
            if name == "show_comparison" and answer is not None:
                answer()
            elif answer is not None:
                answer(answers.get(name))

        return ask


def paragraphs(words: int, per: int = 100) -> list[str]:
    out, count = [], 0
    while count < words:
        size = min(per, words - count)
        out.append(" ".join(WORDS[(count + i) % len(WORDS)] for i in range(size)) + ".")
        count += size
    return out


def make_record(folder: Path, words: int, sections: int) -> Path:
    data = json.loads((resources.examples_dir() / "sar-adult-r.json").read_text("utf-8"))
    paras = paragraphs(words)
    per_section = max(1, len(paras) // sections)
    data["body"] = [
        {"id": f"part-{n}", "heading": f"Part {n + 1}",
         "markdown": "\n\n".join(paras[n * per_section:(n + 1) * per_section])}
        for n in range(sections)
    ]
    path = folder / f"bench-{words}-{sections}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return path


def wait(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout
    app = QApplication.instance()
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)  # type: ignore[union-attr]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def open_window(path: Path):  # type: ignore[no-untyped-def]
    from datetime import datetime

    window = build_main_window(path, prompter=QuietPrompter(),  # type: ignore[arg-type]
                               clock=lambda: datetime(2026, 11, 25, 12, tzinfo=LONDON))
    window.resize(1366, 768)
    window.show()
    controller = window.preview.controller  # type: ignore[attr-defined]
    checks = window.checks  # type: ignore[attr-defined]
    # The officer starts typing once the record is open and checked.
    wait(lambda: controller.full_loads >= 1 and controller.idle and checks.ready, 120)
    return window, controller


def editor_in_middle(window, sections: int) -> QPlainTextEdit:  # type: ignore[no-untyped-def]
    index = sections // 2
    editor = window.form.field_widget(f"body.{index}.markdown")
    if not isinstance(editor, QPlainTextEdit):
        editor = editor.findChild(QPlainTextEdit)
    window.form.focus_field(f"body.{index}.markdown")
    editor.setFocus()
    cursor = editor.textCursor()
    text = editor.toPlainText()
    cursor.setPosition(text.find(".", len(text) // 2))  # end of a sentence mid-section
    editor.setTextCursor(cursor)
    return editor


def keystroke_latencies(window, controller, editor, keys: int) -> list[float]:  # type: ignore[no-untyped-def]
    latencies = []
    for n in range(keys):
        painted_before = controller.paint_count
        started = time.perf_counter()
        QTest.keyClick(editor, "abcdefghij klmnopqrstuvwxyz"[n % 27])
        wait(lambda before=painted_before: controller.paint_count > before and controller.idle)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def longest_stall(window, controller, editor, keys: int, interval_ms: int = 40) -> float:  # type: ignore[no-untyped-def]
    """Type ``keys`` characters, one every ``interval_ms``, from timer callbacks, while a
    1 ms timer records the longest gap between its ticks."""
    clock = QElapsedTimer()
    clock.start()
    gaps = [0.0]
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps[0] = max(gaps[0], (now - last[0]) / 1e6)
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    typed = [0]

    def type_one() -> None:
        QTest.keyClick(editor, "x")
        typed[0] += 1

    typist = QTimer()
    typist.setInterval(interval_ms)
    typist.timeout.connect(type_one)
    ticker.start()
    typist.start()
    wait(lambda: typed[0] >= keys, 120)
    typist.stop()
    wait(lambda: controller.idle, 30)
    ticker.stop()
    return gaps[0]


def full_reload(window, controller) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(3):
        loads = controller.full_loads
        started = time.perf_counter()
        controller.show_document(controller.document, controller.base_dir)
        wait(lambda before=loads: controller.full_loads > before and controller.idle, 60)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="review-editor-bench-records-"))
    cases = [(1_000, 1), (10_000, 1), (100_000, 1), (100_000, 200)]
    print(f"{'record':<26} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'stall ms':>9} "
          f"{'reload ms':>10}")
    for words, sections in cases:
        path = make_record(folder, words, sections)
        window, controller = open_window(path)
        editor = editor_in_middle(window, sections)
        latencies = keystroke_latencies(window, controller, editor, args.keys)
        stall = longest_stall(window, controller, editor, args.keys)
        reload_ms = full_reload(window, controller)
        name = f"{words // 1000}k words, {sections} section{'s' if sections > 1 else ''}"
        print(f"{name:<26} {statistics.median(latencies):7.1f} "
              f"{percentile(latencies, 95):7.1f} {max(latencies):7.1f} {stall:9.1f} "
              f"{reload_ms:10.1f}", flush=True)
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
