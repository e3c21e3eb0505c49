"""The organisation profile, shared in the workspace folder, and this user's display name.

The profile (the partnership's name, logo, colours, footer and the order of the languages in
a bilingual page) is one JSON file beside the records, so every colleague who works in that
folder, in the window or on the command line, makes copies with the same branding. It is
saved like a record: atomically, and never over a colleague's change. The logo travels inside
the file (base64), so it is there for everyone. Keys from a newer version are kept on save.

The officer's display name is personal: it lives in this user's app-data folder.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths
from . import atomic
from .errors import LoadError, SaveError
from .reading import decode, os_problem, read_bytes, sha256
from .writing import current_hash, write_checked  # noqa: F401 - part of this face

PROFILE_FORMAT = "review-editor-profile"
PROFILE_VERSION = 1
BILINGUAL_ORDERS = ("english_first", "welsh_first")
_COLOUR = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_TEXT_FIELDS = {"name": 200, "footer": 2000, "name_cy": 200, "footer_cy": 2000}
#: Keys a profile file may hold beyond these (from a newer version) are kept on save.
_KNOWN = {"format", "version", "name", "logo", "primary_colour", "accent_colour", "footer",
          "bilingual_order", "name_cy", "footer_cy"}


@dataclass(frozen=True)
class ProfileLogo:
    data: bytes = field(repr=False)
    media_type: str
    name: str = ""


@dataclass(frozen=True)
class OrganisationProfile:
    """Empty values mean the defaults: the record's publisher and the default colours."""

    name: str = ""
    logo: ProfileLogo | None = None
    primary_colour: str | None = None
    accent_colour: str | None = None
    footer: str = ""
    bilingual_order: str = BILINGUAL_ORDERS[0]
    #: The name and footer in Welsh, for Welsh copies and the Welsh half of bilingual pages;
    #: empty means the English ones.
    name_cy: str = ""
    footer_cy: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_empty(self) -> bool:
        return self == OrganisationProfile()


@dataclass(frozen=True)
class LoadedProfile:
    path: Path
    profile: OrganisationProfile
    sha256: str | None  # None: there is no file yet


def is_colour(value: object) -> bool:
    """"#rgb" or "#rrggbb": what a profile's colours must be."""
    return isinstance(value, str) and _COLOUR.match(value) is not None


def find_profile(record_folder: Path | None = None) -> Path | None:
    """The profile that applies to records in ``record_folder``: that folder's own, else the
    recorded workspace's; None when neither exists."""
    candidates = [record_folder] if record_folder is not None else []
    workspace = paths.recorded_workspace()
    if workspace is not None:
        candidates.append(workspace)
    for folder in candidates:
        path = paths.profile_file(folder)
        if path.is_file():
            return path
    return None


def load_profile(path: Path) -> LoadedProfile:
    """The profile in ``path``; a missing file is an empty profile. Raises ``LoadError``
    (naming the file and the problem) for a file that cannot be used; it is never modified."""
    if not path.exists():
        return LoadedProfile(path, OrganisationProfile(), None)
    data = read_bytes(path)
    return LoadedProfile(path, profile_from_json(path, decode(path, data)), sha256(data))


def save_profile(profile: OrganisationProfile, path: Path, *,
                 expected_sha256: str | None) -> str:
    """Write ``profile`` atomically and return the new content hash. ``expected_sha256`` is
    the hash the file had when it was loaded (None: there was no file); a file changed or
    made meanwhile raises ``ConflictError`` and nothing is written."""
    return write_checked(path, profile_bytes(profile), expected_sha256=expected_sha256)


def profile_bytes(profile: OrganisationProfile) -> bytes:
    value: dict[str, Any] = {
        "format": PROFILE_FORMAT, "version": PROFILE_VERSION, "name": profile.name,
        "logo": None if profile.logo is None else {
            "name": profile.logo.name, "media_type": profile.logo.media_type,
            "base64": base64.b64encode(profile.logo.data).decode("ascii")},
        "primary_colour": profile.primary_colour, "accent_colour": profile.accent_colour,
        "footer": profile.footer, "bilingual_order": profile.bilingual_order,
    }
    # Only when set, so a profile without Welsh texts is written as older versions wrote it.
    value.update({key: text for key, text in (("name_cy", profile.name_cy),
                                              ("footer_cy", profile.footer_cy)) if text})
    value.update({k: v for k, v in profile.extra.items() if k not in value})
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def profile_from_json(path: Path, value: Any) -> OrganisationProfile:
    def invalid(problem: str) -> LoadError:
        return LoadError(path, "invalid", problem)

    if not isinstance(value, dict) or value.get("format") != PROFILE_FORMAT:
        raise LoadError(path, "not_a_record", "this is not an organisation profile "
                        f"(it has no \"format\": \"{PROFILE_FORMAT}\")")
    texts: dict[str, str] = {}
    for key, limit in _TEXT_FIELDS.items():
        text = value.get(key) or ""
        if not isinstance(text, str):
            raise invalid(f"\"{key}\" must be text")
        if len(text) > limit:
            raise invalid(f"\"{key}\" has {len(text)} characters (at most {limit})")
        texts[key] = text.strip()
    colours: dict[str, str | None] = {}
    for key in ("primary_colour", "accent_colour"):
        colour = value.get(key) or None
        if colour is not None and not is_colour(colour):
            raise invalid(f"\"{key}\" must be a colour as #rrggbb, not {colour!r}")
        colours[key] = colour.lower() if colour else None
    order = value.get("bilingual_order") or BILINGUAL_ORDERS[0]
    if order not in BILINGUAL_ORDERS:
        raise invalid(f"\"bilingual_order\" must be one of {', '.join(BILINGUAL_ORDERS)}")
    return OrganisationProfile(
        name=texts["name"], logo=_logo(value.get("logo"), invalid),
        primary_colour=colours["primary_colour"], accent_colour=colours["accent_colour"],
        footer=texts["footer"], bilingual_order=order,
        name_cy=texts["name_cy"], footer_cy=texts["footer_cy"],
        extra={k: v for k, v in value.items() if k not in _KNOWN})


def _logo(value: Any, invalid: Any) -> ProfileLogo | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("base64"), str) \
            or not isinstance(value.get("media_type"), str):
        raise invalid("\"logo\" must hold \"media_type\" and \"base64\"")
    try:
        data = base64.b64decode(value["base64"], validate=True)
    except (binascii.Error, ValueError):
        raise invalid("the logo's \"base64\" is damaged") from None
    name = value.get("name")
    return ProfileLogo(data, value["media_type"], name if isinstance(name, str) else "")


# the officer ------------------------------------------------------------------------------

def officer_display_name() -> str | None:
    """The name this user gives for export manifests and overrides, or None when it is not
    recorded (or its file cannot be read). Never the OS login."""
    try:
        value = json.loads(paths.officer_file().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    name = value.get("display_name") if isinstance(value, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


def set_officer_display_name(name: str | None) -> None:
    """Record this user's display name (blank: forget it). Raises ``SaveError``."""
    path = paths.officer_file()
    text = json.dumps({"display_name": (name or "").strip() or None}, ensure_ascii=False,
                      indent=2) + "\n"
    try:
        paths.ensure(path.parent)
        atomic.write_atomic(path, text.encode("utf-8"))
    except OSError as error:
        raise SaveError(path, os_problem(error)) from error
