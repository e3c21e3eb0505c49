"""The PDF printer: headless start-up settings, one application and one profile per
process, the page served from memory whatever its size, the GUI thread only."""

from __future__ import annotations

import base64
import io
import os
import random
import struct
import sys
import threading
import zlib
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

from review_editor.export import pdf


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                 "QTWEBENGINE_DISABLE_SANDBOX", "QTWEBENGINE_CHROMIUM_FLAGS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    return monkeypatch


def test_no_display_means_offscreen(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(os, "geteuid", lambda: 1000, raising=False)
    pdf.prepare_environment()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert "--disable-gpu" in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"]
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ


def test_a_display_or_a_chosen_platform_is_respected(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("WAYLAND_DISPLAY", "wayland-0")
    pdf.prepare_environment()
    assert "QT_QPA_PLATFORM" not in os.environ
    clean_env.delenv("WAYLAND_DISPLAY")
    clean_env.setenv("QT_QPA_PLATFORM", "minimal")
    pdf.prepare_environment()
    assert os.environ["QT_QPA_PLATFORM"] == "minimal"


def test_windows_has_no_display_variable_and_needs_none(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(sys, "platform", "win32")
    pdf.prepare_environment()
    assert "QT_QPA_PLATFORM" not in os.environ


def test_root_turns_the_sandbox_off(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr(os, "geteuid", lambda: 0, raising=False)
    pdf.prepare_environment()
    assert os.environ["QTWEBENGINE_DISABLE_SANDBOX"] == "1"


def test_the_scheme_was_declared_before_the_application(qapp: Any) -> None:
    assert QWebEngineUrlScheme.schemeByName(pdf.SCHEME).name() == pdf.SCHEME
    assert pdf.register_scheme() is True


def noise_png(side: int) -> bytes:
    """An image that does not compress: its data: URI alone is larger than 2 MB."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rng = random.Random(7)
    rows = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))


def test_one_printer_for_the_process_and_pages_larger_than_set_html_allows(
        qapp: Any) -> None:
    from pypdf import PdfReader

    printer = pdf.printer()
    assert pdf.printer() is printer
    assert QCoreApplication.instance() is qapp
    image = base64.b64encode(noise_png(900)).decode("ascii")
    html = (f"<!DOCTYPE html><html lang='en-GB'><title>Big</title><body><p>Large page</p>"
            f"<img alt='' style='width:100mm' src='data:image/png;base64,{image}'></body></html>")
    assert len(html.encode()) > 2 * 1024 * 1024
    data = printer.print_html(html)
    reader = PdfReader(io.BytesIO(data))
    assert "Large page" in reader.pages[0].extract_text()
    assert pdf.printer() is printer  # reused after printing, too


def test_printing_off_the_main_thread_is_refused(qapp: Any) -> None:
    printer = pdf.printer()
    errors: list[Exception] = []

    def print_in_thread() -> None:
        try:
            printer.print_html("<p>x</p>")
        except Exception as error:  # noqa: BLE001 - the test inspects it
            errors.append(error)

    thread = threading.Thread(target=print_in_thread)
    thread.start()
    thread.join(timeout=30)
    assert len(errors) == 1 and isinstance(errors[0], pdf.PdfError)
    assert "main thread" in str(errors[0])


def test_without_the_scheme_small_pages_go_through_set_html(
        qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """As when an application was created before the scheme could be declared."""
    from pypdf import PdfReader

    printer = pdf.printer()
    monkeypatch.setattr(printer, "scheme_registered", False)
    loads: list[str] = []
    monkeypatch.setattr(printer.page, "load", lambda url: loads.append(url.toString()))
    data = printer.print_html("<!DOCTYPE html><html lang='en-GB'><title>Small</title>"
                              "<p>Small page through setHtml</p></html>")
    assert loads == []  # not through the scheme
    assert "Small page through setHtml" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert pdf.fits_set_html("x" * 1000) and not pdf.fits_set_html("é" * 800_000)
