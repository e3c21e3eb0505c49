"""Starting Qt WebEngine early, with the interpreter lock free (see ``start_web_engine``).

Light on purpose: the preview's first steps at start import it before the web view's
modules, whose PySide classes take some milliseconds to make.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_started = False
_starter: Any = None  # the fallback's throwaway web view, until its call has run


def start_web_engine() -> None:
    """Start Qt WebEngine (Chromium's browser side: some 50 ms on the UI thread) in a call
    that leaves Python's interpreter lock free, so that another thread (the preview's first
    render, at start) runs meanwhile (see ``web_engine_starter``)."""
    web_engine_starter()()


def web_engine_starter() -> Callable[[], None]:
    """What starts Qt WebEngine, found now and called later: found before the thread that
    is to run meanwhile is given its work, since that thread would then hold the lock
    while the starter is looked up (``ctypes``' import, Qt's library).

    The first profile made starts the engine, and a profile made from Python holds the
    lock throughout. The starter makes Qt's default profile (off the record, never used for
    anything) through ``ctypes``, which lets the lock go during the call;
    ``shared_profile`` is made cheaply after that. Where Qt's library is not found so, it
    has a queued call run a throwaway web view's ``reload`` slot from C++ on the next turn
    of the event loop instead: its page (with the default profile) starts the engine, and
    also a renderer process of its own, which is why that way comes second."""
    global _started
    if _started:
        return _nothing
    _started = True
    return _default_profile_unlocked() or _start_from_a_queued_call


def _nothing() -> None:
    pass


#: ``QWebEngineProfile::defaultProfile()`` as the compilers name it: MSVC, and the rest.
_DEFAULT_PROFILE_MSVC = "?defaultProfile@QWebEngineProfile@@SAPEAV1@XZ"
_DEFAULT_PROFILE_ITANIUM = "_ZN17QWebEngineProfile14defaultProfileEv"


def _default_profile_unlocked() -> Callable[[], None] | None:
    """``QWebEngineProfile.defaultProfile()`` to be called through ``ctypes`` (the
    interpreter lock is free during a foreign call). None if Qt's library or the function
    is not found; the library is the one PySide6 has loaded already."""
    import contextlib
    import ctypes
    import sys
    from pathlib import Path

    import PySide6

    package = Path(PySide6.__file__).parent
    if sys.platform == "win32":
        name, symbol = "Qt6WebEngineCore.dll", _DEFAULT_PROFILE_MSVC
        places = [package / name, name]
    elif sys.platform == "darwin":
        name, symbol = "QtWebEngineCore.framework/QtWebEngineCore", _DEFAULT_PROFILE_ITANIUM
        places = [package / "Qt" / "lib" / name]
    else:
        name, symbol = "libQt6WebEngineCore.so.6", _DEFAULT_PROFILE_ITANIUM
        places = [package / "Qt" / "lib" / name, name]  # a system Qt: found by its name
    default_profile = None
    for place in places:
        with contextlib.suppress(OSError, AttributeError):
            default_profile = getattr(ctypes.CDLL(str(place)), symbol)
            break
    if default_profile is None:
        return None
    default_profile.restype = ctypes.c_void_p
    default_profile.argtypes = []

    def call() -> None:
        if not default_profile():  # no profile made: the engine did not start
            _start_from_a_queued_call()

    return call


def _start_from_a_queued_call() -> None:
    from PySide6.QtCore import QMetaObject, Qt
    from PySide6.QtWebEngineWidgets import QWebEngineView

    global _starter
    _starter = QWebEngineView()  # held here: Python would delete it before the call runs
    queued = Qt.ConnectionType.QueuedConnection
    QMetaObject.invokeMethod(_starter, "reload", queued)
    QMetaObject.invokeMethod(_starter, "deleteLater", queued)


def forget_starter() -> None:
    """The fallback's throwaway web view is no longer needed (the engine has started)."""
    global _starter
    _starter = None
