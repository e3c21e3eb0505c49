"""The public copy of a Markdown field: what readers see, written again as Markdown.

Rendered, it gives the page the source gives (less what the sanitiser drops anyway); it
holds nothing readers never see; written again, it does not change; and the text the checks
read from it is the text they read from the source.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, assume, example, given, settings
from markdown_strategies import deep_lists, deep_quotes, markdown

from review_editor.checks.text import parse_markdown
from review_editor.render.markdown import render_raw, to_html
from review_editor.render.public_markdown import public_markdown
from review_editor.render.public_tree import MAX_NESTING

CANARY = "CANARY-9d2c"
#: More examples locally: PUBLIC_MARKDOWN_EXAMPLES=5000 pytest tests/render/test_public_markdown.py
EXAMPLES = int(os.environ.get("PUBLIC_MARKDOWN_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def page(markdown_text: str, *, formats: bool = True) -> str:
    """The sanitised HTML without source positions, the language of code blocks (never
    shown), runs of white space (one space shows as many), or empty formatting; without
    ``formats``, without emphasis at all."""
    html = re.sub(r' (data-sourcepos|lang)="[^"]*"', "", to_html(markdown_text))
    html = re.sub(r"<(\w+)((?: [\w-]+=\"[^\"]*\")+)>", _attributes_sorted, html)
    if not formats:
        html = re.sub(r"</?(em|strong|del)>", "", html)
    # Formatting around nothing shows nothing: *<!-- a comment -->* is an empty <em>
    # (what it held shows: a space, or nothing between "1." and "-" in "1.*<!-- c -->*-").
    previous = None
    while previous != html:
        previous, html = html, re.sub(r"<(em|strong|del)>(\s*)</\1>", r"\2", html)
        html = re.sub(r"<p>\s*</p>", " ", html)
        # Strikethroughs (code spans) side by side show as one.
        html = html.replace("</del><del>", "").replace("</code><code>", "")
    html = re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html)).strip()
    return _without_paragraphs_in_items(html)


def _attributes_sorted(tag: re.Match[str]) -> str:
    """The sanitiser drops a refused attribute by moving the last one into its place
    (``<img title alt>`` for an image whose address it refused): order shows nothing."""
    attributes = sorted(re.findall(r' [\w-]+="[^"]*"', tag.group(2)))
    return f"<{tag.group(1)}{''.join(attributes)}>"


def _without_paragraphs_in_items(html: str) -> str:
    """A list item's text with or without <p>: a list whose hidden block is gone may turn
    tight (or text after an empty item loose): the same text, closer together or not."""
    depth = 0
    kept: list[str] = []
    for part in re.split(r"(<[^>]+>)", html):
        if part in ("<p>", "</p>") and depth:
            continue
        depth += part.startswith("<li") - (part == "</li>")
        kept.append(part)
    return "".join(kept)


def nested_links(markdown_text: str) -> bool:
    """cmarkgfm puts an empty link inside a link (``[[](u) x](u)``); no page keeps that."""
    return bool(re.search(r"<a [^>]*>(?:(?!</a>).)*<a ", render_raw(markdown_text), re.S))


def words(text: str) -> str:
    return " ".join(text.split())


def hidden_left_out(source: str, public: str) -> bool:
    """No hidden text in the public copy, unless the page shows it as text: a comment
    inside an image's description is part of its alt text (``![a <!-- b -->](p.png)``)."""
    return CANARY not in public or CANARY in to_html(source)


