"""The ``review-editor`` command: headless subcommands, or the GUI.

``review-editor`` alone, or with a file or folder, opens the editor window. Every
subcommand calls the same functions the GUI does. A user never sees a traceback: errors
are one-line messages, and the exit status says what happened (0 fine, 1 findings that
block, 2 invalid input or usage).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from . import __version__
from .model import LONDON, json_schema, new_record
from .model.vocab import Kind
from .storage import ConflictError, LoadError, StorageError, load_record, save_record

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
        try:
            loaded = load_record(path)
        except LoadError as error:
            for line in error.lines():
                print(line)
            status = EXIT_INVALID
            continue
        for warning in loaded.warnings:
            print(f"{path}: warning: {warning}")
    return status


# schema -----------------------------------------------------------------------------------

@command("schema", "print the JSON Schema of record files")
def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
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

    from .storage import filename_problems

    problems = filename_problems(args.out.name)
    if problems:
        err(f"{args.out.name}: not a safe file name: {'; '.join(problems)}")
        return EXIT_INVALID
    try:
        record = new_record(args.kind, args.title, now())
    except ValidationError as error:
        for item in error.errors(include_input=False, include_url=False):
            err(f"{'.'.join(map(str, item['loc']))}: {item['msg']}")
        return EXIT_INVALID
    try:
        save_record(record, args.out, overwrite=args.force)
    except ConflictError as error:
        err(f"{error} Use --force to replace it.")
        return EXIT_INVALID
    except StorageError as error:
        err(str(error))
        return EXIT_INVALID
    print(args.out)
    return EXIT_OK


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


def _wants_gui(argv: Sequence[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    return not first.startswith("-") and first not in COMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        if len(argv) > 1:
            err("review-editor: give at most one file or folder to open")
            return EXIT_INVALID
        from .app import main as gui_main

        return gui_main(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and EXIT_INVALID
    if args.command is None:
        parser.print_help()
        return EXIT_INVALID
    func = COMMANDS[args.command][0]
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
