"""Saves killed with SIGKILL at random moments: the file is always version A or version B,
whole, never missing and never a mixture; the temp files and claims the kills leave are
swept.

Most kills go to a child that only loads ``storage/atomic.py`` (a few milliseconds to
start); some go through the full ``save_record`` path.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sample_records import large_record_data

from review_editor.model import parse_record
from review_editor.storage import load_record, sweep_orphans, to_bytes
from review_editor.storage.atomic import is_temp_name
from review_editor.storage.claims import is_claim_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")

SAVER = Path(__file__).with_name("crash_saver.py")
BYTES_KILLS = 300
RECORD_KILLS = 24
MAX_DELAY = 0.030


def _versions(folder: Path) -> tuple[Path, Path, bytes, bytes]:
    version_a = to_bytes(parse_record(large_record_data(variant="A")))
    version_b = to_bytes(parse_record(large_record_data(variant="B")))
    assert len(version_a) > 200_000 and version_a != version_b
    a_file, b_file = folder / "a.source", folder / "b.source"
    a_file.write_bytes(version_a)
    b_file.write_bytes(version_b)
    return a_file, b_file, version_a, version_b


def _kill_during_saves(mode: str, kills: int, tmp_path: Path, seed: int) -> Counter[str]:
    sources = tmp_path / "sources"
    sources.mkdir()
    a_file, b_file, version_a, version_b = _versions(sources)
    folder = tmp_path / "records"
    folder.mkdir()
    target = folder / "adult-r.json"
    target.write_bytes(version_a)
    rng = random.Random(seed)
    interpreter = [sys.executable, "-I", "-S"] if mode == "bytes" else [sys.executable]
    seen: Counter[str] = Counter()
    for kill in range(kills):
        child = subprocess.Popen([*interpreter, str(SAVER), mode, str(target), str(a_file),
                                  str(b_file)], stdout=subprocess.PIPE)
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"ready\n", f"kill {kill}: the saver did not start"
            signal_after = rng.uniform(0.0, MAX_DELAY)
            try:
                child.wait(timeout=signal_after)
            except subprocess.TimeoutExpired:
                os.kill(child.pid, signal.SIGKILL)
            assert child.wait(timeout=10) == -signal.SIGKILL, f"kill {kill}: saver exited"
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            if child.stdout is not None:
                child.stdout.close()

        assert target.exists(), f"kill {kill}: the record file is missing"
        content = target.read_bytes()
        assert content in (version_a, version_b), f"kill {kill}: corrupt ({len(content)} bytes)"
        seen["A" if content == version_a else "B"] += 1
        if mode == "record":
            loaded = load_record(target).record
            assert to_bytes(loaded) == content
        orphans = [name for name in os.listdir(folder) if is_temp_name(name)]
        claims = [name for name in os.listdir(folder) if is_claim_name(name)]
        seen["orphans"] += len(orphans)
        seen["claims"] += len(claims)
        # At most the one save that was under way: its temp file and its claim.
        assert len(orphans) <= 1 and len(claims) <= 1
        swept = sweep_orphans(folder, older_than=0)
        assert sorted(path.name for path in swept) == sorted(orphans + claims)
        assert os.listdir(folder) == [target.name]
    return seen


def test_kills_during_atomic_writes_leave_a_or_b(tmp_path: Path):
    seen = _kill_during_saves("bytes", BYTES_KILLS, tmp_path, seed=20310514)
    assert seen["A"] + seen["B"] == BYTES_KILLS
    assert seen["A"] > 0 and seen["B"] > 0
    assert seen["orphans"] > 0  # some kills really did land in the middle of a save


def test_kills_during_save_record_leave_a_or_b(tmp_path: Path):
    seen = _kill_during_saves("record", RECORD_KILLS, tmp_path, seed=1992)
    assert seen["A"] + seen["B"] == RECORD_KILLS
