"""What the command line prints goes to a terminal: it never carries a control or format
character taken from a file name, an argument or a record's text. An escape sequence can
rewrite the screen or the window's title, and a direction override makes
"report\u202eFDP.json" read as "reportnosj.PDF". Each such character is printed as its code
(``\\u202e``), which inside JSON output is the same character, escaped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
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


#: Writes a value of some type as JSON text at an indentation level (``print_json``).
JsonWriter = Callable[[Any, int], str]


def print_json(value: Any, *, writers: Mapping[type, JsonWriter] | None = None,
               per_write: int = 4000) -> None:
    """Print ``value`` exactly as ``print(json.dumps(value, indent=2, ensure_ascii=False))``
    does, in blocks, without the json module's pure-Python indenting encoder. ``writers``:
    how to write values of these types (a check's million findings, each straight from the
    finding rather than through a dictionary made for it)."""
    block: list[str] = []
    for piece in _json_pieces(value, 0, writers or {}):
        block.append(piece)
        if len(block) == per_write:
            sys.stdout.write("".join(block))
            block.clear()
    sys.stdout.write("".join(block) + "\n")


encoded = json.encoder.encode_basestring  # the string encoder json.dumps uses here


def _pad(level: int) -> str:
    return "\n" + "  " * level


def _json_pieces(value: Any, level: int, writers: Mapping[type, JsonWriter]) -> Iterator[str]:
    writer = writers.get(type(value))
    if writer is not None:
        yield writer(value, level)
    elif isinstance(value, dict) and value and all(isinstance(key, str) for key in value):
        for number, (key, item) in enumerate(value.items()):
            yield f"{',' if number else '{'}{_pad(level + 1)}{encoded(key)}: "
            yield from _json_pieces(item, level + 1, writers)
        yield _pad(level) + "}"
    elif isinstance(value, list) and value:
        for number, item in enumerate(value):
            yield ("," if number else "[") + _pad(level + 1)
            yield from _json_pieces(item, level + 1, writers)
        yield _pad(level) + "]"
    else:
        yield json_text(value, level)


def json_text(value: Any, level: int) -> str:
    """``value`` as json.dumps(indent=2, ensure_ascii=False) writes it at ``level``."""
    if isinstance(value, str):
        return encoded(value)
    if value is None:
        return "null"
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__repr__(value)
    # Outside strings, a line break in json.dumps' text is indentation.
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", _pad(level))


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
