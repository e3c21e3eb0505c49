"""The organisation's look on the page: name, logo, colours, footer; WCAG contrast checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .images import IMAGE_TYPES, MAX_IMAGE_BYTES, data_uri, sniff_image_type

if TYPE_CHECKING:
    from ..storage.profile import OrganisationProfile

AA_TEXT = 4.5
WHITE = "#ffffff"
DARK_TEXT = "#0b0c0c"
DEFAULT_PRIMARY = "#26374a"
DEFAULT_ACCENT = "#1d70b8"
#: The lightest tinted background on the page (key facts, support box): links must read on it.
TINT = "#f3f2f1"

_HEX = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def normalise_colour(value: str) -> str:
    """"#1D70B8" or "#17b" → "#1d70b8"; anything else is refused (it goes into CSS)."""
    text = value.strip()
    if not _HEX.match(text):
        raise ValueError(f"a colour must be #rgb or #rrggbb, not {value!r}")
    digits = text[1:].lower()
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return f"#{digits}"


def _channel(value: int) -> float:
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    digits = normalise_colour(colour)[1:]
    red, green, blue = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, from 1.0 (none) to 21.0 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Logo:
    """A raster logo embedded in the page as a data: URI. SVG is refused: it can carry
    script and external references."""

    data: bytes = field(repr=False)
    media_type: str

    def __post_init__(self) -> None:
        if self.media_type not in IMAGE_TYPES:
            raise ValueError(f"a logo must be PNG, JPEG, GIF or WebP, not {self.media_type}")
        if len(self.data) > MAX_IMAGE_BYTES:
            raise ValueError("a logo must be 10 MB or smaller")
        if sniff_image_type(self.data) != self.media_type:
            raise ValueError(f"the logo's content is not {self.media_type}")

    def data_uri(self) -> str:
        return data_uri(self.data, self.media_type)


@dataclass(frozen=True)
class Branding:
    """How the partnership's site looks. An empty name means the record's publisher."""

    organisation_name: str = ""
    logo: Logo | None = None
    primary_colour: str = DEFAULT_PRIMARY
    accent_colour: str = DEFAULT_ACCENT
    footer_text: str = ""
    #: Text on the primary colour (the header band); None picks white or dark text.
    text_on_primary: str | None = None
    #: A bilingual page's order: "english_first" or "welsh_first".
    bilingual_order: str = "english_first"
    #: The name and footer in Welsh; empty means the English ones.
    organisation_name_cy: str = ""
    footer_text_cy: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "primary_colour", normalise_colour(self.primary_colour))
        object.__setattr__(self, "accent_colour", normalise_colour(self.accent_colour))
        if self.text_on_primary is not None:
            object.__setattr__(self, "text_on_primary", normalise_colour(self.text_on_primary))

    def organisation_name_in(self, language: str) -> str:
        """The organisation's name in ``language`` ("cy" or "en")."""
        return (self.organisation_name_cy if language == "cy" else "") or self.organisation_name

    def footer_text_in(self, language: str) -> str:
        """The footer text in ``language`` ("cy" or "en")."""
        return (self.footer_text_cy if language == "cy" else "") or self.footer_text

    @property
    def header_text_colour(self) -> str:
        if self.text_on_primary is not None:
            return self.text_on_primary
        if contrast_ratio(WHITE, self.primary_colour) >= AA_TEXT:
            return WHITE
        return DARK_TEXT

    @property
    def link_colour(self) -> str:
        """The accent, when it is readable as link text on the page's backgrounds; else the
        default blue."""
        if contrast_ratio(self.accent_colour, TINT) >= AA_TEXT:
            return self.accent_colour
        return DEFAULT_ACCENT


def check_branding(branding: Branding) -> list[str]:
    """Warnings about colours that would fail WCAG AA (4.5:1 for text)."""
    warnings: list[str] = []
    primary = branding.primary_colour
    if branding.text_on_primary is not None:
        ratio = contrast_ratio(branding.text_on_primary, primary)
        if ratio < AA_TEXT:
            warnings.append(
                f"Text colour {branding.text_on_primary} on the primary colour {primary} has "
                f"a contrast of {ratio:.1f}:1, below the 4.5:1 that WCAG AA asks for.")
    else:
        ratio = contrast_ratio(WHITE, primary)
        if ratio < AA_TEXT:
            warnings.append(
                f"White text on the primary colour {primary} has a contrast of {ratio:.1f}:1, "
                "below the 4.5:1 that WCAG AA asks for; the header uses dark text instead.")
    accent_ratio = contrast_ratio(branding.accent_colour, TINT)
    if accent_ratio < AA_TEXT:
        warnings.append(
            f"The accent colour {branding.accent_colour} has a contrast of {accent_ratio:.1f}:1 "
            f"on the page's light grey ({TINT}), below 4.5:1, so links keep the default "
            "blue.")
    return warnings


def branding_from_profile(profile: OrganisationProfile) -> tuple[Branding, list[str]]:
    """The organisation profile as Branding, and why any part of it was left out (a logo
    that is not a raster image, a colour that is not one); what is left out takes its
    default, so a copy is still made."""
    problems: list[str] = []
    logo = None
    if profile.logo is not None:
        try:
            logo = Logo(profile.logo.data, sniff_image_type(profile.logo.data) or "unknown")
        except ValueError as error:
            label = f"logo {profile.logo.name}" if profile.logo.name else "logo"
            problems.append(f"{label}: {error}")
    colours: dict[str, str] = {}
    for name, value, default in (("primary colour", profile.primary_colour, DEFAULT_PRIMARY),
                                 ("accent colour", profile.accent_colour, DEFAULT_ACCENT)):
        try:
            colours[name] = normalise_colour(value) if value else default
        except ValueError as error:
            problems.append(f"{name}: {error}")
            colours[name] = default
    branding = Branding(organisation_name=profile.name, logo=logo,
                        primary_colour=colours["primary colour"],
                        accent_colour=colours["accent colour"], footer_text=profile.footer,
                        bilingual_order=profile.bilingual_order,
                        organisation_name_cy=profile.name_cy, footer_text_cy=profile.footer_cy)
    return branding, problems
