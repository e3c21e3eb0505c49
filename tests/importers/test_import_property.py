"""Property: whatever is pasted, import_text gives a valid record or raises ImportFailed."""

from __future__ import annotations

import json
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.importers import ImportFailed, apply_suggestions, import_text
from review_editor.model import LONDON, dump, parse_record
from review_editor.render.markdown import to_html

NOW = datetime(2031, 11, 1, 9, 30, tzinfo=LONDON)

#: Pieces of real pages, so the text reaches the readers' and heuristics' edge cases.
FRAGMENTS = [
    "\n", "\n\n", "\u00a0", "\u200b", "\t", "  ", "“", "”", "’", "- ", "• ", "o ", "1. ", "a) ",
    "# ", "## ", "> ", "* ", "_", "|", "\\", "`", "[", "](", ")", "<", ">", "&nbsp;", "&amp;",
    "<p>", "</p>", "<ul>", "<li>", "</li>", "<ol start=3>", "<h1>", "</h1>", "<h3>", "<br>",
    "<a href=\"/x\">", "<a href=\"javascript:x\">", "</a>", "<strong>", "<em>", "<table>",
    "<tr>", "<td colspan=99>", "<th>", "<![", "<![if x]>", "<!--", "-->", "<!DOCTYPE html>",
    "<script>", "</script>", "<main>", "<nav>", "<article>", "<time datetime=2021-02-30>",
    "<meta property=og:site_name content=\"Board\">", "<pre>", "<blockquote>",
    "Tue 27 Jul 2021", "27/07/2021", "31/02/2021", "27th July 2021", "Published: ",
    "Cookie Consent by FreePrivacyPolicy.com", "Skip to main content",
    "The Fenmoor Safeguarding Adults Board has published ", "commissioned in April 2019",
    "commissioned on 31 February 2019", "carried out independently by Clare Hyde MBE",
    "since 2001", "between 2022 and 2019", "delayed due to the pandemic",
    "commissioned following the death of Adult K", "Safeguarding Adults Review",
    "Thematic Review into CSE", "“We will act,” said Jo Amadi, Chair.",
    "Ofsted in their ILACS inspection of 2018 which said “a strength”",
    "Link to Report https://fenmoor.example/report", "https://fenmoor.example/a_b",
    "within the Fenmoor District", "Domestic Homicide Review ‘Maya’",
]

pasted_text = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40)
    .map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pasted_text)
def test_import_text_gives_a_valid_record_or_import_failed(text: str) -> None:
    try:
        result = import_text(text, source_name="Pasted text", now=NOW)
    except ImportFailed as error:
        assert str(error).startswith("Pasted text: ")
        return
    data = dump(result.record)
    assert dump(parse_record(json.loads(json.dumps(data, ensure_ascii=False)))) == data
    assert 0 < len(result.record.title) <= 120
    accepted = dump(apply_suggestions(result.record, result.suggestions))
    assert dump(parse_record(json.loads(json.dumps(accepted, ensure_ascii=False)))) == accepted
    for item in [*result.suggestions, *result.detected]:
        if item.span is not None:
            start, end = item.span
            assert 0 <= start <= end <= len(result.source_text)
    for section in result.record.body:
        to_html(section.markdown)
