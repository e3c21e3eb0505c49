"""What the editor knows about a field besides its type: label, help, widget hint, private
mark. Declared on the pydantic fields (``fields.meta``); kept apart from pydantic so the
window can use it before the models are loaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PRIVATE_NOTE = "internal — never published"

#: Widget hints the form's registry understands. Most fields need none: the type decides.
WIDGETS = frozenset(
    {"line", "text", "markdown", "url", "email", "tags", "slug", "partial_date", "themes", "lines"}
)


@dataclass(frozen=True)
class FieldMeta:
    name: str
    label: str
    help: str
    widget: str | None
    private: bool
    max_length: int | None
    examples: list[Any] | None
