"""Finding 6: a save is one step across processes.

Two real processes load the same record, meet at a barrier, and save an edit over it at the
same instant: exactly one save succeeds, the other gets the conflict path, and the file
holds the winner's edit. Also: stale claims left by crashes are recovered, nothing is left
behind, a symbolic link stays a link and a file's permissions are kept.
"""

from __future__ import annotations

import multiprocessing
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from race_saver import save_rounds

from review_editor.model import LONDON, new_record
from review_editor.storage import SaveError, claims, load_record, save_record
from review_editor.storage.atomic import is_temp_name
from review_editor.storage.identity import host_name

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=LONDON)
ROUNDS = 200


def _leftovers(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder)
            if is_temp_name(name) or claims.is_claim_name(name)]


def test_two_processes_saving_at_the_same_instant_lose_no_edit(tmp_path: Path):
    for number in range(ROUNDS):
        save_record(new_record("news_item", f"Round {number}", NOW),
                    tmp_path / f"round-{number}.json")
    context = multiprocessing.get_context("spawn")  # the test process has Qt's threads
    barrier = context.Barrier(2)
    results = context.Queue()
    savers = [context.Process(target=save_rounds, args=(name, str(tmp_path), ROUNDS, barrier,
                                                         results)) for name in "AB"]
    for saver in savers:
        saver.start()
    try:
        outcomes = dict(results.get(timeout=120) for _ in savers)
    finally:
        for saver in savers:
            saver.join(timeout=30)
            if saver.is_alive():
                saver.kill()
    assert all(saver.exitcode == 0 for saver in savers)

    lost = []
    for number in range(ROUNDS):
        pair = {name: outcomes[name][number] for name in "AB"}
        winners = [name for name, outcome in pair.items() if outcome == "saved"]
        summary = load_record(tmp_path / f"round-{number}.json").record.summary
        if len(winners) != 1 or summary != f"Edited by {winners[0]} in round {number}.":
            lost.append((number, pair, summary))
        else:
            loser = "B" if winners[0] == "A" else "A"
            assert pair[loser] == "conflict:changed"
    assert lost == [], f"{len(lost)} of {ROUNDS} rounds lost an edit: {lost[:3]}"
    assert _leftovers(tmp_path) == []


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The process id of another program running on this machine."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield child.pid
    child.kill()
    child.wait()


def _plant_claim(record: Path, *, pid: int, host: str, age: float) -> Path:
    path = claims.claim_path(record)
    path.write_text(f'{{"pid": {pid}, "host": "{host}", "time": {time.time() - age}}}',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("pid, host, age", [
    pytest.param("dead", "here", 0.0, id="its-process-is-gone"),
    pytest.param(1, "another-laptop", claims.STALE_AFTER + 5, id="old-from-another-machine"),
])
def test_a_claim_left_by_a_crash_is_recovered_at_the_next_save(
        tmp_path: Path, pid: object, host: str, age: float):
    record = tmp_path / "record.json"
    digest = save_record(new_record("news_item", "Autumn bulletin", NOW), record)
    _plant_claim(record, pid=_dead_pid() if pid == "dead" else int(str(pid)),
                 host=host_name() if host == "here" else host, age=age)
    started = time.monotonic()
    save_record(new_record("news_item", "Winter bulletin", NOW), record,
                expected_sha256=digest)
    assert time.monotonic() - started < 2.0
    assert load_record(record).record.title == "Winter bulletin"
    assert _leftovers(tmp_path) == []


def test_a_claim_this_process_could_not_remove_does_not_block_its_next_save(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Windows refuses to delete a file that a scanner or sync client has open.
    record = tmp_path / "record.json"
    digest = save_record(new_record("news_item", "Autumn bulletin", NOW), record)

    def refuse(path: object) -> None:
        raise PermissionError(13, "the file is in use")

    with monkeypatch.context() as patch:
        patch.setattr(claims.os, "unlink", refuse)
        digest = save_record(new_record("news_item", "Winter bulletin", NOW), record,
                             expected_sha256=digest)
    assert claims.claim_path(record).exists()  # left behind by this process
    started = time.monotonic()
    save_record(new_record("news_item", "Spring bulletin", NOW), record,
                expected_sha256=digest)
    assert time.monotonic() - started < 2.0
    assert load_record(record).record.title == "Spring bulletin"
    assert _leftovers(tmp_path) == []


def test_a_live_claim_is_waited_for_then_reported_without_writing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, live_pid: int):
    record = tmp_path / "record.json"
    digest = save_record(new_record("news_item", "Autumn bulletin", NOW), record)
    before = record.read_bytes()
    claim = _plant_claim(record, pid=live_pid, host=host_name(), age=0.0)
    monkeypatch.setattr(claims, "WAIT_FOR", 0.3)
    with pytest.raises(SaveError) as caught:
        save_record(new_record("news_item", "Winter bulletin", NOW), record,
                    expected_sha256=digest)
    assert "record.json" in str(caught.value) and "under way" in str(caught.value)
    assert record.read_bytes() == before
    assert claim.exists()  # someone else's: never removed while it is live
    assert [name for name in os.listdir(tmp_path) if is_temp_name(name)] == []


def test_a_folder_scan_sweeps_a_stale_claim(tmp_path: Path, live_pid: int):
    from review_editor.storage import sweep_orphans

    record = tmp_path / "record.json"
    save_record(new_record("news_item", "Autumn bulletin", NOW), record)
    claim = _plant_claim(record, pid=_dead_pid(), host=host_name(), age=0.0)
    live = _plant_claim(tmp_path / "other.json", pid=live_pid, host=host_name(), age=0.0)
    assert sweep_orphans(tmp_path) == [claim]
    assert live.exists()


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_saving_through_a_symbolic_link_updates_its_target(tmp_path: Path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    target = real_folder / "record.json"
    digest = save_record(new_record("news_item", "Autumn bulletin", NOW), target)
    link = tmp_path / "linked.json"
    link.symlink_to(target)

    loaded = load_record(link)
    assert loaded.sha256 == digest
    save_record(new_record("news_item", "Winter bulletin", NOW), link,
                expected_sha256=loaded.sha256)

    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_record(target).record.title == "Winter bulletin"
    assert _leftovers(tmp_path) == [] and _leftovers(real_folder) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_a_files_permissions_are_kept(tmp_path: Path, mode: int):
    record = tmp_path / "record.json"
    digest = save_record(new_record("news_item", "Autumn bulletin", NOW), record)
    os.chmod(record, mode)
    save_record(new_record("news_item", "Winter bulletin", NOW), record,
                expected_sha256=digest)
    assert stat.S_IMODE(os.stat(record).st_mode) == mode
