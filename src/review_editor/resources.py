"""The one accessor for bundled resources (templates, CSS, icons, examples, user guide).

In a wheel they ship as ``review_editor/resources``; in a source checkout they sit at the
repository root in ``resources/``; in a frozen build, beside the executable's package.
"""

from __future__ import annotations

from importlib import resources as _ir
from pathlib import Path


def root() -> Path:
    packaged = _ir.files("review_editor") / "resources"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the bundled resources folder is missing from this installation")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


def examples_dir() -> Path:
    return path("examples")


def templates_dir() -> Path:
    return path("templates")
