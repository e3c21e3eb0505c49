"""``review-editor export FILE... --format html,pdf,docx,txt,json --out DIR [--bundle]``.

One line per written file. Exit status: 0 when every file was exported; 1 when the checks
block a final export (``--final`` without ``--override REASON``) or a record's export fails
(it is named, nothing of it is left behind, and the others are still exported); 2 on
invalid input (a record that does not load, an unknown format) or when export would replace
a file it did not write for that record (each such file is named). An override is saved
back into the record file, unless someone changed that file meanwhile. The officer named in
the manifest is ``--user``, else the display name from the profile; never the login name.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import LONDON
from ..storage.names import folder_problems
from .languages import LANGUAGES, language_copies, language_suffix
from .names import FORMATS, export_filename

if TYPE_CHECKING:
    from ..model.records import RecordModel
    from ..render.branding import Branding
    from ..storage.files import LoadedRecord
    from .core import ExportResult

EXIT_OK, EXIT_BLOCKED, EXIT_INVALID = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--format", default=",".join(FORMATS), metavar="FORMATS",
                        help=f"comma-separated, from {','.join(FORMATS)} (default: all)")
    parser.add_argument("--out", required=True, type=given_path, metavar="DIR",
                        help="the folder to write to (made if missing)")
    parser.add_argument("--bundle", action="store_true",
                        help="write every format and manifest.json into a dated folder")
    parser.add_argument("--final", action="store_true",
                        help="a final copy: blocking findings stop the export")
    parser.add_argument("--override", metavar="REASON",
                        help="export a final copy despite blocking findings; the reason is "
                             "recorded in the record's approvals and the manifest")
    parser.add_argument("--user", metavar="NAME",
                        help="the officer's name for the manifest and an override (default: "
                             "the display name in your profile, else 'not recorded')")
    parser.add_argument("--now", type=aware_datetime, metavar="ISO",
                        help="the time to export at (default: now, Europe/London)")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="a Welsh (cy) or English (en) copy of a bilingual record, or one "
                             "bilingual copy holding both, in the order the organisation "
                             "profile gives (default: the record as it is)")
    add_profile_argument(parser)


def add_profile_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", type=Path, metavar="FILE",
                        help="the organisation profile (name, logo, colours, footer); default: "
                             "the one in the record's folder, else the workspace's")


def given_path(text: str) -> Path:
    """A path argument: never empty (an empty one would mean the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a path, not an empty one")
    return Path(text)


def aware_datetime(text: str) -> datetime:
    """``--now``: an ISO date and time with its offset (the command line's one reading)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date and time: {text!r}") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("give a time with its offset, e.g. +01:00")
    return value


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def parse_formats(text: str) -> list[str]:
    chosen = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [fmt for fmt in chosen if fmt not in FORMATS]
    if unknown or not chosen:
        raise ValueError(f"unknown format {', '.join(unknown) or repr(text)}: "
                         f"choose from {','.join(FORMATS)}")
    return chosen


def run(args: argparse.Namespace) -> int:
    try:
        formats = parse_formats(args.format)
    except ValueError as error:
        _err(f"review-editor export: {error}")
        return EXIT_INVALID
    if args.override is not None and not args.override.strip():
        _err("review-editor export: --override needs a reason")
        return EXIT_INVALID
    out: Path = args.out
    problems = folder_problems(out)
    if problems:
        _err(f"{out}: cannot export there: {'; '.join(problems)}")
        return EXIT_INVALID
    now = args.now or datetime.now(LONDON)
    final = args.final or args.override is not None
    user = args.user or _display_name()
    status = EXIT_OK
    claimed: dict[Path, Path] = {}  # output path → the record file it came from
    given: set[str] = set()
    for path in args.files:
        key = os.path.normcase(os.path.realpath(path))
        if key in given:
            _err(f"{path}: given twice; exported once")
            continue
        given.add(key)
        outcome = _export_one(path, formats, out, now=now, final=final, bundle=args.bundle,
                              override=args.override, user=user, claimed=claimed,
                              profile=args.profile, language=args.language)
        if outcome == EXIT_INVALID or (outcome == EXIT_BLOCKED and status == EXIT_OK):
            status = outcome
    return status


def _export_one(path: Path, formats: list[str], out: Path, *, now: datetime, final: bool,
                bundle: bool, override: str | None, user: str,
                claimed: dict[Path, Path], profile: Path | None,
                language: str | None = None) -> int:
    # Loaded here, not at import: building the command line's parser must stay cheap.
    from ..storage import ConflictError, LoadError, StorageError, load_record, save_record
    from ..storage.writing import marked_read_only
    from .core import target_folder
    from .files import ExportError
    from .final import ExportBlocked
    from .manifest import MANIFEST_NAME
    from .ownership import ExportNotOwned, ExportRefused

    try:
        loaded = load_record(path)
    except LoadError as error:
        for line in error.lines():
            _err(line)
        return EXIT_INVALID
    record = loaded.record
    try:
        branding, order = _branding(profile, path.parent)
    except (LoadError, StorageError) as error:
        _err(f"{path}: not exported: the organisation profile cannot be used: {error}")
        return EXIT_INVALID
    if override is not None and loaded.read_only:
        _err(f"{path}: opened read-only (a newer schema version), so an override could not "
             "be recorded in it")
        return EXIT_INVALID
    if override is not None and marked_read_only(path):
        _err(f"{path}: the file is marked read-only, so the override could not be recorded "
             "in it; nothing was exported (clear its read-only setting first)")
        return EXIT_INVALID
    folder = target_folder(record, out, now=now, bundle=bundle)
    try:
        language_copies(record, language, order)
    except ValueError as error:
        _err(f"{path}: not exported: {error}")
        return EXIT_INVALID
    names = [export_filename(record, fmt, now, suffix=language_suffix(language))
             for fmt in formats]
    targets = [folder / name for name in names + ([MANIFEST_NAME] if bundle else [])]
    for target in targets:
        if target in claimed:
            _err(f"{path}: would replace {target}, just exported from {claimed[target]} "
                 "(two records with the same slug)")
            return EXIT_INVALID
    try:
        result = _export(record, formats, out, bundle=bundle, now=now, final=final,
                         override=override, user=user, record_path=path,
                         branding=branding, language=language, order=order, loaded=loaded)
    except ExportBlocked as blocked:
        for issue in blocked.issues:
            _err(f"{path}: {issue.code} blocking: {issue.field_path}: {issue.message}")
        _err(f"{path}: not exported: {blocked} (--override REASON)")
        return EXIT_BLOCKED
    except ExportRefused as refused:  # a link or the record's own file says what to do
        advice = "; choose another --out, or move those files" \
            if isinstance(refused, ExportNotOwned) else ""
        _err(f"{path}: not exported: {refused}{advice}")
        return EXIT_INVALID
    except (ExportError, StorageError) as error:
        _err(f"{path}: not exported: {error}")
        return EXIT_BLOCKED
    except OSError as error:  # the system's words: they never quote the record
        where = f" ({error.filename})" if error.filename else ""
        _err(f"{path}: not exported: {error.strerror or type(error).__name__}{where}; "
             "nothing of it was written")
        return EXIT_BLOCKED
    except Exception as error:  # noqa: BLE001 - one record must not stop the batch
        # Named by its type only: an error's text may quote the record's own words.
        _err(f"{path}: not exported: an unexpected error ({type(error).__name__}); "
             "nothing of it was written")
        return EXIT_BLOCKED
    for written in result.files:
        claimed[written] = path
        print(written)
    if result.record is not record:
        try:
            save_record(result.record, path, expected_sha256=loaded.sha256)
        except ConflictError as error:
            kept = "; the bundle's manifest records it" if bundle else ""
            _err(f"{error} The override was not recorded in the record{kept}.")
            return EXIT_INVALID
        except StorageError as error:
            _err(f"{error} The override was not recorded in the record.")
            return EXIT_INVALID
        print(f"{path}: override recorded in approvals")
    return EXIT_OK


def _export(record: RecordModel, formats: list[str], out: Path, *, bundle: bool,
            now: datetime, final: bool, override: str | None, user: str,
            record_path: Path, branding: Branding | None, language: str | None = None,
            order: str = "english_first", loaded: LoadedRecord | None = None) -> ExportResult:
    from . import core
    from .final import default_check_context

    base_dir = record_path.parent
    # The file just loaded stands in for itself in its folder's index (not read again).
    context = default_check_context(record, now=now, final=final, base_dir=base_dir,
                                    source=loaded)
    if bundle:
        return core.export_bundle(record, out, formats=set(formats), now=now, final=final,
                                  override_reason=override, user=user, base_dir=base_dir,
                                  branding=branding, check_context=context,
                                  language=language, order=order, record_path=record_path)
    return core.export_record(record, set(formats), out, now=now, final=final,
                              override_reason=override, user=user, base_dir=base_dir,
                              branding=branding, check_context=context, language=language,
                              order=order, record_path=record_path)


def _branding(explicit: Path | None, record_folder: Path) -> tuple[Branding | None, str]:
    """The branding the window would use for this record, and the profile's bilingual
    order; problems with parts of the profile are reported and those parts left out."""
    from ..profile import applied_profile

    applied = applied_profile(record_folder, explicit)
    for problem in applied.problems:
        _err(f"{applied.path}: warning: {problem}; left out")
    return applied.branding, applied.bilingual_order


def _display_name() -> str:
    """The officer's display name from the profile ("" when none is recorded)."""
    from ..storage import officer_display_name

    return officer_display_name() or ""
