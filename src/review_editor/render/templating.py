"""The one Jinja2 environment: templates and CSS from ``resources/templates``, autoescaping
on, and an error for any undefined name rather than an empty string.

The templates are also shipped compiled to Python, zipped (``resources/templates/
compiled.zip``, with ``compiled.json`` saying what they were made from): Jinja2 compiling
``blocks.html`` took about 30 ms of the way to the preview's first page, Python compiling
the generated module about 10, loading its bytecode (in the zip beside it, checked against
its source's hash; another Python version compiles the source instead) about 1. They are
used only while they match the templates and the installed Jinja2 (else the templates are
compiled as before);
``python -m review_editor.render.templating`` writes them again, and a test fails if they
are out of date.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import BaseLoader, Environment, FileSystemLoader, ModuleLoader, StrictUndefined

from .. import resources
from .wording import t

COMPILED = "compiled.zip"
MANIFEST = "compiled.json"


@lru_cache(maxsize=1)
def environment() -> Environment:
    templates = resources.templates_dir()
    current = compiled_manifest(templates) == _read_manifest(templates / MANIFEST)
    return _environment(ModuleLoader(str(templates / COMPILED)) if current
                        else FileSystemLoader(str(templates)))


def _environment(loader: BaseLoader) -> Environment:
    env = Environment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = t  # the page's fixed words, in the language being rendered
    return env


@lru_cache(maxsize=1)
def blocks() -> Any:
    """The macros of ``blocks.html``, one per block of the page."""
    return environment().get_template("blocks.html").module


@lru_cache(maxsize=4)
def stylesheet(name: str = "page.css") -> str:
    return resources.read_text("templates", name)


# the compiled templates ------------------------------------------------------------------

def _templates(templates: Path) -> list[Path]:
    return sorted(templates.glob("*.html"))


def compiled_manifest(templates: Path) -> dict[str, Any]:
    """What the compiled templates must have been made from: the Jinja2 version and each
    template's SHA-256."""
    return {"jinja2": jinja2.__version__,
            "templates": {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
                          for path in _templates(templates)}}


def _read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def compile_templates(templates: Path, target: Path) -> None:
    """Write the templates compiled to Python into the zip file ``target``, and their
    manifest beside it (``MANIFEST`` in the same folder)."""
    names = [path.name for path in _templates(templates)]
    _environment(FileSystemLoader(str(templates))).compile_templates(
        str(target), zip="deflated", filter_func=names.__contains__, ignore_errors=False)
    _add_bytecode(target)
    manifest = json.dumps(compiled_manifest(templates), indent=2, sort_keys=True)
    (target.parent / MANIFEST).write_text(manifest + "\n", encoding="utf-8")


def _add_bytecode(target: Path) -> None:
    """Each compiled module's bytecode beside it in the zip, checked against the source's
    hash when imported (a stale or foreign one is passed over for the source)."""
    import py_compile  # the build's modules: not loaded to render a page
    import tempfile
    import zipfile

    with zipfile.ZipFile(target) as archive:
        sources = {name: archive.read(name) for name in archive.namelist()
                   if name.endswith(".py")}
    with tempfile.TemporaryDirectory() as folder, \
            zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, source in sorted(sources.items()):
            source_path = Path(folder) / name
            source_path.write_bytes(source)
            compiled = py_compile.compile(
                str(source_path), cfile=str(source_path) + "c", dfile=name, doraise=True,
                invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
            entry = zipfile.ZipInfo(name + "c", date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, Path(str(compiled)).read_bytes())


if __name__ == "__main__":
    compile_templates(resources.templates_dir(), resources.templates_dir() / COMPILED)
    sys.exit(0)
