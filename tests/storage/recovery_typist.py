"""A typist for the crash-recovery test: types into the editor model with the real autosave
policy and recovery store, printing "<keystrokes> <monotonic time>" after each keystroke,
until it is killed. Usage: python recovery_typist.py RECORD_FILE RECOVERY_DIR SEED"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from review_editor.model.document import RecordDocument
from review_editor.storage import load_record
from review_editor.storage.recovery import AutosavePolicy, RecoveryStore

ALPHABET = "abcdefghijklmnopqrstuvwxyz "


def main() -> None:
    record_path, recovery_dir, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    loaded = load_record(record_path)
    doc = RecordDocument(loaded.record)
    store = RecoveryStore(recovery_dir)
    policy = AutosavePolicy()
    text = doc.get("body.0.markdown") or ""
    count = 0
    print("ready", time.monotonic(), flush=True)
    while True:
        # Typing speed varies; now and then the typist stops to think.
        pause = rng.uniform(0.01, 0.12) if rng.random() > 0.03 else rng.uniform(0.5, 3.0)
        next_key = time.monotonic() + pause
        while True:
            due = policy.due_at()
            if due is None or due >= next_key:
                break
            time.sleep(max(0.0, due - time.monotonic()))
            store.write(doc.snapshot(), record_path, loaded.sha256)
            policy.snapshotted(time.monotonic())
        time.sleep(max(0.0, next_key - time.monotonic()))
        text += ALPHABET[count % len(ALPHABET)]
        doc.set("body.0.markdown", text)
        count += 1
        now = time.monotonic()
        policy.edited(now)
        print(count, now, flush=True)


if __name__ == "__main__":
    main()
