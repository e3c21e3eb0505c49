"""One theme vocabulary: the form offers it, the importer suggests from it."""

from review_editor.importers.terms import THEME_WORDS
from review_editor.model.themes import THEMES, theme_for_label, theme_id


def test_each_starting_theme_has_a_stable_id_and_words_that_suggest_it():
    assert len({theme.id for theme in THEMES}) == len(THEMES)
    for theme in THEMES:
        assert theme.id == theme_id(theme.label)
        assert theme_for_label(theme.label.upper()) == {"id": theme.id, "label": theme.label}
    assert set(THEME_WORDS) == {theme.id for theme in THEMES}


def test_a_new_theme_gets_an_id_from_its_label():
    assert theme_for_label(" Cuckooing ") == {"id": "cuckooing", "label": "Cuckooing"}
