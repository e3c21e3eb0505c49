"""The console: what commands print reaches the terminal escaped, and a long listing is
written in blocks that read exactly as one ``print`` per line."""

from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.console import PrintableStream, print_json, print_lines, printable_output


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


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6)
    | st.sampled_from(["\u202e", "\n", "\u2028", '"', "\\", "\x1b[2J", "é漢\U0001f600"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    | st.dictionaries(st.integers() | st.none() | st.booleans(), inner, max_size=2)
    | st.tuples(inner, inner),
    max_leaves=30)


def _json_printed(monkeypatch: pytest.MonkeyPatch, value: object, per_write: int) -> str:
    target = io.StringIO()
    monkeypatch.setattr(sys, "stdout", target)
    print_json(value, per_write=per_write)
    return target.getvalue()


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(json_values, st.sampled_from([1, 3, 4000]))
def test_json_is_printed_as_json_dumps_prints_it(monkeypatch: pytest.MonkeyPatch,
                                                 value: object, per_write: int) -> None:
    assert _json_printed(monkeypatch, value, per_write) \
        == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_a_check_document_is_printed_as_json_dumps_prints_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    finding = {"code": "C4.7", "severity": "warning", "field_path": "body.0.markdown",
               "span": [3, 4], "message": "a \u202e control", "suggestion": None}
    document = {"files": [
        {"path": "r\u202eport.json", "error": None,
         "findings": [finding, {**finding, "span": None, "suggestion": "remove it"},
                      {**finding, "span": []}]},
        {"path": "broken.json", "error": "not JSON", "findings": []}],
        "profiles": []}
    assert _json_printed(monkeypatch, document, 2) \
        == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
