"""Input that cannot be imported: a clear message naming the file, and nothing written."""

from __future__ import annotations

import builtins
import io
import os
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from import_pages import PAGES, as_docx

from review_editor.importers import (
    MAX_DOCX_BYTES,
    MAX_TEXT_BYTES,
    ImportFailed,
    import_file,
    import_text,
    import_to_file,
)
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
GOOD_DOCX = as_docx(PAGES[0])
OLE_HEADER = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504


def _corrupt_xml_docx() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(GOOD_DOCX))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<w:document><unclosed" if item.filename ==
                            "word/document.xml" else data)
    return buffer.getvalue()


def _zip_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return buffer.getvalue()


BAD_FILES: dict[str, tuple[str, bytes, str]] = {
    # case: (file name, content, words the message must contain)
    "binary": ("photo-notes.txt", bytes(range(256)) * 40, "binary file"),
    "png-as-text": ("page.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image"),
    "pdf-as-html": ("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    "empty-text": ("empty.txt", b"", "empty"),
    "empty-html": ("empty.html", b"", "empty"),
    "empty-docx": ("empty.docx", b"", "empty"),
    "blank-text": ("blank.txt", b" \r\n\t\n\xc2\xa0\n", "no text"),
    "only-scripts": ("scripts.html", b"<html><body><script>var a = 1;</script></body></html>",
                     "no text"),
    "only-boilerplate": ("cookies.txt", b"Cookie Consent by Example\n\nAccept all\n",
                         "only boilerplate"),
    "password-docx": ("protected.docx", OLE_HEADER, "password-protected"),
    "old-word-as-docx": ("legacy.docx", OLE_HEADER, "save it as .docx"),
    "random-docx": ("random.docx", os.urandom(2048), "damaged"),
    "truncated-docx": ("cut.docx", GOOD_DOCX[: len(GOOD_DOCX) // 2], "damaged"),
    "corrupt-xml-docx": ("broken.docx", _corrupt_xml_docx(), "damaged"),
    "text-as-docx": ("notes.docx", b"Just some text, not a Word file.", "damaged"),
    "zip-not-word": ("archive.docx", _zip_without_document(), "not a Word document"),
    "docx-as-text": ("draft.txt", GOOD_DOCX, ".docx"),
    "wrong-extension-pdf": ("report.pdf", b"%PDF-1.7", "PDFs cannot be imported"),
    "wrong-extension-doc": ("report.doc", OLE_HEADER, "Word 97–2003"),
    "wrong-extension-json": ("record.json", b"{}", "cannot import .json files"),
    "wrong-extension-exe": ("setup.exe", b"MZ\x90\x00", "cannot import .exe files"),
    "wrong-extension-xlsx": ("figures.xlsx", _zip_without_document(), ".xlsx"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_by_name_and_nothing_is_written(tmp_path: Path, case: str
                                                              ) -> None:
    name, content, words = BAD_FILES[case]
    source = tmp_path / name
    source.write_bytes(content)
    out = tmp_path / "out" / "record.json"
    out.parent.mkdir()
    with pytest.raises(ImportFailed) as caught:
        import_to_file(source, out, now=NOW)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert words in message
    assert "Traceback" not in message and "Error" not in message
    assert caught.value.path == source and caught.value.problem in message
    assert list(out.parent.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "out"])


@pytest.mark.parametrize(("name", "limit"), [("huge.txt", MAX_TEXT_BYTES),
                                             ("huge.html", MAX_TEXT_BYTES),
                                             ("huge.docx", MAX_DOCX_BYTES)])
def test_a_50_mb_file_is_refused_by_size_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, limit: int) -> None:
    source = tmp_path / name
    with open(source, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is really written
    real_open: Callable[..., Any] = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(str(file)) == source:
            raise AssertionError("the file was opened")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    with pytest.raises(ImportFailed) as caught:
        import_file(source, now=NOW)
    assert str(caught.value) == (f"{name}: is too large to import (50.0 MB; the limit for "
                                 f"this kind of file is {limit / 1024 / 1024:.1f} MB)")


def test_missing_files_and_folders_are_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^gone\.txt: was not found$"):
        import_file(tmp_path / "gone.txt", now=NOW)
    folder = tmp_path / "folder.html"
    folder.mkdir()
    with pytest.raises(ImportFailed, match=r"^folder\.html: is a folder, not a file$"):
        import_file(folder, now=NOW)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    source = tmp_path / "locked.txt"
    source.write_text("Title\n\nText.", encoding="utf-8")
    source.chmod(0)
    with pytest.raises(ImportFailed, match=r"^locked\.txt: cannot be read: permission denied$"):
        import_file(source, now=NOW)


def test_pasted_text_problems_name_the_source() -> None:
    with pytest.raises(ImportFailed, match=r"^Clipboard: is empty"):
        import_text("  \n\u00a0\n", source_name="Clipboard", now=NOW)
    with pytest.raises(ImportFailed, match=r"^Clipboard: is too long"):
        import_text("x" * (MAX_TEXT_BYTES + 1), source_name="Clipboard", now=NOW)


def test_a_clock_without_a_time_zone_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        import_text("Title\n\nText.", source_name="x", now=datetime(2031, 1, 1))


def test_an_existing_output_file_is_not_replaced(tmp_path: Path) -> None:
    from review_editor.storage import ConflictError

    source = tmp_path / "page.docx"
    source.write_bytes(GOOD_DOCX)
    out = tmp_path / "record.json"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(ConflictError):
        import_to_file(source, out, now=NOW)
    assert out.read_text(encoding="utf-8") == "keep me"
