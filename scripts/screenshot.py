"""Screenshot of the editor window with the Bradford record open, for the documentation.

Run it on a display, or headless under Xvfb with a screen larger than the window:

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot.py

It uses a throwaway app-data folder and a copy of the bundled examples, so your settings and
records are untouched, and writes docs/screenshots/main-window.png (1366 × 768 by default).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECORD = "thematic-review-into-cse-in-bradford.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs/screenshots/main-window.png")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--settle", type=int, default=1500,
                        help="milliseconds to let the window finish drawing once the preview "
                             "and the checks are done")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))

    home = Path(tempfile.mkdtemp(prefix="review-editor-screenshot-"))
    os.environ["REVIEW_EDITOR_HOME"] = str(home / "app-data")
    # Qt Quick's software renderer lets grab() capture the web preview (under Xvfb the
    # OpenGL one draws it where grab() cannot see it).
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    try:
        return _shoot(home, args.out, width, height, args.settle)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _shoot(home: Path, out: Path, width: int, height: int, settle: int) -> int:
    from PySide6.QtCore import QSize, QTimer
    from PySide6.QtWidgets import QApplication

    from review_editor import app, resources

    workspace = home / "Documents" / "Review Editor"
    workspace.mkdir(parents=True)
    for example in resources.examples_dir().glob("*.json"):
        shutil.copyfile(example, workspace / example.name)

    window = app.open_window(workspace / RECORD, documents_dir=home / "Documents")  # as main
    qt = QApplication.instance()
    assert qt is not None
    window.apply_default_layout(QSize(width, height))
    window.move(0, 0)

    def done() -> bool:
        preview = getattr(window, "preview", None)
        checks = getattr(window, "checks", None)
        return (preview is None or preview.attached and preview.controller.paint_count > 0) \
            and (checks is None or checks.ready)

    def wait_then_settle(waited: int = 0) -> None:
        if done() or waited > 20_000:
            QTimer.singleShot(settle, qt.quit)
        else:
            QTimer.singleShot(100, lambda: wait_then_settle(waited + 100))

    wait_then_settle()
    qt.exec()
    if window.size() != QSize(width, height):
        print(f"warning: the window is {window.width()}×{window.height()}, not "
              f"{width}×{height}; is the screen large enough?", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(out)
    window.controller.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
