"""Markdown images: local raster files beside the record become data: URIs; nothing else
loads."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from render_helpers import NOW, audit, safety_problems

from review_editor.model import parse_record
from review_editor.render import render_blocks, render_page
from review_editor.render.images import MAX_IMAGE_BYTES

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 16
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8 " + b"\x00" * 14
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'


def _page(markdown: str, base_dir: Path | None) -> str:
    record = parse_record({"schema_version": "1.0", "kind": "news_item", "title": "Images",
                           "id": "33333333-3333-4333-8333-333333333333",
                           "body": [{"id": "s", "markdown": markdown}]})
    html = render_page(record, now=NOW, base_dir=base_dir)
    assert safety_problems(html) == []
    blocks = render_blocks(record, now=NOW, base_dir=base_dir)
    assert all(block in html for block in blocks.values())
    return html


def _image_sources(html: str) -> list[str | None]:
    return [e.attrs.get("src") for e in audit(html).elements_with("img")]


@pytest.mark.parametrize(("name", "content", "media_type"), [
    ("chart.png", PNG, "image/png"), ("photo.jpg", JPEG, "image/jpeg"),
    ("anim.gif", GIF, "image/gif"), ("pic.webp", WEBP, "image/webp"),
])
def test_local_raster_images_are_embedded(tmp_path: Path, name: str, content: bytes,
                                          media_type: str) -> None:
    (tmp_path / name).write_bytes(content)
    html = _page(f"![A chart of referrals]({name})", tmp_path)
    expected = f"data:{media_type};base64,{base64.b64encode(content).decode()}"
    assert _image_sources(html) == [expected]


def test_captioned_image_becomes_a_figure(tmp_path: Path) -> None:
    (tmp_path / "chart.png").write_bytes(PNG)
    html = _page('![Referrals by month](chart.png "Figure 1: referrals <2024>")', tmp_path)
    figure = html.split('<figure id="b-s-0">')[1].split("</figure>")[0]
    assert 'alt="Referrals by month"' in figure
    assert "<figcaption>Figure 1: referrals &lt;2024&gt;</figcaption>" in figure
    assert "title=" not in figure


def test_images_in_subfolders_and_with_spaces(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "my chart.png").write_bytes(PNG)
    html = _page("![Chart](<images/my chart.png>)", tmp_path)
    assert _image_sources(html)[0].startswith("data:image/png;base64,")


@pytest.mark.parametrize("source", [
    "https://evil.example/x.png", "http://evil.example/x.png", "//evil.example/x.png",
    "../outside.png", "/etc/passwd", "file:///etc/passwd", "missing.png", "vector.svg",
    "fake.png", "big.png", "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
    "\\\\\\\\evil.example\\\\share\\\\x.png", "javascript:alert(1)", "link.png",
])
def test_anything_else_is_dropped(tmp_path: Path, source: str) -> None:
    folder = tmp_path / "record"
    folder.mkdir()
    (tmp_path / "outside.png").write_bytes(PNG)
    (folder / "vector.svg").write_bytes(SVG)
    (folder / "fake.png").write_bytes(SVG)
    with (folder / "big.png").open("wb") as handle:
        handle.write(PNG[:16])
        handle.truncate(MAX_IMAGE_BYTES + 1)
    (folder / "link.png").symlink_to(tmp_path / "outside.png")
    html = _page(f"![Alt text]({source})", folder)
    assert _image_sources(html) == [None]
    assert "Alt text" in html


def test_no_base_dir_means_no_local_images(tmp_path: Path) -> None:
    (tmp_path / "chart.png").write_bytes(PNG)
    assert _image_sources(_page("![Chart](chart.png)", None)) == [None]


def test_an_inline_raster_data_uri_is_kept() -> None:
    uri = f"data:image/png;base64,{base64.b64encode(PNG).decode()}"
    assert _image_sources(_page(f"![Dot]({uri})", None)) == [uri]


def test_a_changed_image_file_is_read_again(tmp_path: Path) -> None:
    image = tmp_path / "chart.png"
    image.write_bytes(PNG)
    first = _image_sources(_page("![Chart](chart.png)", tmp_path))
    image.write_bytes(GIF)
    second = _image_sources(_page("![Chart](chart.png)", tmp_path))
    assert first != second and second[0].startswith("data:image/gif")
