"""What ``review-editor import SOURCE --out FILE`` (and ``--split --out DIR``) does."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path

from ..model.slugs import slugify
from ..model.vocab import Kind
from ..storage import save_record
from .files import import_file, import_file_each
from .result import ImportResult, Suggestion, apply_suggestions


def import_to_file(source: Path | str, out: Path | str, *, now: datetime,
                   kind: str = Kind.news_item, accept_suggestions: bool = False,
                   overwrite: bool = False) -> ImportResult:
    """Import ``source`` and save the record to ``out``.

    Nothing is written unless the import succeeds. Raises ``ImportFailed`` for a source that
    cannot be imported, and storage's errors (``ConflictError`` when ``out`` exists and
    ``overwrite`` is false) for the save. With ``accept_suggestions`` the confident
    suggestions are applied (see ``ImportResult.confident``); the others are only reported.
    """
    result = import_file(source, now=now, kind=kind)
    if accept_suggestions:
        result = _accepted(result)
    save_record(result.record, out, overwrite=overwrite)
    return result


def import_each_to_folder(source: Path | str, folder: Path | str, *, now: datetime,
                          kind: str = Kind.news_item, accept_suggestions: bool = False,
                          overwrite: bool = False) -> list[tuple[Path, ImportResult]]:
    """One record per review a listing page names, each saved in ``folder`` by its slug.

    A page that is not a listing gives one record. Every record is made before any is
    written, so a source that cannot be imported writes nothing.
    """
    results = import_file_each(source, now=now, kind=kind)
    if accept_suggestions:
        results = [_accepted(result) for result in results]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, ImportResult]] = []
    used: set[str] = set()
    for number, result in enumerate(results, start=1):
        stem = result.record.slug or slugify(result.record.title, 60) or f"review-{number}"
        name, extra = stem, 2
        while name in used:
            name, extra = f"{stem}-{extra}", extra + 1
        used.add(name)
        path = folder / f"{name}.json"
        save_record(result.record, path, overwrite=overwrite)
        written.append((path, result))
    return written


def _accepted(result: ImportResult) -> ImportResult:
    confident = _one_per_field(result.confident())
    return dataclasses.replace(result, record=apply_suggestions(result.record, confident),
                               applied=confident)


def _one_per_field(suggestions: list[Suggestion]) -> list[Suggestion]:
    kept: list[Suggestion] = []
    for suggestion in suggestions:
        if suggestion.action == "set" and any(
                s.field_path == suggestion.field_path for s in kept):
            continue
        kept.append(suggestion)
    return kept


def report_lines(result: ImportResult, *, applied: bool = False) -> list[str]:
    """What the command prints: warnings, each suggestion (applied, or skipped and why, or
    suggested) with its confidence and the words behind it, then the other reviews listed."""
    lines = [f"warning: {warning}" for warning in result.warnings]
    done = {id(s) for s in result.applied}
    for suggestion in result.suggestions:
        value = json.dumps(suggestion.value, ensure_ascii=False)
        evidence = " ".join(suggestion.evidence.split())
        if len(evidence) > 80:
            evidence = evidence[:79] + "…"
        if not applied:
            verb = "suggested"
        elif id(suggestion) in done:
            verb = "applied"
        else:
            verb = "skipped (not sure enough; check it)" if suggestion.confidence != "high" \
                else "skipped (another value was applied)"
        lines.append(f"{verb}: {suggestion.field_path} = {value} (from “{evidence}”) "
                     f"[{suggestion.confidence}]")
    if result.listed:
        lines.append(f"the page lists {len(result.listed) + 1} reviews; this record holds the "
                     "first. Import with --split for one record each. Also listed:")
        lines.extend(f"  {title}" for title in result.listed)
    return lines
