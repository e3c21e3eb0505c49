"""Subjects named by a role and a first name, by a name's part, or introduced once.

- a role before a first name chosen for the review ("Baby Eve", "Child Amira") is a
  pseudonym; a role before a word that is no first name ("Child Protection", "Adult Social
  Care") is not;
- the second part of a hyphenated name ("Anna-Rose's mother") is not a pseudonym of its own;
- a role and a letter the page introduces as the review's name ("the baby, referred to as
  ‘Child N’ in the report") is its subject surely, though the page uses it once.

The pages are made up.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import import_text
from review_editor.importers.pseudonyms import find_pseudonyms
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def _sure_subjects(text: str) -> list[object]:
    result = import_text(text, source_name="story.txt", now=NOW)
    return [s.value for s in result.confident() if s.field_path == "sensitivity.subjects"]


@pytest.mark.parametrize(("text", "names"), [
    ("Baby Eve died in March 2030.", ["Baby Eve"]),
    ("The review of Child Amira was published.", ["Child Amira"]),
    ("Child Protection plans and Adult Social Care were reviewed.", []),
    ("Anna-Rose's mother was jailed.", []),
])
def test_a_role_before_a_first_name(text: str, names: list[str]) -> None:
    assert [found.pseudonym for found in find_pseudonyms(text)] == names


def test_a_subject_introduced_once_is_sure() -> None:
    page = ("Failings found before baby's death\n\nA serious case review was launched after "
            "Anna-Rose's death in 2030.\n\nIt found the baby, referred to as ‘Child N’ in the "
            "report, would have benefitted from a more collaborative approach.")
    assert [value["pseudonym"] for value in _sure_subjects(page)] == ["Child N"]  # type: ignore[index]
