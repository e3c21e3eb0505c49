"""The check registry: each check is a small function registered with its ID."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .issue import Issue, Severity

if TYPE_CHECKING:
    from .context import CheckContext

CheckFunction = Callable[[Any, "CheckContext"], list[Issue]]


@dataclass(frozen=True)
class CheckSpec:
    code: str
    family: str
    severity: Severity
    title: str
    function: CheckFunction


_REGISTRY: dict[str, CheckSpec] = {}


def check(code: str, severity: Severity, title: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``function(record, ctx) -> list[Issue]`` as check ``code`` ("C4.4")."""

    def register(function: CheckFunction) -> CheckFunction:
        if code in _REGISTRY:
            raise ValueError(f"check {code} is registered twice")
        family = code.split(".")[0]
        _REGISTRY[code] = CheckSpec(code, family, severity, title, function)
        return function

    return register


def _code_key(code: str) -> tuple[int, int]:
    family, _, number = code.partition(".")
    return int(family[1:]), int(number or 0)


def all_checks() -> list[CheckSpec]:
    """Every registered check, in catalogue order (C1.1, C1.2, …, C8.5)."""
    from . import families  # noqa: F401  (importing registers the checks)

    return [_REGISTRY[code] for code in sorted(_REGISTRY, key=_code_key)]


def get_check(code: str) -> CheckSpec:
    all_checks()
    return _REGISTRY[code]
