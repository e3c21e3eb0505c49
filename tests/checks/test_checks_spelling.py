"""British English spelling for the editor and C4.12."""

from __future__ import annotations

import re
import time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from review_editor.checks import spelling


def test_british_spellings_pass_and_american_ones_do_not() -> None:
    text = "The colour of the centre's behaviour; the color of the center's behavior."
    assert [w for _, _, w in spelling.misspellings(text)] == ["color", "center's", "behavior"]


def test_offsets_point_at_the_word() -> None:
    text = "Agencies did not recieve it."
    assert spelling.misspellings(text) == [(17, 24, "recieve")]


def test_names_capitals_numbers_and_addresses_are_skipped() -> None:
    text = ("Safeguarding in Wrenmouth: see https://saferwrenmouth.example/x or email "
            "press@wrenmouth.example; ILACS 2018, R4 and DARDR.")
    assert spelling.misspellings(text) == []


def test_extra_words_are_known() -> None:
    assert spelling.misspellings("The referal was late.", words=["referal"]) == []


def test_suggestions_offer_the_correction() -> None:
    assert "receive" in spelling.suggestions("recieve")


def test_lookups_are_fast_once_loaded() -> None:
    spelling.preload()
    text = "The review found that agencies did not share information about risk. " * 1400
    started = time.process_time()
    assert spelling.misspellings(text) == []
    assert time.process_time() - started < 1.0


def test_the_dictionary_read_politely_is_the_one_spylls_reads():
    """The app reads the dictionary in steps (so the window keeps the interpreter while it
    loads); it holds the same entries as spylls' own reading."""
    from spylls.hunspell import Dictionary

    path = str(spelling._DICTIONARIES / spelling.ENGLISH)
    ours = spelling._read_dictionary(path)
    theirs = Dictionary.from_files(path)
    assert len(ours.dic.words) == len(theirs.dic.words) > 90_000
    assert [(w.stem, w.flags) for w in ours.dic.words[:2000]] == \
        [(w.stem, w.flags) for w in theirs.dic.words[:2000]]
    for word in ("colour", "organisation", "safeguarding", "color", "recieve"):
        assert ours.lookup(word) == theirs.lookup(word)


_PIECES = ["The", "the", "colour", "color", "Wrenmouth", "wrenmouth", "recieve", " ", "  ",
           "\n", ". ", ": ", "(", "“", "it's", "centre's", "self-neglect", "selff-neglect",
           "R4", "2019/20", "ILACS", "a", "é", "-", "’", "\u00a0", "www.x.example", "Ann"]


def _reference_spelt_right(speller: spelling.Speller, text: str) -> bool:
    """Every word known, a single letter, in capitals, or capitalised where no sentence
    starts: read word by word, with nothing remembered between texts."""
    for word in set(spelling._WORD.findall(text)):
        if len(word) < 2 or word.isupper() or speller.known(word):
            continue
        if not word[0].isupper() or spelling._may_start_sentence(text, word):
            return False
    return True


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), max_size=8))
@example(["in Wrenmouth today", "Wrenmouth is near."])
def test_what_the_speller_remembers_between_texts_changes_no_verdict(texts: list[str]) -> None:
    speller = spelling.Speller(["Ann"])
    for text in texts + texts:  # the second time, from what the first remembered
        assert speller.spelt_right(text) == _reference_spelt_right(speller, text)


def _reference_misspellings(speller: spelling.Speller, text: str) -> list[tuple[int, int, str]]:
    """``misspellings`` read word by word, with nothing remembered between texts."""
    skipped = [m.span() for m in spelling._SKIP.finditer(text)]
    skipped += [m.span() for m in re.finditer(r"[\w'’-]*\d[\w'’-]*", text)]
    found = []
    for match in spelling._WORD.finditer(text):
        word, start = match.group(), match.start()
        if any(s <= start < e for s, e in skipped) or len(word) < 2 or word.isupper():
            continue
        if word[0].isupper() and not re.search(r"(?:^|[.!?:]\s+|\n\s*|[\"“‘(]\s*)$",
                                               text[max(0, start - 3):start]):
            continue
        if not speller.known(word):
            found.append((start, match.end(), word))
    return found


_MORE_PIECES = [*_PIECES, "Recieve", "https://x.example/a", "a@b.example", "x9y", "!", "?",
                "\"", "‘", "colour-wise", "Colorful", "ann", "ANN", "Ann’s"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_MORE_PIECES), max_size=14).map("".join), max_size=8))
@example(["Color me. Color. color (Color) “Color", "\nColor 2019 Color"])
def test_misspellings_are_the_words_a_word_by_word_reading_reports(texts: list[str]) -> None:
    speller = spelling.Speller(["Ann"])
    for text in texts + texts:  # the second time, from the words' kinds remembered
        found = _reference_misspellings(speller, text)
        assert speller.misspellings(text) == found
        starts, ends, words = speller.unknown_words(text)
        assert list(zip(starts, ends, words, strict=True)) == found


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_MORE_PIECES + ["٣", "x.co", "www.9", "ab@"]),
                          max_size=10).map("".join), st.text()))
def test_the_address_and_digit_pretests_pass_every_text_they_must(text: str) -> None:
    assert spelling._has_digit(text) == bool(re.search(r"\d", text))
    if spelling._SKIP.search(text):
        assert spelling._may_skip(text)
