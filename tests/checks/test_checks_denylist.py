"""The hashed deny-list of protected terms (C1.1)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from review_editor.checks import DenyList, denylist_path, load_denylist
from review_editor.checks.denylist import normalise_term


def make(*terms: str) -> DenyList:
    denylist = DenyList.create()
    for term in terms:
        assert denylist.add(term)
    return denylist


def found(denylist: DenyList, text: str) -> list[str]:
    return [text[s:e] for s, e in denylist.matches(text)]


def test_normalisation_folds_case_accents_possessives_and_spaces() -> None:
    assert normalise_term("  Zoë   O’Brien's ") == "zoe o'brien"
    assert normalise_term("JAYDEN-LEE") == "jayden lee"


def test_exact_terms_are_found_in_any_case_accent_or_possessive() -> None:
    denylist = make("Jayden Okafor", "Zoë", "Harlow Close")
    text = "Staff knew JAYDEN OKAFOR's school; Zoe and Zoë's sister lived on harlow  close."
    assert found(denylist, text) == ["JAYDEN OKAFOR's", "Zoe", "Zoë's", "harlow  close"]


@pytest.mark.parametrize("typo", ["Okafr", "Okkafor", "Okafar", "Okaofr"],
                         ids=["missing", "extra", "changed", "swapped"])
def test_one_typo_near_misses_are_found(typo: str) -> None:
    denylist = make("Okafor")
    matches = denylist.find(f"The social worker met {typo} twice.")
    assert [(m.exact) for m in matches] == [False]


def test_two_typos_and_other_words_are_not_found() -> None:
    denylist = make("Okafor", "Harlow Close")
    assert found(denylist, "Okfaro visited Harlow Crescent; the offer was made.") == []


def test_short_terms_match_exactly_only() -> None:
    denylist = make("Amy")
    assert found(denylist, "Amy, any and Ami") == ["Amy"]


def test_remove_recomputes_the_hash() -> None:
    denylist = make("Jayden Okafor", "Harlow Close")
    assert denylist.remove("jayden  OKAFOR")
    assert not denylist.remove("Someone Else")
    assert found(denylist, "Jayden Okafor lived in Harlow Close") == ["Harlow Close"]
    assert "Harlow Close" in denylist and len(denylist) == 1


def test_saved_list_holds_no_plaintext_and_loads_back(tmp_path: Path) -> None:
    denylist = make("Jayden Okafor", "St Aldwyn's")
    path = tmp_path / "list.json"
    denylist.save(path)
    raw = path.read_text(encoding="utf-8")
    for secret in ("jayden", "okafor", "aldwyn", "Jayden"):
        assert secret not in raw.lower()
    data = json.loads(raw)
    assert {t["words"] for t in data["terms"]} == {2}
    assert {t["length"] for t in data["terms"]} == {len("jayden okafor"), len("st aldwyn")}
    again = DenyList.load(path)
    assert found(again, "Jayden Okafor attended St Aldwyn’s") == ["Jayden Okafor",
                                                                  "St Aldwyn’s"]


def test_each_list_has_its_own_salt() -> None:
    first, second = make("Okafor"), make("Okafor")
    assert first.salt != second.salt
    assert first.to_json()["terms"] != second.to_json()["terms"]


def test_lists_live_in_app_data_not_beside_records(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEW_EDITOR_HOME", str(tmp_path))
    path = denylist_path("6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01")
    assert path == tmp_path / "data" / "denylists" / "6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01.json"
    assert len(load_denylist("6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01")) == 0
    make("Okafor").save(path)
    assert len(load_denylist("6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01")) == 1


def test_terms_have_at_most_four_words() -> None:
    with pytest.raises(ValueError):
        DenyList.create().add("one two three four five")


def test_ten_thousand_words_are_matched_quickly() -> None:
    denylist = make("Jayden Okafor", "Harlow Close", "St Aldwyn's", "Okafor", "Amy Bell")
    sentence = ("the review found that agencies did not share information about risk in the "
                "home and practitioners were not curious about who lived there")
    words = sentence.split()
    vocabulary = words + [f"word{i}" for i in range(1500)]
    text = " ".join(vocabulary[(i * 7919) % len(vocabulary)] for i in range(10_000))
    started = time.process_time()
    assert denylist.matches(text) == []
    assert time.process_time() - started < 0.5
