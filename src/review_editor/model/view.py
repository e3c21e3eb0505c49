"""A record read from its JSON as the models would read it, without the models.

The window shows the record opened at start before pydantic and the models are loaded
(a tenth of a second); the preview's first page is rendered from this reading
(``record_view``). Its fields are the models' (from the shipped description,
``model.schema``): missing ones take their defaults, dates, times, ids and vocabulary
values are converted as the models convert them, and nested groups and lists are read the
same way. Anything it cannot read as the models would (a required field missing, a value of
the wrong type, a naive time) raises ``ValueError``: the caller then validates instead.
The models' own checks (lengths, patterns) are not repeated here; the record is validated
just after, and what it shows then is what counts. Nothing here imports pydantic or Qt.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from .schema import FieldSpec, ModelSpec, record_spec


class DataView:
    """A model's fields as read-only attributes (``view.title``, ``view.review.reviewers``).
    The JSON and the model they were read from are kept apart from the fields
    (``source_of``), for the view's public copy (``render.public``)."""

    _model: ModelSpec
    _source: dict[str, Any]

    def __init__(self, model: ModelSpec, source: dict[str, Any]) -> None:
        object.__setattr__(self, "_model", model)
        object.__setattr__(self, "_source", source)
        self.__dict__.update({spec.name: _field(spec, source) for spec in model.fields})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{self._model.name} is read-only here")

    def __repr__(self) -> str:
        return f"DataView({self._model.name})"

    if TYPE_CHECKING:  # the fields: whatever the model declares
        def __getattr__(self, name: str) -> Any: ...

def source_of(view: DataView) -> tuple[dict[str, Any], ModelSpec]:
    """The JSON ``view`` was read from, and its model."""
    return view._source, view._model


def record_view(data: dict[str, Any]) -> DataView:
    """``data`` (a record's JSON) read as its kind's model reads it, or ValueError."""
    model = record_spec(str(data.get("kind"))) if isinstance(data, dict) else None
    if model is None:
        raise ValueError("not a record of a known kind")
    return read_view(data, model)


def read_view(data: Any, model: ModelSpec) -> DataView:
    if not isinstance(data, dict):
        raise ValueError(f"{model.name}: not an object")
    return DataView(model, data)


def _field(spec: FieldSpec, data: dict[str, Any]) -> Any:
    if spec.name in data:
        raw = data[spec.name]
    elif spec.required:
        raise ValueError(f"{spec.name} is required")
    else:
        raw = spec.default
    if raw is None:
        if spec.optional or (spec.name not in data and spec.default is None):
            return None
        raise ValueError(f"{spec.name} cannot be empty")
    if spec.shape == "group":
        return read_view(raw, spec.type)
    if spec.shape == "list":
        return [read_view(item, spec.type) for item in _list(spec, raw)]
    if spec.type is list:
        return [_item(spec, item) for item in _list(spec, raw)]
    return _value(spec.name, spec.type, raw)


def _list(spec: FieldSpec, raw: Any) -> list[Any]:
    if not isinstance(raw, list):
        raise ValueError(f"{spec.name}: not a list")
    return raw


def _item(spec: FieldSpec, raw: Any) -> Any:
    if isinstance(spec.item_type, ModelSpec):
        return read_view(raw, spec.item_type)
    return _value(spec.name, spec.item_type, raw)


def _value(name: str, kind: Any, raw: Any) -> Any:
    """One JSON value as the model's type; strings where the description says text."""
    if kind is bool:
        if isinstance(raw, bool):
            return raw
    elif kind is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
    elif isinstance(raw, str):
        return _from_text(kind, raw)
    raise ValueError(f"{name}: not a {getattr(kind, '__name__', kind)}")


def _from_text(kind: Any, text: str) -> Any:
    if kind is date:
        return date.fromisoformat(text)
    if kind is datetime:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            raise ValueError("a time without its offset")
        return moment
    if kind is uuid.UUID:
        return uuid.UUID(text)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(text)
    return text
