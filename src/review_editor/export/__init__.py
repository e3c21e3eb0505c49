"""Final copies of a record: standalone HTML, PDF (Qt WebEngine), Word, plain text, JSON.

``export_record(record, formats, out_dir, now=…)`` and ``export_bundle(…)`` run the checks,
refuse a final export with blocking findings unless overridden with a reason, and write each
file atomically. Only ``export.pdf`` imports Qt, and only when a PDF is asked for.
"""

from .core import ExportResult, Progress, export_bundle, export_record, target_folder
from .files import ExportError
from .final import ExportBlocked, Override
from .manifest import MANIFEST_NAME, checks_summary
from .names import EMBARGO_SUFFIX, FORMATS, bundle_name, export_filename, export_stem

__all__ = [
    "EMBARGO_SUFFIX", "FORMATS", "MANIFEST_NAME", "ExportBlocked", "ExportError",
    "ExportResult", "Override", "Progress", "bundle_name", "checks_summary", "export_bundle",
    "export_filename", "export_record", "export_stem", "target_folder",
]
