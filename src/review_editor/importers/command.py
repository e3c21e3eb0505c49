"""What ``review-editor import SOURCE --out FILE`` does, for the command line to call."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path

from ..model.vocab import Kind
from ..storage import save_record
from .files import import_file
from .result import ImportResult, apply_suggestions


def import_to_file(source: Path | str, out: Path | str, *, now: datetime,
                   kind: str = Kind.news_item, accept_suggestions: bool = False,
                   overwrite: bool = False) -> ImportResult:
    """Import ``source`` and save the record to ``out``.

    Nothing is written unless the import succeeds. Raises ``ImportFailed`` for a source that
    cannot be imported, and storage's errors (``ConflictError`` when ``out`` exists and
    ``overwrite`` is false) for the save. With ``accept_suggestions`` every suggestion is
    applied; otherwise they are only reported (see ``report_lines``).
    """
    result = import_file(source, now=now, kind=kind)
    if accept_suggestions:
        result = dataclasses.replace(
            result, record=apply_suggestions(result.record, result.suggestions))
    save_record(result.record, out, overwrite=overwrite)
    return result


def report_lines(result: ImportResult, *, applied: bool = False) -> list[str]:
    """What the command prints: warnings, then each suggestion with the words behind it."""
    lines = [f"warning: {warning}" for warning in result.warnings]
    verb = "applied" if applied else "suggested"
    for suggestion in result.suggestions:
        value = json.dumps(suggestion.value, ensure_ascii=False)
        evidence = " ".join(suggestion.evidence.split())
        if len(evidence) > 80:
            evidence = evidence[:79] + "…"
        lines.append(f"{verb}: {suggestion.field_path} = {value} (from “{evidence}”)")
    return lines
