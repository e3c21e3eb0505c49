"""Record files on disk: canonical JSON, atomic saves, conflict detection, the folder index.

Pure Python: no Qt here. Names load on first use: reading a folder or a file's JSON needs
no models, saving and validating do.
"""

from typing import TYPE_CHECKING

from ..lazy import lazy_getattr

if TYPE_CHECKING:
    from .atomic import sweep_orphans, write_atomic
    from .canonical import sha256, to_bytes
    from .errors import ConflictError, FieldProblem, LoadError, SaveError, StorageError
    from .files import LoadedRecord, load_record, save_record, validate_record_data
    from .index import (
        FolderScan,
        IndexEntry,
        confirm_scan,
        entry_for,
        entry_from_data,
        scan_folder,
    )
    from .names import problems as filename_problems
    from .names import safe_filename
    from .profile import (
        LoadedProfile,
        OrganisationProfile,
        ProfileLogo,
        find_profile,
        load_profile,
        officer_display_name,
        save_profile,
        set_officer_display_name,
    )
    from .reading import MAX_FILE_BYTES, RecordData, read_record_data

_HOMES = {
    **dict.fromkeys(("sweep_orphans", "write_atomic"), "atomic"),
    **dict.fromkeys(("sha256", "to_bytes"), "canonical"),
    **dict.fromkeys(("ConflictError", "FieldProblem", "LoadError", "SaveError",
                     "StorageError"), "errors"),
    **dict.fromkeys(("LoadedRecord", "load_record", "save_record", "validate_record_data"),
                    "files"),
    **dict.fromkeys(("FolderScan", "IndexEntry", "confirm_scan", "entry_for",
                     "entry_from_data", "scan_folder"), "index"),
    "safe_filename": "names",
    **dict.fromkeys(("LoadedProfile", "OrganisationProfile", "ProfileLogo", "find_profile",
                     "load_profile", "officer_display_name", "save_profile",
                     "set_officer_display_name"), "profile"),
    "filename_problems": "names:problems",
    **dict.fromkeys(("MAX_FILE_BYTES", "RecordData", "read_record_data"), "reading"),
}

__getattr__ = lazy_getattr(__name__, _HOMES)


__all__ = [
    "MAX_FILE_BYTES", "ConflictError", "FieldProblem", "FolderScan", "IndexEntry", "LoadError",
    "LoadedProfile", "LoadedRecord", "OrganisationProfile", "ProfileLogo", "RecordData",
    "SaveError", "StorageError", "confirm_scan", "entry_for", "entry_from_data",
    "filename_problems", "find_profile", "load_profile", "load_record", "officer_display_name",
    "read_record_data", "safe_filename", "save_profile", "save_record", "scan_folder",
    "set_officer_display_name", "validate_record_data",
    "sha256", "to_bytes", "sweep_orphans", "write_atomic",
]
