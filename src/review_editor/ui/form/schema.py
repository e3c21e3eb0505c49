"""What the form needs to know about a model's fields, read once from pydantic.

Each field becomes a ``FieldSpec``: its metadata (label, help, widget hint, private mark),
its shape (a single value, a nested group, or a list of groups) and the plain type the
editor registry dispatches on. Nothing here imports Qt.
"""

from __future__ import annotations

import re
import types
import typing
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from ...model.fields import FieldMeta, field_meta

Shape = Literal["value", "group", "list"]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    meta: FieldMeta
    shape: Shape
    #: For values: the plain type (str, bool, int, date, datetime, uuid.UUID, an Enum class,
    #: or ``list`` for lists of scalars). For groups and lists of groups: the model class.
    type: Any
    #: The element type of a list of scalars (str, an Enum class, or a model for themes).
    item_type: Any
    optional: bool
    required: bool
    default: Any
    minimum: int | None
    maximum: int | None

    @property
    def label(self) -> str:
        return self.meta.label


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The annotation without ``Annotated`` and ``None``; and whether None was allowed."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            annotation = args[0] if len(args) == 1 else str
        else:
            return annotation, optional


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _plain(annotation: Any) -> Any:
    if annotation is AwareDatetime or annotation is datetime:
        return datetime
    if typing.get_origin(annotation) is Literal:
        return str
    if annotation in (str, bool, int, date, uuid.UUID):
        return annotation
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    return str


def _bounds(info: FieldInfo) -> tuple[int | None, int | None]:
    low = high = None
    for item in info.metadata:
        if getattr(item, "ge", None) is not None:
            low = item.ge
        if getattr(item, "le", None) is not None:
            high = item.le
    return low, high


def _json_default(info: FieldInfo) -> Any:
    if info.default_factory is not None:
        return info.default_factory()  # type: ignore[call-arg]
    if info.default is PydanticUndefined:
        return None
    value = info.default
    return value.value if isinstance(value, Enum) else value


def spec_for(name: str, info: FieldInfo) -> FieldSpec:
    annotation, optional = _unwrap(info.annotation)
    item_type: Any = None
    if typing.get_origin(annotation) is list:
        inner, _ = _unwrap(typing.get_args(annotation)[0])
        if _is_model(inner) and field_meta(name, info).widget != "themes":
            shape: Shape = "list"
            plain: Any = inner
        else:
            shape, plain, item_type = "value", list, inner if _is_model(inner) else _plain(inner)
    elif _is_model(annotation):
        shape, plain = "group", annotation
    else:
        shape, plain = "value", _plain(annotation)
    low, high = _bounds(info)
    return FieldSpec(
        name=name,
        meta=field_meta(name, info),
        shape=shape,
        type=plain,
        item_type=item_type,
        optional=optional,
        required=info.is_required(),
        default=_json_default(info),
        minimum=low,
        maximum=high,
    )


@cache
def fields_of(model: type[BaseModel]) -> tuple[FieldSpec, ...]:
    """The specs of a model's declared fields, in model order."""
    return tuple(spec_for(name, info) for name, info in model.model_fields.items())


def new_item(model: type[BaseModel], siblings: list[dict[str, Any]] | None = None) -> dict:
    """Data for a fresh list item or group: the model's non-empty defaults.

    An item's ``id`` with a default is made unique among its siblings ("R5" after "R4",
    "section-3" beside "section" and "section-2"), since ids must be unique and stable.
    """
    data: dict[str, Any] = {}
    for spec in fields_of(model):
        if spec.shape == "group" or spec.default is None:
            continue
        data[spec.name] = spec.default
    if "id" in data and isinstance(data["id"], str) and data["id"] and siblings is not None:
        data["id"] = unique_id(data["id"], [str(s.get("id", "")) for s in siblings])
    return data


def unique_id(proposed: str, taken: list[str]) -> str:
    """``proposed`` if free, else the next free id in its series."""
    if proposed not in taken:
        return proposed
    match = re.fullmatch(r"(.*?)(\d+)", proposed)
    stem = match.group(1) if match else f"{proposed}-"
    number = 1
    for other in taken:
        tail = re.fullmatch(re.escape(stem) + r"(\d+)", other)
        if tail:
            number = max(number, int(tail.group(1)))
    candidate = f"{stem}{number + 1}"
    while candidate in taken:
        number += 1
        candidate = f"{stem}{number + 1}"
    return candidate


def spec_at(model: type[BaseModel], path: str) -> FieldSpec | None:
    """The spec of the field a dotted path points at (list indexes skipped), if any."""
    spec: FieldSpec | None = None
    current: Any = model
    for part in path.split("."):
        if part.isdigit():
            continue
        if not _is_model(current):
            return None
        spec = next((s for s in fields_of(current) if s.name == part), None)
        if spec is None:
            return None
        current = spec.type if spec.shape != "value" else spec.item_type
    return spec
