"""Finding 4: local paths left the machine.

An attachment's local path (a user name, a case folder, a real name in a folder name) and
the imported file's name were exported verbatim in the public JSON. Now ``provenance`` and
an attachment's ``path`` are private: no output holds them, and a bundle names its copy of
a document from the document's title.
"""

from __future__ import annotations

import json
from pathlib import Path

from export_cases import NOW, file_text, record

from review_editor.export import export_bundle, export_record
from review_editor.model import private_paths
from review_editor.model.records import MODELS

USER = "jsmith"
REAL_NAME = "Jane Doe"
CASE_FOLDER = f"Case {REAL_NAME} 2024"
PROVENANCE = {"source_url": f"file:///C:/Users/{USER}/Downloads/page.html",
              "source_file": f"C:\\Users\\{USER}\\{CASE_FOLDER}\\draft.docx",
              "removed_boilerplate": [f"Printed by {USER}"],
              "cleanups": [f"moved from {CASE_FOLDER}"]}
MARKS = (USER, REAL_NAME, CASE_FOLDER, "draft.docx")


def test_provenance_and_attachment_paths_are_private() -> None:
    for model in MODELS.values():
        paths = set(private_paths(model))
        assert {"provenance", "attachments.*.path"} <= paths


def _record_with_local_file(folder: Path) -> object:
    documents = folder / CASE_FOLDER
    documents.mkdir(parents=True)
    (documents / f"{REAL_NAME} report v3.pdf").write_bytes(b"%PDF-1.7\n% fictional\n")
    return record(provenance=PROVENANCE, attachments=[
        {"title": "Full report", "role": "full_report", "media_type": "application/pdf",
         "path": f"{CASE_FOLDER}/{REAL_NAME} report v3.pdf"},
        {"title": "Easy read summary", "url": "https://partnership.example/easy-read.pdf",
         "path": f"/home/{USER}/{CASE_FOLDER}/easy read.pdf"}])


def test_no_output_holds_a_local_path_or_a_name_from_one(qapp: object, tmp_path: Path) -> None:
    records = tmp_path / "records"
    subject = _record_with_local_file(records)
    result = export_bundle(subject, tmp_path / "out", now=NOW, base_dir=records)
    assert result.manifest is not None
    for path in result.files:
        if path.suffix != ".pdf" or path.name != "full-report.pdf":
            text = file_text(path)
            for mark in MARKS:
                assert mark not in text, (mark, path.name)
        assert not any(mark in path.name for mark in MARKS)
    data = json.loads(next(p for p in result.files if p.suffix == ".json").read_text("utf-8"))
    assert "provenance" not in data
    assert all("path" not in attachment for attachment in data["attachments"])
    assert [a["title"] for a in data["attachments"]] == ["Full report", "Easy read summary"]


def test_a_bundle_names_its_copy_of_a_document_from_the_title(tmp_path: Path) -> None:
    records = tmp_path / "records"
    subject = _record_with_local_file(records)
    result = export_bundle(subject, tmp_path / "out", now=NOW, formats={"json"},
                           base_dir=records)
    copy = next(path for path in result.files if path.name == "full-report.pdf")
    assert copy.read_bytes() == b"%PDF-1.7\n% fictional\n"
    assert result.manifest is not None
    assert {"name": "full-report.pdf", "format": "attachment"}.items() <= next(
        entry for entry in result.manifest["files"]
        if entry["name"] == "full-report.pdf").items()
    # A path outside the record's folder is never copied.
    assert not any("easy" in path.name for path in result.files)


def test_a_plain_export_carries_no_provenance(tmp_path: Path) -> None:
    written = export_record(record(provenance=PROVENANCE), {"json", "txt", "html"},
                            tmp_path, now=NOW).files
    for path in written:
        text = path.read_text("utf-8")
        assert not any(mark in text for mark in MARKS)
