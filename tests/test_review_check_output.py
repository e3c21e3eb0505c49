"""What ``check --format json`` prints, parsed back, is each file's name and each finding as
they are, whatever characters they hold: the console writes a control or format character
as its code, and inside a JSON string that code must read back as the character itself,
for a character beyond U+FFFF too (the tags of the flags of Wales, England and Scotland)."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor import cli
from review_editor.checking import check_record
from review_editor.storage import load_record

NOW = "2026-11-25T12:00:00+00:00"
WALES = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
_PIECES = ["a", "Llŷr", " ", "\u00a0", "\u202e", "\u2066", "\u200b", "\u2028", "\x1b", "\x7f",
           "\U000e0067", "\U000e0001", "\U0001d173", WALES, "😀", "\u0301", "İ", "שלום", "’",
           "recieve", "Adult R", "."]
pieces = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join)


def _record(title: str, text: str) -> dict[str, object]:
    return {"schema_version": "1.0", "id": "5d0c7a4e-9b1f-4c2a-8e3d-6f7a8b9c0d1e",
            "kind": "news_item", "title": title[:120], "language": "en-GB",
            "body": [{"id": "s0", "heading": title[:80], "markdown": text}]}


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces, pieces, pieces)
def test_check_json_parsed_back_is_each_file_and_finding(
        capsys: pytest.CaptureFixture[str], name: str, title: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.json"
        path.write_text(json.dumps(_record(title, text), ensure_ascii=False), encoding="utf-8")
        capsys.readouterr()
        cli.main(["check", "--format", "json", "--all", "--now", NOW, str(path)])
        document = json.loads(capsys.readouterr().out)
        issues = check_record(load_record(path).record,
                              now=datetime(2026, 11, 25, 12, tzinfo=UTC), folder=path.parent)
    [entry] = document["files"]
    assert entry["path"] == str(path)
    assert [(f["code"], f["field_path"], f["span"], f["message"], f["suggestion"])
            for f in entry["findings"]] \
        == [(i.code, i.field_path, list(i.span) if i.span else None, i.message,
             i.suggestion or None) for i in issues]
