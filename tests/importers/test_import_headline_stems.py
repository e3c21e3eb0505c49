"""A line under the headline that repeats its words in another form (a plural, a Welsh
plural, a mutation) is its sub-heading or standfirst, not the headline: "Adolygiadau Lladdiad
Domestig" over "'Adolygiad(au) Dynladdiadau Domestig' - (ADD) a wnaethwyd yn Fenmoor".

The pages are made up (a fictional Fenmoor).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from review_editor.importers import import_text
from review_editor.model import LONDON

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)


@pytest.mark.parametrize(("headline", "under", "text"), [
    ("Adolygiadau Lladdiad Domestig",
     "\"Adolygiad(au) Dynladdiadau Domestig” - (ADD) a wnaethwyd yn Fenmoor",
     "Cafodd Adolygiadau Dynladdiadau Domestig eu sefydlu’n statudol yn 2011. Maent yn "
     "ystyried beth ddigwyddodd."),
    ("Learning Reviews in Fenmoor", "What each Learning Review found",
     "The partnership publishes every review it carries out. Each report sets out what "
     "agencies should change."),
])
def test_a_line_repeating_the_headlines_words_in_another_form(headline: str, under: str,
                                                               text: str) -> None:
    result = import_text(f"{headline}\n\n{under}\n\n{text}", source_name="page.txt", now=NOW)
    assert result.record.title == headline
