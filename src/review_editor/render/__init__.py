"""Record → HTML: one renderer for the live preview and every export.

Markdown goes through cmarkgfm then nh3 (``render.markdown``); the page is a Jinja2
template from ``resources/templates`` with its CSS inline, a Content-Security-Policy that
allows nothing but inline styles and data: images, and one JSON-LD data block.

The names below load on first use, so importing a light part (``render.branding``) does
not load Jinja2 and the templates: the editor window shows before the renderer is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_getattr

_HOMES = {
    "Branding": "branding", "Logo": "branding", "check_branding": "branding",
    "contrast_ratio": "branding", "embargo_label": "embargo", "is_embargoed": "embargo",
    "document_details": "formats", "size_label": "formats", "CSP": "page",
    "page_structure": "page", "render_blocks": "page", "render_page": "page",
    "render_preview": "page", "public_copy": "public",
}

__all__ = [
    "CSP", "Branding", "Logo", "check_branding", "contrast_ratio", "document_details",
    "embargo_label", "is_embargoed", "page_structure", "public_copy", "render_blocks",
    "render_page", "render_preview", "size_label",
]


__getattr__ = lazy_getattr(__name__, _HOMES)


if TYPE_CHECKING:
    from .branding import Branding, Logo, check_branding, contrast_ratio
    from .embargo import embargo_label, is_embargoed
    from .formats import document_details, size_label
    from .page import CSP, page_structure, render_blocks, render_page, render_preview
    from .public import public_copy
