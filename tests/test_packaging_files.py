"""The Windows packaging files agree with each other and say what they must.

The build itself (PyInstaller, Inno Setup) runs in the Windows workflow and in
packaging/build.sh; these tests read the files, so they run everywhere in a second.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import review_editor
from review_editor import app

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
WORKFLOW = REPO / ".github" / "workflows" / "windows.yml"
ISS = PACKAGING / "windows" / "review-editor.iss"
SPEC = PACKAGING / "pyinstaller" / "review-editor.spec"
ICONS = REPO / "resources" / "icons"


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Inno Setup script -------------------------------------------------------------------------

def iss_sections(text: str) -> dict[str, list[str]]:
    """Section name → its lines, without comments, blank lines or preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            assert current is not None, f"a line outside any section: {line}"
            sections[current].append(line)
    return sections


def iss_directives(lines: list[str]) -> dict[str, str]:
    pairs = [line.split("=", 1) for line in lines]
    return {key.strip(): value.strip() for key, value in pairs}


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Filename: "y"; Flags: a b`` lines → dicts (quotes removed)."""
    entries = []
    for line in lines:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line)
        entries.append({key: value.strip().strip('"') for key, value in fields})
    return entries


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return iss_sections(ISS.read_text(encoding="utf-8"))


def test_setup_installs_per_user_without_admin(iss: dict[str, list[str]]) -> None:
    setup = iss_directives(iss["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never an all-users install
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\Review Editor"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#AppVersion}"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["OutputBaseFilename"] == "review-editor-setup"


def test_setup_icon_and_uninstaller_icon(iss: dict[str, list[str]]) -> None:
    setup = iss_directives(iss["Setup"])
    icon = (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == ICONS / "review-editor.ico" and icon.is_file()
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExeName}"
    assert setup.get("Uninstallable", "yes") == "yes"


def test_version_comes_from_the_build() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifndef AppVersion\s+#error", text)
    assert "/DAppVersion=" in WORKFLOW.read_text(encoding="utf-8")


def test_start_menu_entry_opens_the_windowed_exe(iss: dict[str, list[str]]) -> None:
    defines = iss_defines(ISS.read_text(encoding="utf-8"))
    assert defines["AppExeName"] == "review-editor-gui.exe"
    assert defines["AppUserModelID"] == app.APP_USER_MODEL_ID
    start_menu = [e for e in iss_entries(iss["Icons"]) if e["Name"].startswith("{autoprograms}")]
    assert len(start_menu) == 1
    (entry,) = start_menu
    assert entry["Filename"] == r"{app}\{#AppExeName}"
    assert entry["AppUserModelID"] == "{#AppUserModelID}"
    assert "Tasks" not in entry  # always created, not optional


def test_files_recurse_the_onedir(iss: dict[str, list[str]]) -> None:
    defines = iss_defines(ISS.read_text(encoding="utf-8"))
    (entry,) = iss_entries(iss["Files"])
    assert entry["Source"] == r"{#SourceDir}\*"
    assert entry["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(entry["Flags"].split())
    source = (ISS.parent / defines["SourceDir"].replace("\\", "/")).resolve()
    assert source == PACKAGING / "dist" / "review-editor"  # where build.sh and the spec put it
    (stale,) = iss_entries(iss["InstallDelete"])
    assert stale == {"Type": "filesandordirs", "Name": r"{app}\_internal"}


def test_the_iss_parser_reads_entries() -> None:
    line = 'Name: "{autoprograms}\\A"; Filename: "{app}\\a.exe"; Flags: x y'
    assert iss_entries([line]) == [
        {"Name": "{autoprograms}\\A", "Filename": "{app}\\a.exe", "Flags": "x y"}]


# PyInstaller spec and its helper --------------------------------------------------------------

def spec_calls(name: str) -> list[ast.Call]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]


def keyword(call: ast.Call, name: str) -> object:
    (value,) = [kw.value for kw in call.keywords if kw.arg == name]
    return ast.literal_eval(value)


def test_spec_builds_one_folder_with_a_console_and_a_windowed_exe() -> None:
    exes = {keyword(call, "name"): keyword(call, "console") for call in spec_calls("EXE")}
    assert exes == {"review-editor": True, "review-editor-gui": False}
    (collect,) = spec_calls("COLLECT")
    assert keyword(collect, "name") == "review-editor"
    text = SPEC.read_text(encoding="utf-8")
    assert "exclude_binaries=True" in text  # onedir: binaries go to COLLECT
    assert 'datas = [(str(REPO / "resources"), "review_editor/resources")]' in text
    assert '"PySide6.QtWebEngineCore"' in text and "upx=False" in text


def test_project_info_reads_name_and_version_from_pyproject() -> None:
    info = load_module(PACKAGING / "pyinstaller" / "project_info.py")
    assert info.name() == "review-editor"
    assert info.version() == review_editor.__version__
    assert info.windows_version("1.2.3") == (1, 2, 3, 0)
    assert info.windows_version("2.0rc1") == (2, 0, 0, 0)
    assert info.windows_version("1.2.3.4") == (1, 2, 3, 4)
    with pytest.raises(ValueError):
        info.windows_version("v1")
    with pytest.raises(ValueError):
        info.windows_version("70000.1")


def test_project_info_reads_a_static_version(tmp_path: Path) -> None:
    info = load_module(PACKAGING / "pyinstaller" / "project_info.py")
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nversion = "3.4.5"\n', encoding="utf-8")
    assert info.version(pyproject) == "3.4.5"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_build_script_is_valid_bash_and_executable() -> None:
    script = PACKAGING / "build.sh"
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "packaging/pyinstaller/review-editor.spec" in text and "self-test" in text


# Workflow ----------------------------------------------------------------------------------

REQUIRED_STEPS = [  # patterns, in this order
    r"uses: actions/checkout@v\d",
    r"uses: actions/setup-python@v\d",
    r'pip install .*-e "\.\[test\]"',
    r"python -m pytest",
    r"PyInstaller .*\n.*\n\s*packaging/pyinstaller/review-editor\.spec",
    r'review-editor\.exe"? self-test',
    r"iscc \S*/DAppVersion=\$\{\{ steps\.version\.outputs\.version \}\}",
    r'"/VERYSILENT", "/CURRENTUSER", "/NORESTART"',
    r"uses: actions/upload-artifact@v\d",
]


def test_workflow_lines_hold_the_required_steps_in_order() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text
    top_level = [line.split(":")[0] for line in text.splitlines()
                 if line and not line.startswith((" ", "#"))]
    assert top_level == ["name", "on", "permissions", "jobs"]
    assert re.search(r"^jobs:\n  build:\n    runs-on: windows-latest$", text, re.MULTILINE)
    assert re.search(r"^    steps:$", text, re.MULTILINE)
    found = {pattern: re.search(pattern, text) for pattern in REQUIRED_STEPS}
    assert [p for p, match in found.items() if match is None] == []
    positions = [match.start() for match in found.values() if match is not None]
    assert positions == sorted(positions)
    steps = re.findall(r"^      - (?:name|uses): ", text, re.MULTILINE)
    assert len(steps) >= 8


def test_workflow_parses_as_yaml_when_a_parser_is_at_hand() -> None:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        # The structural checks above still hold; here at least every line is plausible YAML.
        for number, line in enumerate(WORKFLOW.read_text(encoding="utf-8").splitlines(), 1):
            indent = len(line) - len(line.lstrip(" "))
            assert indent % 2 == 0, f"line {number}: odd indentation"
        return
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    job = data["jobs"]["build"]
    assert job["runs-on"] == "windows-latest"
    assert all("uses" in step or "run" in step for step in job["steps"])
    uses = [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    assert uses.count("actions/upload-artifact") == 2


# Icons --------------------------------------------------------------------------------------

def test_ico_holds_every_size_from_16_to_256() -> None:
    data = (ICONS / "review-editor.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {(data[6 + 16 * i] or 256, data[7 + 16 * i] or 256) for i in range(count)}
    assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= sizes


def test_png_is_256_pixels_with_alpha() -> None:
    data = (ICONS / "review-editor.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, _depth, colour_type = struct.unpack(">IIBB", data[16:26])
    assert (width, height) == (256, 256)
    assert colour_type == 6  # RGBA: a transparent background


def test_svg_is_the_generator_output() -> None:
    text = (ICONS / "review-editor.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert text == load_module(PACKAGING / "make_icons.py").svg()


# Entry point of the frozen executables ----------------------------------------------------

@pytest.fixture
def entry(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return load_module(PACKAGING / "pyinstaller" / "entry.py")


def test_the_console_exe_runs_the_command_line(
        entry: ModuleType, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.executable", r"C:\Apps\Review Editor\review-editor.exe")
    monkeypatch.setattr("sys.argv", ["review-editor", "--version"])
    assert entry.main() == 0
    assert capsys.readouterr().out.startswith("review-editor ")


def test_the_console_exe_always_has_the_self_test(
        entry: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    from review_editor import cli, selftest

    monkeypatch.delitem(cli.COMMANDS, "self-test", raising=False)  # the case the entry covers
    ran: list[bool] = []
    monkeypatch.setattr(selftest, "run_self_test", lambda *args: ran.append(True) or 0)
    monkeypatch.setattr("sys.executable", "/opt/review-editor/review-editor")
    monkeypatch.setattr("sys.argv", ["review-editor", "self-test"])
    assert entry.main() == 0
    assert ran == [True]


def test_the_windowed_exe_opens_the_editor(
        entry: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[list[str]] = []
    monkeypatch.setattr(app, "main", lambda argv: opened.append(list(argv)) or 0)
    monkeypatch.setattr("sys.executable", r"C:\Apps\Review Editor\review-editor-gui.exe")
    monkeypatch.setattr("sys.argv", ["review-editor-gui", r"C:\Records\a.json"])
    assert entry.main() == 0
    assert opened == [[r"C:\Records\a.json"]]
