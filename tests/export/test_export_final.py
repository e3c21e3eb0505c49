"""Final copies: blocking findings stop a final export unless overridden with a reason; the
override goes into the record's private approvals and the manifest; every export records
the record version and time; nothing is ever half written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from export_helpers import NOW, example, example_data

from review_editor.checks import FINAL_EXPORT, CheckContext
from review_editor.export import (
    ExportBlocked,
    ExportError,
    export_bundle,
    export_record,
)
from review_editor.model import parse_record
from review_editor.model.records import RecordModel
from review_editor.model.vocab import ApprovalDecision
from review_editor.storage import sha256, to_bytes

LIGHT = {"html", "docx", "txt", "json"}  # no PDF: these tests are about the rules


def without_contact() -> RecordModel:
    """D1 with its contact removed: C3.9 blocks publication (and a final export)."""
    data = example_data("d1")
    del data["contact"]
    return parse_record(data)


def final_context() -> CheckContext:
    return CheckContext(now=NOW, target_status=FINAL_EXPORT)


def test_a_blocking_finding_stops_a_final_export(tmp_path: Path) -> None:
    record = without_contact()
    with pytest.raises(ExportBlocked) as raised:
        export_record(record, LIGHT, tmp_path / "out", now=NOW, final=True)
    issues = raised.value.issues
    assert issues and all(issue.severity == "blocking" for issue in issues)
    assert ("C3.9", "contact") in {(issue.code, issue.field_path) for issue in issues}
    assert "C3.9" in str(raised.value)
    assert not (tmp_path / "out").exists()  # nothing written, not even the folder


def test_the_same_record_exports_as_a_draft(tmp_path: Path) -> None:
    record = without_contact()
    result = export_record(record, LIGHT, tmp_path, now=NOW, check_context=final_context())
    assert len(result.files) == 4
    assert result.record is record
    assert any(issue.severity == "blocking" for issue in result.checks)
    assert result.manifest is not None
    assert result.manifest["checks"]["counts"]["blocking"] > 0
    assert "C3.9" in result.manifest["checks"]["codes"]
    assert result.manifest["override"] is None


def test_an_override_with_a_reason_exports_and_is_recorded(tmp_path: Path) -> None:
    record = without_contact()
    result = export_bundle(record, tmp_path, now=NOW, formats=LIGHT, final=True,
                           override_reason="  Contact details are on the partner page  ",
                           user="A. Officer")
    assert [path.name for path in result.files][-1] == "manifest.json"
    assert all(path.is_file() for path in result.files)
    # The record to save back carries the override; the one given is untouched.
    assert record.approvals == [*example("d1").approvals]
    approvals = result.record.approvals
    assert approvals[:-1] == record.approvals
    override = approvals[-1]
    assert override.decision == ApprovalDecision.override
    assert override.reason == "Contact details are on the partner page"
    assert override.name == "A. Officer"
    assert override.date == NOW.date()
    version = sha256(to_bytes(record))
    assert override.record_hash == version
    blockers = [(i.code, i.field_path) for i in result.checks if i.severity == "blocking"]
    assert [(o.code, o.field_path) for o in override.overridden] == list(dict.fromkeys(blockers))
    # … and in the manifest, on disk.
    manifest = json.loads(result.files[-1].read_text(encoding="utf-8"))
    assert manifest == result.manifest
    assert manifest["record_version"] == version
    # Only that an override was recorded, by whom and when: the reason and the codes
    # overridden stay in the record's private approvals.
    assert manifest["override"] == {"recorded": True, "by": "A. Officer",
                                    "at": NOW.isoformat(timespec="seconds")}
    assert "partner page" not in json.dumps(manifest)
    assert manifest["checks"]["counts"]["blocking"] == len(blockers)
    # The override is private: no export shows it.
    for path in result.files[:-1]:
        if path.suffix in (".html", ".txt", ".json"):
            assert "partner page" not in path.read_text(encoding="utf-8")


def test_nothing_to_override_adds_no_approval(tmp_path: Path) -> None:
    record = example("d1")
    result = export_record(record, {"json"}, tmp_path, now=NOW, final=True,
                           override_reason="just in case", user="A. Officer")
    assert result.record is record
    assert result.manifest is not None and result.manifest["override"] is None
    assert result.manifest["checks"]["counts"]["blocking"] == 0


def test_every_export_records_the_record_version_and_time(tmp_path: Path) -> None:
    record = example("d2")
    result = export_record(record, {"txt"}, tmp_path, now=NOW)
    assert result.manifest is not None
    assert result.manifest["record_version"] == sha256(to_bytes(record))
    assert result.manifest["exported_at"] == NOW.isoformat()
    [entry] = result.manifest["files"]
    assert entry["name"] == "7-minute-briefing-baby-m.txt"
    assert entry["size_bytes"] == result.files[0].stat().st_size


@pytest.mark.parametrize("arguments, message", [
    ({"formats": {"rtf"}}, "unknown export format"),
    ({"formats": set()}, "no export format"),
    ({"override_reason": "   ", "final": True}, "needs a reason"),
])
def test_invalid_requests_are_refused(tmp_path: Path, arguments: dict, message: str) -> None:
    options = {"formats": {"txt"}, **arguments}
    with pytest.raises(ValueError, match=message):
        export_record(example("d1"), options.pop("formats"), tmp_path, now=NOW, **options)


def test_a_naive_time_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="aware"):
        export_record(example("d1"), {"txt"}, tmp_path, now=NOW.replace(tzinfo=None))


def test_a_failing_format_writes_nothing(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import review_editor.export.docx as docx_module

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("no Word today")

    monkeypatch.setattr(docx_module, "docx_bytes", broken)
    with pytest.raises(RuntimeError):
        export_record(example("d1"), {"html", "docx", "txt"}, tmp_path, now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="could not write"):
        export_record(example("d1"), {"txt"}, tmp_path, now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_the_json_export_never_replaces_a_record_file(tmp_path: Path) -> None:
    record = example("d1")
    working = tmp_path / "sar-adult-r.json"
    working.write_bytes(to_bytes(record))
    before = working.read_bytes()
    with pytest.raises(ExportError, match="did not write"):
        export_record(record, {"json"}, tmp_path, now=NOW)
    assert working.read_bytes() == before
    # A previous public export in an export folder is simply replaced.
    out = tmp_path / "exports"
    first = export_record(record, {"json"}, out, now=NOW).files[0]
    again = export_record(record, {"json"}, out, now=NOW).files[0]
    assert first == again and json.loads(again.read_text(encoding="utf-8"))["id"]


def test_progress_reports_each_step(tmp_path: Path) -> None:
    messages: list[str] = []
    export_record(example("d1"), {"txt", "json"}, tmp_path, now=NOW, progress=messages.append)
    assert messages == [
        "Running the pre-publication checks", "Making the plain text", "Making the JSON data",
        "Wrote sar-adult-r.txt", "Wrote sar-adult-r.json",
    ]


@pytest.mark.parametrize("page, problem", [
    ("<script>alert(1)</script>", "an executable script"),
    ('<img src="https://evil.example/x.png">', "loads"),
    ('<link rel="stylesheet" href="https://evil.example/x.css">', "<link>"),
    ("<style>@import url(https://evil.example/x.css);</style>", "stylesheet"),
    ('<p onclick="x()">', "event handler"),
])
def test_the_html_audit_refuses_what_would_load_or_run(page: str, problem: str) -> None:
    from review_editor.export.html import standalone_problems
    from review_editor.render import CSP

    sealed = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    problems = standalone_problems(sealed + page)
    assert any(problem in found for found in problems), problems
    assert standalone_problems(sealed + '<img src="data:image/png;base64,AAAA">') == []
    assert "Content-Security-Policy" in " ".join(standalone_problems("<p>no policy</p>"))
