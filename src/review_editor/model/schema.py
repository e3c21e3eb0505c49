"""What the form needs to know about a model's fields: their specs, read from pydantic once
(``describe``) and shipped with the app as ``resources/form-fields.json``.

Each field becomes a ``FieldSpec``: its metadata (label, help, widget hint, private mark),
its shape (a single value, a nested group, or a list of groups) and the plain type the
editor registry dispatches on; each model a ``ModelSpec``. Reading the shipped description
needs neither pydantic nor the models, so the window builds its first form before they are
loaded. A test keeps the file equal to what the models say (``python -m
review_editor.model.describe`` writes it). Nothing here imports Qt.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Literal

from .. import resources
from . import vocab
from .meta import FieldMeta

Shape = Literal["value", "group", "list"]
DESCRIPTION = ("form-fields.json",)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    meta: FieldMeta
    shape: Shape
    #: For values: the plain type (str, bool, int, date, datetime, uuid.UUID, an Enum class,
    #: or ``list`` for lists of scalars). For groups and lists of groups: the ModelSpec.
    type: Any
    #: The element type of a list of scalars (str, an Enum class, or a ModelSpec for themes).
    item_type: Any
    optional: bool
    required: bool
    default: Any  # as JSON
    minimum: int | None
    maximum: int | None

    @property
    def label(self) -> str:
        return self.meta.label


@dataclass(frozen=True)
class ModelSpec:
    """A model's fields in model order; equal when their content is."""

    name: str
    fields: tuple[FieldSpec, ...]

    def __hash__(self) -> int:  # the fields hold lists (examples, defaults): hash the name
        return hash(self.name)


@dataclass(frozen=True)
class Description:
    """Every record kind's model, and the fields every kind shares (``RecordBase``)."""

    records: dict[str, ModelSpec]
    base: ModelSpec


def fields_of(model: ModelSpec) -> tuple[FieldSpec, ...]:
    """The specs of a model's declared fields, in model order."""
    return model.fields


@cache
def description() -> Description:
    """The shipped description; worked out from the models if it cannot be read."""
    try:
        return from_json(json.loads(resources.read_text(*DESCRIPTION)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        from .describe import describe_records

        return describe_records()


def record_spec(kind: str) -> ModelSpec | None:
    """The model of a kind of record, or None for a kind this version does not know."""
    return description().records.get(kind)


def conforms(data: Any, model: ModelSpec) -> bool:
    """Whether ``data`` holds the JSON types the form's editors expect of ``model`` (a list
    where a list belongs, text where text does): true of every valid record, so a record
    that does not conform is validated before it is shown. Unknown keys are not looked at."""
    if not isinstance(data, dict):
        return False
    for spec in model.fields:
        value = data.get(spec.name)
        if value is None:
            continue
        if spec.shape == "group":
            fits = conforms(value, spec.type)
        elif spec.shape == "list":
            fits = isinstance(value, list) and all(conforms(item, spec.type) for item in value)
        else:
            fits = _value_conforms(spec, value)
        if not fits:
            return False
    return True


def _value_conforms(spec: FieldSpec, value: Any) -> bool:
    if spec.type is list:
        if not isinstance(value, list):
            return False
        if isinstance(spec.item_type, ModelSpec):
            return all(conforms(item, spec.item_type) for item in value)
        return all(isinstance(item, str) for item in value)  # text or vocabulary values
    if spec.type is bool:
        return isinstance(value, bool)
    if spec.type is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)  # text, dates, times, ids and vocabulary values


# the description as JSON ---------------------------------------------------------------

_PLAIN: dict[str, Any] = {"str": str, "bool": bool, "int": int, "date": date,
                          "datetime": datetime, "uuid": uuid.UUID, "list": list}
_PLAIN_NAMES = {value: name for name, value in _PLAIN.items()}
_META = ("label", "help", "widget", "private", "max_length", "examples")
_SPEC = ("shape", "optional", "required", "default", "minimum", "maximum")


def to_json(found: Description) -> dict[str, Any]:
    models: dict[str, list[dict[str, Any]]] = {}

    def add(model: ModelSpec) -> str:
        if model.name not in models:
            models[model.name] = []  # placed before its fields' models: a stable order
            models[model.name] = [field_json(spec) for spec in model.fields]
        return model.name

    def type_json(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, ModelSpec):
            return f"model:{add(value)}"
        if isinstance(value, type) and issubclass(value, Enum):
            return f"enum:{value.__name__}"
        return _PLAIN_NAMES[value]

    def field_json(spec: FieldSpec) -> dict[str, Any]:
        data: dict[str, Any] = {"name": spec.name}
        data.update({key: getattr(spec.meta, key) for key in _META})
        data.update({key: getattr(spec, key) for key in _SPEC})
        data["type"] = type_json(spec.type)
        data["item_type"] = type_json(spec.item_type)
        return data

    records = {kind: add(model) for kind, model in found.records.items()}
    return {"records": records, "base": add(found.base), "models": models}


def from_json(data: dict[str, Any]) -> Description:
    made: dict[str, ModelSpec] = {}

    def model(name: str) -> ModelSpec:
        if name not in made:
            made[name] = ModelSpec(name, tuple(field(item) for item in data["models"][name]))
        return made[name]

    def type_of(value: str | None) -> Any:
        if value is None:
            return None
        family, _, name = value.partition(":")
        if family == "model":
            return model(name)
        if family == "enum":
            found = getattr(vocab, name)
            if not (isinstance(found, type) and issubclass(found, Enum)):
                raise TypeError(f"{name} is not a vocabulary")
            return found
        return _PLAIN[value]

    def field(item: dict[str, Any]) -> FieldSpec:
        meta = FieldMeta(item["name"], **{key: item[key] for key in _META})
        return FieldSpec(name=item["name"], meta=meta, type=type_of(item["type"]),
                         item_type=type_of(item["item_type"]),
                         **{key: item[key] for key in _SPEC})

    return Description({kind: model(name) for kind, name in data["records"].items()},
                       model(data["base"]))


# new items --------------------------------------------------------------------------------

def new_item(model: ModelSpec, siblings: list[dict[str, Any]] | None = None) -> dict:
    """Data for a fresh list item or group: the model's non-empty defaults.

    An item's ``id`` with a default is made unique among its siblings ("R5" after "R4",
    "section-3" beside "section" and "section-2"), since ids must be unique and stable.
    """
    data: dict[str, Any] = {}
    for spec in model.fields:
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


def spec_at(model: ModelSpec, path: str) -> FieldSpec | None:
    """The spec of the field a dotted path points at (list indexes skipped), if any."""
    spec: FieldSpec | None = None
    current: Any = model
    for part in path.split("."):
        if part.isdigit():
            continue
        if not isinstance(current, ModelSpec):
            return None
        spec = next((s for s in current.fields if s.name == part), None)
        if spec is None:
            return None
        current = spec.type if spec.shape != "value" else spec.item_type
    return spec
