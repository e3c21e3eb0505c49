"""The canonical file format: UTF-8 without BOM, 2-space indent, model order, trailing
newline. Stable, so save(load(save(r))) is byte-identical and diffs stay small."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .reading import sha256

if TYPE_CHECKING:
    from ..model import RecordModel

__all__ = ["sha256", "to_bytes"]


def to_bytes(record: RecordModel) -> bytes:
    from ..model.walk import dump, version_to_write

    data = dump(record)
    # The file says which version of the format it uses: a record given fields a newer
    # minor version added is written as that version (see ``version_to_write``).
    data["schema_version"] = version_to_write(record)
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    # A lone surrogate can only come from a ``\ud800`` escape in an unknown key's value
    # (the model refuses them): written back as the same escape, it survives load → save.
    return (text + "\n").encode("utf-8", "backslashreplace")
