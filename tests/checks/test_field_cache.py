"""``per_text``: a function of a field's text computed once per text, whatever its arity."""

from __future__ import annotations

from review_editor.field_cache import fit_per_text, per_text


def test_one_and_several_argument_functions_are_computed_once_per_arguments() -> None:
    calls: list[tuple[object, ...]] = []

    @per_text(4)
    def one(text: str) -> str | None:
        calls.append((text,))
        return None if text == "none" else text.upper()

    @per_text(4)
    def several(text: str, start: int, end: int) -> str:
        calls.append((text, start, end))
        return text[start:end]

    @per_text(4)
    def with_default(text: str, end: int = 2) -> str:
        calls.append((text, end))
        return text[:end]

    for _ in range(3):
        assert one("abc") == "ABC"
        assert one("none") is None  # a None result is kept too
        assert several("abcdef", 1, 3) == "bc"
        assert with_default("abcdef") == "ab"
        assert with_default("abcdef", 3) == "abc"
    assert calls == [("abc",), ("none",), ("abcdef", 1, 3), ("abcdef", 2), ("abcdef", 3)]
    assert one.__name__ == "one" and several.__name__ == "several"


def test_the_cache_keeps_the_most_recently_used_texts_of_a_fitted_size() -> None:
    calls: list[str] = []

    @per_text(2)
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    fit_per_text(2)  # room for two records of two fields: four texts
    for text in ("a", "b", "c", "d", "a"):
        upper(text)
    assert calls == ["a", "b", "c", "d"]
    upper("e")  # drops "b", the least recently used
    upper("a")
    upper("b")
    assert calls == ["a", "b", "c", "d", "e", "b"]
    fit_per_text(0)
