"""A corpus of malformed record files, generated here: every one is refused with a typed
``LoadError`` that names the file and says where the problem is, and none is modified.

The one exception is a UTF-8 byte order mark, which Windows Notepad adds: it is skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sample_records import DELETE, rich_record_data, set_path

from review_editor.model import parse_record
from review_editor.storage import MAX_FILE_BYTES, LoadError, load_record, to_bytes
from review_editor.storage import reading as storage_reading

CANARY = "Zebracanary7731"
OLD_MTIME_NS = 1_600_000_000_123_456_789

VALID_DATA = rich_record_data()
VALID = to_bytes(parse_record(VALID_DATA))


@dataclass
class Case:
    name: str
    content: bytes | None  # None: the test makes the path itself (folder, missing, huge)
    category: str
    fields: tuple[str, ...] = ()
    positioned: bool = False  # line and column must be set
    make: Callable[[Path], None] | None = None


@dataclass
class Corpus:
    cases: list[Case] = field(default_factory=list)

    def add(self, name: str, content: bytes | None, category: str, *fields: str,
            positioned: bool = False, make: Callable[[Path], None] | None = None) -> None:
        self.cases.append(Case(name, content, category, tuple(fields), positioned, make))


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _splice(data: bytes, marker: bytes, replacement: bytes) -> bytes:
    assert marker in data, marker
    return data.replace(marker, replacement, 1)


# Field path → bad values. Each must fail naming exactly that path.
WRONG_VALUES: dict[str, list[Any]] = {
    "schema_version": [1.0, None, "one", "1", "1.0.0", "v1.0", "١.٠", [1, 0]],
    "id": ["not-a-uuid", 5, None, "", "0b6f7d2e-3c1a-4e55-9a7e"],
    "status": ["bogus", 5, None, "Draft"],
    "title": [123, None, ["a"], {"text": "a"}, "x" * 121, True],
    "slug": ["Safeguarding-Adults-Review", "with space", "trailing-", "-leading", "a--b",
             "ünïcode", 5],
    "summary": ["s" * 301, 42, ["a summary"]],
    "language": ["english language", "", 44, "e"],
    "audience": ["public", ["nobody"], [1], {"a": 1}],
    "themes": [{"id": "x"}, "self-neglect", [5]],
    "themes.0.id": ["Self Neglect", 5],
    "keywords": ["a,b", [1, 2]],
    "publisher": ["Northvale SAB", 5, []],
    "publisher.name": [5, None, "n" * 201],
    "publisher.former_names.0.until": ["2015-3", "March 2015", "2015-00"],
    "published_on": ["2021-02-30", "yesterday", "14/05/2031", "2031-5-14", "2031-05-14T12:00"],
    "publish_at": ["2031-05-14T00:01:00", "2031-05-14", "tomorrow", "2031-05-14T25:00Z"],
    "embargo": ["until Tuesday", {"reason": "no date"}],
    "embargo.until": ["2031-05-14T00:01:00", "2031-05-14 00:01", "soon", None, [2031]],
    "embargo.recipients": ["press@nsab.example"],
    "embargo.applies_to_attachments": ["maybe", 2],
    "contact.email": [5, ["a@b.example"]],
    "review": ["sar", 5, []],
    "review.review_type": ["serious case review", 1],
    "review.commissioned_on": ["2021-13", "2021-02-30", "21", "2021-1", "2021-00",
                               "2021-04-31", "0000", "2021/04", "2021-04-01T00:00", 2021,
                               "2021\n"],
    "review.period_covered.start": ["2029-02-29", "twenty", "2027-1"],
    "review.number_of_cases": [0, -3, "three", 1.5, [1]],
    "review.reviewers": [{"name": "x"}, "Sam"],
    "review.reviewers.0.independent": ["maybe", 3],
    "review.recommendations.0.id": ["1", "R", "r1", "R 1", "R١"],
    "review.recommendations.0.response": ["yes"],
    "review.recommendations.0.actions.0.status": ["done", 0],
    "review.recommendations.0.actions.0.due": ["2031-9", "autumn"],
    "review.external_assessments.0.year": [1899, 2101, "MMXXX"],
    "review.home_office_qa.outcome": ["fine"],
    "body": ["text", {"id": "a"}],
    "body.0.id": ["About Us", "-about", "", 5],
    "body.0.heading": [5, None, "h" * 301],
    "body.0.markdown": [None, 7],
    "links.0.url": [5, None],
    "links.0.role": ["poster"],
    "attachments.0.size_bytes": [-1, "large", 1.5],
    "attachments.0.pages": [0],
    "attachments.0.sha256": ["XYZ", "AB" * 32, "ab" * 31],
    "attachments.0.alt_formats": [["braille"]],
    "related.0.rel": ["cousin"],
    "change_log.0.date": ["last week", None],
    "created_at": ["now", "2031-01-05T09:30:00"],
    "modified_at": ["2031-05-13T17:45:12"],
    "sensitivity.subjects.0.age_band": ["7", 7],
    "sensitivity.sexual_offence_context": ["perhaps"],
    "approvals.0.decision": ["sure"],
    "approvals.0.date": ["2031-02-30"],
}

# Required fields: the model needs exactly these four.
REQUIRED = ["schema_version", "id", "kind", "title"]


def build_corpus() -> Corpus:
    corpus = Corpus()

    # Truncations at many points, including inside multi-byte characters. The last byte is
    # the trailing newline: without it the file is still valid, so stop before it.
    multibyte = {VALID.index("‘".encode()) + 1, VALID.index("—".encode()) + 2}
    for cut in sorted({*range(0, len(VALID) - 1, 31), *multibyte}):
        category = "encoding" if cut in multibyte else "syntax"
        corpus.add(f"truncated-at-{cut}", VALID[:cut], category, positioned=cut > 0)

    # Encodings.
    text = VALID.decode("utf-8")
    corpus.add("utf-16-le-bom", text.encode("utf-16"), "encoding")
    corpus.add("utf-16-be-bom", b"\xfe\xff" + text.encode("utf-16-be"), "encoding")
    corpus.add("utf-16-le-no-bom", text.encode("utf-16-le"), "encoding")
    corpus.add("utf-16-be-no-bom", text.encode("utf-16-be"), "encoding")
    corpus.add("utf-32", text.encode("utf-32"), "encoding")
    corpus.add("bom-then-utf-16", b"\xef\xbb\xbf" + text.encode("utf-16-le"), "encoding")
    for label, bad in [("ff", b"\xff"), ("lone-continuation", b"\x80"),
                       ("truncated-sequence", b"\xc3\x28"), ("overlong-slash", b"\xc0\xaf"),
                       ("encoded-surrogate", b"\xed\xa0\x80"), ("beyond-unicode", b"\xf5\x80"),
                       ("latin-1-e-acute", b"caf\xe9")]:
        corpus.add(f"invalid-utf8-{label}", _splice(VALID, b"Adult R was", bad + b" was"),
                   "encoding", positioned=True)
    corpus.add("latin-1-file", text.replace("’", "'").replace("‘", "'").replace("—", "-")
               .replace("Adult R was", "Adult R \xe9tait").encode("latin-1"), "encoding",
               positioned=True)

    # Not JSON, or JSON that is not a record.
    corpus.add("empty", b"", "syntax")
    corpus.add("whitespace-only", b" \n\t\r\n  ", "syntax")
    corpus.add("bom-only", b"\xef\xbb\xbf", "syntax")
    corpus.add("bom-and-whitespace", b"\xef\xbb\xbf \n", "syntax")
    for label, content in [("array", b"[1, 2, 3]\n"), ("string", b'"a record"\n'),
                           ("number", b"42\n"), ("null", b"null\n"), ("true", b"true\n"),
                           ("empty-array", b"[]"), ("records-in-array", b"[" + VALID + b"]")]:
        corpus.add(f"top-level-{label}", content, "not_a_record")
    corpus.add("empty-object", b"{}\n", "invalid", "schema_version")
    for label, content in [("trailing-comma", _splice(VALID, b'"en-GB",', b'"en-GB",,')),
                           ("single-quotes", _splice(VALID, b'"en-GB"', b"'en-GB'")),
                           ("comment", _splice(VALID, b'"language"', b'// note\n  "language"')),
                           ("two-objects", VALID + VALID),
                           ("raw-newline-in-string", _splice(VALID, b"a *kind*", b"a\n*kind*")),
                           ("raw-tab-in-string", _splice(VALID, b"a *kind*", b"a\t*kind*")),
                           ("nul-byte", _splice(VALID, b"a *kind*", b"a\x00*kind*")),
                           ("bad-escape", _splice(VALID, b"a *kind*", b"a \\q kind")),
                           ("unquoted-key", _splice(VALID, b'"language":', b"language:")),
                           ("python-none", _splice(VALID, b'"en-GB"', b"None")),
                           ("missing-colon", _splice(VALID, b'"language": ', b'"language" ')),
                           ("garbage-after", VALID + b"x")]:
        corpus.add(f"syntax-{label}", content, "syntax", positioned=True)

    # Nesting and numbers.
    deep = b"[" * 100_000 + b"]" * 100_000
    corpus.add("deep-array-top-level", deep, "syntax")
    corpus.add("deep-array-in-field", _splice(VALID, b'"en-GB"', deep), "syntax")
    corpus.add("deep-object-in-field",
               _splice(VALID, b'"en-GB"', b'{"a":' * 50_000 + b"1" + b"}" * 50_000), "syntax")
    future = dict(VALID_DATA, schema_version="1.4")
    nested: Any = "leaf"
    for _ in range(200):
        nested = [nested]
    corpus.add("deep-unknown-key-of-newer-version", _json({**future, "future": nested}),
               "syntax")
    for label, number in [("1e999", b"1e999"), ("minus-1e999", b"-1e999"),
                          ("5000-digits", b"9" * 5000), ("NaN", b"NaN"),
                          ("Infinity", b"Infinity"), ("minus-Infinity", b"-Infinity")]:
        corpus.add(f"number-{label}-in-known-field",
                   _splice(VALID, b'"number_of_cases": 1', b'"number_of_cases": ' + number),
                   "syntax", positioned=True)
        corpus.add(f"number-{label}-in-unknown-key-of-newer-version",
                   _splice(_json(future), b'"language"', b'"future": ' + number
                           + b',\n  "language"'), "syntax", positioned=True)

    # Duplicate keys.
    corpus.add("duplicate-top-level-key", _splice(VALID, b'"language"',
                                                  b'"title": "Again",\n  "language"'),
               "duplicate_key")
    corpus.add("duplicate-nested-key", _splice(VALID, b'"review_name": "Adult R"',
                                               b'"review_name": "Adult R", "review_name": "R"'),
               "duplicate_key")

    # Wrong values, field by field, and required fields missing.
    for path, values in WRONG_VALUES.items():
        for index, value in enumerate(values):
            corpus.add(f"wrong-{path}-{index}", _json(set_path(VALID_DATA, path, value)),
                       "invalid", path)
    for name in REQUIRED:
        corpus.add(f"missing-{name}", _json(set_path(VALID_DATA, name, DELETE)), "invalid",
                   name)
    corpus.add("missing-embargo-until", _json(set_path(VALID_DATA, "embargo.until", DELETE)),
               "invalid", "embargo.until")
    corpus.add("missing-change-log-date",
               _json(set_path(VALID_DATA, "change_log.0.date", DELETE)), "invalid",
               "change_log.0.date")
    several = set_path(set_path(set_path(VALID_DATA, "title", 5), "embargo.until",
                                "2031-05-14T00:01:00"), "review.commissioned_on", "2021-13")
    corpus.add("three-wrong-fields", _json(several), "invalid", "title", "embargo.until",
               "review.commissioned_on")
    for label, kind in [("unknown", "annual_report"), ("number", 5), ("null", None),
                        ("capitals", "News_Item"), ("empty", "")]:
        corpus.add(f"kind-{label}", _json(set_path(VALID_DATA, "kind", kind)), "invalid",
                   "kind")
    news_only = set_path(VALID_DATA, "kind", "news_item")
    corpus.add("news-press-release-not-bool",
               _json({**news_only, "is_press_release": "maybe"}), "invalid",
               "is_press_release")
    brief = set_path(VALID_DATA, "kind", "learning_brief")
    corpus.add("brief-format-unknown", _json({**brief, "format": "video"}), "invalid",
               "format")

    # Versions this build cannot read.
    corpus.add("newer-major-invalid", _json({**set_path(VALID_DATA, "title", 5),
                                             "schema_version": "2.0"}), "unsupported_version")
    corpus.add("older-major", _json({**VALID_DATA, "schema_version": "0.9"}),
               "unsupported_version")

    # Paths that are not record files.
    corpus.add("folder", None, "not_a_file", make=lambda path: path.mkdir())
    corpus.add("missing-file", None, "missing", make=lambda path: None)
    corpus.add("over-20-mb", None, "too_large",
               make=lambda path: os.truncate(_touch(path), MAX_FILE_BYTES + 1))
    return corpus


def _touch(path: Path) -> Path:
    path.write_bytes(b"{")
    return path


CORPUS = build_corpus()


def test_the_corpus_is_large_enough():
    assert len(CORPUS.cases) >= 300
    assert len({case.name for case in CORPUS.cases}) == len(CORPUS.cases)


@pytest.mark.parametrize("case", CORPUS.cases, ids=lambda case: case.name)
def test_malformed_file_is_refused_with_a_typed_error_and_left_untouched(
        case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "Adult R record.json"
    if case.make is not None:
        case.make(path)
    else:
        assert case.content is not None
        path.write_bytes(case.content)
    before = _snapshot(path)
    if case.category == "too_large":
        monkeypatch.setattr(storage_reading, "open_regular", _refuse_to_open)

    with pytest.raises(LoadError) as caught:
        load_record(path)

    error = caught.value
    assert error.category == case.category, str(error)
    assert error.category in LoadError.CATEGORIES
    message = str(error)
    assert path.name in message
    assert all(path.name in line or str(path) in line for line in error.lines())
    assert "Traceback" not in message and "File \"" not in message
    # Nothing chained that a log or a crash dialog would print as a traceback.
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__
    if case.positioned:
        assert error.line is not None and error.line >= 1, message
        assert error.column is not None and error.column >= 1, message
        assert f"line {error.line}, column {error.column}" in message
    for expected in case.fields:
        assert _names(error, expected), message
    if case.category == "invalid":
        assert error.fields, message
    assert _snapshot(path) == before
    if case.category == "not_a_file":
        assert os.listdir(path) == []


def _refuse_to_open(*args: object, **kwargs: object) -> None:
    raise AssertionError("a file over the size limit was opened")


def _snapshot(path: Path) -> tuple[str | None, int | None, int | None]:
    """A hash of the file's bytes, its size and modification time (pinned to an old value
    first, so that any write would show)."""
    if not path.is_file():
        return None, None, None
    if os.stat(path).st_mtime_ns != OLD_MTIME_NS:
        os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    digest = hashlib.sha256()
    with open(path, "rb") as handle:  # the builtin, even while the module's is patched
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    info = os.stat(path)
    return digest.hexdigest(), info.st_size, info.st_mtime_ns


def test_a_file_over_the_limit_is_refused_by_its_size_without_reading_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "huge.json"
    path.write_bytes(b"{")
    os.truncate(path, MAX_FILE_BYTES + 1)
    monkeypatch.setattr(storage_reading, "open_regular", _refuse_to_open)
    with pytest.raises(LoadError) as caught:
        load_record(path)
    assert caught.value.category == "too_large"
    assert "20 MB" in str(caught.value)


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path):
    path = tmp_path / "padded.json"
    path.write_bytes(VALID[:-1] + b" " * (MAX_FILE_BYTES - len(VALID)) + b"\n")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_record(path).record == parse_record(VALID_DATA)


def test_a_utf8_byte_order_mark_is_skipped(tmp_path: Path):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + VALID)
    loaded = load_record(path)
    assert loaded.record == parse_record(VALID_DATA)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # loading never rewrites
    assert to_bytes(loaded.record) == VALID  # and the next save drops the mark


def test_syntax_error_position_points_at_the_problem(tmp_path: Path):
    path = tmp_path / "comma.json"
    path.write_bytes(_splice(VALID, b'"en-GB",', b'"en-GB",,'))
    with pytest.raises(LoadError) as caught:
        load_record(path)
    lines = VALID.decode().splitlines()
    expected_line = next(i for i, line in enumerate(lines, 1) if '"en-GB"' in line)
    assert caught.value.line == expected_line
    assert caught.value.column == lines[expected_line - 1].index('"en-GB"') + len('"en-GB"') + 2


def test_invalid_utf8_position_points_at_the_bad_byte(tmp_path: Path):
    path = tmp_path / "latin1.json"
    path.write_bytes(_splice(VALID, b"Adult R was", b"Adult R \xe9tait"))
    with pytest.raises(LoadError) as caught:
        load_record(path)
    line = next(i for i, text in enumerate(VALID.decode().splitlines(), 1)
                if "Adult R was" in text)
    assert caught.value.line == line
    assert caught.value.category == "encoding"


def test_naive_embargo_time_names_embargo_until(tmp_path: Path):
    path = tmp_path / "naive.json"
    path.write_bytes(_json(set_path(VALID_DATA, "embargo.until", "2031-05-14T00:01:00")))
    with pytest.raises(LoadError) as caught:
        load_record(path)
    assert [problem.path for problem in caught.value.fields] == ["embargo.until"]
    assert "timezone" in str(caught.value)


CANARY_FIELDS: dict[str, Any] = {
    "title": CANARY * 10,
    "slug": f"Not A Slug {CANARY}",
    "summary": CANARY * 30,
    "kind": CANARY,
    "status": CANARY,
    "id": CANARY,
    "language": f"{CANARY} language",
    "published_on": CANARY,
    "embargo.until": CANARY,
    "review.commissioned_on": CANARY,
    "review.number_of_cases": CANARY,
    "review.recommendations.0.id": CANARY,
    "review.review_type": CANARY,
    "attachments.0.sha256": CANARY,
    "attachments.0.size_bytes": CANARY,
    "sensitivity.subjects.0.age_band": CANARY,
    "body.0.id": CANARY,
    "change_log.0.date": CANARY,
    "embargo.applies_to_attachments": CANARY,
    "audience": [CANARY],
}


@pytest.mark.parametrize("path", list(CANARY_FIELDS))
def test_error_messages_never_repeat_what_the_file_says(path: str, tmp_path: Path):
    file = tmp_path / "canary.json"
    file.write_bytes(_json(set_path(VALID_DATA, path, CANARY_FIELDS[path])))
    with pytest.raises(LoadError) as caught:
        load_record(file)
    shown = "\n".join([str(caught.value), *caught.value.lines(), repr(caught.value.fields)])
    assert CANARY.casefold() not in shown.casefold()
    assert _names(caught.value, path)


def test_all_canaries_at_once_list_every_field_and_no_text(tmp_path: Path):
    data = VALID_DATA
    for path, value in CANARY_FIELDS.items():
        if path != "kind":  # a wrong kind stops validation before the fields
            data = set_path(data, path, value)
    file = tmp_path / "canaries.json"
    file.write_bytes(_json(data))
    with pytest.raises(LoadError) as caught:
        load_record(file)
    assert CANARY.casefold() not in str(caught.value).casefold()
    for path in set(CANARY_FIELDS) - {"kind"}:
        assert _names(caught.value, path), path


def _names(error: LoadError, path: str) -> bool:
    """The error lists ``path``, or an item inside it ("audience.0" for "audience")."""
    message = str(error)
    return any(
        (problem.path == path or problem.path.startswith(path + "."))
        and f"  - {problem.path}: " in message
        for problem in error.fields
    )


@pytest.mark.parametrize(("path", "value", "said"), [
    ("title", None, "title: required, but missing"),
    ("title", "A fictional title " * 10, "title: too long: at most 120 characters"),
    ("title", "A fictional \ud800 title", "title: holds a character that is not text"),
])
def test_field_problems_are_said_in_plain_words(path: str, value: Any, said: str,
                                                tmp_path: Path):
    data = dict(VALID_DATA)
    if value is None:
        del data[path]
    else:
        data[path] = value
    file = tmp_path / "record.json"
    file.write_text(json.dumps(data), encoding="utf-8")  # a lone surrogate as \ud800
    with pytest.raises(LoadError) as caught:
        load_record(file)
    assert any(line.endswith(said) or said in line for line in caught.value.lines())
    assert "Field required" not in str(caught.value) and "String should" not in str(
        caught.value) and "unable to parse raw data" not in str(caught.value)
