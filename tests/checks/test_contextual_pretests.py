"""The sentence-context detectors' field-wide pre-tests hold whenever what they spare would
find something: a field they pass over is one where the detector finds nothing."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.checks import language, people_quoted, spelling, venues
from review_editor.checks.name_runs import is_given_name
from review_editor.checks.places import gazetteer
from review_editor.checks.sentence_index import SentenceIndex

#: Pieces that make the settings' and nicknames' patterns likely: their cue words, capitals,
#: quotation marks, form codes and wards.
_PIECES = [
    " ", ". ", "\n\n", ", ", "the ", "The ", "at the ", "in ", "to ", "from ", "admitted ",
    "born ", "birth ", "seen ", "ward ", "Ward 7 ", "unit ", "General ", "Royal ", "school ",
    "pupil ", "excluded from ", "left ", "Primary ", "High ", "Practice ", "Surgery ",
    "pub ", "drank ", "Red Lion ", "Fox and Hounds ", "Horseshoe ", "club ", "gym ", "near ",
    "HMP ", "Parc ", "R v ", "Dempsey ", "Oakfield ", "Ninewells ", "Glan Clwyd ", "she ",
    "was ", "in 10RJ ", "form ", "9/K ", "class ", "known as ", "called ", "'Tank' ",
    "“Big J” ", "‘Dazza’ ", "\"Ellie\" ", "it's ", "Dale ", "Harwood ", "aka ", "D-Man ",
    "me and ", "jayden ", "Little T ", "K", "é",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_quoted_nicknames_and_forms_need_what_their_pre_tests_look_for(text: str) -> None:
    if people_quoted._QUOTED_CAPITAL.search(text) is None:
        for pattern in (people_quoted._QUOTED_NICKNAME, people_quoted._NICKNAME_INSIDE,
                        people_quoted._QUOTED_AFTER_A_CUE,
                        people_quoted._NAME_AROUND_A_NICKNAME):
            assert pattern.search(text) is None
    if people_quoted._QUOTE.search(text) is None:
        assert people_quoted._QUOTES.isdisjoint(text)
    if venues._FORM_CODE.search(text) is None:
        assert venues._FORM.search(text) is None


def _settings_found(text: str, index: SentenceIndex) -> list[list[tuple[int, int]]]:
    about = [True] * len(index.spans)
    is_word, is_place = spelling.is_common_word, gazetteer().__contains__
    return [venues.find_pubs(text, index), venues.find_schools_and_wards(text, index),
            venues.find_one_word_hospitals(text, index, about, is_word, is_place),
            venues.find_named_units(text, index, about),
            venues.find_one_word_schools(text, index, is_word, is_place, is_given_name),
            venues.find_settings_by_town(text, index, is_word),
            venues.find_prisons(text, index, about), venues.find_case_names(text, index)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_settings_finders_read_only_sentences_holding_one_of_their_cue_words(
        text: str) -> None:
    asked: list[frozenset[str]] = []
    read = SentenceIndex.with_any

    def with_any(index: SentenceIndex, triggers: frozenset[str]) -> list[int]:
        asked.append(triggers)
        return read(index, triggers)

    index = SentenceIndex(list(language.sentences(text)), text)
    with patch.object(SentenceIndex, "with_any", with_any):
        found = _settings_found(text, index)
    assert asked and all(triggers <= venues.WORDS for triggers in asked)
    if not index.with_any(venues.WORDS):
        assert found == [[]] * len(found)
