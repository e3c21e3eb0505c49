"""The characters a copy may carry are the page's (``render.characters``): every copy, and
the preview, leave out the same ones."""

from ..render.characters import printable

__all__ = ["printable"]
