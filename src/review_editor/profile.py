"""Which organisation profile applies to a record, as the page's branding.

The window and the command line both come here, so a copy made in either carries the same
branding: the profile given (``--profile FILE``), else the one in the record's folder, else
the one in the recorded workspace folder. No Qt.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .storage.errors import LoadError, StorageError
from .storage.profile import (
    OrganisationProfile,
    ProfileLogo,
    find_profile,
    is_colour,
    load_profile,
    save_profile,
)
from .storage.special import NotRegularFile, ensure_regular_file

if TYPE_CHECKING:
    from .render.branding import Branding


@dataclass(frozen=True)
class AppliedProfile:
    path: Path | None  # None: no profile applies; the default look
    branding: Branding | None
    problems: list[str] = field(default_factory=list)  # parts left out, and why
    warnings: list[str] = field(default_factory=list)  # colours below WCAG AA contrast
    bilingual_order: str = "english_first"  # or "welsh_first": a bilingual copy's order


def applied_profile(record_folder: Path | None, explicit: Path | None = None) -> AppliedProfile:
    """The profile for records in ``record_folder``. Raises ``LoadError`` (naming the file)
    when the profile given or found cannot be used."""
    from .render.branding import branding_from_profile, check_branding

    if explicit is not None:
        try:
            ensure_regular_file(explicit)
        except NotRegularFile as error:  # a pipe, a device: never read (it may never end)
            raise LoadError(explicit, "not_a_file", str(error.strerror)) from error
        except OSError as error:
            raise LoadError(explicit, "missing",
                            "there is no organisation profile file here") from error
    path = explicit or find_profile(record_folder)
    if path is None:
        return AppliedProfile(None, None)
    loaded = load_profile(path)
    order = loaded.profile.bilingual_order
    if loaded.profile.is_empty:
        return AppliedProfile(path, None, bilingual_order=order)
    branding, problems = branding_from_profile(loaded.profile)
    return AppliedProfile(path, branding, problems, check_branding(branding), order)


def profile_path_for(folder: Path | None) -> Path | None:
    """Where the profile for ``folder`` is read from and saved to: the profile that applies
    (``find_profile``), else a new one in the recorded workspace, else in ``folder``."""
    found = find_profile(folder)
    if found is not None:
        return found
    workspace = paths.recorded_workspace() or folder
    return paths.profile_file(workspace) if workspace is not None else None


def adopt_workspace(folder: Path) -> None:
    """Opening a folder that holds a profile makes it the workspace: the command line then
    finds that profile for records kept elsewhere too."""
    if paths.profile_file(folder).is_file():
        with contextlib.suppress(OSError):
            paths.record_workspace(folder)


def migrate_settings_branding(values: dict[str, Any], target: Path) -> bool:
    """Once: the branding older versions kept in the user's settings (name, logo_path,
    primary, accent, footer) becomes the workspace's profile, unless one exists there.
    True when there is nothing left to migrate (done now, or a profile was there)."""
    if target.exists():
        return True
    logo = None
    logo_path = values.get("logo_path")
    if isinstance(logo_path, str) and logo_path:
        import mimetypes

        with contextlib.suppress(OSError):
            data = Path(logo_path).read_bytes()
            logo = ProfileLogo(data, mimetypes.guess_type(logo_path)[0] or "image/png",
                               Path(logo_path).name)

    def text(key: str) -> str:
        value = values.get(key)
        return value.strip() if isinstance(value, str) else ""

    def colour(key: str) -> str | None:
        return text(key).lower() if is_colour(text(key)) else None

    profile = OrganisationProfile(name=text("name")[:200], logo=logo,
                                  primary_colour=colour("primary"),
                                  accent_colour=colour("accent"), footer=text("footer")[:2000])
    if profile.is_empty:
        return True
    try:
        save_profile(profile, target, expected_sha256=None)
    except StorageError:
        return target.exists()
    with contextlib.suppress(OSError):
        paths.record_workspace(target.parent)
    return True
