"""The form's description of the record models, read from their pydantic fields.

``python -m review_editor.model.describe`` writes it to ``resources/form-fields.json``,
which the window reads at start without loading pydantic; a test checks the file is
current. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import sys
import types
import typing
import uuid
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from .. import resources
from .fields import field_meta
from .schema import DESCRIPTION, Description, FieldSpec, ModelSpec, Shape, to_json

_described: dict[type[BaseModel], ModelSpec] = {}


def describe(model: type[BaseModel]) -> ModelSpec:
    """A model's fields as specs (each model described once)."""
    if model not in _described:
        _described[model] = ModelSpec(model.__name__, tuple(
            spec_for(name, info) for name, info in model.model_fields.items()))
    return _described[model]


def describe_records() -> Description:
    from .records import MODELS, RecordBase

    return Description({kind: describe(model) for kind, model in MODELS.items()},
                       describe(RecordBase))


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
            plain: Any = describe(inner)
        else:
            shape, plain = "value", list
            item_type = describe(inner) if _is_model(inner) else _plain(inner)
    elif _is_model(annotation):
        shape, plain = "group", describe(annotation)
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


def description_text() -> str:
    return json.dumps(to_json(describe_records()), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Writes the description to the resources folder (or to the path given)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else resources.path(*DESCRIPTION)
    target.write_text(description_text(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
