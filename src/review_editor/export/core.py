"""Exporting a record: run the checks, apply the final-copy rule, make every requested
format in memory, then write each file atomically (nothing is written when anything fails).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..checks import CheckContext, Issue, run_checks
from ..model.records import RecordModel
from ..render import Branding
from ..storage import sha256, to_bytes
from .attachments import attachment_outputs
from .files import ExportError
from .final import decide, default_check_context
from .languages import language_copies, language_suffix
from .manifest import MANIFEST_NAME, Output, build_manifest, manifest_bytes
from .names import FORMATS, bundle_name, export_filename
from .ownership import refuse_unowned
from .writing import write_all

Progress = Callable[[str], None]

FORMAT_NAMES = {"html": "web page (HTML)", "pdf": "PDF", "docx": "Word document",
                "txt": "plain text", "json": "JSON data"}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote and decided.

    ``record`` is the record to save back: the one given, or a copy with the override
    approval added (compare with ``is``). ``manifest`` describes the export: record
    version, time, files, checks and any override; a bundle also writes it to disk.
    """

    files: list[Path]
    record: RecordModel
    checks: list[Issue]
    manifest: dict[str, Any] | None


def export_record(record: RecordModel, formats: set[str] | frozenset[str] | list[str],
                  out_dir: Path, *, now: datetime, final: bool = False,
                  override_reason: str | None = None, user: str | None = None,
                  base_dir: Path | None = None, branding: Branding | None = None,
                  check_context: CheckContext | None = None,
                  progress: Progress | None = None, language: str | None = None,
                  order: str = "english_first", record_path: Path | None = None,
                  replace: Iterable[Path] = ()) -> ExportResult:
    """Export ``record`` in each of ``formats`` ("html", "pdf", "docx", "txt", "json") into
    ``out_dir`` as ``<slug>[-EMBARGOED].<format>``.

    The checks run first. With ``final``, blocking findings raise ``ExportBlocked`` unless
    ``override_reason`` is given: the override is then added to the returned record's
    approvals, and the caller saves it. ``base_dir`` is the record's folder (images, local
    attachments, the records beside it); ``check_context`` replaces the default one.
    ``language`` ("cy", "en" or "bilingual", in ``order``) picks the language copy; the
    file names then end ``-cy``, ``-en`` or ``-bilingual``.

    ``user`` is the officer's display name (the manifest and an override name them; "not
    recorded" without it, never the login name).

    Export writes only what it owns (``export.ownership``): a file already there is
    replaced only when this app wrote it for this record and it is unchanged, or when it
    is in ``replace`` (the user said so); never ``record_path``, the record's own file.
    Either every file is written, or none is left behind.
    """
    return _export(record, formats, Path(out_dir), bundle=False, now=now, final=final,
                   override_reason=override_reason, user=user, base_dir=base_dir,
                   branding=branding, ctx=check_context, progress=progress,
                   language=language, order=order, record_path=record_path,
                   replace=replace)


def export_bundle(record: RecordModel, out_dir: Path, *, now: datetime,
                  formats: set[str] | frozenset[str] | list[str] = frozenset(FORMATS),
                  final: bool = False, override_reason: str | None = None,
                  user: str | None = None, base_dir: Path | None = None,
                  branding: Branding | None = None, check_context: CheckContext | None = None,
                  progress: Progress | None = None, language: str | None = None,
                  order: str = "english_first", record_path: Path | None = None,
                  replace: Iterable[Path] = ()) -> ExportResult:
    """Like ``export_record``, into a new folder ``<slug>[-EMBARGOED]-bundle-<yyyy-mm-dd>``
    of ``out_dir``, every format by default, with ``manifest.json`` written last."""
    return _export(record, formats, Path(out_dir), bundle=True, now=now, final=final,
                   override_reason=override_reason, user=user, base_dir=base_dir,
                   branding=branding, ctx=check_context, progress=progress,
                   language=language, order=order, record_path=record_path,
                   replace=replace)


def target_folder(record: RecordModel, out_dir: Path, *, now: datetime, bundle: bool) -> Path:
    return Path(out_dir) / bundle_name(record, now) if bundle else Path(out_dir)


