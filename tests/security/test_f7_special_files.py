"""Finding 7 (files): pipes, devices, sockets and links to them are refused wherever a file
is read, with a message naming the file; nothing hangs and nothing runs out of memory; an
attached document is read within the importer's size and time limits.

Every call runs under a deadline: a FIFO opened the old way blocks forever.
"""

from __future__ import annotations

import os
import signal
import socket
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from review_editor import cli
from review_editor.checks import CheckContext, localfiles, run_checks
from review_editor.importers import ImportFailed, import_file
from review_editor.model import LONDON, new_record, parse_record
from review_editor.storage import LoadError, SaveError, load_record, save_record
from review_editor.storage.atomic import is_temp_name
from review_editor.storage.claims import is_claim_name

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX pipes, devices and sockets")

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
DEADLINE = 10.0


@contextmanager
def deadline(seconds: float = DEADLINE) -> Iterator[None]:
    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"still running after {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


def _link_to(target: str | Path) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.symlink_to(target)
        return path
    return make


def _link_to_fifo(path: Path) -> Path:
    fifo = _fifo(path.with_name(f"real-{path.name}"))
    path.symlink_to(fifo)
    return path


SPECIAL: dict[str, Callable[[Path], Path]] = {
    "fifo": _fifo,
    "link-to-fifo": _link_to_fifo,
    "link-to-dev-zero": _link_to("/dev/zero"),
    "link-to-dev-null": _link_to("/dev/null"),
    "socket": _socket,
}
WORDS = {"fifo": "named pipe", "link-to-fifo": "named pipe", "link-to-dev-zero": "device",
         "link-to-dev-null": "device", "socket": "socket"}


@pytest.fixture(params=list(SPECIAL))
def special(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Callable[[Path], Path]]:
    name = request.param
    if name.startswith("link-to-dev") and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    return name, SPECIAL[name]


def test_validate_refuses_it_naming_the_file(special: Any, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]):
    name, make = special
    path = make(tmp_path / "Adult R.json")
    with deadline():
        status = cli.main(["validate", str(path)])
    out = capsys.readouterr().out
    assert status == 2
    assert str(path) in out and WORDS[name] in out, out


def test_opening_it_is_a_typed_load_error(special: Any, tmp_path: Path):
    name, make = special
    path = make(tmp_path / "Adult R.json")
    with deadline(), pytest.raises(LoadError) as caught:
        load_record(path)
    assert caught.value.category == "not_a_file"
    assert path.name in str(caught.value) and WORDS[name] in str(caught.value)


def test_saving_over_it_is_refused_and_it_is_left_as_it_was(special: Any, tmp_path: Path):
    name, make = special
    path = make(tmp_path / "Adult R.json")
    before = os.lstat(path)
    with deadline(), pytest.raises(SaveError) as caught:
        save_record(new_record("news_item", "Autumn bulletin", datetime.now(LONDON)), path,
                    overwrite=True)
    assert path.name in str(caught.value) and WORDS[name] in str(caught.value)
    after = os.lstat(path)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert not [n for n in os.listdir(tmp_path) if is_temp_name(n) or is_claim_name(n)]


@pytest.mark.parametrize("extension", [".txt", ".html", ".docx", ""])
def test_import_refuses_it_naming_the_file(special: Any, tmp_path: Path, extension: str):
    name, make = special
    path = make(tmp_path / f"page{extension}")
    with deadline(), pytest.raises(ImportFailed) as caught:
        import_file(path, now=NOW)
    assert path.name in str(caught.value) and WORDS[name] in str(caught.value)


def _record_with(attachment: str, tmp_path: Path, *, image: str | None = None) -> Any:
    body = "The panel met in March." + (f"\n\n![A chart]({image})" if image else "")
    return parse_record({
        "schema_version": "1.0", "id": "7d3c0f6e-7b1a-4c2d-8e5f-0a1b2c3d4e5f",
        "kind": "news_item", "title": "Learning from a review",
        "body": [{"id": "main", "heading": "Background", "markdown": body}],
        "attachments": [{"title": "The full report", "path": attachment}],
    })


def _check(record: Any, folder: Path) -> list[Any]:
    with deadline(30.0):
        return run_checks(record, CheckContext(now=NOW, base_dir=folder))


