"""``review-editor attach RECORD FILE``: the path relative to the record, the facts read from
the file (size, pages, SHA-256, media type, PDF accessibility), read again only on request,
so C7.3 blocks once the file changes; the published list shows them."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from attach_files import NOW, make_docx, make_pdf, make_record
from review_editor import attachments, cli
from review_editor.checks import BLOCKING, CheckContext, run_checks
from review_editor.model.vocab import AttachmentRole
from review_editor.storage import ConflictError, load_record


def attach(*argv: str) -> int:
    return cli.main(["attach", *argv])


def saved_attachments(record: Path) -> list[Any]:
    return load_record(record).record.attachments


def findings(record: Path, code: str) -> list[Any]:
    loaded = load_record(record).record
    ctx = CheckContext(now=NOW, base_dir=record.parent)
    return [issue for issue in run_checks(loaded, ctx, {code}) if issue.code == code]


def test_a_tagged_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = make_record(tmp_path / "records")
    (record.parent / "files").mkdir()
    pdf = make_pdf(record.parent / "files" / "overview-report.pdf", pages=48,
                   title="Overview report", lang="en-GB", padding=1_250_000)
    assert attach(str(record), str(pdf), "--role", "full_report") == 0
    out = capsys.readouterr().out
    assert "attached files/overview-report.pdf" in out
    assert "PDF, 1.2 MB, 48 pages; tagged, title, language en-GB" in out
    [item] = saved_attachments(record)
    assert item.path == "files/overview-report.pdf"
    assert item.title == "Overview report" and item.role == AttachmentRole.full_report
    assert item.media_type == "application/pdf" and item.pages == 48
    assert item.size_bytes == pdf.stat().st_size
    assert item.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert item.language == "en-GB"
    assert item.accessibility is not None
    assert (item.accessibility.tagged_pdf, item.accessibility.has_title_metadata,
            item.accessibility.lang_set) == (True, True, True)
    assert findings(record, "C6.7") == [] and findings(record, "C7.3") == []
    from review_editor.render import render_page

    assert "(PDF, 1.2 MB, 48 pages)" in render_page(load_record(record).record, now=NOW)


def test_an_untagged_pdf_blocks_c6_7(tmp_path: Path) -> None:
    record = make_record(tmp_path)
    pdf = make_pdf(tmp_path / "scan.pdf", tagged=False, title=None, lang=None)
    assert attach(str(record), str(pdf), "--title", "Scanned letter") == 0
    [item] = saved_attachments(record)
    assert item.title == "Scanned letter" and item.role == AttachmentRole.other
    assert item.accessibility is not None
    assert (item.accessibility.tagged_pdf, item.accessibility.has_title_metadata,
            item.accessibility.lang_set) == (False, False, False)
    assert item.language is None
    issues = findings(record, "C6.7")
    assert [i.severity for i in issues] == [BLOCKING, "warning"]
    assert "no document language set" in issues[1].message
    assert "no title in the metadata" in issues[1].message


def test_a_word_file_gives_its_page_count(tmp_path: Path) -> None:
    record = make_record(tmp_path)
    word = make_docx(tmp_path / "action-plan.docx", pages=12)
    assert attach(str(record), str(word)) == 0
    [item] = saved_attachments(record)
    assert item.media_type == attachments.DOCX
    assert (item.pages, item.title, item.accessibility) == (12, "Action plan", None)
    assert findings(record, "C7.3") == []
    plain = make_docx(tmp_path / "no-count.docx", pages=None, title="")
    assert attach(str(record), str(plain)) == 0
    item = saved_attachments(record)[1]
    assert item.pages is None and item.title == "No count"


def test_a_file_elsewhere_is_refused_unless_copied(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    record = make_record(tmp_path / "records")
    before = record.read_bytes()
    (tmp_path / "downloads").mkdir()
    elsewhere = make_pdf(tmp_path / "downloads" / "report.pdf")
    assert attach(str(record), str(elsewhere)) == 2
    assert "not in the record's folder" in capsys.readouterr().err
    assert record.read_bytes() == before
    assert attach(str(record), str(elsewhere), "--copy") == 0
    assert (record.parent / "report.pdf").read_bytes() == elsewhere.read_bytes()
    assert saved_attachments(record)[0].path == "report.pdf"
    # a different file of the same name beside the record is never replaced
    other = make_pdf(tmp_path / "downloads" / "other.pdf", pages=2)
    clash = other.rename(tmp_path / "report.pdf")
    assert attach(str(record), str(clash), "--copy") == 2
    assert "different file of that name" in capsys.readouterr().err
    assert (record.parent / "report.pdf").read_bytes() == elsewhere.read_bytes()


def test_a_changed_file_blocks_until_its_facts_are_read_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = make_record(tmp_path)
    pdf = make_pdf(tmp_path / "report.pdf", pages=3)
    assert attach(str(record), str(pdf)) == 0
    make_pdf(pdf, pages=5, tagged=False)  # replaced by a new version
    blocking = {i.field_path for i in findings(record, "C7.3") if i.severity == BLOCKING}
    assert blocking == {"attachments.0.size_bytes", "attachments.0.sha256"}
    # the recorded facts stand until they are read again
    assert saved_attachments(record)[0].pages == 3
    assert [i.severity for i in findings(record, "C6.7")] == []
    assert attach(str(record), "--refresh") == 0
    assert findings(record, "C7.3") == []
    item = saved_attachments(record)[0]
    assert item.pages == 5 and item.accessibility is not None
    assert item.accessibility.tagged_pdf is False
    assert BLOCKING in [i.severity for i in findings(record, "C6.7")]
    make_pdf(pdf, pages=6)
    assert attach(str(record), str(pdf)) == 0  # attaching again refreshes the same entry
    assert "refreshed report.pdf as attachments.0" in capsys.readouterr().out
    [item] = saved_attachments(record)
    assert item.pages == 6 and findings(record, "C7.3") == []


def test_what_the_user_wrote_survives_a_refresh(tmp_path: Path) -> None:
    record = make_record(tmp_path)
    pdf = make_pdf(tmp_path / "report.pdf")
    assert attach(str(record), str(pdf), "--title", "Full report",
                  "--role", "full_report") == 0
    assert attach(str(record), str(pdf)) == 0
    [item] = saved_attachments(record)
    assert (item.title, item.role) == ("Full report", AttachmentRole.full_report)


def test_a_missing_file_and_a_damaged_pdf_are_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = make_record(tmp_path)
    before = record.read_bytes()
    assert attach(str(record), str(tmp_path / "nowhere.pdf")) == 2
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert attach(str(record), str(damaged)) == 2
    err = capsys.readouterr().err
    assert "nowhere.pdf: no such file" in err and "damaged.pdf: not a readable PDF" in err
    assert "Traceback" not in err
    assert record.read_bytes() == before


def test_a_record_changed_meanwhile_is_not_overwritten(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    record = make_record(tmp_path)
    pdf = make_pdf(tmp_path / "report.pdf")
    real = attachments.read_facts

    def read_while_a_colleague_saves(path: Path) -> attachments.FileFacts:
        record.write_bytes(record.read_bytes().replace(b"Adult R", b"Adult S"))
        return real(path)

    monkeypatch.setattr(attachments, "read_facts", read_while_a_colleague_saves)
    assert attach(str(record), str(pdf)) == 2
    assert "changed by someone else" in capsys.readouterr().err
    colleague = record.read_bytes()
    assert b"Adult S" in colleague and b"report.pdf" not in colleague
    with pytest.raises(ConflictError):  # the function the window shares raises the same
        record.write_bytes(colleague.replace(b"Adult S", b"Adult R"))
        attachments.attach_to_record_file(record, pdf, now=NOW)


def test_the_apps_own_pdf_passes_c6_7(tmp_path: Path, examples_dir: Path) -> None:
    from review_editor.export.pdf import pdf_bytes

    record = tmp_path / "sar-adult-r.json"
    record.write_bytes((examples_dir / "sar-adult-r.json").read_bytes())
    own = tmp_path / "sar-adult-r.pdf"
    own.write_bytes(pdf_bytes(load_record(record).record, now=NOW))
    assert attach(str(record), str(own), "--role", "full_report") == 0
    item = saved_attachments(record)[-1]
    assert item.accessibility is not None
    assert (item.accessibility.tagged_pdf, item.accessibility.has_title_metadata,
            item.accessibility.lang_set) == (True, True, True)
    assert findings(record, "C6.7") == []


def test_a_damaged_pdf_gives_one_line_and_no_library_chatter(tmp_path: Path) -> None:
    # pypdf logs "EOF marker not found" as a warning; with no handler Python printed it
    # to the console above the command's own message.
    import subprocess
    import sys

    record = make_record(tmp_path)
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    result = subprocess.run([sys.executable, "-m", "review_editor", "attach", str(record),
                             str(damaged)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "damaged.pdf: not a readable PDF" in line
