"""Screenshots of the editor's main tasks, for the documentation and for judging the window.

    .venv/bin/python scripts/screenshot.py                 # every task, 1366×768 and 1280×720
    .venv/bin/python scripts/screenshot.py --size 1366x768 --only findings
    .venv/bin/python scripts/screenshot.py --size 911x512 --font-scale 150   # a large font

Runs on a display or headless (QT_QPA_PLATFORM=offscreen is set when there is no display).
It uses a throwaway app-data folder and a copy of the bundled examples, so your settings and
records are untouched, and writes docs/screenshots/<task>-<W>x<H>.png (<task>-<W>x<H>-font<P>.png
with --font-scale): first start, an empty
folder, editing the body, findings, new record, import, export, versions, preview mode, the
organisation profile and a bilingual record; docs/screenshots/main-window.png is the
1366×768 editing view (used by the README).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RECORD = "thematic-review-into-cse-in-bradford.json"
IMPORT_SAMPLE = REPO / "tests" / "importers" / "samples" / "bradford-cse-review-news.txt"
SIZES = ("1366x768", "1280x720")
TASKS = ("first-start", "empty-folder", "editing-body", "findings", "new-record", "import",
         "export", "versions", "preview-mode", "profile", "bilingual")
BILINGUAL = "adult-practice-review-adult-g.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeatable); "
                        "default: 1366x768 and 1280x720")
    parser.add_argument("--only", action="append", choices=TASKS, help="tasks to shoot")
    parser.add_argument("--font-scale", type=int, default=100, metavar="PERCENT",
                        help="the application's font at PERCENT of its usual size, as an "
                        "officer who enlarges text sees the window (default: 100)")
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    # Qt Quick's software renderer lets grab() capture the web preview.
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    tasks = args.only or list(TASKS)
    sizes = args.size or list(SIZES)
    from review_editor import app

    application = app.create_application()
    if args.font_scale != 100:
        font = application.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale / 100)
        application.setFont(font)
    for size in sizes:
        width, height = (int(part) for part in size.lower().split("x"))
        home = Path(tempfile.mkdtemp(prefix="review-editor-screenshot-"))
        try:
            Shooter(home, args.out, width, height, args.font_scale).run(tasks)
        finally:
            shutil.rmtree(home, ignore_errors=True)
    return 0


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout: int = 20_000) -> None:
    waited = 0
    while not condition() and waited < timeout:
        wait(100)
        waited += 100


class Shooter:
    def __init__(self, home: Path, out: Path, width: int, height: int,
                 font_scale: int = 100) -> None:
        self.home, self.out, self.width, self.height = home, out, width, height
        self.font_scale = font_scale
        os.environ["REVIEW_EDITOR_HOME"] = str(home / "app-data")
        self.documents = home / "Documents"
        self.documents.mkdir(parents=True)
        self.window: Any = None
        from review_editor.storage.profile import set_officer_display_name

        set_officer_display_name("Sam Patel")  # a fictional officer, shown with versions

    # windows ------------------------------------------------------------------------------
    def open(self, path: Path | None) -> Any:
        from PySide6.QtCore import QSize

        from review_editor import app

        if self.window is not None:
            self.window.controller.undo_stack.setClean()
            self.window.close()
            self.window.deleteLater()
        window = self.window = app.build_main_window(path, documents_dir=self.documents)
        window.show()
        window.apply_default_layout(QSize(self.width, self.height))
        window.move(0, 0)
        wait_until(lambda: window.preview.attached or True)
        self.settle()
        if (window.width(), window.height()) != (self.width, self.height):
            least = window.minimumSizeHint()
            print(f"the window is {window.width()}x{window.height()}, not {self.width}x"
                  f"{self.height}: its least size is {least.width()}x{least.height()}",
                  file=sys.stderr)
        return window

    def settle(self) -> None:
        window = self.window
        wait_until(lambda: window.controller.current is None or (
            window.checks.ready and (not window.preview.attached
                                     or window.preview.controller.paint_count > 0)))
        wait(600)

    def save(self, name: str, pixmap: Any) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        font = "" if self.font_scale == 100 else f"-font{self.font_scale}"
        path = self.out / f"{name}-{self.width}x{self.height}{font}.png"
        pixmap.save(str(path))
        print(path)
        if name == "editing-body" and (self.width, self.height) == (1366, 768) and not font:
            pixmap.save(str(self.out / "main-window.png"))

    def shoot(self, name: str) -> None:
        self.save(name, self.window.grab())

    def shoot_dialog(self, name: str, open_dialog: Callable[[], object],
                     prepare: Callable[[Any], None] | None = None) -> None:
        """Opens a (modal) dialog, grabs it drawn over the window, then closes it."""
        from PySide6.QtCore import QPoint, QTimer
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QApplication, QDialog

        def grab() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                dialogs = [w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QDialog) and w.isVisible()]
                dialog = dialogs[-1] if dialogs else None
            if dialog is None:
                QTimer.singleShot(200, grab)
                return
            if prepare is not None:
                prepare(dialog)
            wait(400)
            canvas = self.window.grab()
            picture = dialog.grab()
            painter = QPainter(canvas)
            painter.fillRect(canvas.rect(), QColorHalf())
            at = QPoint(max(0, (canvas.width() - picture.width()) // 2),
                        max(0, (canvas.height() - picture.height()) // 2))
            painter.drawPixmap(at, picture)
            painter.end()
            self.save(name, canvas)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

        QTimer.singleShot(300, grab)
        result = open_dialog()
        wait(300)
        if result is not None and hasattr(result, "isVisible") and result.isVisible():
            grab()

    # the tasks ----------------------------------------------------------------------------
    def run(self, tasks: list[str]) -> None:
        from review_editor import resources

        if "first-start" in tasks:
            self.open(None)
            self.shoot("first-start")
            self.window.welcome.dismiss()
        if "empty-folder" in tasks:
            # A folder with no records yet: what the window says before anything is open.
            empty = self.documents / "New records"
            empty.mkdir(parents=True, exist_ok=True)
            self.open(empty)
            wait(800)
            self.shoot("empty-folder")
        workspace = self.documents / "Review Editor"
        workspace.mkdir(parents=True, exist_ok=True)
        for example in resources.examples_dir().glob("*.json"):
            if not (workspace / example.name).exists():
                shutil.copyfile(example, workspace / example.name)
        window = self.open(workspace / RECORD)
        if "editing-body" in tasks:
            window.form.focus_field("body.0.markdown")
            wait(300)
            self.shoot("editing-body")
        if "findings" in tasks:
            window.checks.go_to_next(True)
            wait(300)
            self.shoot("findings")
        if "versions" in tasks:
            window.form.set_value("summary", str(window.controller.current.document.get(
                "summary")) + " The review's full report is below.")
            window.controller.save()
            wait_until(lambda: not window.controller.saving)
            wait(1100)
            window.form.set_value("summary", str(window.controller.current.document.get(
                "summary")).replace(" The review's full report is below.", ""))
            window.controller.save()
            wait_until(lambda: not window.controller.saving)
            self.shoot_dialog("versions", window.never_lose.show_versions,
                              prepare=_select_first_version)
        if "export" in tasks:
            self.shoot_dialog("export", window.exports.export_current)
        if "preview-mode" in tasks:
            window.preview_mode.action.setChecked(True)
            wait(1200)
            self.shoot("preview-mode")
            window.preview_mode.action.setChecked(False)
            wait(300)
        if "profile" in tasks:
            self.shoot_dialog("profile", window.edit_branding)
        if "import" in tasks and IMPORT_SAMPLE.is_file():
            self.shoot_dialog("import", lambda: window.imports.import_file(IMPORT_SAMPLE))
        if "new-record" in tasks:
            window.status.clearMessage()
            window.new_record("review_notice")
            self.settle()
            self.shoot("new-record")
            window.controller.undo_stack.setClean()
        window.controller.undo_stack.setClean()
        if "bilingual" in tasks:
            # The bilingual example: English and Cymraeg side by side in the form, and the
            # preview where the English copy ends and the Welsh one begins.
            window = self.open(workspace / BILINGUAL)
            window.form.focus_field("body.1.markdown_cy")
            window.preview.view.page.runJavaScript(
                "document.querySelector('#en-f-change-log').scrollIntoView()", 1)
            wait(800)
            self.shoot("bilingual")
            window.controller.undo_stack.setClean()
        window.close()


def QColorHalf() -> Any:  # noqa: N802 - reads as a colour
    from PySide6.QtGui import QColor

    return QColor(0, 0, 0, 60)


def _select_first_version(dialog: Any) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    views = dialog.findChildren(QAbstractItemView)
    for view in views:
        model = view.model()
        if model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            break


if __name__ == "__main__":
    sys.exit(main())
