"""C4.16: text in a Markdown field that readers will not see (``checks.hidden``)."""

from __future__ import annotations

from typing import Any

from ..context import CheckContext
from ..hidden import DESCRIPTIONS, hidden_content
from ..issue import WARNING, Issue
from ..registry import check
from .common import quoted


@check("C4.16", WARNING, "Text readers will not see")
def hidden_text(record: Any, ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for field in ctx.facts(record).fields:
        if field.markdown is None:
            continue
        source = field.markdown.source
        for found in hidden_content(field.markdown):
            issues.append(Issue(
                "C4.16", WARNING, field.path, (found.start, found.end),
                f"text that readers will not see: {DESCRIPTIONS[found.kind]}, "
                f"{quoted(source[found.start:found.end])}; it is left out of the page and "
                "every copy, so the checks do not read it either",
                "delete it, or write it as text if readers should see it"))
    return issues
