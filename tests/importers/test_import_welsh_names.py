"""Welsh names of boards and reviews as Welsh pages write them.

- a regional board's children's or adults' board ("Bwrdd Diogelu Plant Gogledd Cymru",
  "Bwrdd Diogelu Oedolion …", mutated after "gan": "Fwrdd Diogelu Plant …") is the regional
  board of the shipped list, as its English former names are;
- a child practice review written with the singular "plentyn" ("Adolygiad Ymarfer Plentyn
  Cryno", "Adolygiad Plentyn", "AYP") is a child practice review; the plural
  "Adolygiadau …" names reviews in general, not one; a domestic homicide review is an
  "Adolygiad Dynladdiad Domestig", "Adolygiad Lladdiad Domestig" or, mutated after "o",
  "Adolygiad o Laddiad Domestig".

The pages are made up; the regional boards are those of the shipped list.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import import_text
from review_editor.importers.gazetteer import find_partnerships
from review_editor.model import LONDON
from review_editor.reviewkinds import review_kinds

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


@pytest.mark.parametrize(("text", "board"), [
    ("Comisiynodd Bwrdd Diogelu Plant Gogledd Cymru yr adolygiad.",
     "North Wales Safeguarding Board"),
    ("Cafodd ei fonitro gan Fwrdd Diogelu Plant Gogledd Cymru.", "North Wales Safeguarding Board"),
    ("Mae Bwrdd Diogelu Oedolion Cwm Taf Morgannwg wedi cyhoeddi.",
     "Cwm Taf Morgannwg Safeguarding Board"),
    ("Bwrdd Diogelu Plant Powys", "Powys Regional Safeguarding Board"),
])
def test_a_regional_boards_childrens_or_adults_board_in_welsh(text: str, board: str) -> None:
    assert [mention.partnership.name for mention in find_partnerships(text)] == [board]


def test_the_national_board_has_no_childrens_variant() -> None:
    assert find_partnerships("Bwrdd Diogelu Plant Annibynnol Cenedlaethol") == []


@pytest.mark.parametrize("text", [
    "Cyhoeddi Adroddiad Cryno Adolygiad Plentyn : AYP Harrowby 3",
    "Comisiynwyd Adolygiad Ymarfer Plentyn Cryno yn 2030.",
    "Mae'r adroddiad ar gael ar adran Adolygiad Ymarfer Plant.",
])
def test_welsh_names_of_a_child_practice_review(text: str) -> None:
    assert any(kind == "child_practice_review_wales" for kind, _match in review_kinds(text))


def test_the_welsh_plural_names_no_one_review() -> None:
    assert review_kinds("Adolygiadau Ymarfer Plant (CPRs)")[0][1].group() == "CPRs"
    assert not any(match.group().lower().startswith("adolygiadau")
                   for _kind, match in review_kinds("Adolygiadau Ymarfer Plant"))


def test_a_welsh_publication_notice_of_a_concise_review() -> None:
    text = ("Cyhoeddi Adroddiad Cryno Adolygiad Plentyn : AYP Harrowby 3\n\n"
            "Bu i Gadeirydd Bwrdd Diogelu Plant Gogledd Cymru gomisiynu Adolygiad Ymarfer "
            "Plentyn Cryno yn Hydref 2029 yn dilyn marwolaeth plentyn. Gyrrwyd yr adroddiad "
            "terfynol i Lywodraeth Cymru yn Medi 2030.\n\n"
            "Mae cynllun gweithredu wedi ei lunio ac sydd yn cael ei fonitro gan y Bwrdd.")
    result = import_text(text, source_name="tudalen.txt", now=NOW)
    assert result.record.publisher is not None
    assert result.record.publisher.name == "North Wales Safeguarding Board"
    assert [s.value for s in result.suggestions if s.field_path == "review.review_type"
            and s.confidence == "high"] == ["child_practice_review_wales"]


@pytest.mark.parametrize("text", ["Adolygiad Lladdiad Domestig: Fenmoor 2031",
                                  "Cyhoeddi Adolygiad o Laddiad Domestig yn Harrowby",
                                  "Adolygiad Dynladdiad Domestig"])
def test_welsh_names_of_a_domestic_homicide_review(text: str) -> None:
    assert [kind for kind, _match in review_kinds(text)] == ["dhr"]


def test_welsh_domestic_homicide_reviews_in_the_plural_name_none() -> None:
    assert review_kinds("Adolygiadau Lladdiad Domestig") == []
