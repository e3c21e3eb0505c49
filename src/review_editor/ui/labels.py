"""Human names for dotted field paths, read from the model's field metadata."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from ..model import MODELS
from ..model.document import split_path


def describe_path(kind: str, path: str) -> str:
    """"review.recommendations.1.text" → "Review details › Recommendations 2 › Recommendation"."""
    model: type[BaseModel] | None = MODELS.get(kind)
    names: list[str] = []
    for part in split_path(path):
        if isinstance(part, int):
            if names:
                names[-1] = f"{names[-1]} {part + 1}"
            continue
        info = model.model_fields.get(part) if model is not None else None
        if info is None:
            names.append(part.replace("_", " ").capitalize())
            model = None
            continue
        names.append(info.title or part)
        model = _inner_model(info.annotation)
    return " › ".join(names) or "The record"


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for argument in typing.get_args(annotation):
            found = _inner_model(argument)
            if found is not None:
                return found
    return None
