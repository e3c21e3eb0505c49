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


def word_changes(old: str, new: str) -> list[tuple[str, str]]:
    """The two texts as runs of words: ("same", …), ("removed", …), ("added", …)."""
    import difflib
    import re

    a, b = re.findall(r"\S+|\s+", old), re.findall(r"\S+|\s+", new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("added", "".join(b[j1:j2])))
    return runs


def full_values(mine: dict[str, Any], theirs: dict[str, Any], path: str) -> tuple[str, str]:
    """A field's two whole values as text (the table shows them cut short)."""
    left, right = dict(flatten(mine)), dict(flatten(theirs))

    def text(value: Any) -> str:
        if value is None or value == [] or value == {}:
            return ""
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    return text(left.get(path)), text(right.get(path))


def shown(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return MISSING
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def _normal(value: Any) -> Any:
    # An absent field, null and an empty list mean the same thing to the reader.
    return None if value is None or value == [] or value == {} else value
