"""Character references (``&#42;``, ``&lt;``, ``&amp;``) in a Markdown field: the read text
holds what they stand for, the source holds the reference, and the map between the two
stays right after them. A reference used to be matched to a later literal character (the
``*`` of ``&#42;`` to the next emphasis mark, the ``<`` of ``&lt;`` to a comment's
opening), so the text after it mapped too far on, a later comment counted as shown and went
unreported by C4.16, and findings' spans pointed at the wrong characters."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from html import unescape
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_editor.checks import CheckContext, run_checks
from review_editor.checks.hidden import hidden_content
from review_editor.checks.text import markdown_field, parse_markdown
from review_editor.model import parse_record

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "render")]
from markdown_strategies import hidden_inline_kinds  # noqa: E402

CANARY = "CANARY-9d2c"
REFERENCES = ["&#42;", "&lt;", "&gt;", "&amp;", "&#x3C;", "&quot;", "&nbsp;", "&copy;",
              "&#60;", "&#X2A;", "&NotEqualTilde;"]
# Words around them: a literal "<" (never a tag here), emphasis, the characters references
# stand for written as themselves, and a literal "&" that starts no reference.
WORDS = ["review", "<", "a < b", "*x*", "**y**", "*", "&", "c&d", '"', "©", "partnership",
         "\\<", "\\&amp;"]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _text_with_references() -> st.SearchStrategy[str]:
    token = st.one_of(st.sampled_from(REFERENCES), st.sampled_from(WORDS))
    return st.lists(token, min_size=1, max_size=8).map(" ".join)


def _shown(markdown: str) -> str:
    """What a run of inline Markdown shows: escapes and references read in one pass."""
    return re.sub(r"\\([<&*])|&#?\w+;",
                  lambda m: m.group(1) or unescape(m.group()), markdown)


def test_a_comment_after_a_reference_and_a_literal_lt_is_reported() -> None:
    source = "*a &#42; *b < c** <!-- C -->"
    found = hidden_content(parse_markdown(source))
    comment = source.index("<!--")
    assert [(h.kind, h.start, h.end) for h in found] == [("comment", comment, len(source))]


def test_a_reference_maps_to_the_whole_of_itself() -> None:
    source = "Tom &amp; Jerry &#42; x &lt; y"
    field = markdown_field("f", source)
    for char, reference in (("&", "&amp;"), ("*", "&#42;"), ("<", "&lt;")):
        at = field.text.index(char)
        start, end = field.source_span(at, at + 1)
        assert source[start:end] == reference


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_text_with_references(), hidden=st.sampled_from(hidden_inline_kinds(CANARY)),
       after=st.sampled_from(["", " tail", " &amp; < more"]), emphasis=st.booleans())
def test_every_hidden_construct_after_references_is_reported(
        before: str, hidden: str, after: str, emphasis: bool) -> None:
    prefix = f"*{before}* " if emphasis else f"{before} "
    source = f"{prefix}{hidden}{after}"
    at = len(prefix)
    found = hidden_content(parse_markdown(source))
    assert any(h.start <= at and at + len(hidden) <= h.end for h in found), (source, found)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_text_with_references(), emphasis=st.booleans())
def test_spans_on_text_with_references_point_at_its_source(text: str, emphasis: bool) -> None:
    source = f"**{text}** end" if emphasis else f"{text} end"
    field = markdown_field("f", source)
    for word in re.finditer(r"\S+", field.text):
        start, end = field.source_span(word.start(), word.end())
        shown = _shown(source[start:end])
        assert shown.strip("*") == word.group().strip("*"), (source, word.group(),
                                                             source[start:end])


def test_a_finding_after_references_points_at_its_source() -> None:
    phone = "07700 900123"
    markdown = f"Tom &amp; Jerry &#42; said &lt; *a &#42; *b < c** call {phone} today."
    subject = parse_record({
        "schema_version": "1.0", "id": "6f1c2a0e-3b7d-4c1e-9a55-0d2f7e1b9c01",
        "kind": "news_item", "title": "Learning from Adult R", "slug": "adult-r",
        "body": [{"id": "a", "heading": "What happened", "markdown": markdown}]})
    spans = [i.span for i in run_checks(subject, CheckContext(now=NOW))
             if i.code.startswith("C1") and i.field_path == "body.0.markdown" and i.span]
    assert spans
    assert any(markdown[start:end] == phone for start, end in spans)


def test_a_list_marker_or_heading_mark_is_not_read_as_a_reference() -> None:
    # The "*" of "&#42;" is the reference's, not the list item's own marker.
    for source, word, written in (("* &#42; \\&amp; end", "&amp;", "\\&amp;"),
                                  ("1. &#42; x", "*", "&#42;"),
                                  ("- [ ] &#42; task", "*", "&#42;"),
                                  ("# &#35; head", "#", "&#35;")):
        field = markdown_field("f", source)
        at = field.text.index(word)
        start, end = field.source_span(at, at + len(word))
        assert source[start:end] == written, (source, source[start:end])


def test_a_reference_links_title_maps_to_its_definition() -> None:
    source = ('Read [the report][r] and [the summary](https://example.org/s "Phone 07700 '
              '900456").\n\n[r]: https://example.org/report "call 07700 900789"')
    field = markdown_field("f", source)
    for number in ("07700 900789", "07700 900456"):
        at = field.text.index(number)
        start, end = field.source_span(at, at + len(number))
        assert source[start:end] == number and source.index(number) == start
