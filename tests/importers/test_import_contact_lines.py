"""A sentence that gives a phone number is content; a helpline banner is furniture.

A line that is only a number to call ("Call 0300 …", "Tel: … (24 hours)") is site or document
furniture wherever it stands, and so is any line with a number that a document repeats (a
header's or footer's helpline on every page). A sentence of the text that gives a number
("Call 01632 960123 for more information.") is said once and is kept, in a Word draft as in a
page's text. Every number here is in a range set aside for fiction.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import docx
import pytest

from review_editor.importers import import_file
from review_editor.importers.boilerplate import repeated_contact_lines, text_boilerplate
from review_editor.model import LONDON, dump

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)
SENTENCE = "Call 01632 960123 for more information."
BANNER = "Worried about an adult? Ring 01632 960000 (24 hours)"


def _body(path: Path) -> str:
    return json.dumps(dump(import_file(path, now=NOW).record)["body"], ensure_ascii=False)


def _word(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Learning event on self-neglect for practitioners", style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("sentence", [
    SENTENCE,
    "Ring 01632 960456 to book a place at the next briefing.",
    "Phone 0113 496 0000 if you would like a copy in large print.",
])
def test_a_sentence_giving_a_number_is_content(sentence: str) -> None:
    assert text_boilerplate(sentence) is None


@pytest.mark.parametrize("line", [
    "Call 01632 960000", "Tel: 0113 496 0000 (24 hours)", "01632 960000",
    "Call 01632 960000 or email help@example.org", "Phone: 01632 960000 option 2",
])
def test_a_line_that_is_only_a_number_to_call_is_furniture(line: str) -> None:
    assert text_boilerplate(line) == "helpline"


def test_the_word_importer_keeps_a_sentence_with_a_number(tmp_path: Path) -> None:
    path = tmp_path / "event.docx"
    path.write_bytes(_word(["The partnership holds a learning event on self-neglect in March.",
                            SENTENCE, "Places are limited."]))
    assert SENTENCE in _body(path)


def test_the_text_importer_keeps_it_too(tmp_path: Path) -> None:
    path = tmp_path / "event.txt"
    path.write_text("Learning event on self-neglect for practitioners\n\nThe partnership holds"
                    f" a learning event on self-neglect in March.\n\n{SENTENCE}\n\nPlaces are "
                    "limited.\n", encoding="utf-8")
    assert SENTENCE in _body(path)


def test_a_number_line_the_document_repeats_is_furniture(tmp_path: Path) -> None:
    repeated = "For advice call the duty team on 01632 960789, Monday to Friday."
    path = tmp_path / "event.docx"
    path.write_bytes(_word([repeated, "The partnership holds a learning event in March.",
                            BANNER, "Places are limited.", repeated]))
    body = _body(path)
    assert repeated not in body and BANNER not in body
    assert "learning event in March" in body and "Places are limited." in body


def test_only_lines_said_more_than_once_count_as_repeated() -> None:
    lines = [SENTENCE, "Tel 01632 960000", "Tel  01632 960000", "No number here.",
             "No number here."]
    assert repeated_contact_lines(lines) == {"Tel 01632 960000"}
