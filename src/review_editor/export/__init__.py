"""Final copies of a record: standalone HTML, tagged PDF (Typst), Word, plain text, JSON.

``export_record(record, formats, out_dir, now=…)`` and ``export_bundle(…)`` run the checks,
refuse a final export with blocking findings unless overridden with a reason, and write each
file atomically. Nothing here imports Qt.

The names below load on first use, so the command line can build its parser (which imports
``export.cli_command``) without loading the checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_getattr

_HOMES = {
    "ExportResult": "core", "Progress": "core", "export_bundle": "core",
    "export_record": "core", "target_folder": "core", "ExportError": "files",
    "ExportNotOwned": "ownership", "ExportBlocked": "final", "Override": "final",
    "MANIFEST_NAME": "manifest",
    "checks_summary": "manifest", "EMBARGO_SUFFIX": "names", "FORMATS": "names",
    "bundle_name": "names", "export_filename": "names", "export_stem": "names",
}

__all__ = [
    "EMBARGO_SUFFIX", "FORMATS", "MANIFEST_NAME", "ExportBlocked", "ExportError",
    "ExportNotOwned",
    "ExportResult", "Override", "Progress", "bundle_name", "checks_summary", "export_bundle",
    "export_filename", "export_record", "export_stem", "target_folder",
]


__getattr__ = lazy_getattr(__name__, _HOMES)


if TYPE_CHECKING:
    from .core import ExportResult, Progress, export_bundle, export_record, target_folder
    from .files import ExportError
    from .final import ExportBlocked, Override
    from .manifest import MANIFEST_NAME, checks_summary
    from .names import EMBARGO_SUFFIX, FORMATS, bundle_name, export_filename, export_stem
    from .ownership import ExportNotOwned
