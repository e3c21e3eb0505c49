"""Walking a record's models: dumps without nulls, private parts, unknown keys."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel

from .fields import field_meta


def dump(model: BaseModel) -> dict[str, Any]:
    """JSON-ready data in model order, leaving out declared fields that are None.

    Keys kept from a newer minor version (the model's extras) are written as they came.
    """
    data = model.model_dump(mode="json")
    _prune(model, data)
    return data


def child_models(model: BaseModel) -> Iterator[tuple[str, int | None, BaseModel]]:
    """The models directly inside ``model``: (field name, index in its list or None, model)."""
    for name in _model_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield name, None, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield name, index, item


@cache
def _model_fields(model_type: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model_type`` that can hold a model, alone or in a list: the others
    (text, dates, lists of words) need not be looked at, which in a record of 100,000
    sections is most of the walk."""
    return tuple(name for name, info in model_type.model_fields.items()
                 if info.annotation in (Any, object) or _model_types(info.annotation))


def child_prefix(prefix: str, name: str, index: int | None) -> str:
    """The dotted path prefix of a child model from ``child_models``."""
    return f"{prefix}{name}." if index is None else f"{prefix}{name}.{index}."


def _child_data(data: dict[str, Any], name: str, index: int | None) -> dict[str, Any]:
    return data[name] if index is None else data[name][index]


def _prune(model: BaseModel, data: dict[str, Any]) -> None:
    for name in type(model).model_fields:
        if getattr(model, name) is None:
            data.pop(name, None)
    for name, index, child in child_models(model):
        _prune(child, _child_data(data, name, index))


def public_dump(model: BaseModel) -> dict[str, Any]:
    """Like ``dump`` but without private (🔒) fields, at any depth, nor unknown extras.

    What reaches an export goes through here: unknown keys are dropped too, since nobody
    has said whether a newer version meant them to be private.
    """
    data = dump(model)
    _strip_private(model, data)
    return data


def _strip_private(model: BaseModel, data: dict[str, Any]) -> None:
    fields = type(model).model_fields
    for key in list(data):
        if key not in fields:
            del data[key]
    for name, info in fields.items():
        if name in data and field_meta(name, info).private:
            del data[name]
    for name, index, child in child_models(model):
        if name in data:
            _strip_private(child, _child_data(data, name, index))


def unknown_keys(model: BaseModel, prefix: str = "") -> Iterator[str]:
    """Dotted paths of keys the model does not declare (kept as extras)."""
    for key in model.model_extra or {}:
        yield f"{prefix}{key}"
    for name, index, child in child_models(model):
        yield from unknown_keys(child, child_prefix(prefix, name, index))


def private_paths(model_type: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """Dotted paths (lists as ``*``) of every private field reachable from a model type."""
    for name, info in model_type.model_fields.items():
        path = f"{prefix}{name}"
        if field_meta(name, info).private:
            yield path
            continue
        for inner in _model_types(info.annotation):
            is_list = _is_list(info.annotation)
            yield from private_paths(inner, f"{path}.*." if is_list else f"{path}.")


def _model_types(annotation: Any) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    for arg in getattr(annotation, "__args__", ()) or ():
        found.extend(_model_types(arg))
    return found


def _is_list(annotation: Any) -> bool:
    if getattr(annotation, "__origin__", None) is list:
        return True
    return any(_is_list(a) for a in getattr(annotation, "__args__", ()) or ())


def version_to_write(record: BaseModel) -> str:
    """The schema version a file of ``record`` says it is: its own, raised to the lowest
    minor version that added a field it uses (``FIELDS_ADDED``), never lowered, so a
    newer file's unknown keys keep their version and a file using nothing new keeps its."""
    from .migrations import parse_version
    from .version import FIELDS_ADDED

    own = str(getattr(record, "schema_version", ""))
    used = _used_fields(record)
    needed = [version for version, fields in FIELDS_ADDED.items() if used & fields]
    return max([own, *needed], key=parse_version)


def _used_fields(model: BaseModel) -> set[tuple[str, str]]:
    used = {(owner.__name__, name) for name in type(model).model_fields
            if getattr(model, name) is not None
            for owner in type(model).__mro__ if name in getattr(owner, "__annotations__", {})}
    for _name, _index, child in child_models(model):
        used |= _used_fields(child)
    return used
