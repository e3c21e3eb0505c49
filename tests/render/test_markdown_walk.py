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
          "x.org", "http://x.example", "a@b.example", "@b.example", "@b", "mailto:", "\x00",
          "\x7f", "ı", "İ"]


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


#: Pieces of a link's address, with characters cmark writes otherwise or reads as a title.
_ADDRESS = ["x.example", "/", "a", "-", "_", "~", "?q=1", "#top", ";", ",", "+", ":", "%20",
            "&", "(", ")", " ", "'", "\"", "<", ">", "\\", "é", "[", "www."]
_WORDS = ["Read", "the", "report", "it's", "café", "ı", "İ", "x", "2026", "(see", "below)",
          "now.", "yes,", "why?", "wow!", "“so”", "a:", "1", "-", "www", "http:", "\"so\"",
          "www.x.example", "https://x.example", "@name", "a@b.example", "@b.example", "(@b)",
          "mailto:@b.example", "xmpp:@b.example/c", ".@b.example"]


def _pieces(pool: list[str], size: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pool), max_size=size).map("".join)


def _prose(size: int) -> st.SearchStrategy[str]:
    # words most often: few lines of random pieces are plain throughout
    words = st.lists(st.sampled_from(_WORDS), max_size=size).map(" ".join)
    spaced = st.tuples(st.sampled_from(["", " "]), words, st.sampled_from(["", " "])).map(
        "".join)
    return st.one_of(spaced, spaced, spaced, spaced, _pieces(_PROSE, size))


_SAFE_ADDRESS = _pieces(_ADDRESS[:13], 5)
_WORDS_ONLY = st.lists(st.sampled_from(_WORDS), max_size=5).map(" ".join)
#: Most often a line that cmark reads as plain text and web links; else anything.
_PLAIN_LINK = st.tuples(_WORDS_ONLY.map(lambda words: words + " "), st.just(""),
                        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join),
                        st.sampled_from(["https://", "http://"]), _SAFE_ADDRESS)
_ANY_LINK = st.tuples(_prose(5), st.sampled_from(["", "!"]), _prose(4),
                      st.sampled_from(["https://", "http://", "", "javascript:", "data:"]),
                      st.one_of(_SAFE_ADDRESS, _pieces(_ADDRESS, 5)))
_ODD_ADDRESS = st.tuples(_WORDS_ONLY.map(lambda words: words + " "), st.just(""),
                         st.sampled_from(_WORDS), st.sampled_from(["https://", "http://"]),
                         _pieces(_ADDRESS, 5))
_LINE = st.one_of(st.tuples(st.lists(_PLAIN_LINK, min_size=1, max_size=3), _WORDS_ONLY),
                  st.tuples(st.lists(_ODD_ADDRESS, min_size=1, max_size=2), _WORDS_ONLY),
                  st.tuples(st.lists(st.one_of(_PLAIN_LINK, _ANY_LINK), min_size=1, max_size=3),
                            _prose(5)))


@settings(max_examples=500, deadline=None)
@given(_LINE)
@example(([("Read ", "", "the briefing", "https://", "x.example/briefings/learning")], "."))
@example(([("", "", "a", "https://", "x.example/a.b"), (" and ", "", "a.b", "http://", "a.b/c")],
          ""))
def test_lines_of_text_and_links_are_read_as_cmark_reads_them(
        line: tuple[list[tuple[str, str, str, str, str]], str]) -> None:
    links, last = line
    source = "".join(f"{before}{image}[{text}]({scheme}{address})"
                     for before, image, text, scheme, address in links) + last
    assert _parse_markdown(source) == _parse_markdown(source, html_parser=True)
