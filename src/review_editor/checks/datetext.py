"""The checks' name for the prose-date parser, which lives in ``review_editor.textdates``.

The importers and the checks share that one parser; this module only re-exports it.
"""

from ..textdates import (
    MONTHS,
    WEEKDAYS,
    DateMention,
    find_dates,
    find_years,
    govuk,
    weekday_number,
)

__all__ = ["MONTHS", "WEEKDAYS", "DateMention", "find_dates", "find_years", "govuk",
           "weekday_number"]