@FAST
@given(markdown(hidden=CANARY, emphasis_marks=False))
@example("*<!-- c --> \xa0 review*")  # the no-break space stays inside the emphasis
@example("x **<!-- c -->\u2003word\xa0<!-- d -->**, y")
# Spaces before text that starts a line do not stop it opening a list.
@example('<span title="c"> <!-- c --> 1.')
# An image whose address the sanitiser refuses.
@example('![[](picture.png "A caption") review []](https://partnership.example/r "Opens")')
# A mark between punctuation can open and close: the marking that reads back is kept.
@example("**review **\\** review**")
# Items holding empty lists are not a rule ("- - -").
@example("- - - <!--\n      CANARY-9d2c\n      -->")
# A no-break space stays inside emphasis that holds emphasis, or that an image follows.
@example("**review* \xa0 <!-- CANARY-9d2c -->*")
@example('x _&nbsp;partnership ]_![a](picture.png "A caption")')
# Emphasis beside emphasis of the same mark would read as one run of marks.
@example("__\\\n!__**'~~# a\xa0b !~~**")
# Nested emphasis between punctuation: the same characters, marked so it stays nested.
@example("_)*«*;_")
# Strikethrough keeps its no-break spaces inside, even around nothing else.
@example("~~» &nbsp;~~")
@example("~~&nbsp;~~")
# A mark between punctuation and a letter cannot close: the letter becomes a reference.
@example("**~~-~~__é__**")
@example("😀**www.**")
# Nested emphasis between punctuation that only runs of the source's lengths read back
# (CommonMark's "multiple of 3" rule): each emphasis's mark is chosen in turn.
@example("__review review __1.__review \\__ review *__-__*")
@example("__a __1.__b \\__ c *__-__*")
@example("__a __(.__b \\__ c *__!__* d")
# Hidden content kept two runs of closing marks apart, after a space: the space stays
# inside the emphasis as a reference, so the runs stay apart.
@example("*1.**- review 1.**review review* <!-- CANARY-9d2c -->**- review**")
@example("*a.**- b 1.**c d* <!-- CANARY-9d2c -->**- e**")
@example("_1.__- b (.__c d_ <!-- CANARY-9d2c -->__- e__")
# A mark beside a strikethrough's "~~" is judged by the letter beyond it: an autolink the
# sanitiser refuses is written as a link, starting with "[" (punctuation, unlike "w").
@example("review ~~review~~*www.example.org review review review*")
@example("~~a~~*www.example.org b*")
@example("~~a~~**www.example.org b**")
# Emphasis closing on punctuation before a letter, its mark chosen: the letter becomes a
# reference ("*_*a*😀\\~_&#x62;*").
@example("***a*😀~*b*")
# A literal mark joins the run of the emphasis it opens before, not the one it follows.
@example("*___-_\\__*")
# Strikethrough inside emphasis inside strikethrough: no reference at the inner edges.
@example("~~*~~1~~*~~")
# A bare "~" beside a mark: cmarkgfm judges the mark by the character beyond it.
@example("**b*é-*~b***")
# A control character is no punctuation: a mark after it opens as after a letter.
@example("&#2;*_*")
# A list whose items hold more emphasis than is chosen mark by mark in one block: each
# paragraph is marked on its own, and the others keep their formats too.
@example("- *a* *b* *c*\n- *1.**- d 1.**e f* <!-- CANARY-9d2c -->**- g**")
# A code span of spaces only keeps its spaces (no padding is stripped from it).
@example("\\`review` `review`")
# Strikethroughs (code spans) that hidden content kept apart: one, as the page shows.
@example("~~review~~<!-- CANARY-9d2c -->~~review~~")
@example("`review`<!-- CANARY-9d2c -->`review`")
# Emphasis around nothing but hidden content, between two characters: nothing shows there.
@example("review 1.*<!-- CANARY-9d2c -->*-")
def test_the_public_copy_shows_what_the_source_shows_and_nothing_hidden(source: str) -> None:
    assume(not nested_links(source))
    public = public_markdown(source)
    assert hidden_left_out(source, public)
    assert page(public) == page(source)
    # Written again it shows the same page, and settles (an empty item followed by text
    # may gain a blank line once).
    again = public_markdown(public)
    assert page(again) == page(public) and public_markdown(again) == again
    assert words(parse_markdown(public).text) == words(parse_markdown(source).text)


@FAST
@given(markdown(hidden=CANARY))
def test_literal_emphasis_marks_keep_the_words_and_hide_nothing(source: str) -> None:
    """``**x* y*`` beside literal ``*`` and ``_`` may be emphasised differently; the words
    are the same and nothing hidden survives."""
    assume(not nested_links(source))
    public = public_markdown(source)
    assert hidden_left_out(source, public)
    assert page(public, formats=False) == page(source, formats=False)
    assert words(parse_markdown(public).text) == words(parse_markdown(source).text)


def test_hidden_content_of_every_kind_is_left_out() -> None:
    source = (f"Before<!-- {CANARY} -->after.\n\n<div>\n{CANARY} at 12 Fictional Street\n"
              f"</div>\n\n[unused]: https://x.example/{CANARY} \"{CANARY}\"\n\n"
              f"```{CANARY}\ncode\n```\n\n- [ ] a task\n\n"
              f"[unsafe](javascript:{CANARY}) and ![picture](C:/Users/{CANARY}/p.png)")
    public = public_markdown(source)
    assert CANARY not in public
    assert "Beforeafter." in public and "code" in public and "a task" in public
    assert "[unsafe](<>)" in public and "![picture](<>)" in public


def test_link_titles_and_captions_stay_they_are_shown() -> None:
    public = public_markdown('[report](https://x.example/r "Opens the full report") '
                             '![chart](data:image/png;base64,AAAA "Figure 1")')
    assert '"Opens the full report"' in public and '"Figure 1"' in public


def test_used_reference_definitions_become_links() -> None:
    public = public_markdown("Read [the report][r].\n\n[r]: https://x.example/r \"Title\"")
    assert public == 'Read [the report](https://x.example/r "Title").'


def test_nesting_is_capped_and_nothing_is_lost() -> None:
    for source in (deep_lists(300), deep_quotes(500)):
        public = public_markdown(source)
        assert words(parse_markdown(public).text) == words(parse_markdown(source).text)
        html = to_html(public)
        assert html.count("<ul") <= MAX_NESTING and html.count("<blockquote") <= MAX_NESTING
