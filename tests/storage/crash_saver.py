"""Child process for the crash test: saves versions A and B of a record over one file, in
turns, until it is killed.

    crash_saver.py bytes  <target> <a.json> <b.json>   write_atomic with the bytes as given
    crash_saver.py record <target> <a.json> <b.json>   load each version, then save_record

In ``bytes`` mode only ``storage/atomic.py`` and the standard-library modules it uses are
loaded (the storage package loads its names on first use, so no pydantic), and the process
starts in a few milliseconds.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def load_atomic():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    return importlib.import_module("review_editor.storage.atomic")


def main() -> None:
    mode, target, *versions = sys.argv[1:]
    path = Path(target)
    if mode == "bytes":
        atomic = load_atomic()
        contents = [Path(version).read_bytes() for version in versions]

        def save(index: int) -> None:
            atomic.write_atomic(path, contents[index])
    else:
        from review_editor.storage import load_record, save_record

        records = [load_record(version).record for version in versions]

        def save(index: int) -> None:
            save_record(records[index], path, overwrite=True)

    sys.stdout.write("ready\n")
    sys.stdout.flush()
    turn = 0
    while True:
        save(turn % 2)
        turn += 1


if __name__ == "__main__":
    main()
