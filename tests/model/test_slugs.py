from review_editor.model.slugs import slugify


def test_a_title_becomes_lower_case_words_joined_by_hyphens() -> None:
    assert slugify("Adult R's review: what we learnt") == "adult-rs-review-what-we-learnt"
    assert slugify("Adolygiad Ymarfer – Oedolyn G") == "adolygiad-ymarfer-oedolyn-g"


def test_a_slug_is_cut_at_a_word_and_a_long_first_word_is_cut() -> None:
    assert slugify("one two three", 8) == "one-two"
    assert slugify("abcdefghij klm", 4) == "abcd"
    assert slugify("’’ ‘’", 10) == ""
