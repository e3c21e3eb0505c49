"""What the command line prints goes to a terminal: it never carries a control or format
character taken from a file name, an argument or a record's text. An escape sequence can
rewrite the screen or the window's title, and a direction override makes
"report\u202eFDP.json" read as "reportnosj.PDF". Each such character is printed as its code
(``\\u202e``), which inside JSON output is the same character, escaped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from .storage.names import escaped


class PrintableStream:
    """A text stream that writes every control or format character as its code; line
    breaks and tabs stay what they are."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(escaped(text, keep="\n\t"))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def print_lines(lines: Iterable[str], *, per_write: int = 2000) -> None:
    """Print each line, as ``print`` would, a few thousand lines to a write: a command that
    lists a million findings pays for its writes once per block, not once per line."""
    block: list[str] = []
    for line in lines:
        block.append(line)
        if len(block) == per_write:
            sys.stdout.write("\n".join(block) + "\n")
            block.clear()
    if block:
        sys.stdout.write("\n".join(block) + "\n")


@contextmanager
def printable_output() -> Iterator[None]:
    """Standard output and error made printable for the time of a command."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = PrintableStream(out)  # type: ignore[assignment]
    sys.stderr = PrintableStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:  # unless a command put something else there (os.devnull, after a broken pipe)
        if isinstance(sys.stdout, PrintableStream):
            sys.stdout = out
        if isinstance(sys.stderr, PrintableStream):
            sys.stderr = err
