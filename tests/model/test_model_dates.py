"""Partial dates and GOV.UK date display, in Europe/London time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from review_editor.model import (
    LONDON,
    PartialDate,
    format_date,
    format_datetime,
    format_partial,
    parse_record,
)
from review_editor.model.dates import earliest_day, latest_day, precision

PARTIAL = TypeAdapter(PartialDate)

VALID = ["2001", "2019-04", "2021-07-27", "0001", "9999-12-31", "2024-02-29", "2000-02-29"]
INVALID = [
    "2021-02-30", "2021-13", "2021-00", "2021-04-31", "2023-02-29", "1900-02-29", "0000",
    "0000-01", "21", "20210", "2021-1", "2021-1-01", "2021-01-1", "2021/04", "April 2019",
    "2021-07-27T00:00", "2021-07-27 ", " 2021", "2021\n", "2021-04\n", "٢٠٢١", "２０２１",
    "2021-0４", "", "-2021", "+2021", "2021-", "2021-07-",
]


@pytest.mark.parametrize("value", VALID)
def test_valid_partial_dates(value: str):
    assert PARTIAL.validate_python(value) == value


@pytest.mark.parametrize("value", INVALID)
def test_invalid_partial_dates(value: str):
    with pytest.raises(ValidationError):
        PARTIAL.validate_python(value)


def test_a_record_never_repeats_a_bad_date_in_its_error():
    data = {"schema_version": "1.0", "id": "7c9e6679-7425-40de-944b-e07fc1f0d5a1",
            "kind": "news_item", "title": "t", "review": {"commissioned_on": "1987-02-30"}}
    with pytest.raises(ValidationError) as caught:
        parse_record(data)
    assert "1987" not in str(caught.value)
    assert caught.value.errors()[0]["loc"] == ("news_item", "review", "commissioned_on")


@pytest.mark.parametrize("value", [2021, 2021.0, None, ["2021"]])
def test_partial_dates_are_strings(value: Any):
    with pytest.raises(ValidationError):
        PARTIAL.validate_python(value)


@pytest.mark.parametrize("value, shown", [
    ("2001", "2001"), ("2019-04", "April 2019"), ("2021-07-27", "Tuesday 27 July 2021"),
    ("2031-05-14", "Wednesday 14 May 2031"), ("2024-02-29", "Thursday 29 February 2024"),
    ("0999", "0999"), ("1999-12", "December 1999"), ("2031-01-01", "Wednesday 1 January 2031"),
])
def test_format_partial(value: str, shown: str):
    assert format_partial(value) == shown


def test_format_partial_accepts_a_date():
    assert format_partial(date(2021, 7, 27)) == "Tuesday 27 July 2021"
    assert format_date(date(2021, 7, 27)) == "Tuesday 27 July 2021"


@pytest.mark.parametrize("value, first, last, kind", [
    ("2001", date(2001, 1, 1), date(2001, 12, 31), "year"),
    ("2019-04", date(2019, 4, 1), date(2019, 4, 30), "month"),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28), "month"),
    ("2021-07-27", date(2021, 7, 27), date(2021, 7, 27), "day"),
    ("9999-12", date(9999, 12, 1), date(9999, 12, 31), "month"),
])
def test_earliest_and_latest_day(value: str, first: date, last: date, kind: str):
    assert earliest_day(value) == first
    assert latest_day(value) == last
    assert precision(value) == kind


@settings(max_examples=500, deadline=None)
@given(day=st.dates(), length=st.sampled_from([4, 7, 10]))
def test_every_real_date_at_every_precision_is_valid_and_displays(day: date, length: int):
    value = day.isoformat()[:length]
    assert PARTIAL.validate_python(value) == value
    assert earliest_day(value) <= day <= latest_day(value)
    shown = format_partial(value)
    assert str(day.year).zfill(4)[-4:].lstrip("0") in shown or day.year < 10
    if length == 10:
        assert shown == format_date(day)
        assert shown.startswith(day.strftime("%A"))


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=12))
def test_anything_accepted_as_a_partial_date_is_an_iso_prefix(text: str):
    try:
        PARTIAL.validate_python(text)
    except ValidationError:
        return
    assert len(text) in (4, 7, 10) and text.isascii()
    assert earliest_day(text).isoformat()[: len(text)] == text


@pytest.mark.parametrize("moment, shown", [
    (datetime(2031, 5, 14, 0, 1, tzinfo=timezone(timedelta(hours=1))),
     "00:01 Wednesday 14 May 2031"),
    (datetime(2031, 5, 13, 23, 1, tzinfo=UTC), "00:01 Wednesday 14 May 2031"),
    (datetime(2031, 5, 14, 0, 1, tzinfo=LONDON), "00:01 Wednesday 14 May 2031"),
    (datetime(2031, 1, 14, 0, 1, tzinfo=UTC), "00:01 Tuesday 14 January 2031"),
    (datetime(2031, 5, 14, 8, 1, tzinfo=timezone(timedelta(hours=9))),
     "00:01 Wednesday 14 May 2031"),
    # The clocks go back at 02:00 BST on 26 October 2031: 00:30 and 01:30 UTC are both 01:30.
    (datetime(2031, 10, 26, 0, 30, tzinfo=UTC), "01:30 Sunday 26 October 2031"),
    (datetime(2031, 10, 26, 1, 30, tzinfo=UTC), "01:30 Sunday 26 October 2031"),
    (datetime(2031, 3, 30, 1, 0, tzinfo=UTC), "02:00 Sunday 30 March 2031"),
])
def test_format_datetime_shows_london_time(moment: datetime, shown: str):
    assert format_datetime(moment) == shown
