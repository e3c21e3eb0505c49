"""Local images embedded as data: URIs: raster types only, sniffed, size-capped, and only
from the record's own folder."""

from __future__ import annotations

import base64
import html
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .markdown import IMAGE_DATA_URI

MAX_IMAGE_BYTES = 10 * 1024 * 1024
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")

# In cmarkgfm's own output every attribute is double-quoted and escaped, so this is exact.
_IMG_SRC = re.compile(r'(<img src=")([^"]*)(")')


def sniff_image_type(data: bytes) -> str | None:
    """The media type from the file's first bytes, for PNG, JPEG, GIF and WebP only."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def data_uri(data: bytes, media_type: str) -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def local_image_path(src: str, base_dir: Path) -> Path | None:
    """The file a Markdown image source names inside ``base_dir``, or None.

    Only plain relative paths qualify: no scheme, no host, no absolute or drive path, and
    nothing that resolves outside the record's folder (``..``, symbolic links).
    """
    value = unquote(html.unescape(src)).strip()
    if not value or "\\" in value or value.startswith("/") or "\x00" in value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or parts.query or parts.fragment:
        return None
    folder = base_dir.resolve()
    try:
        candidate = (folder / parts.path).resolve()
    except (OSError, RuntimeError):
        return None
    if not candidate.is_relative_to(folder) or not candidate.is_file():
        return None
    return candidate


@lru_cache(maxsize=64)
def _embedded(path: str, mtime_ns: int, size: int) -> str | None:
    # Keyed on the file's time and size, so an edited image is read again.
    del mtime_ns
    if size > MAX_IMAGE_BYTES:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    media_type = sniff_image_type(data)
    if media_type is None or len(data) > MAX_IMAGE_BYTES:
        return None
    return data_uri(data, media_type)


def embed_image(src: str, base_dir: Path | None) -> str:
    """A data: URI for a local raster image beside the record; "" (dropped) otherwise.

    A raster data: URI written into the text is kept as it is.
    """
    if IMAGE_DATA_URI.match(src):
        return src
    if base_dir is None:
        return ""
    path = local_image_path(src, base_dir)
    if path is None:
        return ""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return _embedded(str(path), stat.st_mtime_ns, stat.st_size) or ""


def embed_images(raw_html: str, base_dir: Path | None) -> str:
    """Rewrite every ``<img src>`` of cmarkgfm's raw output before it is sanitised."""
    if "<img " not in raw_html:
        return raw_html
    return _IMG_SRC.sub(lambda m: m.group(1) + embed_image(m.group(2), base_dir) + m.group(3),
                        raw_html)
