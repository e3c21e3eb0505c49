"""Welsh text: its spelling (C4.15) and, in a bilingual record, a Welsh version of every public
text that is not older than its English (C3.15).

C4.15 reads Welsh text only (the runner drops its findings on anything else), as C4.12 reads
English only. C3.15 is a C3 check: a note on a draft, blocking for a final copy.
"""

from __future__ import annotations

from typing import Any

from ...model.bilingual import TextPair, text_pairs, translation_state
from .. import spelling
from ..context import CheckContext
from ..issue import BLOCKING, WARNING, Issue
from ..registry import check
from ..welsh import welsh_paths
from .common import field_issue, quoted
from .style import misspellings, record_words


@check("C4.15", WARNING, "Spelling (Cymraeg)")
def welsh_spelling_check(record: Any, ctx: CheckContext) -> list[Issue]:
    if not ctx.settings.spelling:
        return []
    facts = ctx.facts(record)
    speller = spelling.speller_for(frozenset(record_words(facts)), spelling.WELSH)
    welsh = welsh_paths(record, {field.path for field in facts.prose_fields})
    fields = [field for field in facts.prose_fields if field.path in welsh] if welsh else []
    return misspellings("C4.15", "Welsh", speller, fields)


@check("C3.15", BLOCKING, "Welsh translation")
def translation_check(record: Any, ctx: CheckContext) -> list[Issue]:
    """In a bilingual record: a public English text without its Welsh, or whose English
    changed after its Welsh was last written."""
    if not getattr(record, "bilingual", False):
        return []
    issues = []
    for pair in text_pairs(record):
        state = translation_state(record, pair)
        if state == "missing":
            issues.append(field_issue(
                "C3.15", BLOCKING, pair.welsh_path,
                f"no Welsh version of {_what(pair)}",
                "write the Welsh, or turn off “bilingual” for an English-only page"))
        elif state == "outdated":
            issues.append(field_issue(
                "C3.15", BLOCKING, pair.welsh_path,
                f"the English of {_what(pair)} changed after its Welsh was written",
                "update the Welsh: editing it records that it follows the new English"))
    return issues


def _what(pair: TextPair) -> str:
    return f"{pair.english_path} ({quoted(pair.english, 40)})"
