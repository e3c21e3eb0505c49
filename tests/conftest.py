"""Test setup: Qt offscreen, QtWebEngine without its sandbox (tests may run as root), and
all app data (settings, backups, recovery, deny-lists) in a temporary folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")
_HOME = tempfile.mkdtemp(prefix="review-editor-test-home-")
os.environ["REVIEW_EDITOR_HOME"] = _HOME
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# In CI the property tests draw the same examples every run, so a landing is judged on the
# code, not on the draw; locally each run draws new ones (and replays what failed before).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

from review_editor import resources  # noqa: E402
from review_editor.ui.preview import register_scheme  # noqa: E402

# QtWebEngine requires custom URL schemes to be declared before the QApplication exists.
register_scheme()

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty app-data folder for one test."""
    home = tmp_path / "app-home"
    monkeypatch.setenv("REVIEW_EDITOR_HOME", str(home))
    return home


@pytest.fixture
def examples_dir() -> Path:
    return resources.examples_dir()


@pytest.fixture
def workspace(tmp_path: Path, examples_dir: Path) -> Path:
    """A copy of the bundled examples in a temporary folder, safe to modify."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    for source in sorted(examples_dir.glob("*.json")):
        (folder / source.name).write_bytes(source.read_bytes())
    return folder