def _export(record: RecordModel, formats: set[str] | frozenset[str] | list[str],
            out_dir: Path, *, bundle: bool, now: datetime, final: bool,
            override_reason: str | None, user: str | None, base_dir: Path | None,
            branding: Branding | None, ctx: CheckContext | None,
            progress: Progress | None, language: str | None = None,
            order: str = "english_first", record_path: Path | None = None,
            replace: Iterable[Path] = ()) -> ExportResult:
    chosen = _formats(formats)
    copies = language_copies(record, language, order)  # ValueError before any work
    if now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    if override_reason is not None and not override_reason.strip():
        raise ValueError("an override needs a reason")
    report = progress or (lambda message: None)

    report("Running the pre-publication checks")
    context = ctx or default_check_context(record, now=now, final=final, base_dir=base_dir)
    issues = run_checks(record, context)
    version = sha256(to_bytes(record))
    updated, override = decide(record, issues, final=final, now=now,
                               override_reason=override_reason, user=user,
                               record_version=version)

    outputs: list[Output] = []
    for fmt in chosen:
        report(f"Making the {FORMAT_NAMES[fmt]}")
        data = _make(fmt, record, copies, now=now, branding=branding, base_dir=base_dir,
                     bilingual=language == "bilingual", order=order)
        name = export_filename(record, fmt, now, suffix=language_suffix(language))
        outputs.append(Output(fmt, name, data))
    if bundle:
        outputs.extend(attachment_outputs(record, base_dir, {o.name for o in outputs}))
    manifest = build_manifest(record, outputs, record_version=version, now=now,
                              issues=issues, override=override, officer=user)
    if bundle:
        outputs.append(Output("manifest", MANIFEST_NAME, manifest_bytes(manifest)))

    folder = target_folder(record, out_dir, now=now, bundle=bundle)
    index = refuse_unowned(folder, [output.name for output in outputs],
                           record_id=str(record.id), record_path=record_path,
                           replace=replace) if folder.is_dir() else {}
    try:
        created = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{folder}: the folder cannot be made "
                          f"({error.strerror or type(error).__name__})") from error
    try:
        files = write_all(folder, outputs, index, record_id=str(record.id), report=report)
    except BaseException:
        if created:
            _remove_empty(folder)
        raise
    return ExportResult(files, updated, issues, manifest)


def _remove_empty(folder: Path) -> None:
    # Not empty, or gone: nothing of this export is in it either way.
    with contextlib.suppress(OSError):
        folder.rmdir()


def _formats(formats: set[str] | frozenset[str] | list[str]) -> list[str]:
    wanted = {str(fmt).strip().lower() for fmt in formats}
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown export format {', '.join(unknown)}: "
                         f"choose from {', '.join(FORMATS)}")
    if not wanted:
        raise ValueError("no export format chosen")
    return [fmt for fmt in FORMATS if fmt in wanted]


def _make(fmt: str, record: RecordModel, copies: list[RecordModel], *, now: datetime,
          branding: Branding | None, base_dir: Path | None, bilingual: bool,
          order: str) -> bytes:
    """One format of the record's language copies (``copies``: one, or two in page order)."""
    # Imported on use: Word needs python-docx and PDF needs Typst, and neither
    # should load for an export that does not ask for it.
    first = copies[0]
    if fmt == "html":
        from .html import html_bytes
        if bilingual:
            from .html import bilingual_html_bytes
            return bilingual_html_bytes(record, order, now=now, branding=branding,
                                        base_dir=base_dir)
        return html_bytes(first, now=now, branding=branding, base_dir=base_dir)
    if fmt == "pdf":
        from .pdf import pdf_bytes
        return pdf_bytes(first, now=now, branding=branding, base_dir=base_dir,
                         also=copies[1:])
    if fmt == "docx":
        from .docx import docx_bytes
        return docx_bytes(first, now=now, branding=branding, base_dir=base_dir,
                          also=copies[1:])
    if fmt == "txt":
        from .txt import txt_bytes
        return txt_bytes(first, now=now, branding=branding, base_dir=base_dir,
                         also=copies[1:])
    from .json import json_bytes
    # A bilingual JSON copy is the bilingual record itself: it holds both languages.
    return json_bytes(record if bilingual else first, base_dir)
