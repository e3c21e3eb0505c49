"""Suggestions: the phrasings they come from, and applying the ones a user accepts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from pydantic import ValidationError

from review_editor.importers import ImportResult, Suggestion, apply_suggestions, import_text
from review_editor.model import LONDON, NewsItem, ReviewNotice, dump

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


def page(*paragraphs: str, title: str = "Board news") -> ImportResult:
    return import_text("\n\n".join([title, *paragraphs]), source_name="page.txt", now=NOW)


def values(result: ImportResult, path: str) -> list[Any]:
    return [s.value for s in result.suggestions if s.field_path == path]


PHRASINGS = [
    ("The review was commissioned by the Fenmoor Safeguarding Adults Board in May 2030.",
     "review.commissioned_on", "2030-05"),
    ("The review was commissioned by the Fenmoor Safeguarding Adults Board in May 2030.",
     "review.commissioned_by", {"name": "Fenmoor Safeguarding Adults Board",
                                "publisher_type": "safeguarding_adults_board"}),
    ("Commissioned: 3rd March 2030", "review.commissioned_on", "2030-03-03"),
    ("The review was commissioned in 2028 by the board.", "review.commissioned_on", "2028"),
    ("It was commissioned following the death of Adult K in 2027.", "review.trigger",
     "The death of Adult K in 2027"),
    ("The review was triggered by a serious incident notification in 2027.", "review.trigger",
     "A serious incident notification in 2027"),
    ("Publication was postponed owing to an inquest into his death.",
     "review.publication_delay_reason", "an inquest into his death"),
    ("The review covers the period from April 2020 to March 2022.", "review.period_covered",
     {"start": "2020-04", "end": "2022-03"}),
    ("Jane Okoro MBE, an independent reviewer, led the review.", "review.reviewers",
     {"name": "Jane Okoro", "post_nominals": "MBE", "role": "independent_reviewer",
      "independent": True}),
    ("The report was written by Dr Ana Ruiz PhD.", "review.reviewers",
     {"name": "Dr Ana Ruiz", "post_nominals": "PhD", "role": "author", "independent": False}),
    ("The review was chaired by Cllr Sam Patel.", "review.reviewers",
     {"name": "Cllr Sam Patel", "role": "chair", "independent": False}),
    ("The CQC's 2029 inspection found “care is safe and well led”.",
     "review.external_assessments", {"body": "CQC", "year": 2029,
                                     "quote": "care is safe and well led"}),
    ("“We will act on every finding without delay,” said Jo Amadi, Chair of the Board.",
     "quotes", {"text": "We will act on every finding without delay",
                "attributed_to": "Jo Amadi, Chair of the Board"}),
    ("Jo Amadi, Chair of the Board, said: “We will act on every finding without delay.”",
     "quotes", {"text": "We will act on every finding without delay.",
                "attributed_to": "Jo Amadi, Chair of the Board"}),
    ("The partnership published a Serious Case Review in 2020.", "review.review_type",
     "serious_case_review_legacy"),
    ("This DHR looked at the death of a woman in 2029.", "review.review_type", "dhr"),
    ("Staff have learned about county lines and coercive control.", "themes",
     {"id": "child-criminal-exploitation", "label": "Child criminal exploitation"}),
]


@pytest.mark.parametrize(("sentence", "path", "expected"), PHRASINGS,
                         ids=[f"{p}-{i}" for i, (_s, p, _e) in enumerate(PHRASINGS)])
def test_common_phrasings_are_suggested(sentence: str, path: str, expected: Any) -> None:
    result = page(sentence)
    found = values(result, path)
    if isinstance(expected, dict):  # the suggestion may carry the model's empty defaults
        assert any(expected.items() <= value.items() for value in found), found
    else:
        assert expected in found, found
    for suggestion in result.suggestions:
        assert suggestion.span is not None
        assert result.source_text[slice(*suggestion.span)] == suggestion.evidence
        assert suggestion.evidence in sentence or suggestion.evidence == "Board news"


NOT_FACTS = [
    ("The review was conducted by the Fenmoor Safeguarding Adults Board.", "review.reviewers"),
    ("The review considered events between 2022 and 2019.", "review.period_covered"),
    ("She was in care between 2006 and 2011.", "review.period_covered"),
    ("Since 2019, a new management team has been put in place.", "review.period_covered"),
    ("It was commissioned following a decision.", "review.commissioned_on"),
    ("The board met in sunny weather.", "review.review_type"),
    ("Ofsted visited the area in 2018 and praised the work.", "review.external_assessments"),
    ("“This is quoted but nobody said it,” the report notes.", "quotes"),
]


@pytest.mark.parametrize(("sentence", "path"), NOT_FACTS)
def test_look_alikes_are_not_suggested(sentence: str, path: str) -> None:
    assert values(page(sentence), path) == []


def test_a_page_with_no_review_has_no_review_suggestions() -> None:
    result = page("The board welcomed three new members at its meeting on Tuesday.",
                  title="New board members")
    assert not [s for s in result.suggestions if s.field_path.startswith("review.")]
    assert result.record.review is None


def test_suggestions_for_fields_a_kind_lacks_are_left_out() -> None:
    text = "Board news\n\nThe review covers neglect within the Fenmoor District."
    news = import_text(text, source_name="x.txt", now=NOW)
    notice = import_text(text, source_name="x.txt", now=NOW, kind="review_notice")
    assert isinstance(news.record, NewsItem) and isinstance(notice.record, ReviewNotice)
    assert values(news, "location") == ["Fenmoor District"]
    assert values(notice, "location") == []


# applying ---------------------------------------------------------------------------------

def test_apply_sets_and_appends_without_changing_the_original() -> None:
    result = page("The review was commissioned in April 2029 and carried out by Ana Ruiz and "
                  "Ben Cole. “We are listening to families,” said Jo Amadi, Chair.")
    before = dump(result.record)
    accepted = apply_suggestions(result.record, result.suggestions)
    assert dump(result.record) == before
    assert accepted.id == result.record.id and accepted.modified_at == result.record.modified_at
    assert accepted.review is not None
    assert accepted.review.commissioned_on == "2029-04"
    assert [r.name for r in accepted.review.reviewers] == ["Ana Ruiz", "Ben Cole"]
    assert [(q.text, q.attributed_to) for q in accepted.quotes] == [
        ("We are listening to families", "Jo Amadi, Chair")]


def test_apply_is_selective_and_does_not_repeat_items() -> None:
    result = page("The review was carried out independently by Ana Ruiz. It was commissioned "
                  "in May 2030.")
    reviewer = next(s for s in result.suggestions if s.field_path == "review.reviewers")
    once = apply_suggestions(result.record, [reviewer])
    twice = apply_suggestions(once, [reviewer])
    assert twice.review is not None and len(twice.review.reviewers) == 1
    assert twice.review.commissioned_on is None  # not accepted


def test_an_edited_suggestion_is_validated() -> None:
    result = page("Text.")
    bad = Suggestion("review.commissioned_on", "April 2019", "Commissioned", "April 2019")
    with pytest.raises(ValidationError):
        apply_suggestions(result.record, [bad])
    good = Suggestion("review.commissioned_on", "2019-04", "Commissioned", "April 2019")
    record = apply_suggestions(result.record, [good])
    assert record.review is not None and record.review.commissioned_on == "2019-04"
