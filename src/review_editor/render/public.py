"""The public copy of a record: exactly what may leave the machine.

Every output is built from it: the preview, the HTML, PDF, Word and plain-text copies, the
JSON export and the bundle's manifest. It is the same model with

- every private (🔒) field emptied, at any depth: sensitivity, approvals, internal notes,
  provenance (where an imported page came from), an attachment's local path, the review's
  statutory dates;
- every Markdown field written again from what readers see of it
  (``render.public_markdown``): comments, raw HTML, unused reference definitions and the
  like are gone, and local images are embedded as the page shows them.

The text checks read the same text the page shows (``checks.text``), and warn about what
the source holds beyond it (``checks.hidden``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from ..model import field_meta, private_paths
from .public_markdown import public_markdown

M = TypeVar("M", bound=BaseModel)


@cache
def _holds_private(model_type: type[BaseModel]) -> bool:
    return next(private_paths(model_type), None) is not None


@cache
def _markdown_fields(model_type: type[BaseModel]) -> frozenset[str]:
    return frozenset(name for name, info in model_type.model_fields.items()
                     if field_meta(name, info).widget == "markdown")


@cache
def _needs_copy(model_type: type[BaseModel]) -> bool:
    if _holds_private(model_type) or _markdown_fields(model_type):
        return True
    return any(_needs_copy(inner) for inner in _inner_models(model_type))


def _inner_models(model_type: type[BaseModel]) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []

    def collect(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            found.append(annotation)
            return
        for arg in getattr(annotation, "__args__", ()) or ():
            collect(arg)

    for info in model_type.model_fields.values():
        collect(info.annotation)
    return found


def public_copy(model: M, base_dir: Path | None = None) -> M:
    """``model`` with private fields reset to their defaults and Markdown written from
    what readers see, at any depth (a shallow copy; the original is untouched).

    ``base_dir`` is the record's folder: a local image there is embedded in the copy's
    Markdown as a data: URI, as the page shows it; without it, local images are left out.
    """
    model_type = type(model)
    if not _needs_copy(model_type):
        return model
    markdown = _markdown_fields(model_type)
    update: dict[str, Any] = {}
    for name, info in model_type.model_fields.items():
        value = getattr(model, name)
        if field_meta(name, info).private:
            update[name] = info.get_default(call_default_factory=True)
        elif name in markdown and isinstance(value, str):
            update[name] = public_markdown(value, base_dir)
        elif isinstance(value, BaseModel) and _needs_copy(type(value)):
            update[name] = public_copy(value, base_dir)
        elif isinstance(value, list) and any(
                isinstance(item, BaseModel) and _needs_copy(type(item)) for item in value):
            update[name] = [public_copy(item, base_dir) if isinstance(item, BaseModel)
                            else item for item in value]
    return model.model_copy(update=update)
