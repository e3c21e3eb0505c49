"""The live preview: a sealed QWebEngineView that follows every edit block by block.

``register_scheme()`` must run before the QApplication is created."""

from .sealed import SCHEME, register_scheme

__all__ = ["SCHEME", "register_scheme"]
