"""The console: what commands print reaches the terminal escaped, and a long listing is
written in blocks that read exactly as one ``print`` per line."""

from __future__ import annotations

import io
import sys

import pytest

from review_editor.console import PrintableStream, print_lines, printable_output


def _printed(monkeypatch: pytest.MonkeyPatch, write: object) -> str:
    target = io.StringIO()
    monkeypatch.setattr(sys, "stdout", target)
    with printable_output():
        write()  # type: ignore[operator]
    return target.getvalue()


@pytest.mark.parametrize("count", [0, 1, 3, 4, 5, 9])
def test_lines_in_blocks_read_as_one_print_each(monkeypatch: pytest.MonkeyPatch,
                                                count: int) -> None:
    lines = [f"r\u202eport.json: C4.{n} warning: \x1b[2J line {n}\tend" for n in range(count)]

    def one_by_one() -> None:
        for line in lines:
            print(line)

    assert _printed(monkeypatch, lambda: print_lines(lines, per_write=4)) \
        == _printed(monkeypatch, one_by_one)


def test_blocks_are_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    printed = _printed(monkeypatch, lambda: print_lines(["a\u202eb", "c\u2028d"], per_write=1))
    assert printed == "a\\u202eb\nc\\u2028d\n"


def test_writes_go_through_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[str] = []

    class Recorder(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(text)
            return len(text)

    monkeypatch.setattr(sys, "stdout", PrintableStream(Recorder()))
    print_lines((str(n) for n in range(10)), per_write=4)
    assert writes == ["0\n1\n2\n3\n", "4\n5\n6\n7\n", "8\n9\n"]
