"""The templates shipped compiled to Python (resources/templates/compiled.zip) are what the
templates compile to, and a template changed since they were written is used as it is."""

from __future__ import annotations

import importlib.util
import marshal
import shutil
import zipfile
from pathlib import Path

import pytest
from jinja2 import FileSystemLoader, ModuleLoader

from review_editor import resources
from review_editor.render import templating


def compiled(folder: Path) -> tuple[dict[str, bytes], str]:
    """The compiled modules (and their bytecode for this Python, if it is the one that
    wrote them), by name, and the manifest's text."""
    with zipfile.ZipFile(folder / templating.COMPILED) as archive:
        modules = {name: archive.read(name) for name in sorted(archive.namelist())}
    ours = {name: data for name, data in modules.items()
            if not name.endswith(".pyc") or data[:4] == importlib.util.MAGIC_NUMBER}
    return ours, (folder / templating.MANIFEST).read_text(encoding="utf-8")


def test_the_shipped_compiled_templates_are_current(tmp_path: Path):
    templating.compile_templates(resources.templates_dir(), tmp_path / templating.COMPILED)
    shipped, written = compiled(resources.templates_dir()), compiled(tmp_path)
    assert {name for name in shipped[0] if name.endswith(".py")} \
        == {name for name in written[0] if name.endswith(".py")}
    for name, data in shipped[0].items():  # bytecode of another Python version is not read
        assert _readable(written[0][name], name) == _readable(data, name), (
            "the templates or Jinja2 changed: run `python -m review_editor.render.templating` "
            "and commit resources/templates/compiled.zip and compiled.json")
    assert shipped[1] == written[1]


def _readable(data: bytes, name: str) -> object:
    """Bytecode as its header and code object (marshal's bytes depend on the process)."""
    return (data[:16], marshal.loads(data[16:])) if name.endswith(".pyc") else data


def test_the_compiled_templates_load_from_their_bytecode():
    """Each module's bytecode is beside it, for the source it was compiled from."""
    with zipfile.ZipFile(resources.templates_dir() / templating.COMPILED) as archive:
        names = set(archive.namelist())
        for name in (name for name in names if name.endswith(".py")):
            assert name + "c" in names
            bytecode, source = archive.read(name + "c"), archive.read(name)
            assert int.from_bytes(bytecode[4:8], "little") == 0b11  # checked against its hash
            assert bytecode[8:16] == importlib.util.source_hash(source)


@pytest.fixture
def templates_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the templates, with their compiled form, that the environment reads."""
    copy = tmp_path / "templates"
    shutil.copytree(resources.templates_dir(), copy)
    monkeypatch.setattr(resources, "templates_dir", lambda: copy)
    templating.environment.cache_clear()
    templating.blocks.cache_clear()
    yield copy
    templating.environment.cache_clear()
    templating.blocks.cache_clear()


def test_current_compiled_templates_are_used(templates_copy: Path):
    env = templating.environment()
    assert isinstance(env.loader, ModuleLoader)
    page = env.get_template("blocks.html").module.title("title", "A <b>title</b>")
    assert "A &lt;b&gt;title&lt;/b&gt;" in str(page)


def test_a_template_changed_since_it_was_compiled_is_used_as_it_is(templates_copy: Path):
    blocks = templates_copy / "blocks.html"
    text = blocks.read_text(encoding="utf-8")
    assert "{% macro title(" in text
    blocks.write_text(text.replace("{% macro title(", "{% macro renamed_title("),
                      encoding="utf-8")
    env = templating.environment()
    assert isinstance(env.loader, FileSystemLoader)
    module = env.get_template("blocks.html").module
    assert hasattr(module, "renamed_title") and not hasattr(module, "title")


def test_compiled_templates_for_another_jinja2_are_not_used(
        templates_copy: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(templating.jinja2, "__version__", "0.0.0")
    assert isinstance(templating.environment().loader, FileSystemLoader)