def test_checks_refuse_an_attachment_that_is_not_a_document(special: Any, tmp_path: Path):
    name, make = special
    make(tmp_path / "full-report.pdf")
    make(tmp_path / "chart.jpg")
    issues = _check(_record_with("full-report.pdf", tmp_path, image="chart.jpg"), tmp_path)
    local = [i for i in issues if i.code == "C7.3" and i.field_path == "attachments.0.path"]
    assert [i.severity for i in local] == ["blocking"]
    assert "full-report.pdf" in local[0].message and WORDS[name] in local[0].message


# -- an attached Word file that unpacks to 1.5 GB ------------------------------------------

def _zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive from (name, raw deflate data, CRC-32, unpacked size), written by hand
    so that a member's compressed data need not be produced by compressing it."""
    local_parts, central, offset = [], [], 0
    for name, data, crc, size in entries:
        encoded = name.encode()
        header = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data),
                             size, len(encoded), 0) + encoded
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc,
                                   len(data), size, len(encoded), 0, 0, 0, 0, 0, offset)
                       + encoded)
        local_parts.append(header + data)
        offset += len(header) + len(data)
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                      len(directory), offset, 0)
    return b"".join(local_parts) + directory + end


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def _word_bomb(unpacked: int) -> bytes:
    """A .docx whose document.xml really inflates to ``unpacked`` bytes: one deflate block
    of repeated paragraphs, full-flushed so that it can be repeated as it is. (Its CRC is
    that of one block: whoever inflates it all finds out only at the end.)"""
    paragraph = b"<w:p><w:r><w:t>The panel met.</w:t></w:r></w:p>" * 21846
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(paragraph) + packer.flush(zlib.Z_FULL_FLUSH)
    count = unpacked // len(paragraph)
    document = block * count + packer.flush(zlib.Z_FINISH)
    types = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/' \
        b'package/2006/content-types"/>'
    core = b"<cp:coreProperties><dc:creator>Partnership</dc:creator></cp:coreProperties>"
    return _zip([
        ("[Content_Types].xml", *_deflated(types)),
        ("docProps/core.xml", *_deflated(core)),
        ("word/document.xml", document, zlib.crc32(paragraph), count * len(paragraph)),
    ])


def test_an_attached_word_bomb_is_reported_not_read(tmp_path: Path):
    bomb = _word_bomb(1536 * 1024 * 1024)
    assert len(bomb) < 10 * 1024 * 1024
    (tmp_path / "full-report.docx").write_bytes(bomb)
    with zipfile.ZipFile(tmp_path / "full-report.docx") as archive:
        assert archive.getinfo("word/document.xml").file_size > 1500 * 1024 * 1024

    issues = _check(_record_with("full-report.docx", tmp_path), tmp_path)
    warned = [i for i in issues if i.code == "C7.3" and i.severity == "warning"]
    assert len(warned) == 1 and "not inspected" in warned[0].message
    assert "once unpacked" in warned[0].message


def test_an_attached_pdf_over_the_size_limit_is_reported_not_read(tmp_path: Path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "full-report.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    os.truncate(path, localfiles.MAX_PDF_BYTES + 1)  # sparse: no disk used
    issues = _check(_record_with("full-report.pdf", tmp_path), tmp_path)
    warned = [i for i in issues if i.code == "C7.3" and i.severity == "warning"]
    assert len(warned) == 1 and "not inspected" in warned[0].message


def test_reading_a_pdfs_pages_stops_at_the_time_limit(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch):
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    path = tmp_path / "slow-report.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    monkeypatch.setattr(localfiles, "READ_SECONDS", -1.0)
    facts = localfiles.document_facts(path)
    assert facts is not None and facts.limit is not None and "seconds" in facts.limit


def test_the_limits_are_the_importers():
    from review_editor.importers import files

    assert localfiles.MAX_DOCX_BYTES == files.MAX_DOCX_BYTES
    assert localfiles.MAX_DOCX_UNPACKED_BYTES == files.MAX_DOCX_UNPACKED_BYTES


def test_the_windows_own_readers_skip_it(special: Any, tmp_path: Path):
    """The file watcher's hash and the conflict-copy scan read files the window did not
    choose: a pipe there must not freeze the window."""
    from review_editor.ui.never_lose.conflict_copies import read_record_id
    from review_editor.ui.never_lose.watcher import _hash

    name, make = special
    path = make(tmp_path / "Adult R-DESKTOP-1A2B3C.json")
    with deadline():
        assert _hash(path) is None
        assert read_record_id(path) is None
