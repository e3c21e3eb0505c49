"""The layering rules of docs/architecture.md, read from every module's import statements
(those under ``if TYPE_CHECKING:`` and inside functions count too)."""

from __future__ import annotations

import ast
from pathlib import Path

import review_editor

PACKAGE = Path(review_editor.__file__).parent
DOMAIN = ("model", "storage", "render", "checks", "importers", "export")
QT = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported_by(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports resolved; ``from a import b`` counts
    as importing ``a.b`` too when that is a module."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names
                         if f"{target}.{alias.name}" in MODULES)
    return found


IMPORTS = {name: imported_by(path) for name, path in MODULES.items()}


def importers_of(predicate) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for name, targets in IMPORTS.items()
            if any(predicate(target) for target in targets)}


def is_under(target: str, package: str) -> bool:
    return target == package or target.startswith(package + ".")


def test_the_rules_see_the_whole_package():
    assert len(MODULES) > 100
    assert "review_editor.ui.window.main_window" in IMPORTS["review_editor.app"]


def test_only_the_composition_root_imports_the_main_window():
    found = importers_of(lambda target: target.rpartition(".")[2] == "main_window")
    assert found == {"review_editor.app"}


def test_only_the_command_line_imports_the_composition_root():
    found = importers_of(lambda target: target == "review_editor.app")
    assert found == {"review_editor.cli"}


def test_domain_packages_import_no_qt_and_no_ui():
    for package in DOMAIN:
        for name, targets in IMPORTS.items():
            if not is_under(name, f"review_editor.{package}"):
                continue
            bad = sorted(target for target in targets
                         if any(is_under(target, qt) for qt in QT)
                         or is_under(target, "review_editor.ui")
                         or target in ("review_editor.app", "review_editor.cli"))
            assert not bad, f"{name} imports {bad}"


def test_the_window_has_no_import_loop():
    """Modules under ui/ form no cycle: each can be read knowing only those below it."""
    ui = {name: {target for target in targets if is_under(target, "review_editor.ui")
                 and target in MODULES and target != name}
          for name, targets in IMPORTS.items() if is_under(name, "review_editor.ui")}
    # A package's __init__ may re-export its own modules: that is not a loop between roles.
    ui = {name: {target for target in targets
                 if not (MODULES[target].name == "__init__.py" and is_under(name, target))}
          for name, targets in ui.items()}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for target in sorted(ui[name]):
            if state.get(target) == 1:
                loop = path[path.index(target):] + [target]
                raise AssertionError("import loop: " + " → ".join(loop))
            if target not in state:
                visit(target)
        path.pop()
        state[name] = 2

    for name in sorted(ui):
        if name not in state:
            visit(name)


#: Data tables (lexicons, word lists) may run past 600 lines; each is named here, and holds
#: nothing but data (checked below).
DATA_TABLES = frozenset({"review_editor.checks.people_words"})


def holds_only_data(path: Path) -> bool:
    """Only a docstring, imports and assignments at the top level: no function, no class."""
    statements = ast.parse(path.read_text(encoding="utf-8")).body
    return all(isinstance(node, (ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign))
               or (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
               for node in statements)


def test_every_module_is_small():
    """No module of the package is over 600 lines, data tables aside."""
    long = {name: lines for name, path in MODULES.items() if name not in DATA_TABLES
            and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long, long


def test_the_modules_allowed_to_be_long_are_data_tables():
    assert MODULES.keys() >= DATA_TABLES
    assert all(holds_only_data(MODULES[name]) for name in DATA_TABLES)
    assert not holds_only_data(MODULES["review_editor.render.page"])
