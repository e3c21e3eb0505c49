"""``unknown_keys`` finds a key the models do not declare in every model at every depth
(it looks only at the fields that can hold a model: nothing may be missed by that)."""

from __future__ import annotations

from typing import Any

import pytest
from model_fill import filled_data
from pydantic import BaseModel

from review_editor.model import MODELS, parse_record, unknown_keys
from review_editor.model.walk import child_models


def _with_extra_everywhere(node: Any, path: str, paths: list[str]) -> None:
    """Put a key ``future`` in every object of the data, and note its dotted path."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            _with_extra_everywhere(value, f"{path}{key}.", paths)
        node["future"] = 1
        paths.append(f"{path}future")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _with_extra_everywhere(value, f"{path}{index}.", paths)


def _every_child(model: BaseModel) -> list[tuple[str, int | None, BaseModel]]:
    """The models inside ``model``, found by looking at every field."""
    found: list[tuple[str, int | None, BaseModel]] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        found += [(name, index, item) for index, item in items if isinstance(item, BaseModel)]
    return found


@pytest.mark.parametrize("kind", list(MODELS))
def test_an_unknown_key_is_found_in_every_model(kind: str) -> None:
    data = filled_data(kind)
    data["schema_version"] = "1.9"
    expected: list[str] = []
    _with_extra_everywhere(data, "", expected)
    record = parse_record(data)
    assert sorted(unknown_keys(record)) == sorted(expected)
    assert len(expected) > 20


@pytest.mark.parametrize("kind", list(MODELS))
def test_child_models_are_every_model_inside(kind: str) -> None:
    stack: list[BaseModel] = [parse_record(filled_data(kind))]
    while stack:
        model = stack.pop()
        children = list(child_models(model))
        assert children == _every_child(model)
        stack += [child for _name, _index, child in children]
