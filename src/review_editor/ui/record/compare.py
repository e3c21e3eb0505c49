"""Field-by-field comparison of two versions of a record, for the save-conflict dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

MAX_SHOWN = 400  # characters of one value shown in the comparison
MISSING = "(empty)"


def flatten(data: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Leaf values by dotted path: {"review": {"reviewers": [{"name": x}]}} gives
    ("review.reviewers.0.name", x). Empty lists and objects count as leaves."""
    if isinstance(data, dict) and data:
        for key, value in data.items():
            yield from flatten(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list) and data:
        for index, value in enumerate(data):
            yield from flatten(value, f"{prefix}.{index}" if prefix else str(index))
    else:
        yield prefix, data


def differences(mine: dict[str, Any], theirs: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(path, my value, their value) for every field whose values differ, in the order the
    fields appear (mine first, then those only on disk)."""
    left = dict(flatten(mine))
    right = dict(flatten(theirs))
    paths = list(left) + [path for path in right if path not in left]
    return [(path, shown(left.get(path)), shown(right.get(path)))
            for path in paths if _normal(left.get(path)) != _normal(right.get(path))]


def shown(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return MISSING
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def _normal(value: Any) -> Any:
    # An absent field, null and an empty list mean the same thing to the reader.
    return None if value is None or value == [] or value == {} else value
