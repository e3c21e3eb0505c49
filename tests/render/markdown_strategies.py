"""Hypothesis strategies for Markdown an officer might type, or paste, with content readers
never see (comments, raw HTML, unused reference definitions, a code block's language)
carrying a canary, so a test can prove the public copy leaves all of it behind. (No
backtick or tilde among the words: a code span or fence around a comment would show it.)

``markdown(hidden=CANARY)`` draws a document of nested blocks (lists tight and loose,
ordered and not, quotes, tables, code, headings of both kinds, rules) whose inline text mixes
words with Markdown's punctuation, links with titles, images, code spans and line breaks.
"""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = ["review", "Adult R", "learning", "the", "partnership", "1.", "2)", "-", "+", "=",
         "#", ">", "*", "_", "|", "\\", "&amp;", "&", "<", "[", "]", "!", "(",
         ")", '"', "'", ":", "café", "naïve", "😀", "\u00a0", "www.example.org", "a_b_c",
         "**", "__", "1) x", "e\u0301", "\u2003", "«", "»", "—", "¿", "&nbsp;", "&#42;",
         "a\u00a0b"]


#: Literal emphasis marks beside real emphasis (``**x* y*``) are read in more than one way.
EMPHASIS_MARKS = frozenset({"*", "_", "**", "__", "a_b_c"})
PLAIN_WORDS = [word for word in WORDS if word not in EMPHASIS_MARKS]


def _words() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


def _plain_words() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(PLAIN_WORDS), min_size=1, max_size=6).map(" ".join)


def hidden_inline(canary: str) -> st.SearchStrategy[str]:
    """Inline content readers never see."""
    return st.sampled_from(hidden_inline_kinds(canary))


def hidden_block_kinds(canary: str) -> list[str]:
    """Whole blocks readers never see."""
    return [
        f"<!--\n{canary}\n-->", f"<div>\n{canary} at 12 Fictional Street\n</div>",
        f"[unused-{canary}]: https://x.example/{canary} \"{canary}\"",
        f"<script>\n{canary}\n</script>", f"<table><tr><td>{canary}</td></tr></table>",
        f"<details>\n{canary}\n</details>",
        f"```{canary}\nshown code\n```",
    ]


def hidden_inline_kinds(canary: str) -> list[str]:
    """Inline content readers never see."""
    return [
        f"<!-- {canary} -->", f"<span title=\"{canary}\">", "</span>",
        f"<a href=\"https://x.example/{canary}\">", f"<?php {canary} ?>",
        f"<!DOCTYPE {canary}>", f"<![CDATA[{canary}]]>", "<br/>",
    ]


def hidden_blocks(canary: str) -> st.SearchStrategy[str]:
    """Whole blocks readers never see."""
    return st.sampled_from(hidden_block_kinds(canary))


@st.composite
def inline(draw: st.DrawFn, canary: str | None, depth: int = 0,
           words: st.SearchStrategy[str] | None = None) -> str:
    words = _words() if words is None else words
    parts: list[str] = []
    hidden: set[int] = set()
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.integers(0, 11 if depth < 2 else 3))
        if choice <= 3:
            parts.append(draw(words))
        elif choice in (4, 5):
            mark = draw(st.sampled_from(["*", "_"])) * (choice - 3)
            parts.append(f"{mark}{draw(inline(canary, depth + 1, words))}{mark}")
        elif choice == 6:
            parts.append(f"`{draw(words).replace('`', '')}`")
        elif choice == 7:
            title = draw(st.sampled_from(["", ' "Opens the report"', " 'a (b)'"]))
            url = draw(st.sampled_from(["https://partnership.example/r", "mailto:a@b.example",
                                        "javascript:alert(1)", "http://x.example", "rel/a"]))
            parts.append(f"[{draw(words)}]({url}{title})")
        elif choice == 8:
            parts.append(f"![{draw(words)}](picture.png \"A caption\")")
        elif choice == 9:
            parts.append(draw(st.sampled_from(["  \n", "\\\n", "\n"])) + draw(words))
        elif choice == 10:
            parts.append(f"~~{draw(words)}~~")
        elif canary is not None:
            hidden.add(len(parts))
            parts.append(draw(hidden_inline(canary)))
        else:
            parts.append("<https://partnership.example/a>")
    # Mostly apart, sometimes glued: formats and hidden content inside words too.
    # (Never glued after a backslash: "\\<!-- x -->" is text readers see, not a comment.)
    glued = parts[:1]
    for number, part in enumerate(parts[1:], start=1):
        apart = number in hidden and glued[-1].endswith("\\")
        glued.append((" " if apart else draw(st.sampled_from([" ", " ", ""]))) + part)
    return "".join(glued).strip() or "text"


