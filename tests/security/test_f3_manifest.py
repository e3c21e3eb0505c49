"""Finding 3: the bundle's manifest said more than it should.

It carried blocking codes of the legal family (active proceedings, reporting restrictions),
the private field path, the override reason and the OS login. Now it holds only the files,
the record's id and version hash, the export time, the officer's display name (from the
profile, else "not recorded"), the count of findings by severity, the codes of public
findings, and for an override that one was recorded, by whom and when.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Any

import pytest
from export_cases import NOW, record, run_cli, write_record

from review_editor.export import export_bundle
from review_editor.storage import load_record, set_officer_display_name

REASON = "Counsel cleared it at 4pm"
KEYS = {"manifest_version", "record_id", "record_version", "exported_at", "exported_by",
        "files", "checks", "override"}
SENSITIVE = {"proceedings_status": "active", "sexual_offence_context": True,
             "reporting_restrictions": [{"type": "s.45 YJCEA 1999 order",
                                         "order_ref": "T20317788"}]}


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [*value, *(s for item in value.values() for s in _strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def _assert_discreet(manifest: dict[str, Any]) -> None:
    assert set(manifest) == KEYS
    texts = _strings(manifest)
    assert not [code for code in manifest["checks"]["codes"] if code.startswith("C2")]
    assert not any("sensitivity" in text or "approvals" in text for text in texts)
    assert not any(REASON in text or "T20317788" in text for text in texts)
    assert getpass.getuser() not in texts
    if manifest["override"] is not None:
        assert set(manifest["override"]) == {"recorded", "by", "at"}


def test_a_legal_override_leaves_only_who_and_when(app_home: Path, tmp_path: Path) -> None:
    set_officer_display_name("Comms Officer (Board)")
    path = write_record(tmp_path / "records", sensitivity=SENSITIVE,
                        summary="A review of the support Adult R received.")
    out = tmp_path / "out"
    assert run_cli(str(path), "--bundle", "--format", "json,txt", "--out", str(out),
                   "--override", REASON) == 0
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    _assert_discreet(manifest)
    assert manifest["exported_by"] == "Comms Officer (Board)"
    assert manifest["override"] == {"recorded": True, "by": "Comms Officer (Board)",
                                    "at": "2026-11-25T12:00:00+00:00"}
    assert manifest["checks"]["counts"]["blocking"] > 0
    # The codes and the reason stay in the record's private approvals.
    approval = load_record(path).record.approvals[-1]
    assert approval.reason == REASON
    assert any(found.code.startswith("C2") for found in approval.overridden)


def test_without_a_display_name_it_says_not_recorded(app_home: Path, tmp_path: Path) -> None:
    result = export_bundle(record(sensitivity=SENSITIVE), tmp_path, now=NOW,
                           formats={"txt"}, final=True, override_reason=REASON)
    assert result.manifest is not None
    _assert_discreet(result.manifest)
    assert result.manifest["exported_by"] == "not recorded"
    assert result.manifest["override"]["by"] == "not recorded"


def test_findings_on_private_fields_are_counted_but_not_named(
        app_home: Path, tmp_path: Path) -> None:
    # An attachment's local path is private: a missing file is a finding on it.
    subject = record(attachments=[{"title": "Full report", "path": "missing/report.pdf",
                                   "role": "full_report"}])
    result = export_bundle(subject, tmp_path, now=NOW, formats={"json"})
    assert result.manifest is not None
    _assert_discreet(result.manifest)
    private = [i for i in result.checks if i.field_path.startswith("attachments.0.path")]
    assert private  # the check did find it…
    public_codes = {i.code for i in result.checks
                    if not i.field_path.startswith(("attachments.0.path", "sensitivity"))
                    and not i.code.startswith("C2")}
    assert set(result.manifest["checks"]["codes"]) == public_codes  # …and it is not named
    assert sum(result.manifest["checks"]["counts"].values()) == len(result.checks)


@pytest.mark.parametrize("severity", ["blocking", "warning", "info"])
def test_counts_cover_every_severity(severity: str, tmp_path: Path) -> None:
    result = export_bundle(record(), tmp_path, now=NOW, formats={"txt"})
    assert result.manifest is not None
    assert result.manifest["checks"]["counts"][severity] == sum(
        1 for issue in result.checks if issue.severity == severity)
