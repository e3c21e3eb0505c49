"""Helpers shared by the check families."""

from __future__ import annotations

from ..issue import Issue, Severity
from ..text import FieldText


def text_issue(code: str, severity: Severity, field: FieldText, start: int, end: int,
               message: str, suggestion: str = "") -> Issue:
    """An issue on a span of a field's read text, mapped back to the field's own text."""
    return Issue(code, severity, field.path, field.source_span(start, end), message, suggestion)


def field_issue(code: str, severity: Severity, path: str, message: str,
                suggestion: str = "") -> Issue:
    return Issue(code, severity, path, None, message, suggestion)


def quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"
