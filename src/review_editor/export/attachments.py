"""A bundle's copies of the record's local documents, each named from its title.

An attachment's ``path`` is private (it may hold a user name, a case folder, a real name in
a folder name): the copy in the bundle is named from the document's title, with the file's
own extension (``full-report.pdf``), and the path itself is never written anywhere.
Only regular files inside the record's folder are copied; one that is missing, elsewhere,
too large or unreadable is left out (the checks report it, C7.3).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from ..model.records import RecordModel
from ..storage.special import read_regular
from .manifest import Output
from .names import not_a_device, slugify

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
_EXTENSION = re.compile(r"^\.[a-z0-9]{1,8}$")


def attachment_outputs(record: RecordModel, base_dir: Path | None,
                       taken: set[str]) -> list[Output]:
    """Copies of the record's local documents, named from their titles, for a bundle."""
    if base_dir is None:
        return []
    outputs: list[Output] = []
    names = set(taken)
    for number, attachment in enumerate(record.attachments, start=1):
        source = _inside(attachment.path, base_dir)
        if source is None:
            continue
        try:
            data = read_regular(source, MAX_ATTACHMENT_BYTES)
        except OSError:
            continue
        if len(data) > MAX_ATTACHMENT_BYTES:
            continue
        name = _name(attachment.title, PurePath(source.name).suffix.lower(), number, names)
        names.add(name)
        outputs.append(Output("attachment", name, data))
    return outputs


def _inside(path: str | None, base_dir: Path) -> Path | None:
    if not path or not path.strip():
        return None
    folder = base_dir.resolve()
    try:
        candidate = (folder / path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    return candidate if candidate.is_relative_to(folder) and candidate != folder else None


def _name(title: str, extension: str, number: int, taken: set[str]) -> str:
    stem = not_a_device(slugify(title), "-document") or f"document-{number}"
    suffix = extension if _EXTENSION.match(extension) else ""
    name, copy = f"{stem}{suffix}", 2
    while name.lower() in {t.lower() for t in taken}:
        name, copy = f"{stem}-{copy}{suffix}", copy + 1
    return name
