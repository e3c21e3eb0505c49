"""Field metadata, declared once on each pydantic ``Field``.

The form, the JSON Schema export and validation all read it from there: the label is the
field's ``title``, the help text its ``description``; the widget hint and the private mark
travel in ``json_schema_extra`` as ``x-widget`` and ``x-private``.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema
from pydantic.fields import FieldInfo

from .dates import PARTIAL_DATE, check_partial_date
from .meta import PRIVATE_NOTE, WIDGETS, FieldMeta

__all__ = ["PRIVATE_NOTE", "WIDGETS", "FieldMeta", "Model", "PartialDate", "field_meta", "meta"]

#: "2001" (year), "2019-04" (month) or "2021-07-27" (day): the length is the precision.
PartialDate = Annotated[
    str,
    AfterValidator(check_partial_date),
    WithJsonSchema({"type": "string", "pattern": f"^{PARTIAL_DATE.pattern}$",
                    "examples": ["2001", "2019-04", "2021-07-27"]}),
]


def meta(
    label: str,
    help: str = "",
    *,
    default: Any = None,
    default_factory: Any = None,
    widget: str | None = None,
    examples: list[Any] | None = None,
    private: bool = False,
    **constraints: Any,
) -> Any:
    """A ``Field`` carrying the label, help text, widget hint and private mark."""
    if widget is not None and widget not in WIDGETS:
        raise ValueError(f"unknown widget hint {widget!r}")
    extra: dict[str, Any] = {}
    if widget:
        extra["x-widget"] = widget
    if private:
        extra["x-private"] = True
    kwargs: dict[str, Any] = dict(
        title=label, description=help or None, examples=examples, json_schema_extra=extra or None
    )
    kwargs.update(constraints)
    if default_factory is list:
        default_factory = _new_list
    if default_factory is not None:
        return Field(default_factory=default_factory, **kwargs)
    return Field(default, **kwargs)


def _new_list() -> list[Any]:
    """The default of a list field. pydantic reads each default factory's signature (does
    it take the data?); a builtin's, such as ``list``'s, is parsed from its text signature,
    which cost about 5 ms over the record models' 79 list fields at start."""
    return []


def field_meta(name: str, info: FieldInfo) -> FieldMeta:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    max_length = None
    for item in info.metadata:
        value = getattr(item, "max_length", None)
        if value is not None:
            max_length = value
    return FieldMeta(
        name=name,
        label=info.title or name.replace("_", " ").capitalize(),
        help=info.description or "",
        widget=extra.get("x-widget"),  # type: ignore[arg-type]
        private=bool(extra.get("x-private")),
        max_length=max_length,
        examples=info.examples,
    )


class Model(BaseModel):
    """Base of every record model.

    ``extra="allow"`` keeps keys a newer minor schema version added, so they survive
    load → save; in a file of the current version storage keeps them too, with a warning
    naming them (a typo'd key is shown to the user, never dropped).
    ``hide_input_in_errors`` keeps user text out of error messages and logs.
    """

    model_config = ConfigDict(
        extra="allow",
        hide_input_in_errors=True,
        validate_assignment=True,
        str_strip_whitespace=False,
        use_enum_values=False,
    )
