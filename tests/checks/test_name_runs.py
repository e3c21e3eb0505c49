"""A run's verdict by its words alone (``name_runs.run_verdict``) changes the speed and nothing
else: the people found with it are those found when every run's context is read."""

from __future__ import annotations

from typing import Any

import pytest
from check_samples import identification_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from review_editor.checks import name_runs, people, spelling
from review_editor.checks.language import sentences
from review_editor.checks.name_runs import Verdict, run_verdict
from review_editor.checks.sentence_index import SentenceIndex

#: Runs of each kind the verdict sorts (agencies, months, peoples, charities, titles, given
#: names, everyday words) and the cues around them that could make them someone's name.
_RUNS = [
    "The Board", "Fenmoor Borough Council's", "Crown Court", "Rescue Service", "July", "Jan",
    "Irish", "Somali", "Marie Curie", "Lucy Faithfull", "Love", "Adult", "Child", "Staff",
    "Mr Hale", "Dr Ruth Lane", "Uncle Ray", "Baby Rhiannon", "Great-Grandma Jean", "Tracey Hall",
    "Kayla", "Lewis", "Summer", "Mason", "Grace Academy", "Tyler Maddox", "On May Kelsey",
    "Police", "Sonia and Vik Mehra", "Chief Inspector Paula Grant", "Max", "Princess", "Hope",
    "Northmarsh Fire", "Operation Encompass", "Working Together", "Dean", "Ridley", "Board",
]
_CUES = [
    "nicknamed", "known as", "called", "a friend called", "aka", "his sister", "the dog,",
    "me and", "her mum", "in", "at", "the", "The", "and", "said", "told the review", "was",
    "'", "“", ",", ".", "(", "the family's cat,", "a horse called", "on 3", "his gran in",
]
_TEXTS = st.lists(st.sampled_from(_RUNS + _CUES), min_size=1, max_size=10).map(" ".join)


def _people(text: str) -> list[Any]:
    index = SentenceIndex(list(sentences(text)), text)
    return people.people_in(text, index, lambda name: name in ("Kendal", "Hope", "Summer"))


def _people_reading_every_context(text: str) -> list[Any]:
    verdict = people.run_verdict
    try:
        people.run_verdict = lambda run, start: Verdict.READ_CONTEXT  # type: ignore[assignment]
        return _people(text)
    finally:
        people.run_verdict = verdict


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_people_found_with_the_verdicts_are_those_found_without(text: str) -> None:
    spelling.preload()
    assert _people(text) == _people_reading_every_context(text)


def test_every_identification_sentence_finds_the_same_people() -> None:
    spelling.preload()
    texts = identification_sentences()
    assert len(texts) > 500
    for text in texts:
        assert _people(text) == _people_reading_every_context(text), text


@pytest.mark.parametrize(("run", "opening", "verdict"), [
    ("July", False, Verdict.NO_ONE),
    ("The Board", True, Verdict.NO_ONE),
    ("Fenmoor Borough Council's", False, Verdict.NO_ONE),  # three words: never a nickname
    ("Crown Court", False, Verdict.NO_ONE_UNLESS_NICKNAMED),
    ("Adult", False, Verdict.READ_CONTEXT),  # "his sister Poppy": a single word may be a pet
    ("Kayla", True, Verdict.READ_CONTEXT),
    ("Mr Hale", False, Verdict.READ_CONTEXT),
    ("On May Kelsey", True, Verdict.READ_CONTEXT),  # a date's month, or a name
])
def test_the_verdict_of_a_run(run: str, opening: bool, verdict: Verdict) -> None:
    spelling.preload()
    assert run_verdict(run, opening) is verdict


def test_the_given_names_are_read_from_the_shipped_list() -> None:
    assert name_runs.is_given_name("Kayla") and not name_runs.is_given_name("Council")
