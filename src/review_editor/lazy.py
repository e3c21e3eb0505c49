"""Package names that load on first use, so importing a light part of a package does not
import its heavy parts (the window opens before the renderer or the checks are needed)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_getattr(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``homes`` maps each name to the submodule
    that defines it (``"names:problems"`` when it is called otherwise there); the first use
    imports that submodule and caches the name."""

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's name
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, there = home.partition(":")
        value = getattr(import_module(f".{module}", package), there or name)
        vars(import_module(package))[name] = value
        return value

    return __getattr__
