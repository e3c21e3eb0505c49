"""Record files on disk: canonical JSON, atomic saves, conflict detection, the folder index.

Pure Python: no Qt here."""

from .atomic import sweep_orphans, write_atomic
from .canonical import sha256, to_bytes
from .errors import ConflictError, FieldProblem, LoadError, SaveError, StorageError
from .files import MAX_FILE_BYTES, LoadedRecord, load_record, save_record
from .index import FolderScan, IndexEntry, entry_for, scan_folder
from .names import problems as filename_problems
from .names import safe_filename

__all__ = [
    "MAX_FILE_BYTES", "ConflictError", "FieldProblem", "FolderScan", "IndexEntry", "LoadError",
    "LoadedRecord", "SaveError", "StorageError", "entry_for", "filename_problems",
    "load_record", "safe_filename", "save_record", "scan_folder", "sha256", "sweep_orphans",
    "to_bytes", "write_atomic",
]
