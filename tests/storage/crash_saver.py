"""Child process for the crash test: saves versions A and B of a record over one file, in
turns, until it is killed.

    crash_saver.py bytes  <target> <a.json> <b.json>   write_atomic with the bytes as given
    crash_saver.py record <target> <a.json> <b.json>   load each version, then save_record

In ``bytes`` mode only ``storage/atomic.py`` is loaded (by its path: the package would
import pydantic), so the process starts in a few milliseconds.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def load_atomic():  # type: ignore[no-untyped-def]
    source = Path(__file__).resolve().parents[2] / "src/review_editor/storage/atomic.py"
    spec = importlib.util.spec_from_file_location("crash_saver_atomic", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
