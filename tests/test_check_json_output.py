"""``check --format json`` writes each finding straight from the finding: the text is what
json.dumps(indent=2, ensure_ascii=False) writes of the finding's object, whatever it holds."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor import cli, resources
from review_editor.checks import Issue
from review_editor.console import print_json

texts = st.text(st.sampled_from(["a", "é", "漢", "\U0001f600", '"', "\\", "\n", "\x1b", "\u202e",
                                 "\u2028", "{", "}", "0", " "]) | st.characters(), max_size=12)
issues = st.builds(
    Issue, st.sampled_from(["C1.1", "C4.12", "C7.9"]),
    st.sampled_from(["blocking", "warning", "info"]), texts,
    st.none() | st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), texts,
    st.just("") | texts)


def as_object(issue: Issue) -> dict[str, Any]:
    """The finding's object, as the JSON output describes it."""
    return {"code": issue.code,
            "severity": {"info": "note"}.get(issue.severity, issue.severity),
            "field_path": issue.field_path, "span": list(issue.span) if issue.span else None,
            "message": issue.message, "suggestion": issue.suggestion or None}


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(issues, max_size=5), st.lists(issues, max_size=3))
def test_findings_are_written_as_json_dumps_writes_them(
        monkeypatch: pytest.MonkeyPatch, first: list[Issue], second: list[Issue]) -> None:
    document: dict[str, Any] = {"files": [
        {"path": "r\u202e.json", "error": None, "findings": first},
        {"path": "s.json", "error": "broken", "findings": second}], "profiles": []}
    written = io.StringIO()
    monkeypatch.setattr(sys, "stdout", written)
    print_json(document, writers={Issue: cli._finding_writer()}, per_write=3)
    for entry in document["files"]:
        entry["findings"] = [as_object(issue) for issue in entry["findings"]]
    assert written.getvalue() == json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def test_check_json_of_the_examples_lists_every_finding(
        capsys: pytest.CaptureFixture[str]) -> None:
    paths = sorted(resources.examples_dir().glob("*.json"))
    cli.main(["check", "--format", "json", "--now", "2026-11-25T12:00:00+00:00",
              *map(str, paths)])
    printed = capsys.readouterr().out
    document = json.loads(printed)
    assert printed == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    assert [entry["path"] for entry in document["files"]] == [str(p) for p in paths]
    assert sum(len(entry["findings"]) for entry in document["files"]) > 10
