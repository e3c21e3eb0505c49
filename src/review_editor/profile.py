"""Which organisation profile applies to a record, as the page's branding.

The window and the command line both come here, so a copy made in either carries the same
branding: the profile given (``--profile FILE``), else the one in the record's folder, else
the one in the recorded workspace folder. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .storage.errors import LoadError
from .storage.profile import find_profile, load_profile

if TYPE_CHECKING:
    from .render.branding import Branding


@dataclass(frozen=True)
class AppliedProfile:
    path: Path | None  # None: no profile applies; the default look
    branding: Branding | None
    problems: list[str] = field(default_factory=list)  # parts left out, and why
    warnings: list[str] = field(default_factory=list)  # colours below WCAG AA contrast


def applied_profile(record_folder: Path | None, explicit: Path | None = None) -> AppliedProfile:
    """The profile for records in ``record_folder``. Raises ``LoadError`` (naming the file)
    when the profile given or found cannot be used."""
    from .render.branding import branding_from_profile, check_branding

    if explicit is not None and not explicit.is_file():
        raise LoadError(explicit, "missing", "there is no organisation profile file here")
    path = explicit or find_profile(record_folder)
    if path is None:
        return AppliedProfile(None, None)
    loaded = load_profile(path)
    if loaded.profile.is_empty:
        return AppliedProfile(path, None)
    branding, problems = branding_from_profile(loaded.profile)
    return AppliedProfile(path, branding, problems, check_branding(branding))
