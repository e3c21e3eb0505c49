"""Fault injection at every step of a save: the file on disk is always whole.

``atomic`` reaches the operating system only through its module-level ``os``, so each test
swaps in a proxy whose one function fails. Before and at the replace, the original file
must stay byte-identical; at the folder sync (after the replace) the new content is
complete and the error is still reported. No temp file may remain in either case.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sample_records import large_record_data, rich_record_data

from review_editor.model import parse_record
from review_editor.storage import SaveError, atomic, load_record, save_record, to_bytes

ORIGINAL = parse_record(large_record_data(variant="A"))
CHANGED = parse_record(large_record_data(variant="B"))


def sharing_violation() -> PermissionError:
    error = PermissionError(13, "sharing violation")
    error.winerror = 32  # type: ignore[attr-defined]
    return error


ERRORS: dict[str, tuple[Callable[[], OSError], str]] = {
    "ENOSPC": (lambda: OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    "EIO": (lambda: OSError(errno.EIO, "Input/output error"), "input/output error"),
    "EACCES": (lambda: PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    "sharing": (sharing_violation, "another program"),
}


class FaultyOs:
    """``os`` with one call failing: ``step`` picks which call, ``make_error`` what it raises."""

    def __init__(self, step: str, make_error: Callable[[], OSError]) -> None:
        self.step = step
        self.make_error = make_error
        self.fsyncs = 0
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def open(self, path: Any, flags: int, *args: Any) -> int:
        creating = bool(flags & os.O_CREAT)
        self.calls.append("open temp" if creating else "open folder")
        if (self.step == "open" and creating) or (self.step == "folder open" and not creating):
            raise self.make_error()
        return os.open(path, flags, *args)

    def write(self, fd: int, data: Any) -> int:
        self.calls.append("write")
        if self.step == "write":
            raise self.make_error()
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        self.fsyncs += 1
        self.calls.append("fsync file" if self.fsyncs == 1 else "fsync folder")
        if (self.step, self.fsyncs) in (("file fsync", 1), ("folder fsync", 2)):
            raise self.make_error()
        os.fsync(fd)

    def replace(self, source: Any, target: Any) -> None:
        self.calls.append("replace")
        if self.step == "replace":
            raise self.make_error()
        os.replace(source, target)


BEFORE_REPLACE = ["open", "write", "file fsync", "replace"]
AFTER_REPLACE = ["folder open", "folder fsync"]


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "RETRY_SECONDS", 0.12)


def _leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name != "record.json")


def _install(monkeypatch: pytest.MonkeyPatch, fake: Any) -> None:
    monkeypatch.setattr(atomic, "os", fake)


@pytest.mark.parametrize("error_name", list(ERRORS))
@pytest.mark.parametrize("step", BEFORE_REPLACE)
def test_a_fault_before_the_replace_leaves_the_original_untouched(
        step: str, error_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "record.json"
    digest = save_record(ORIGINAL, path)
    before = path.read_bytes()
    make_error, wording = ERRORS[error_name]
    fake = FaultyOs(step, make_error)
    _install(monkeypatch, fake)

    with pytest.raises(SaveError) as caught:
        save_record(CHANGED, path, expected_sha256=digest)

    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []
    message = str(caught.value)
    assert "record.json" in message and wording in message and "unchanged" in message
    assert not caught.value.replaced
    assert "replace" not in fake.calls or step == "replace"
    if step == "replace" and error_name == "sharing":
        assert fake.calls.count("replace") >= 2  # retried before giving up
    monkeypatch.undo()
    assert load_record(path).record == ORIGINAL


@pytest.mark.parametrize("error_name", list(ERRORS))
@pytest.mark.parametrize("step", BEFORE_REPLACE)
def test_a_fault_while_saving_a_new_file_leaves_nothing_behind(
        step: str, error_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _install(monkeypatch, FaultyOs(step, ERRORS[error_name][0]))
    with pytest.raises(SaveError):
        save_record(CHANGED, tmp_path / "record.json")
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot open a folder to fsync it")
@pytest.mark.parametrize("error_name", list(ERRORS))
@pytest.mark.parametrize("step", AFTER_REPLACE)
def test_a_fault_at_the_folder_sync_reports_it_with_the_new_content_in_place(
        step: str, error_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "record.json"
    digest = save_record(ORIGINAL, path)
    make_error, wording = ERRORS[error_name]
    fake = FaultyOs(step, make_error)
    _install(monkeypatch, fake)

    with pytest.raises(SaveError) as caught:
        save_record(CHANGED, path, expected_sha256=digest)

    assert path.read_bytes() == to_bytes(CHANGED)
    assert _leftovers(tmp_path) == []
    assert caught.value.replaced
    message = str(caught.value)
    assert "record.json" in message and wording in message and "was saved" in message
    assert "unchanged" not in message
    assert fake.calls.index("replace") < fake.calls.index("open folder")


def test_save_order_is_temp_write_fsync_replace_then_folder_fsync(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    fake = FaultyOs("none", OSError)
    _install(monkeypatch, fake)
    save_record(ORIGINAL, tmp_path / "record.json")
    steps = [call for call in fake.calls if call != "write"]
    expected = ["open temp", "fsync file", "replace", "open folder", "fsync folder"]
    if os.name == "nt":
        expected = expected[:3]
    assert steps == expected
    assert "write" in fake.calls


def test_a_sharing_violation_that_clears_is_retried_until_the_save_succeeds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(atomic, "RETRY_SECONDS", 5.0)
    path = tmp_path / "record.json"
    digest = save_record(ORIGINAL, path)
    attempts: list[int] = []

    class ClearsAfterThree(FaultyOs):
        def replace(self, source: Any, target: Any) -> None:
            attempts.append(1)
            if len(attempts) <= 3:
                raise sharing_violation()
            os.replace(source, target)

    _install(monkeypatch, ClearsAfterThree("none", OSError))
    save_record(CHANGED, path, expected_sha256=digest)
    assert len(attempts) == 4
    assert path.read_bytes() == to_bytes(CHANGED)
    assert _leftovers(tmp_path) == []


def test_retries_back_off_and_stop_at_the_time_limit(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "record.json"
    path.write_bytes(b"original")
    delays: list[float] = []
    clock = [0.0]

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr(atomic.time, "monotonic", lambda: clock[0])
    _install(monkeypatch, FaultyOs("replace", sharing_violation))
    with pytest.raises(PermissionError):
        atomic.write_atomic(path, b"new", sleep=fake_sleep, retry_seconds=4.0)
    assert delays == [0.05, 0.1, 0.2, 0.4, 0.8, 1.0, 1.0]
    assert sum(delays) <= 4.0
    assert path.read_bytes() == b"original"
    assert os.listdir(tmp_path) == ["record.json"]


def test_other_errors_at_the_replace_are_not_retried(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    fake = FaultyOs("replace", lambda: OSError(errno.EIO, "Input/output error"))
    _install(monkeypatch, fake)
    with pytest.raises(OSError):
        atomic.write_atomic(tmp_path / "record.json", b"new", retry_seconds=5.0)
    assert fake.calls.count("replace") == 1


def test_short_writes_still_write_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    sizes: list[int] = []

    class ShortWrites(FaultyOs):
        def write(self, fd: int, data: Any) -> int:
            chunk = bytes(data[:1000])
            sizes.append(len(chunk))
            return os.write(fd, chunk)

    path = tmp_path / "record.json"
    _install(monkeypatch, ShortWrites("none", OSError))
    save_record(ORIGINAL, path)
    assert path.read_bytes() == to_bytes(ORIGINAL)
    assert len(sizes) > 100 and max(sizes) == 1000


def test_a_write_that_accepts_nothing_fails_cleanly(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "record.json"
    digest = save_record(ORIGINAL, path)
    before = path.read_bytes()

    class AcceptsNothing(FaultyOs):
        def write(self, fd: int, data: Any) -> int:
            return 0

    _install(monkeypatch, AcceptsNothing("none", OSError))
    with pytest.raises(SaveError) as caught:
        save_record(CHANGED, path, expected_sha256=digest)
    assert "input/output error" in str(caught.value)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_a_write_that_stops_halfway_fails_cleanly(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "record.json"
    digest = save_record(ORIGINAL, path)
    before = path.read_bytes()

    class FillsUp(FaultyOs):
        written = 0

        def write(self, fd: int, data: Any) -> int:
            if self.written > 50_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            count = os.write(fd, bytes(data[:20_000]))
            self.written += count
            return count

    _install(monkeypatch, FillsUp("none", OSError))
    with pytest.raises(SaveError, match="the disk is full"):
        save_record(CHANGED, path, expected_sha256=digest)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_saving_onto_a_folder_is_a_save_error(tmp_path: Path):
    folder = tmp_path / "record.json"
    folder.mkdir()
    record = parse_record(rich_record_data())
    with pytest.raises(SaveError):
        save_record(record, folder)
    with pytest.raises(SaveError):
        save_record(record, folder, overwrite=True)
    assert folder.is_dir() and os.listdir(folder) == []
    assert os.listdir(tmp_path) == ["record.json"]


def test_a_read_only_folder_is_a_save_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _install(monkeypatch, FaultyOs("open", lambda: OSError(errno.EROFS, "Read-only")))
    with pytest.raises(SaveError, match="read-only"):
        save_record(ORIGINAL, tmp_path / "record.json")


def test_a_file_marked_read_only_is_not_replaced(tmp_path: Path):
    # On Windows the replace itself fails; a POSIX folder would let it through.
    path = tmp_path / "record.json"
    digest = save_record(ORIGINAL, path)
    link = tmp_path / "link.json"
    link.symlink_to(path)
    before = path.read_bytes()
    os.chmod(path, 0o444)
    try:
        for target in (path, link):
            for options in ({"expected_sha256": digest}, {"overwrite": True}):
                with pytest.raises(SaveError, match="marked read-only.*copy.*unchanged"):
                    save_record(CHANGED, target, **options)
        assert path.read_bytes() == before
        assert _leftovers(tmp_path) == ["link.json"]
        os.chmod(path, 0o644)  # cleared: saves again
        save_record(CHANGED, path, expected_sha256=digest)
        assert load_record(path).record == CHANGED
    finally:
        os.chmod(path, 0o644)


def test_a_save_into_a_folder_that_has_gone_does_not_speak_of_a_file_on_disk(tmp_path: Path):
    gone = tmp_path / "gone"
    with pytest.raises(SaveError) as raised:
        save_record(ORIGINAL, gone / "record.json")
    assert str(raised.value) == ("Could not save record.json: the folder does not exist. "
                                 "Nothing was written: save it somewhere else.")
    path = tmp_path / "record.json"
    digest = save_record(ORIGINAL, path)
    os.chmod(path, 0o444)
    try:
        with pytest.raises(SaveError, match="The file on disk is unchanged"):
            save_record(CHANGED, path, expected_sha256=digest)
    finally:
        os.chmod(path, 0o644)
