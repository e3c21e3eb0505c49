"""The app's URL scheme for Qt WebEngine: the preview's.

Qt requires custom schemes to be declared before the QApplication exists, so the app
declares it at start; this module is kept light (no pages, no renderer) for that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

PREVIEW = b"review"


def declare(name: bytes) -> bool:
    """Declare a scheme (host syntax, secure, no access to other origins); possible only
    before the application exists. True when it is (now or already) declared."""
    if QWebEngineUrlScheme.schemeByName(name).name() == name:
        return True
    if QCoreApplication.instance() is not None:
        return False
    scheme = QWebEngineUrlScheme(name)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme
                    | QWebEngineUrlScheme.Flag.NoAccessAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)
    return True


def declare_all() -> None:
    declare(PREVIEW)
