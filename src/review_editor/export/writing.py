"""Writing one record's export: every file or none.

Each file is written atomically (``files.write_output``). When one cannot be written, the
files this export already wrote are taken back: a new one is removed, a replaced one gets
its old content again. Then the folder's index (``export.ownership``) records what was
written, so the next export of the same record may replace it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from .files import ExportError, write_output
from .manifest import Output
from .ownership import INDEX_NAME, Owned, index_bytes


def write_all(folder: Path, outputs: list[Output], index: dict[str, Owned], *,
              record_id: str, report: Callable[[str], None]) -> list[Path]:
    """Write ``outputs`` into ``folder`` and record them in its index; on failure, leave
    the folder as it was and raise ``ExportError``."""
    written: list[tuple[Path, bytes | None]] = []  # the file and its previous content
    try:
        for output in outputs:
            target = folder / output.name
            previous = _previous(target)
            write_output(target, output.data)
            written.append((target, previous))
            report(f"Wrote {output.name}")
        updated = dict(index)
        for output in outputs:
            updated[output.name] = Owned(hashlib.sha256(output.data).hexdigest(), record_id)
        write_output(folder / INDEX_NAME, index_bytes(updated))
    except BaseException as error:
        _take_back(written)
        if isinstance(error, ExportError | OSError):
            raise ExportError(f"{error}; nothing was exported") from error
        raise
    return [target for target, _ in written]


def _previous(target: Path) -> bytes | None:
    """The content a write is about to replace (ownership has checked it is a regular
    file this app wrote), or None for a new file."""
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ExportError(f"{target}: cannot be read before it is replaced "
                          f"({error.strerror or error})") from error


def _take_back(written: list[tuple[Path, bytes | None]]) -> None:
    for target, previous in reversed(written):
        try:
            if previous is None:
                os.unlink(target)
            else:
                write_output(target, previous)
        except (OSError, ExportError):
            pass  # best effort: the error that stopped the export is the one to report
