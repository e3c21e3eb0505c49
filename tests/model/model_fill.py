"""Records with every field filled, walking the model's declarations: a field added to the
model is filled here without changes. Text in private fields carries a canary."""

from __future__ import annotations

import enum
import types
import typing
import uuid
from datetime import date, datetime
from typing import Any

from pydantic import AfterValidator, AwareDatetime, BaseModel

from review_editor.model import LONDON, MODELS, SCHEMA_VERSION
from review_editor.model.fields import field_meta

PRIVATE_CANARY = "Privatecanary4417"
PUBLIC_TEXT = "Published text"
PRIVATE_DATE = date(1999, 12, 31)

# Values for the fields whose format is fixed by a pattern.
PATTERN_VALUES = {
    "slug": "learning-review", "schema_version": SCHEMA_VERSION, "sha256": "ab" * 32,
    "language": "en-GB",
}


def filled_data(kind: str) -> dict[str, Any]:
    """JSON-like data for a record of ``kind`` with every field, at every depth, set."""
    data = _fill_model(MODELS[kind], private=False)
    data["kind"] = kind
    return data


def _fill_model(model: type[BaseModel], private: bool) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        is_private = private or field_meta(name, info).private
        data[name] = _fill(name, info.annotation, info, is_private)
    return data


def _fill(name: str, annotation: Any, info: Any, private: bool) -> Any:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *metadata = typing.get_args(annotation)
        if any(isinstance(item, AfterValidator) for item in metadata):
            return "1999-12" if private else "2021-07"
        return _fill(name, base, info, private)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _fill(name, inner[0], info, private)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [_fill(name, item, None, private)]
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return _fill_model(annotation, private)
        if issubclass(annotation, enum.Enum):
            return list(annotation)[-1].value
        if annotation is bool:
            return True
        if annotation is int:
            return _number(info)
        if annotation is uuid.UUID:
            return str(uuid.UUID(int=7))
        if annotation is AwareDatetime or annotation is datetime:
            moment = datetime(1999, 12, 31, 23, 59) if private else datetime(2031, 5, 14, 0, 1)
            return moment.replace(tzinfo=LONDON).isoformat()
        if annotation is date:
            return (PRIVATE_DATE if private else date(2021, 7, 27)).isoformat()
        if annotation is str:
            return _text(name, info, private)
    raise TypeError(f"cannot fill {name}: {annotation!r}")


def _text(name: str, info: Any, private: bool) -> str:
    pattern = _constraint(info, "pattern")
    if pattern is None:
        return f"{PRIVATE_CANARY} {name}" if private else f"{PUBLIC_TEXT} {name}"
    if name in PATTERN_VALUES:
        return PATTERN_VALUES[name]
    if pattern.startswith("^R"):
        return "R1"
    return "private-id" if private else "public-id"


def _number(info: Any) -> int:
    low = _constraint(info, "ge")
    high = _constraint(info, "le")
    value = 2000 if high is not None else 3
    return max(value, low) if low is not None else value


def _constraint(info: Any, name: str) -> Any:
    for item in getattr(info, "metadata", ()) or ():
        value = getattr(item, name, None)
        if value is not None:
            return value
    return None
