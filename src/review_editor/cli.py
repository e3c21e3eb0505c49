"""The ``review-editor`` command: headless subcommands, or the GUI.

``review-editor`` alone, or with a file or folder, opens the editor window. Every
subcommand calls the same functions the GUI does. A user never sees a traceback: errors
are one-line messages, and the exit status says what happened (0 fine, 1 findings that
block, 2 invalid input or usage).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, model, storage
from .model import LONDON
from .model.vocab import Kind
from .storage import ConflictError, LoadError, StorageError

if TYPE_CHECKING:  # the models load when a command needs them, not to open the window
    from .checks import Issue
    from .storage import IndexEntry, LoadedRecord

EXIT_OK, EXIT_BLOCKED, EXIT_INVALID = 0, 1, 2

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[Command, Callable[[argparse.ArgumentParser], None], str]] = {}


def command(name: str, help: str) -> Callable[[Command], Command]:
    def register(func: Command) -> Command:
        COMMANDS[name] = (func, getattr(func, "_arguments", lambda parser: None), help)
        return func
    return register


def arguments(setup: Callable[[argparse.ArgumentParser], None]) -> Callable[[Command], Command]:
    def attach(func: Command) -> Command:
        func._arguments = setup  # type: ignore[attr-defined]
        return func
    return attach


def now() -> datetime:
    return datetime.now(LONDON)


def err(message: str) -> None:
    print(message, file=sys.stderr)


# validate ---------------------------------------------------------------------------------

def _validate_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")


@command("validate", "check that record files load; one line per problem")
@arguments(_validate_args)
def cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.files:
        loaded = _load_or_report(path)
        if loaded is None:
            status = EXIT_INVALID
            continue
        for warning in loaded.warnings:
            print(f"{path}: warning: {warning}")
    return status


def _load_or_report(path: Path) -> LoadedRecord | None:
    """The record, or None after printing one line per problem, each naming the file."""
    try:
        return storage.load_record(path)
    except LoadError as error:
        for line in error.lines():
            print(line)
        return None


# schema -----------------------------------------------------------------------------------

@command("schema", "print the JSON Schema of record files")
def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(model.json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


# new --------------------------------------------------------------------------------------

def _new_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    parser.add_argument("--title", required=True)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


@command("new", "create a new draft record")
@arguments(_new_args)
def cmd_new(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from .storage.files import field_problems

    if not _safe_output(args.out):
        return EXIT_INVALID
    if not args.title.strip():
        err("review-editor new: --title needs the words of a title, not an empty one")
        return EXIT_INVALID
    try:
        record = model.new_record(args.kind, args.title, now())
    except ValidationError as error:
        for problem in field_problems(error):
            err(str(problem))
        return EXIT_INVALID
    try:
        storage.save_record(record, args.out, overwrite=args.force)
    except ConflictError as error:
        err(f"{error} Use --force to replace it.")
        return EXIT_INVALID
    except StorageError as error:
        err(str(error))
        return EXIT_INVALID
    print(args.out)
    return EXIT_OK


def _safe_output(path: Path) -> bool:
    """A record's file name must be safe on Windows and SharePoint and end in .json, like
    the names the window gives; otherwise say why, and False."""
    from .storage import filename_problems
    from .storage.names import escaped

    problems = filename_problems(path.name)
    if not path.name.lower().endswith(".json"):
        problems.append("a record file's name ends in .json")
    if problems:
        err(f"{escaped(path.name)}: not a safe file name: {'; '.join(problems)}")
    return not problems


# check ------------------------------------------------------------------------------------

def _check_args(parser: argparse.ArgumentParser) -> None:
    from .export.cli_command import aware_datetime

    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--final", action="store_true",
                        help="check as for publication (required fields become blocking)")
    parser.add_argument("--all", action="store_true",
                        help="also list information notes, not only blocking and warnings")
    parser.add_argument("--now", type=aware_datetime, default=None, metavar="ISO",
                        help="the time to check at (default: now, Europe/London)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="json: one document listing every file and all its findings, "
                             "notes included")
    parser.add_argument("--profile", type=Path, metavar="FILE",
                        help="also check this organisation profile's colours (default: the "
                             "profile in the record's folder, else the workspace's)")


@command("check", "run the pre-publication checks; exit 1 when something blocks")
@arguments(_check_args)
def cmd_check(args: argparse.Namespace) -> int:
    from .checking import check_record
    from .checks import FINAL_EXPORT
    from .console import print_lines

    if args.format == "json":
        return _check_json(args)
    status = EXIT_OK
    profiles_seen: set[Path | None] = set()
    listed: dict[Path, dict[Path, IndexEntry]] = {}  # each folder's records, read once
    for path in args.files:
        if not _report_profile(path.parent, args.profile, profiles_seen):
            status = EXIT_INVALID
        loaded = _load_or_report(path)
        if loaded is None:
            status = EXIT_INVALID
            continue
        issues = check_record(loaded.record, now=args.now or now(), folder=path.parent,
                              target_status=FINAL_EXPORT if args.final else None,
                              source=loaded, listed=listed.setdefault(path.parent, {}))
        file = str(path)
        print_lines(_finding_line(file, issue) for issue in issues
                    if args.all or issue.severity != "info")
        blocking = sum(1 for i in issues if i.severity == "blocking")
        warnings = sum(1 for i in issues if i.severity == "warning")
        notes = len(issues) - blocking - warnings
        print(f"{path}: {blocking} blocking, {warnings} warning{'' if warnings == 1 else 's'}, "
              f"{notes} note{'' if notes == 1 else 's'}")
        if blocking and status == EXIT_OK:
            status = EXIT_BLOCKED
    return status


def _finding_line(file: str, issue: Issue) -> str:
    span = issue.span
    where = f"{issue.field_path}[{span[0]}:{span[1]}]" if span else issue.field_path
    if issue.suggestion:
        return (f"{file}: {issue.code} {issue.severity}: {where}: {issue.message} "
                f"(suggestion: {issue.suggestion})")
    return f"{file}: {issue.code} {issue.severity}: {where}: {issue.message}"


@dataclass(frozen=True)
class _ProfileReport:
    """The organisation profile that applies to a record, as ``check`` reports it."""

    path: Path | None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def _profile_report(folder: Path, explicit: Path | None,
                    seen: set[Path | None]) -> tuple[bool, _ProfileReport | None]:
    """Whether the profile that applies to records in ``folder`` (``explicit`` when given)
    can be used, and its error or warnings unless that profile was already reported."""
    from .profile import applied_profile

    try:
        applied = applied_profile(folder, explicit)
    except StorageError as error:
        key = explicit or folder
        if key in seen:
            return False, None
        seen.add(key)
        return False, _ProfileReport(key, str(error))
    if applied.path in seen:
        return True, None
    seen.add(applied.path)
    return True, _ProfileReport(applied.path, None,
                                tuple(applied.problems + applied.warnings))


def _report_profile(folder: Path, explicit: Path | None, seen: set[Path | None]) -> bool:
    """Print the warnings of the organisation profile that applies, once per profile;
    False when it cannot be used."""
    usable, report = _profile_report(folder, explicit, seen)
    if report is not None and report.error is not None:
        err(f"organisation profile: {report.error}")
    elif report is not None:
        for message in report.warnings:
            print(f"{report.path}: warning: {message}")
    return usable


def _check_json(args: argparse.Namespace) -> int:
    """``{"files": [{"path", "error", "findings": [...]}], "profiles": [{"path", "error",
    "warnings"}]}`` on stdout (each organisation profile once, as the text output prints
    it); the same exit status as the text output."""
    from .checking import check_record
    from .checks import FINAL_EXPORT, Issue
    from .console import print_json

    files: list[dict[str, Any]] = []
    profiles: list[dict[str, Any]] = []
    seen: set[Path | None] = set()
    listed: dict[Path, dict[Path, IndexEntry]] = {}  # each folder's records, read once
    unreadable = blocked = False
    for path in args.files:
        usable, report = _profile_report(path.parent, args.profile, seen)
        unreadable = unreadable or not usable
        if report is not None and report.path is not None:  # None: no profile applies
            profiles.append({"path": str(report.path), "error": report.error,
                             "warnings": list(report.warnings)})
        try:
            loaded = storage.load_record(path)
        except LoadError as error:
            unreadable = True
            files.append({"path": str(path), "error": "; ".join(error.lines()),
                          "findings": []})
            continue
        issues = check_record(loaded.record, now=args.now or now(), folder=path.parent,
                              target_status=FINAL_EXPORT if args.final else None,
                              source=loaded, listed=listed.setdefault(path.parent, {}))
        blocked = blocked or any(i.severity == "blocking" for i in issues)
        files.append({"path": str(path), "error": None, "findings": issues})
    print_json({"files": files, "profiles": profiles}, writers={Issue: _finding_writer()})
    return EXIT_INVALID if unreadable else EXIT_BLOCKED if blocked else EXIT_OK


_SEVERITY_NAMES = {"blocking": "blocking", "warning": "warning", "info": "note"}


def _finding_writer() -> Callable[[Issue, int], str]:
    """How ``check --format json`` writes a finding at an indentation level: what
    json.dumps(indent=2) writes of ``{"code", "severity", "field_path", "span": [start,
    end] | null, "message", "suggestion": text | null}``, without making that object (a
    long record has a million findings)."""
    from .console import encoded, json_text

    severities = {name: encoded(shown) for name, shown in _SEVERITY_NAMES.items()}
    pads: dict[int, tuple[str, str, str]] = {}

    def written(issue: Issue, level: int) -> str:
        if level not in pads:  # the object's end, its keys and its span's items
            pads[level] = ("\n" + "  " * level, "\n" + "  " * (level + 1),
                           "\n" + "  " * (level + 2))
        end, key, item = pads[level]
        span = issue.span
        if not span:
            span_text = "null"
        elif len(span) == 2 and type(span[0]) is int and type(span[1]) is int:
            span_text = f"[{item}{span[0]},{item}{span[1]}{key}]"
        else:
            span_text = json_text(list(span), level + 1)
        suggestion = encoded(issue.suggestion) if issue.suggestion else "null"
        return (f'{{{key}"code": {encoded(issue.code)},'
                f'{key}"severity": {severities[issue.severity]},'
                f'{key}"field_path": {encoded(issue.field_path)},{key}"span": {span_text},'
                f'{key}"message": {encoded(issue.message)},{key}"suggestion": {suggestion}{end}}}')
    return written


# import -----------------------------------------------------------------------------------

def _import_args(parser: argparse.ArgumentParser) -> None:
    from .export.cli_command import given_path

    parser.add_argument("source", type=Path, metavar="SOURCE",
                        help="a web page's text (.txt), saved HTML (.html) or Word (.docx)")
    parser.add_argument("other", type=Path, nargs="?", metavar="OTHER",
                        help="the same publication's page in the other language (a Welsh "
                             "and an English page): one bilingual record")
    parser.add_argument("--out", required=True, type=given_path, metavar="FILE",
                        help="the record to write (with --split, a folder)")
    parser.add_argument("--kind", default="news_item", choices=[k.value for k in Kind])
    parser.add_argument("--accept-suggestions", action="store_true",
                        help="also fill in the review facts the importer is sure of; the "
                             "others are listed as skipped")
    parser.add_argument("--split", action="store_true",
                        help="a page listing several reviews: one record per review in the "
                             "folder --out")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


@command("import", "turn a web page or Word draft into a record")
@arguments(_import_args)
def cmd_import(args: argparse.Namespace) -> int:
    from .importers import ImportFailed
    from .importers.command import import_each_to_folder, import_to_file, report_lines
    from .importers.pairing import import_bilingual_to_file
    from .storage.names import folder_problems

    if not args.split and not _safe_output(args.out):
        return EXIT_INVALID
    if args.split and (problems := folder_problems(args.out)):
        err(f"{args.out}: cannot write the records there: {'; '.join(problems)}")
        return EXIT_INVALID
    try:
        bilingual = None if args.split else import_bilingual_to_file(
            args.source, args.other, args.out, now=now(), kind=args.kind, overwrite=args.force)
        if bilingual is not None:
            for line in report_lines(bilingual):
                print(line)
            return EXIT_OK
        if args.split:
            written = import_each_to_folder(args.source, args.out, now=now(), kind=args.kind,
                                            accept_suggestions=args.accept_suggestions,
                                            overwrite=args.force)
            for path, result in written:
                print(f"wrote {path}")
                for line in report_lines(result, applied=args.accept_suggestions):
                    if not line.startswith(("the page lists", "  ")):
                        print(f"  {line}")
            return EXIT_OK
        result = import_to_file(args.source, args.out, now=now(), kind=args.kind,
                                accept_suggestions=args.accept_suggestions,
                                overwrite=args.force)
    except ImportFailed as error:
        err(str(error))
        return EXIT_INVALID
    except ConflictError as error:
        err(f"{error} Use --force to replace it.")
        return EXIT_INVALID
    except OSError as error:
        err(f"{args.out}: cannot write there ({error.strerror or error})")
        return EXIT_INVALID
    for line in report_lines(result, applied=args.accept_suggestions):
        print(line)
    return EXIT_OK


# attach -----------------------------------------------------------------------------------

def _attach_args(parser: argparse.ArgumentParser) -> None:
    from .model.vocab import AttachmentRole

    parser.add_argument("record", type=Path, metavar="RECORD", help="the record file")
    parser.add_argument("file", type=Path, metavar="FILE", nargs="?",
                        help="the document; attaching it again reads its details again. "
                             "Without FILE, --refresh reads every local document again")
    roles = [r.value for r in AttachmentRole]
    parser.add_argument("--role", choices=roles, metavar="ROLE",
                        help=f"what the document is: {', '.join(roles)} (default: other)")
    parser.add_argument("--title", metavar="TEXT", help="default: the document's own title")
    parser.add_argument("--copy", action="store_true",
                        help="copy a file from elsewhere beside the record")
    parser.add_argument("--refresh", action="store_true",
                        help="read the details of every local document again")


@command("attach", "attach a document beside a record, with its size, pages and "
                   "accessibility read from the file")
@arguments(_attach_args)
def cmd_attach(args: argparse.Namespace) -> int:
    from .attachments import AttachError, attach_to_record_file, describe

    if (args.file is None) != bool(args.refresh) or (
            args.refresh and (args.role or args.title or args.copy)):
        err("review-editor attach: give RECORD FILE, or RECORD --refresh alone")
        return EXIT_INVALID
    try:
        attached, problems = attach_to_record_file(args.record, args.file, role=args.role,
                                                   title=args.title, copy_file=args.copy,
                                                   now=now())
    except LoadError as error:
        for line in error.lines():
            err(line)
        return EXIT_INVALID
    except ConflictError as error:
        err(f"{error} Nothing was attached; try again.")
        return EXIT_INVALID
    except (AttachError, StorageError) as error:
        err(str(error))
        return EXIT_INVALID
    if attached is not None:
        item = attached.attachments[attached.index]
        if attached.copied_to is not None:
            print(f"{args.file}: copied to {attached.copied_to}")
        verb = "refreshed" if attached.refreshed else "attached"
        print(f"{args.record}: {verb} {item['path']} as attachments.{attached.index} "
              f"({describe(attached.facts)})")
    else:
        print(f"{args.record}: document details read again")
    for problem in problems:
        err(f"{args.record}: {problem}")
    return EXIT_INVALID if problems else EXIT_OK


# export -----------------------------------------------------------------------------------

def _export_args(parser: argparse.ArgumentParser) -> None:
    from .export.cli_command import add_arguments

    add_arguments(parser)


@command("export", "final copies: HTML, PDF, Word, plain text, JSON, or a bundle")
@arguments(_export_args)
def cmd_export(args: argparse.Namespace) -> int:
    from .export.cli_command import run

    return run(args)


# self-test --------------------------------------------------------------------------------

def _self_test_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", type=Path, metavar="FILE",
                        help="render and export with this organisation profile (default: "
                             "the workspace's)")


@command("self-test", "load, render, check and export the bundled examples")
@arguments(_self_test_args)
def cmd_self_test(args: argparse.Namespace) -> int:
    from .selftest import run_self_test

    return run_self_test(profile=args.profile)


# entry point ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="review-editor",
        description="Edit, check, preview and export safeguarding publication records. "
                    "With no command, or with a file or folder, opens the editor window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_func, setup, help_text) in COMMANDS.items():
        setup(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """The arguments; one the command does not know is reported with that command's usage
    (not the program's, which would not show the options the command does have)."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        commands = next(action for action in parser._actions
                        if isinstance(action, argparse._SubParsersAction))
        owner = commands.choices.get(args.command or "", parser)
        owner.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def _wants_gui(argv: Sequence[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    return not first.startswith("-") and first not in COMMANDS


def _not_a_command(word: str) -> str | None:
    """Why ``word`` (neither a command nor an option) cannot be opened, or None when it is
    a file or folder that exists: a mistyped command never opens the window."""
    try:
        if os.path.lexists(word):
            return None
    except ValueError:  # a NUL character
        pass
    from difflib import get_close_matches

    from .storage.names import escaped

    close = get_close_matches(word, list(COMMANDS), n=1)
    hint = f" Did you mean \"{close[0]}\"?" if close else ""
    return (f"review-editor: \"{escaped(word)}\" is not a command, nor a file or folder "
            f"that exists.{hint} Commands: {', '.join(COMMANDS)}; see review-editor --help.")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (the process's own when None) and return its status."""
    whole_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        problem = _not_a_command(argv[0]) if argv else None
        if problem:
            err(problem)
            return EXIT_INVALID
        if len(argv) > 1:
            err("review-editor: give at most one file or folder to open")
            return EXIT_INVALID
        from .app import main as gui_main

        return gui_main(argv)
    from .console import printable_output

    with printable_output():
        status = _run_command(argv)
    if whole_process:
        # The process ends next. Its last garbage collection would walk every object still
        # alive (a long record's check leaves millions: over a second for 100,000
        # sections) to free memory that is about to be given back anyway.
        gc.freeze()
    return status


def _run_command(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = _parse(parser, argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and EXIT_INVALID
    if args.command is None:
        parser.print_help()
        return EXIT_INVALID
    func = COMMANDS[args.command][0]
    if not logging.getLogger().handlers:
        # A library's warnings ("EOF marker not found") would otherwise be printed above
        # the command's own lines, which say what went wrong.
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        return func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except StorageError as error:
        err(str(error))
        return EXIT_INVALID
    except Exception as error:  # noqa: BLE001 - the user gets a message, never a traceback
        err(f"review-editor {args.command}: unexpected error: {type(error).__name__}: {error}")
        return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
