"""C3.14 and C5.9: the key facts must not contradict the text they head."""

from __future__ import annotations

from typing import Any

import pytest
from check_samples import context, mutated, record_from, sample_data

from review_editor.checks import WARNING, Issue, run_checks


def issues_for(data: dict[str, Any], code: str) -> list[Issue]:
    record = record_from(data)
    return [i for i in run_checks(record, context(record), {code}) if i.code == code]


@pytest.mark.parametrize("name", ["bradford", "d1", "d2", "d3"])
def test_the_samples_facts_agree_with_their_text(name: str) -> None:
    assert issues_for(sample_data(name), "C3.14") == []
    assert issues_for(sample_data(name), "C5.9") == []


def test_a_rapid_review_in_the_facts_of_a_page_announcing_a_national_review() -> None:
    data = mutated("d1", lambda d: (
        d["review"].update(review_type="rapid_review"),
        d.update(title="Learning from the deaths of babies"),
        d["body"][0].update(markdown="The Child Safeguarding Practice Review Panel has today "
                                     "published a national review into the deaths of "
                                     "babies under one.")))
    [issue] = issues_for(data, "C3.14")
    assert issue.severity == WARNING
    assert issue.field_path == "body.0.markdown"
    markdown = data["body"][0]["markdown"]
    assert markdown[slice(*issue.span)] == "national review"
    assert "rapid review" in issue.message


def test_a_headline_naming_another_kind_of_review_is_flagged_on_the_title() -> None:
    data = mutated("d1", lambda d: d.update(title="Domestic Homicide Review: Adult R"))
    [issue] = issues_for(data, "C3.14")
    assert issue.field_path == "title"
    assert data["title"][slice(*issue.span)] == "Domestic Homicide Review"


def test_reviews_in_general_do_not_contradict_the_facts() -> None:
    data = mutated("d1", lambda d: d["body"][0].update(
        markdown="A rapid review is held within 15 working days when a serious incident is "
                 "notified. Domestic homicide reviews are carried out by community safety "
                 "partnerships."))
    assert issues_for(data, "C3.14") == []


def test_old_and_new_names_of_one_kind_agree() -> None:
    data = mutated("d3", lambda d: d.update(
        title="Domestic homicide review published: Maya"))
    assert issues_for(data, "C3.14") == []  # the record is a DARDR, once called a DHR


def test_a_publication_day_the_text_contradicts() -> None:
    data = mutated("d1", lambda d: d["body"][0].update(
        markdown="The board is today (14 March 2025) publishing the review of Adult R."))
    [issue] = issues_for(data, "C5.9")
    assert issue.severity == WARNING
    assert data["body"][0]["markdown"][slice(*issue.span)] == "14 March 2025"
    assert "12 March 2025" in issue.message


def test_the_announced_day_agrees_with_and_without_its_year() -> None:
    for text in ("The board has today (12 March 2025) published the review.",
                 "The board has published today (12 March) the review.",
                 "The board publishes the review on Wednesday 12 March 2025."):
        data = mutated("d1", lambda d, text=text: d["body"][0].update(markdown=text))
        assert issues_for(data, "C5.9") == [], text


def test_today_with_a_date_outside_an_announcement_is_not_read() -> None:
    data = mutated("d1", lambda d: d["body"][0].update(
        markdown="Adult R's care plan, reviewed today (3 February 2024), was unchanged."))
    assert issues_for(data, "C5.9") == []
