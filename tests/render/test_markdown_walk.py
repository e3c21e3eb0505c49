"""The checks read a Markdown field from cmark's HTML. Without raw HTML in the source (no
``<``), a plain tokenizer gives the same events as ``html.parser``, several times faster:
the text, blocks, links, images, headings, tables, emphasis and the map back to the source
must be exactly the same either way."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_strategies import markdown

from review_editor.checks.text import _parse_markdown


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown(hidden="hidden").map(lambda source: source.replace("<", "")))
@example('Read [the report](https://x.example/r?a=1&b=2 "Tom & Jerry\'s \\"view\\"").')
@example('![A chart & a "key"](data:image/png;base64,AAAA "Figure 1")\n\n- [ ] a\n- [x] b')
@example("| a | b |\n| :- | -: |\n| &copy; | caf\u00e9 \U0001f600 |\n\n```py\nx &amp; y\n```")
@example("www.example.org, ann@example.org  \nnext\\\nline &#65; &nbsp;\u00a0end")
def test_the_plain_walk_reads_what_the_html_parser_reads(source: str) -> None:
    assert "<" not in source
    assert _parse_markdown(source) == _parse_markdown(source, html_parser=True)


#: Pieces of one-line prose, with the characters at which a line stops being plain text.
_PROSE = [" ", "  ", "a", "Word", "it's", "“quoted”", "\"", "'", ".", ",", ":", ";", "?", "!",
          "(", ")", "/", "-", "+", "=", "1", "2.", "3)", "£5", "%", "é", "\u00a0", "\t", "\n",
          "\ufeff", "*", "_", "`", "[", "]", "&amp;", "&", "#", "~~", "|", ">", "\\", "www.",
          "x.org", "http://x.example", "a@b.example", "\x00", "\x7f", "ı", "İ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PROSE), max_size=12).map("".join))
def test_a_plain_line_is_read_as_cmark_reads_it(source: str) -> None:
    assert _parse_markdown(source) == _parse_markdown(source, html_parser=True)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PROSE), max_size=6).map("".join), min_size=1,
                max_size=4),
       st.sampled_from(["- ", "-", "* ", "1. ", "**", ""]))
def test_plain_lists_and_bold_lines_are_read_as_cmark_reads_them(
        lines: list[str], marker: str) -> None:
    for source in ("\n".join(marker + line for line in lines), f"**{lines[0]}**"):
        assert _parse_markdown(source) == _parse_markdown(source, html_parser=True)
