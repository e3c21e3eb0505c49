"""The Word copy read back for what assistive technology relies on: the title in the core
properties, the record's language on every run (``w:lang``), heading styles in reading order
with no level skipped, and alternative text (``descr``) on every picture, or the picture
marked decorative."""

from __future__ import annotations

import base64
import io
import re
import zipfile
from typing import Any

import pytest
from export_helpers import NOW, docx_from_bytes, example_data

from review_editor import resources
from review_editor.export.docx import docx_bytes
from review_editor.model import parse_record
from review_editor.storage import load_record

#: Every bundled example, by file name without ".json".
NAMES = sorted(path.stem for path in resources.examples_dir().glob("*.json"))
W_LANG = re.compile(r'<w:lang\b[^>]*\bw:val="([^"]*)"')
PNG = resources.path("icons", "review-editor.png").read_bytes()


def heading_levels(document: Any) -> list[int]:
    """Title is level 1, "Heading n" is level n + 1, in document order."""
    levels = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name == "Title":
            levels.append(1)
        elif re.fullmatch(r"Heading [1-9]", name):
            levels.append(int(name.split()[1]) + 1)
    return levels


def assert_accessible(data: bytes, title: str, language: str) -> dict[str, str]:
    document = docx_from_bytes(data)
    assert document.core_properties.title == title
    assert document.core_properties.language == language
    parts = _parts(data)
    languages = set(W_LANG.findall(parts["word/styles.xml"] + parts["word/document.xml"]))
    assert languages == {language}
    levels = heading_levels(document)
    assert levels and levels[0] == 1 and levels.count(1) == 1
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False))
    return parts


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.endswith(".xml")}


@pytest.mark.parametrize("name", NAMES)
def test_every_examples_word_copy_is_accessible(name: str) -> None:
    record = load_record(resources.examples_dir() / f"{name}.json").record
    data = docx_bytes(record, now=NOW, base_dir=resources.examples_dir())
    assert_accessible(data, record.title, record.language)


def _picture(alt: str) -> str:
    return f"![{alt}](data:image/png;base64,{base64.b64encode(PNG).decode()})"


def test_pictures_skipped_levels_and_a_welsh_record() -> None:
    data = example_data("d1")
    data["language"] = "cy"
    data["body"] = [{"id": "s", "heading": "Lluniau", "markdown": "\n\n".join([
        "###### Pennawd dwfn", _picture("Siart o atgyfeiriadau fesul mis"), _picture(""),
        "#### Llai dwfn", "Testun."])}]
    record = parse_record(data)
    parts = assert_accessible(docx_bytes(record, now=NOW), record.title, "cy")
    pictures = re.findall(r"<wp:docPr\b[^>]*>", parts["word/document.xml"])
    descriptions = [re.search(r'descr="([^"]*)"', tag) for tag in pictures]
    assert [match.group(1) if match else None for match in descriptions] == [
        "Siart o atgyfeiriadau fesul mis", ""]
    # The picture without alternative text is marked decorative.
    assert parts["word/document.xml"].count("drawing/2017/decorative") == 1
    assert re.search(r'<adec:decorative [^>]*val="1"', parts["word/document.xml"])
