"""Human names for dotted field paths, read from the model's field metadata."""

from __future__ import annotations

from ...model.document import split_path
from ...model.schema import ModelSpec, record_spec


def describe_path(kind: str, path: str) -> str:
    """"review.recommendations.1.text" → "Review details › Recommendations 2 › Recommendation"."""
    model: ModelSpec | None = record_spec(kind)
    names: list[str] = []
    for part in split_path(path):
        if isinstance(part, int):
            if names:
                names[-1] = f"{names[-1]} {part + 1}"
            continue
        spec = next((s for s in model.fields if s.name == part), None) if model else None
        if spec is None:
            names.append(part.replace("_", " ").capitalize())
            model = None
            continue
        names.append(spec.label)
        inner = spec.type if spec.shape != "value" else spec.item_type
        model = inner if isinstance(inner, ModelSpec) else None
    return " › ".join(names) or "The record"
