"""The one accessor for bundled resources (templates, CSS, icons, examples, user guide).

In a wheel they ship as ``review_editor/resources``; in a source checkout they sit at the
repository root in ``resources/``; in a frozen build, beside the executable's package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    # The package's own folder first: where a wheel, or a frozen build laid out on disk,
    # puts them. ``importlib.resources`` finds the same folder but costs some milliseconds
    # of the window's start (it loads ``zipfile``, ``tempfile`` and their imports), so it
    # is asked only for a package that is not a plain folder (imported from a zip).
    packaged = Path(__file__).parent / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    from importlib import resources as _ir

    zipped = _ir.files("review_editor") / "resources"
    if zipped.is_dir():
        return Path(str(zipped))
    raise FileNotFoundError("the bundled resources folder is missing from this installation")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


def examples_dir() -> Path:
    return path("examples")


def templates_dir() -> Path:
    return path("templates")
