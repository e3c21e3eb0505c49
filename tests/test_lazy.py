"""The packages that load their names on first use: every exported name resolves, and to
the object its home module defines."""

from __future__ import annotations

import importlib

import pytest

from review_editor.lazy import lazy_getattr

LAZY_PACKAGES = ("model", "storage", "checks", "export", "render")


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_every_exported_name_resolves(name: str):
    package = importlib.import_module(f"review_editor.{name}")
    missing = [exported for exported in package.__all__ if not hasattr(package, exported)]
    assert missing == []


def test_a_name_may_live_under_another_name_in_its_module():
    from review_editor.storage import filename_problems
    from review_editor.storage.names import problems

    assert filename_problems is problems


def test_an_unknown_name_is_an_attribute_error():
    hook = lazy_getattr("review_editor.storage", {"safe_filename": "names"})
    with pytest.raises(AttributeError, match="no_such_name"):
        hook("no_such_name")
    assert hook("safe_filename").__name__ == "safe_filename"
