"""The one place that maps a field's type or widget hint to its editor class.

Hints from the model's field metadata win; otherwise the plain type decides. Every editor
implements ``FieldEditor`` (value, set_value, edited), so the form never needs to know
which one it holds.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum

from ...model.schema import FieldSpec
from .editors.base import EditorContext, FieldEditor

#: An editor class: called with the field's spec and the form, it makes the editor.
EditorClass = Callable[[FieldSpec, EditorContext], FieldEditor]
#: Where an editor class lives: its module under ``editors`` and its name. The modules are
#: imported when a field first needs one (a record's first sections use few of them, and
#: importing the date, choice and token editors cost some 10 ms before the first paint).
Where = tuple[str, str]

BY_HINT: dict[str, Where] = {
    "line": ("text", "LineEditor"),
    "text": ("text", "TextEditor"),
    "markdown": ("markdown", "MarkdownEditor"),
    "url": ("text", "UrlEditor"),
    "email": ("text", "EmailEditor"),
    "slug": ("text", "SlugEditor"),
    "tags": ("tokens", "TagsEditor"),
    "themes": ("tokens", "ThemesEditor"),
    "lines": ("lines", "LinesEditor"),
    "partial_date": ("dates", "PartialDateEditor"),
}

BY_TYPE: dict[type, Where] = {
    str: ("text", "LineEditor"),
    bool: ("choice", "BoolEditor"),
    int: ("choice", "IntEditor"),
    date: ("dates", "DateEditor"),
    datetime: ("dates", "DateTimeEditor"),
    uuid.UUID: ("text", "ReadOnlyEditor"),
}


def editor_class(spec: FieldSpec, read_only: bool = False) -> EditorClass:
    """The editor class for a value field (``spec.shape == "value"``)."""
    module, name = _where(spec, read_only)
    editor: EditorClass = getattr(importlib.import_module(f"{__package__}.editors.{module}"),
                                  name)
    return editor


def _where(spec: FieldSpec, read_only: bool) -> Where:
    if read_only:
        return ("text", "ReadOnlyEditor")
    if spec.meta.widget in BY_HINT:
        return BY_HINT[spec.meta.widget]
    if spec.type is list:
        item = spec.item_type
        if isinstance(item, type) and issubclass(item, Enum):
            return ("choice", "ChoicesEditor")
        return ("tokens", "TagsEditor")
    if isinstance(spec.type, type) and issubclass(spec.type, Enum):
        return ("choice", "EnumEditor")
    return BY_TYPE.get(spec.type, ("text", "LineEditor"))
