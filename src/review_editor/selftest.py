"""``review-editor self-test``: the main path, headless, on the bundled examples.

It is the smoke test of a frozen build: every step exercises something a broken bundle
loses first (resource files, compiled extensions, data files of dependencies, the Qt
WebEngine process and its resources). Each step prints ``ok <step>`` or
``FAIL <step>: reason``; a package that is missing is a failure, never a skip. Exit status
0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import html
import importlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import resources
from .model import LONDON

Output = Callable[[str], None]
WEBENGINE_TIMEOUT_MS = 60_000


class StepFailed(Exception):
    """A step found something wrong; the message says what."""


@dataclass
class SelfTest:
    """What the steps share: the clock, a scratch folder and what earlier steps produced."""

    folder: Path
    now: datetime = field(default_factory=lambda: datetime.now(LONDON))
    records: dict[str, Any] = field(default_factory=dict)  # example file name → record
    profile: Path | None = None  # the organisation profile given, else the workspace's
    branding: Any = None  # what the profile step made of it
    pages: dict[str, str] = field(default_factory=dict)  # example file name → HTML page

    def loaded(self) -> dict[str, Any]:
        if not self.records:
            raise StepFailed("no example was loaded")
        return self.records


def _require(module: str, name: str | None = None) -> Any:
    """Import ``module`` (and take ``name`` from it); a missing one fails the step."""
    try:
        imported = importlib.import_module(module)
    except ImportError as error:
        raise StepFailed(f"{module} is not available ({error})") from None
    if name is None:
        return imported
    try:
        return getattr(imported, name)
    except AttributeError:
        raise StepFailed(f"{module} has no {name}") from None


# steps --------------------------------------------------------------------------------------

def step_resources(state: SelfTest) -> None:
    root = resources.root()
    for folder in ("examples", "templates", "new", "icons", "fonts"):
        if not (root / folder).is_dir():
            raise StepFailed(f"the bundled {folder}/ folder is missing from {root}")
    if not (root / "icons" / "review-editor.ico").is_file():
        raise StepFailed("the application icon is missing")
    if not list((root / "fonts").glob("*.ttf")) or not (root / "templates" / "page.typ").is_file():
        raise StepFailed("the PDF's fonts or its Typst template are missing")


def step_examples(state: SelfTest) -> None:
    load_record = _require("review_editor.storage", "load_record")
    files = sorted(resources.examples_dir().glob("*.json"))
    if not files:
        raise StepFailed("no example records are bundled")
    for path in files:
        loaded = load_record(path)  # a LoadError names the file and the problem
        if loaded.record.title.strip() == "":
            raise StepFailed(f"{path.name} loaded without a title")
        state.records[path.name] = loaded.record


def step_profile(state: SelfTest) -> None:
    """The organisation profile loads (a damaged one fails here); its branding is used."""
    applied_profile = _require("review_editor.profile", "applied_profile")
    applied = applied_profile(None, state.profile)
    if applied.problems:
        raise StepFailed(f"{applied.path}: " + "; ".join(applied.problems))
    state.branding = applied.branding


def step_render(state: SelfTest) -> None:
    render_page = _require("review_editor.render", "render_page")
    for name, record in state.loaded().items():
        page = render_page(record, now=state.now, branding=state.branding)
        if not isinstance(page, str) or "<html" not in page[:500].lower():
            raise StepFailed(f"{name}: the rendered page is not an HTML document")
        if record.title not in html.unescape(page):
            raise StepFailed(f"{name}: the title is not on the rendered page")
        state.pages[name] = page


def step_checks(state: SelfTest) -> None:
    run_checks = _require("review_editor.checks", "run_checks")
    check_context = _require("review_editor.checks", "CheckContext")
    issue_type = _require("review_editor.checks", "Issue")
    for name, record in state.loaded().items():
        issues = run_checks(record, check_context(now=state.now))
        if not isinstance(issues, list):
            raise StepFailed(f"{name}: run_checks returned {type(issues).__name__}, not a list")
        for issue in issues:
            if not isinstance(issue, issue_type) or not re.fullmatch(r"C\d+(\.\d+)?", issue.code):
                raise StepFailed(f"{name}: a malformed finding: {issue!r}")


def step_webengine(state: SelfTest) -> None:
    """Qt WebEngine (the preview) starts its helper process, loads a page and gives back
    the text it laid out. The command line runs no event loop, so this step delivers Qt's
    events itself until the answer comes (no loop runs inside another)."""
    app = _ensure_qt_application()
    import shiboken6
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

    profile = QWebEngineProfile()  # off the record
    page = QWebEnginePage(profile)
    outcome: dict[str, Any] = {}

    def loaded(ok: bool) -> None:
        outcome["loaded"] = ok
        if ok:
            page.toPlainText(read)
        else:
            outcome["done"] = True

    def read(text: str) -> None:
        outcome["text"] = text
        outcome["done"] = True

    page.loadFinished.connect(loaded)
    page.setHtml("<!doctype html><html lang='en-GB'><title>Self-test</title>"
                 "<p>Review Editor self-test page</p></html>")
    deadline = time.monotonic() + WEBENGINE_TIMEOUT_MS / 1000
    while "done" not in outcome and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    shiboken6.delete(page)  # before its profile, which Qt wants outliving every page
    if "loaded" not in outcome:
        raise StepFailed("the page did not load within "
                         f"{WEBENGINE_TIMEOUT_MS // 1000} s (is QtWebEngineProcess bundled?)")
    if not outcome["loaded"]:
        raise StepFailed("the page failed to load")
    if "self-test page" not in outcome.get("text", ""):
        raise StepFailed("the page's text did not come back from Qt WebEngine")


# Exporters: review_editor.export.<format>.export_<format>(record, folder, *, now, branding)
# writes one file into the folder and returns its path.
def _export(fmt: str, state: SelfTest, record: Any) -> Path:
    exporter = _require(f"review_editor.export.{fmt}", f"export_{fmt}")
    folder = state.folder / fmt
    folder.mkdir(exist_ok=True)
    written = exporter(record, folder, now=state.now, branding=state.branding)
    path = Path(written) if written is not None else None
    if path is None or not path.is_file():
        raise StepFailed(f"export_{fmt} wrote no file")
    return path


_SCRIPT_TAG = re.compile(r"<script\b(?![^>]*type=\"application/ld\+json\")", re.IGNORECASE)
# Anything an element loads (img, iframe, source…) must be inline; only data: URLs are.
_NON_DATA_SRC = re.compile(r"""\bsrc\s*=\s*(?!["']?data:)""", re.IGNORECASE)
_STYLESHEET_LINK = re.compile(r"<link\b[^>]*rel=[\"']?stylesheet", re.IGNORECASE)


def step_export_html(state: SelfTest) -> None:
    for name, record in state.loaded().items():
        text = _export("html", state, record).read_text(encoding="utf-8")
        if not text.lstrip().lower().startswith("<!doctype html"):
            raise StepFailed(f"{name}: the export is not an HTML document")
        if "Content-Security-Policy" not in text:
            raise StepFailed(f"{name}: the export has no Content-Security-Policy")
        if _SCRIPT_TAG.search(text):
            raise StepFailed(f"{name}: the export contains an executable script")
        if _STYLESHEET_LINK.search(text) or _NON_DATA_SRC.search(text):
            raise StepFailed(f"{name}: the export loads a stylesheet or image from outside")
        if record.title not in html.unescape(text):
            raise StepFailed(f"{name}: the title is missing from the export")
        brand = state.branding.organisation_name if state.branding is not None else ""
        if brand and brand not in html.unescape(text):
            raise StepFailed(f"{name}: the organisation profile's name is not in the export")


def step_export_pdf(state: SelfTest) -> None:
    pdf_reader = _require("pypdf", "PdfReader")
    for name, record in state.loaded().items():
        reader = pdf_reader(str(_export("pdf", state, record)))
        if len(reader.pages) < 1:
            raise StepFailed(f"{name}: the PDF has no page")
        if (reader.metadata or {}).get("/Title") != record.title:
            raise StepFailed(f"{name}: the PDF's title is not the record's")
        catalog = reader.trailer["/Root"]
        if "/Lang" not in catalog:
            raise StepFailed(f"{name}: the PDF does not declare its language")
        if "/StructTreeRoot" not in catalog or not (catalog.get("/MarkInfo") or {}).get(
                "/Marked"):
            raise StepFailed(f"{name}: the PDF is not tagged")


def step_export_docx(state: SelfTest) -> None:
    document_class = _require("docx", "Document")
    for name, record in state.loaded().items():
        document = document_class(str(_export("docx", state, record)))
        if document.core_properties.title != record.title:
            raise StepFailed(f"{name}: the document's title property is not the record's")
        if not any(p.style is not None and p.style.name.startswith(("Heading", "Title"))
                   for p in document.paragraphs):
            raise StepFailed(f"{name}: the document has no heading")


STEPS: list[tuple[str, Callable[[SelfTest], None]]] = [
    ("resources", step_resources),
    ("examples", step_examples),
    ("profile", step_profile),
    ("render", step_render),
    ("checks", step_checks),
    ("webengine", step_webengine),
    ("export-html", step_export_html),
    ("export-pdf", step_export_pdf),
    ("export-docx", step_export_docx),
]


def run_self_test(out: Output = print, profile: Path | None = None) -> int:
    """Run every step, report one line each, and return 0 when all of them passed."""
    failed = 0
    with tempfile.TemporaryDirectory(prefix="review-editor-self-test-") as scratch:
        state = SelfTest(folder=Path(scratch), profile=profile)
        for name, step in STEPS:
            try:
                step(state)
            except StepFailed as failure:
                out(f"FAIL {name}: {failure}")
                failed += 1
            except Exception as error:  # noqa: BLE001 - a broken step must not stop the rest
                out(f"FAIL {name}: {type(error).__name__}: {error}")
                failed += 1
            else:
                out(f"ok {name}")
    out(f"self-test: {len(STEPS) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


# helpers ------------------------------------------------------------------------------------

def _ensure_qt_application() -> Any:
    """The running QApplication, or a new one set up as Qt WebEngine needs it."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (a container's smoke test).
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    try:
        from PySide6 import QtWebEngineCore  # noqa: F401  (must load before the application)
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        raise StepFailed(f"Qt WebEngine is not available ({error})") from None
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise StepFailed("a non-GUI Qt application is already running")
        return existing
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication([sys.argv[0] if sys.argv else "review-editor"])
    _keep_alive.append(app)
    return app


_keep_alive: list[Any] = []
