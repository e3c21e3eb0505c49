"""The templates shipped compiled to Python (resources/templates/compiled.zip) are what the
templates compile to, and a template changed since they were written is used as it is."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from jinja2 import FileSystemLoader, ModuleLoader

from review_editor import resources
from review_editor.render import templating


def compiled(folder: Path) -> tuple[dict[str, bytes], str]:
    """The compiled modules, by name, and the manifest's text."""
    with zipfile.ZipFile(folder / templating.COMPILED) as archive:
        modules = {name: archive.read(name) for name in sorted(archive.namelist())}
    return modules, (folder / templating.MANIFEST).read_text(encoding="utf-8")


def test_the_shipped_compiled_templates_are_current(tmp_path: Path):
    templating.compile_templates(resources.templates_dir(), tmp_path / templating.COMPILED)
    assert compiled(resources.templates_dir()) == compiled(tmp_path), (
        "the templates or Jinja2 changed: run `python -m review_editor.render.templating` "
        "and commit resources/templates/compiled.zip and compiled.json")


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
