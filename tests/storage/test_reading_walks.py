"""The reader's walks over a file's JSON (its depth, its repeated keys) give what their
definitions give, each value looked at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.storage import LoadError
from review_editor.storage.reading import MAX_DEPTH, _depth, decode

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                max_size=4),
    max_leaves=40)


def depth_by_definition(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(depth_by_definition, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(depth_by_definition, value), default=0)
    return 0


@settings(max_examples=300)
@given(json_values)
def test_depth_is_its_definition(value: Any) -> None:
    assert _depth(value) == depth_by_definition(value)


def test_depth_of_a_long_narrow_nesting_needs_no_recursion() -> None:
    value: Any = "leaf"
    for level in range(50_000):
        value = [value] if level % 2 else {"k": value}
    assert _depth(value) == 50_000


@pytest.mark.parametrize("levels, refused", [(MAX_DEPTH, False), (MAX_DEPTH + 1, True)])
def test_the_depth_limit_is_exact(levels: int, refused: bool) -> None:
    text = '{"schema_version": "1.0", "x": ' + "[" * (levels - 1) + "]" * (levels - 1) + "}"
    if refused:
        with pytest.raises(LoadError, match=f"nested more than {MAX_DEPTH} levels"):
            decode(Path("r.json"), text.encode())
    else:
        assert decode(Path("r.json"), text.encode())["schema_version"] == "1.0"


@pytest.mark.parametrize("text, key", [
    ('{"a": 1, "b": 2, "b": 3, "a": 4}', "b"),
    ('{"a": 1, "b": 2, "a": 3, "b": 4}', "a"),
    ('{"x": [{"c": 1}, {"d": 1, "e": 2, "d": 3}]}', "d"),
])
def test_the_first_repeated_key_is_named(text: str, key: str) -> None:
    with pytest.raises(LoadError) as caught:
        decode(Path("r.json"), text.encode())
    assert caught.value.category == "duplicate_key"
    assert f'the key "{key}" appears twice' in str(caught.value)


@given(st.dictionaries(st.text(max_size=3), st.integers(), max_size=6))
def test_objects_without_repeated_keys_read_as_json_reads_them(value: dict[str, int]) -> None:
    assert decode(Path("r.json"), json.dumps(value).encode()) == value
