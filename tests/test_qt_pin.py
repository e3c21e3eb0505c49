"""PySide6 6.12.0 on Python 3.11 takes a reference from None on every call of a Qt method
that returns nothing, until the interpreter aborts (``none_dealloc``). pyproject caps
PySide6 below 6.12; raise the cap only when this test passes on the new version."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_do_not_leak_none_references() -> None:
    app = QApplication.instance() or QApplication([])
    label = QLabel()
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for index in range(1000):
        label.setText(f"call {index}")
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"None refcount moved by {after - before}"
    assert app is not None
