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

``public_data`` is the same copy made of a record's JSON, field by field from the models'
shipped description (``model.schema``), for the preview's first page, which is shown before
pydantic and the models are loaded (``model.view``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..model.schema import ModelSpec
from ..model.view import DataView, read_view, source_of
from .public_markdown import public_markdown

if TYPE_CHECKING:  # pydantic is loaded by the models themselves, not by this module
    from pydantic import BaseModel

M = TypeVar("M", bound="BaseModel")


@cache
def _holds_private(model_type: type[BaseModel]) -> bool:
    from ..model import private_paths

    return next(private_paths(model_type), None) is not None


@cache
def _markdown_fields(model_type: type[BaseModel]) -> frozenset[str]:
    from ..model import field_meta

    return frozenset(name for name, info in model_type.model_fields.items()
                     if field_meta(name, info).widget == "markdown")


@cache
def _needs_copy(model_type: type[BaseModel]) -> bool:
    if _holds_private(model_type) or _markdown_fields(model_type):
        return True
    return any(_needs_copy(inner) for inner in _inner_models(model_type))


def _inner_models(model_type: type[BaseModel]) -> list[type[BaseModel]]:
    from pydantic import BaseModel

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
    what readers see, at any depth (a shallow copy; the original is untouched). A record
    read from its JSON (``model.view.DataView``) gives the view of its JSON's public copy.

    ``base_dir`` is the record's folder: a local image there is embedded in the copy's
    Markdown as a data: URI, as the page shows it; without it, local images are left out.
    """
    if isinstance(model, DataView):  # a record read from its JSON: copied as JSON
        data, spec = source_of(model)
        return read_view(public_data(data, spec, base_dir), spec)  # type: ignore[return-value]
    from pydantic import BaseModel

    from ..model import field_meta

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


def public_data(data: dict[str, Any], model: ModelSpec,
                base_dir: Path | None = None) -> dict[str, Any]:
    """``public_copy`` of a record's JSON read as ``model``: private fields left out (so
    they read as their defaults), Markdown written from what readers see, at any depth
    (a shallow copy; ``data`` is untouched)."""
    copy = dict(data)
    for spec in model.fields:
        value = data.get(spec.name)
        inner = spec.type if spec.shape != "value" else spec.item_type
        if spec.meta.private:
            copy.pop(spec.name, None)
        elif spec.meta.widget == "markdown" and isinstance(value, str):
            copy[spec.name] = public_markdown(value, base_dir)
        elif isinstance(inner, ModelSpec) and isinstance(value, dict):
            copy[spec.name] = public_data(value, inner, base_dir)
        elif isinstance(inner, ModelSpec) and isinstance(value, list):
            copy[spec.name] = [public_data(item, inner, base_dir) if isinstance(item, dict)
                               else item for item in value]
    return copy
