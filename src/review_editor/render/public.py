"""The public view of a record: the same model with every private (🔒) field emptied.

Rendering reads only this copy, so sensitivity, approvals, internal notes and the review's
statutory dates cannot reach a page or an export by accident, whatever a template does.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

from ..model import field_meta, private_paths

M = TypeVar("M", bound=BaseModel)


@cache
def _holds_private(model_type: type[BaseModel]) -> bool:
    return next(private_paths(model_type), None) is not None


def public_copy(model: M) -> M:
    """A shallow copy with private fields reset to their defaults, at any depth."""
    model_type = type(model)
    if not _holds_private(model_type):
        return model
    update: dict[str, Any] = {}
    for name, info in model_type.model_fields.items():
        value = getattr(model, name)
        if field_meta(name, info).private:
            update[name] = info.get_default(call_default_factory=True)
        elif isinstance(value, BaseModel) and _holds_private(type(value)):
            update[name] = public_copy(value)
        elif isinstance(value, list) and any(
                isinstance(item, BaseModel) and _holds_private(type(item)) for item in value):
            update[name] = [public_copy(item) if isinstance(item, BaseModel) else item
                            for item in value]
    return model.model_copy(update=update)
