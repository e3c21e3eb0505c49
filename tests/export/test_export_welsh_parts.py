"""The Welsh copy in every format holds the Welsh version of each text the page shows (the
review's findings, recommendations, lists…), never the English one it replaces."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from export_helpers import NOW

from render.welsh_markers import KINDS, articles, marked_record
from review_editor.export.docx import docx_bytes
from review_editor.export.json import json_text
from review_editor.export.pdf_data import pdf_data
from review_editor.export.txt import WIDTH, txt_text
from review_editor.model.bilingual import language_version, text_pairs
from review_editor.render import render_page


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_each_format_of_the_welsh_copy_has_the_welsh_texts(kind: str) -> None:
    record, _ = marked_record(kind)
    english_copy = articles(render_page(record, now=NOW, language="en"))[""]
    shown = [pair for pair in text_pairs(record) if pair.english in english_copy]
    assert len(shown) >= 30
    welsh = language_version(record, "cy")
    english = language_version(record, "en")
    copies = {
        "txt": txt_text(welsh, now=NOW),
        "docx": _docx_text(docx_bytes(welsh, now=NOW)),
        "pdf": json.dumps(pdf_data(welsh, now=NOW).data, ensure_ascii=False),
        "json": json_text(welsh),
    }
    for fmt, text in copies.items():
        for pair in shown:
            assert pair.welsh in text, (fmt, pair.welsh_path)
            assert pair.english not in text, (fmt, pair.english_path)
    both = txt_text(welsh, now=NOW, also=[english])
    welsh_half, english_half = both.split("*" * WIDTH, 1)
    for pair in shown:
        assert pair.welsh in welsh_half and pair.english not in welsh_half, pair.welsh_path
        assert pair.english in english_half, pair.english_path


def test_the_json_copy_of_a_bilingual_record_keeps_both_languages() -> None:
    record, _ = marked_record("review_notice")
    data = json.loads(json_text(record))
    recommendation = data["review"]["recommendations"][0]
    assert recommendation["text"] != recommendation["text_cy"]
    assert data["review"]["good_practice_cy"] and data["review"]["key_findings"][0]["text_cy"]
