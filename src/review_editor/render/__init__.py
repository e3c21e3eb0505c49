"""Record → HTML: one renderer for the live preview and every export.

Markdown goes through cmarkgfm then nh3 (``render.markdown``); the page is a Jinja2
template from ``resources/templates`` with its CSS inline, a Content-Security-Policy that
allows nothing but inline styles and data: images, and one JSON-LD data block.
"""

from .branding import Branding, Logo, check_branding, contrast_ratio
from .embargo import embargo_label, is_embargoed
from .formats import document_details, size_label
from .page import CSP, page_structure, render_blocks, render_page, render_update
from .public import public_copy

__all__ = [
    "CSP", "Branding", "Logo", "check_branding", "contrast_ratio", "document_details",
    "embargo_label", "is_embargoed", "page_structure", "public_copy", "render_blocks",
    "render_page", "render_update", "size_label",
]
