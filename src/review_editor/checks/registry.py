"""The check registry: each check is a small function registered with its ID."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .issue import Issue, Severity

if TYPE_CHECKING:
    from .batch import FieldBatch
    from .context import CheckContext

CheckFunction = Callable[[Any, "CheckContext"], list[Issue]]
#: ``gate(record, ctx, batch)``: the positions of the batch's fields where a per-field check may
#: find something, in order, or None for all of them.
GateFunction = Callable[[Any, "CheckContext", "FieldBatch"], Sequence[int] | None]


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


_GATES: dict[str, GateFunction] = {}


def gate(code: str) -> Callable[[GateFunction], GateFunction]:
    """Register a per-field check's gate: a cheap test over many fields at once that passes
    every field where the check can find anything (and may pass others). The check then
    reads only those; the others have no issues for it."""

    def register(function: GateFunction) -> GateFunction:
        _GATES[code] = function
        return function

    return register


def gate_for(code: str) -> GateFunction | None:
    all_checks()
    return _GATES.get(code)


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
