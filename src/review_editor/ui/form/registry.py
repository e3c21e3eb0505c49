"""The one place that maps a field's type or widget hint to its editor class.

Hints from the model's field metadata win; otherwise the plain type decides. Every editor
implements ``FieldEditor`` (value, set_value, edited), so the form never needs to know
which one it holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum

from ...model.schema import FieldSpec
from .editors.base import EditorContext, FieldEditor
from .editors.choice import BoolEditor, ChoicesEditor, EnumEditor, IntEditor
from .editors.dates import DateEditor, DateTimeEditor, PartialDateEditor
from .editors.lines import LinesEditor
from .editors.markdown import MarkdownEditor
from .editors.text import (
    EmailEditor,
    LineEditor,
    ReadOnlyEditor,
    SlugEditor,
    TextEditor,
    UrlEditor,
)
from .editors.tokens import TagsEditor, ThemesEditor

#: An editor class: called with the field's spec and the form, it makes the editor.
EditorClass = Callable[[FieldSpec, EditorContext], FieldEditor]

BY_HINT: dict[str, EditorClass] = {
    "line": LineEditor,
    "text": TextEditor,
    "markdown": MarkdownEditor,
    "url": UrlEditor,
    "email": EmailEditor,
    "slug": SlugEditor,
    "tags": TagsEditor,
    "themes": ThemesEditor,
    "lines": LinesEditor,
    "partial_date": PartialDateEditor,
}

BY_TYPE: dict[type, EditorClass] = {
    str: LineEditor,
    bool: BoolEditor,
    int: IntEditor,
    date: DateEditor,
    datetime: DateTimeEditor,
    uuid.UUID: ReadOnlyEditor,
}


def editor_class(spec: FieldSpec, read_only: bool = False) -> EditorClass:
    """The editor class for a value field (``spec.shape == "value"``)."""
    if read_only:
        return ReadOnlyEditor
    if spec.meta.widget in BY_HINT:
        return BY_HINT[spec.meta.widget]
    if spec.type is list:
        item = spec.item_type
        if isinstance(item, type) and issubclass(item, Enum):
            return ChoicesEditor
        return TagsEditor
    if isinstance(spec.type, type) and issubclass(spec.type, Enum):
        return EnumEditor
    return BY_TYPE.get(spec.type, LineEditor)
