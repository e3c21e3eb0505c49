"""Crash recovery: typists killed with SIGKILL at random moments.

After every kill the next start finds a snapshot to offer, its text is at most 5 s behind
what had been typed, and nothing was written into the record's folder. Several typists run
at once (they mostly sleep between keystrokes), so 200 kills take a couple of minutes.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from review_editor.storage.recovery import RecoveryStore

KILLS = 200
PARALLEL = 16
MAX_LAG = 5.0
TYPIST = Path(__file__).with_name("recovery_typist.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


class Run:
    def __init__(self, index: int, base: Path, record_source: Path, rng: random.Random):
        self.folder = base / f"records-{index}"
        self.folder.mkdir()
        self.record = self.folder / record_source.name
        self.record.write_bytes(record_source.read_bytes())
        self.recovery = base / f"recovery-{index}"
        self.base_text_length = None
        self.process = subprocess.Popen(
            [sys.executable, str(TYPIST), str(self.record), str(self.recovery),
             str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE, text=True)
        # A kill counts once the first snapshot exists; it then lands anywhere in the next
        # snapshot cycle and a half.
        self.kill_after = rng.uniform(0.0, 4.5)
        self.first_snapshot: float | None = None

    def due(self) -> bool:
        if self.first_snapshot is None:
            if not self.recovery.is_dir() or not any(self.recovery.glob("*.json")):
                return False
            self.first_snapshot = time.monotonic()
        return time.monotonic() - self.first_snapshot >= self.kill_after


def _lag(run: Run, killed_at: float, base_text: str) -> float:
    lines = run.process.stdout.read().split("\n")  # type: ignore[union-attr]
    times: dict[int, float] = {}
    for line in lines[1:]:
        parts = line.split()
        if len(parts) == 2:
            times[int(parts[0])] = float(parts[1])
    snapshots = RecoveryStore(run.recovery).leftovers()
    assert len(snapshots) == 1, "the next start must offer exactly this record's snapshot"
    snapshot = snapshots[0]
    assert snapshot.record_path == str(run.record)
    recovered = snapshot.data["body"][0]["markdown"]
    assert recovered.startswith(base_text)
    typed = len(recovered) - len(base_text)
    if typed + 1 not in times:
        return 0.0  # the snapshot holds everything that was typed
    return killed_at - times[typed + 1]


def test_two_hundred_kills_each_recover_at_most_five_seconds_behind(
        tmp_path: Path, examples_dir: Path) -> None:
    source = examples_dir / "thematic-review-into-cse-in-bradford.json"
    import json

    base_text = json.loads(source.read_text(encoding="utf-8"))["body"][0]["markdown"]
    rng = random.Random(2611)
    started = finished = 0
    lags: list[float] = []
    running: list[Run] = []
    while finished < KILLS:
        while len(running) < PARALLEL and started < KILLS:
            running.append(Run(started, tmp_path, source, rng))
            started += 1
        time.sleep(0.01)
        for run in [r for r in running if r.due()]:
            killed_at = time.monotonic()
            os.kill(run.process.pid, signal.SIGKILL)
            run.process.wait()
            running.remove(run)
            lags.append(_lag(run, killed_at, base_text))
            assert sorted(p.name for p in run.folder.iterdir()) == [run.record.name]
            finished += 1
    assert len(lags) == KILLS
    assert max(lags) <= MAX_LAG, f"worst lag {max(lags):.2f} s"
    print(f"recovery lag over {KILLS} kills: max {max(lags):.2f} s, "
          f"mean {sum(lags) / len(lags):.2f} s")
