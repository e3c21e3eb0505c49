"""The live preview: a sealed QWebEngineView that follows every edit block by block.

``register_scheme()`` must run before the QApplication is created; the page itself
(``sealed``, ``view``) loads only when the preview is made.
"""

from ...schemes import PREVIEW as SCHEME
from ...schemes import declare


def register_scheme() -> None:
    """Declare the preview's scheme. Qt requires this before the QApplication exists."""
    declare(SCHEME)


__all__ = ["SCHEME", "register_scheme"]