def _indent(text: str, prefix: str, first: str) -> str:
    lines = text.split("\n")
    return "\n".join([first + lines[0], *((prefix + line) if line else "" for line in
                                          lines[1:])])


@st.composite
def block(draw: st.DrawFn, canary: str | None, depth: int = 0,
          words: st.SearchStrategy[str] | None = None) -> str:
    words = _words() if words is None else words
    choice = draw(st.integers(0, 10 if depth < 3 else 4))
    if choice <= 2:
        return draw(inline(canary, 0, words))
    if choice == 3:
        level = draw(st.integers(1, 6))
        return "#" * level + " " + draw(inline(canary, 0, words)).replace("\n", " ")
    if choice == 4:
        if canary is not None and draw(st.booleans()):
            return draw(hidden_blocks(canary))
        return draw(st.sampled_from(["***", "```\ncode ``` here\n```", "    indented code"]))
    if choice in (5, 6):
        ordered = choice == 6
        start = draw(st.integers(0, 12)) if ordered else 1
        loose = draw(st.booleans())
        items = []
        for number in range(draw(st.integers(1, 3))):
            marker = f"{start + number}. " if ordered else "- "
            content = draw(blocks(canary, depth + 1, 2, words))
            items.append(_indent(content, " " * len(marker), marker))
        return ("\n\n" if loose else "\n").join(items)
    if choice == 7:
        inner = draw(blocks(canary, depth + 1, 2, words))
        return "\n".join(f"> {line}" if line else ">" for line in inner.split("\n"))
    if choice == 8:
        columns = draw(st.integers(1, 3))
        cell = words.map(lambda w: w.replace("|", "\\|").replace("\n", " "))
        header = [draw(cell) for _ in range(columns)]
        align = [draw(st.sampled_from(["---", ":--", "--:", ":-:"])) for _ in range(columns)]
        rows = [[draw(cell) for _ in range(columns)] for _ in range(draw(st.integers(0, 2)))]
        return "\n".join("| " + " | ".join(row) + " |" for row in [header, align, *rows])
    if choice == 9:
        return draw(inline(canary, 0, words)).replace("\n", " ") + "\n" + draw(
            st.sampled_from(["===", "---"]))
    return f"```\n{draw(words)}\n```"


@st.composite
def blocks(draw: st.DrawFn, canary: str | None, depth: int = 0, max_size: int = 5,
           words: st.SearchStrategy[str] | None = None) -> str:
    found = [draw(block(canary, depth, words)) for _ in range(draw(st.integers(1, max_size)))]
    return "\n\n".join(found)


def markdown(hidden: str | None = None, *, emphasis_marks: bool = True) \
        -> st.SearchStrategy[str]:
    """A Markdown document; with ``hidden``, some content readers never see holds it.
    Without ``emphasis_marks``, no literal ``*`` or ``_`` stands beside real emphasis."""
    return blocks(hidden, words=_words() if emphasis_marks else _plain_words())


def deep_lists(levels: int) -> str:
    return "\n".join("  " * level + f"- level {level}" for level in range(levels))


def deep_quotes(levels: int) -> str:
    return ">" * levels + " deep"
