"""File names that survive Windows, OneDrive and SharePoint, made from any title."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from review_editor.storage.names import MAX_NAME, problems, safe_filename

RESERVED_SAMPLES = [
    "COM¹", "com²", "LPT³", "CONIN$", "conout$", "CLOCK$", "aux", "AUX", "AUX .json", "nul.txt",
    "Nul", "PRN", "con", "COM1", "lpt9", "com0", "aux.tar.json", "CON.", "con .x", "CON..json",
]
AWKWARD_SAMPLES = [
    "", " ", "...", ". .", "trailing dot.", "trailing space ", " leading space", "~$lock",
    ".hidden", "$$$", "a<b>c", 'quote"d', "pipe|d", "star*", "question?", "back\\slash",
    "for/ward", "co:lon", "hash#", "per%cent", "curly{}", "tilde~", "and&", "tab\there",
    "new\nline", "nul\x00byte", "del\x7f", "nbsp\u00a0here", "zero\u200bwidth", "_vti_bin",
    "a_VTI_b", "__vti__", "desktop.ini", "Thumbs.db", "forms", ".lock", "e\u0301", "\u212b",
    "ﬁle", "x" * 300, "é" * 150, "😀" * 120, "\U0010fffd" * 99, "\ud800lone surrogate",
    "Safeguarding Adults Review: ‘Adult R’ — 2031", "ı", "I", "ß", "SS", "Σίσυφος",
    "\u0958", "\u0928\u093c",
]

NAMES = st.one_of(
    st.text(st.characters(), max_size=150),  # the full range, surrogates included
    st.text(st.characters(codec="utf-8"), min_size=90, max_size=400),
    st.sampled_from(RESERVED_SAMPLES + AWKWARD_SAMPLES),
    st.builds(lambda a, b: a + b, st.sampled_from(RESERVED_SAMPLES),
              st.text(st.sampled_from(". \t~$_vtiVTI#"), max_size=6)),
)


def _case_insensitive_keys(name: str) -> set[str]:
    name = unicodedata.normalize("NFC", name)
    return {name.casefold(), name.upper(), name.upper().casefold(), name.lower()}


def _clashes(name: str, existing: list[str]) -> bool:
    keys = _case_insensitive_keys(name)
    return any(keys & _case_insensitive_keys(other) for other in existing)


@settings(max_examples=5000, deadline=None)
@given(title=NAMES, existing=st.lists(NAMES, max_size=4), also_taken=st.booleans())
@example(title="ı", existing=["I.json"], also_taken=False)
@example(title="straße", existing=["STRASSE.json"], also_taken=False)
@example(title="con.txt", existing=[], also_taken=False)
@example(title="CON." + "a" * 200, existing=[], also_taken=False)
@example(title="__vti__", existing=[], also_taken=False)
def test_safe_filename_is_always_safe_and_unique(title: str, existing: list[str],
                                                 also_taken: bool):
    existing = [safe_filename(other) for other in existing]
    if also_taken:
        existing += [safe_filename(title).upper(), safe_filename(title).lower()]
    name = safe_filename(title, existing)
    assert problems(name) == [], (title, name)
    assert unicodedata.normalize("NFC", name) == name
    assert name.endswith(".json")
    assert len(name) <= MAX_NAME
    assert not _clashes(name, existing), (name, existing)
    name.encode("utf-8")  # no lone surrogate survives


def test_names_taken_in_every_case_get_numbered_until_free():
    taken: list[str] = []
    for _ in range(12):
        name = safe_filename("Adult R", [n.swapcase() for n in taken])
        assert not _clashes(name, [n.swapcase() for n in taken])
        taken.append(name)
    assert taken[:3] == ["Adult R.json", "Adult R (2).json", "Adult R (3).json"]
    assert len({name.casefold() for name in taken}) == 12


def test_a_long_title_keeps_its_start_and_room_for_a_counter():
    title = "Thematic review into child sexual exploitation in Northvale " * 4
    first = safe_filename(title)
    second = safe_filename(title, [first])
    assert len(first) <= MAX_NAME and len(second) <= MAX_NAME
    assert first.startswith("Thematic review into")
    assert second.endswith(" (2).json")


@pytest.mark.parametrize("name", [*RESERVED_SAMPLES, "COM¹.json", "LPT².json", "CONIN$.json",
                                  "aux .json", "AUX .JSON", "nul.txt", "Con.Json"])
def test_reserved_device_names_are_flagged(name: str):
    assert any("reserved device name" in problem for problem in problems(name)), name


@pytest.mark.parametrize("name, wording", [
    ("", "empty"), ("   ", "empty"), ("a<b.json", "forbid"), ('a"b.json', "forbid"),
    ("a|b.json", "forbid"), ("a?b.json", "forbid"), ("a*b.json", "forbid"),
    ("a:b.json", "forbid"), ("a/b.json", "forbid"), ("a\\b.json", "forbid"),
    ("a#b.json", "forbid"), ("a%b.json", "forbid"), ("a\x00b.json", "forbid"),
    ("a\x1fb.json", "forbid"), ("record.", "ends with"), ("record ", "ends with"),
    (" record.json", "starts with a space"), ("~$record.json", "hidden"),
    (".record.json", "hidden"), ("e\u0301.json", "NFC"), ("x" * 101, "longer than"),
    ("desktop.ini", "SharePoint"), ("forms", "SharePoint"), ("a_vti_b.json", "SharePoint"),
    ("A_VTI_B.json", "SharePoint"),
])
def test_known_bad_names_are_flagged(name: str, wording: str):
    found = problems(name)
    assert any(wording in problem for problem in found), (name, found)


@pytest.mark.parametrize("name", ["Adult R.json", "Thematic review (2).json", "ÉÀ ß 中文.json",
                                  "a" * 95 + ".json", "com10.json", "console.json",
                                  "auxiliary.json", "LPT.json", "COM.json"])
def test_good_names_pass(name: str):
    assert problems(name) == []
