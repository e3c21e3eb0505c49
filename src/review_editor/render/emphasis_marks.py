"""How emphasis is marked when a Markdown field's public copy is written.

CommonMark reads a ``*``, ``_`` or ``~~`` mark by the characters around it (its flanking
rules) and matches runs of marks by their lengths; these helpers pick marks, and character
references beside them, that read back as the emphasis the page shows.
"""

from __future__ import annotations

import itertools
import string
import unicodedata
from typing import NamedTuple

from .html_tree import Element

FORMATS = {"em": "*", "strong": "**", "del": "~~"}
#: Inline elements written starting with punctuation (a mark, a bracket, a backtick).
MARKED_INLINE = frozenset({*FORMATS, "a", "img", "code", "br"})
#: The white space Markdown strips around a paragraph or a cell (not a no-break space).
BLANK = " \t\n\r"


#: Emphasis (``em`` and ``strong``) in a block beyond which no mark is chosen one by one,
#: and the block's HTML length beyond which neither (each choice renders the block again).
MAX_CHOSEN = 6
MAX_CHOSEN_HTML = 5000
#: Characters of HTML rendered again at most while choosing one block's marks, and the
#: most choices tried: a short block may try every choice, a long one the likeliest.
CHOSEN_BUDGET = 200_000
MAX_CHOICES = 512


class ChosenMarks(NamedTuple):
    """Each emphasis's mark (``*`` or ``_``, in document order), and how the text beside
    the marks is written:

    - ``joined_before`` / ``joined_after``: a literal mark just before an emphasis opening
      with the same mark (``__x_`` for a literal ``_`` before ``_x_``), or just after one
      closing with it, joins its run rather than being escaped;
    - ``spaces_inside``: spaces at an emphasis's edge stay inside it as references;
    - ``references``: a letter beside a mark that punctuation stops from opening or
      closing is written as a reference (``*_*a*😀\\~_&#x62;*``: ``_`` between ``~`` and
      ``b`` cannot close);
    - ``tilde_references``: a letter at a strikethrough's edge beside another format's
      mark is written as a reference (``~~a~~&#x2A;``, which cmarkgfm needs when it judges
      the mark by the letter, but which lets a nested ``~~`` close too early:
      ``~~*~~1~~*~~``);
    - ``bare_tildes``: a literal ``~`` is not escaped (cmarkgfm judges a mark beside a bare
      ``~`` by the character beyond it; rendering tells whether the tildes stay text)."""

    marks: tuple[str, ...]
    joined_before: bool = False
    joined_after: bool = False
    spaces_inside: bool = False
    references: bool = False
    tilde_references: bool = True
    bare_tildes: bool = False


def chosen_marks(emphasis: int, size: int) -> list[ChosenMarks]:
    """Choices of ``*`` or ``_`` for each emphasis in the block, and of how the text
    beside the marks is written, the fewest departures from the plain writing first:
    CommonMark matches an opening and a closing run by their whole lengths (its "multiple
    of 3" rule) and reads a mark by the characters around it, so nested emphasis between
    punctuation may read back as the source's page only with runs of the source's lengths
    (``*1.**- a 1.**b c* <!-- hidden -->**- d**``: the hidden comment kept the runs apart,
    and in the copy a space written as ``&#x20;`` does) or with a letter written as a
    reference. ``emphasis``: how many ``em`` and ``strong`` the text holds; ``size``: the
    length of its HTML."""
    if not emphasis or emphasis > MAX_CHOSEN or size > MAX_CHOSEN_HTML:
        return []
    choices = list(itertools.product("*_", repeat=emphasis))
    found = [ChosenMarks(marks, *flags) for flags in _FLAGS for marks in choices]
    return found[:min(MAX_CHOICES, max(len(choices), CHOSEN_BUDGET // max(1, size)))]


def _departures(flags: tuple[bool, ...]) -> tuple[int, int]:
    """Literal marks joined on both sides or neither, spaces in or out, come first (the
    choices that settle most blocks), then the fewest other departures."""
    joined_before, joined_after, spaces_inside, references, tilde_references, bare = flags
    others = (joined_before != joined_after) + references + (not tilde_references) + bare
    return others, joined_before + joined_after + spaces_inside


#: Every way of writing the text beside the marks (``ChosenMarks`` past its marks).
_FLAGS = sorted(itertools.product((False, True), repeat=6), key=_departures)


def spaces_as_references(lead: str, core: str, trail: str) -> tuple[str, str, str]:
    """Spaces around emphasised ``core`` moved inside it as character references (a mark
    cannot open before a space nor close after one, but can beside ``&#x20;``); a line
    break stays outside."""
    if lead and not lead.strip(" "):
        lead, core = "", "&#x20;" * len(lead) + core
    if trail and not trail.strip(" "):
        core, trail = core + "&#x20;" * len(trail), ""
    return lead, core, trail


def tilde_edges_as_references(core: str, beside: tuple[bool, bool]) -> str:
    """Strikethrough's text with a letter at an edge that another format's mark touches
    written as a character reference: cmarkgfm judges a mark beside ``~~`` by the character
    beyond the ``~~`` (``~~a~~*[b](u)*`` is no emphasis: the ``*`` reads as inside a word),
    and a reference starts and ends with punctuation."""
    if not core:
        return core
    if beside[1] and word_character(core[-1]):
        core = f"{core[:-1]}&#x{ord(core[-1]):X};"
    if beside[0] and word_character(core[0]):
        core = f"&#x{ord(core[0]):X};{core[1:]}"
    return core


def ends_with_delimiter(text: str, char: str) -> bool:
    """Whether ``text`` ends with an unescaped ``char`` (an even run of backslashes)."""
    if not text.endswith(char):
        return False
    body = text[:-1]
    return (len(body) - len(body.rstrip("\\"))) % 2 == 0


def spaces_kept_inside(text: str, out: list[str], following: list[Element | str]
                        ) -> tuple[str, str, str] | None:
    """Emphasised ``text`` that starts or ends with a no-break (or other non-ASCII) space,
    as (before the mark, inside it, after it), the space kept inside: a mark cannot open
    before a space or close after one, but can next to the space's character reference
    (``*&nbsp;x*``) where the characters around let it (CommonMark's flanking rules). None
    when there is no such space or the characters around do not allow it."""
    lead = text[:len(text) - len(text.lstrip(BLANK))]
    trail = text[len(text.rstrip(BLANK)):]
    inside = text[len(lead):len(text) - len(trail)]
    opens, closes = inside[0].isspace(), inside[-1].isspace()
    if not (opens or closes):
        return None
    before = next((chunk[-1] for chunk in reversed([*out, lead]) if chunk), " ")
    if trail:
        after = trail[0]
    elif not following:
        after = " "  # the end of the line, or an enclosing mark, link or cell closes here
    elif isinstance(following[0], str) and following[0]:
        after = following[0][0]
    elif isinstance(following[0], Element) and following[0].tag in MARKED_INLINE:
        after = "!"  # written with a mark first: punctuation
    else:
        return None  # what an element starts with is not known yet
    if (opens and not space_or_punctuation(before)) \
            or (closes and not space_or_punctuation(after)):
        return None
    first, middle, last = inside[:1], inside[1:-1], inside[1:][-1:]
    if opens:
        first = f"&#x{ord(first):X};"
    if closes and last:
        last = f"&#x{ord(last):X};"
    inside = first + middle + last
    return lead, inside, trail


def as_reference_before(out: list[str], lead: str, core: str) -> None:
    """A letter just before a mark opening on punctuation, as a character reference (a
    mark between a letter and punctuation cannot open)."""
    index = next((i for i in range(len(out) - 1, -1, -1) if out[i]), None)
    if not lead and core[:1] and not word_character(core[0]) and index is not None \
            and word_character(out[index][-1]):
        out[index] = f"{out[index][:-1]}&#x{ord(out[index][-1]):X};"


def word_character(char: str) -> bool:
    """Neither space nor ASCII punctuation: what cmarkgfm reads as part of a word (a
    control character too)."""
    return bool(char) and not char.isspace() and char not in string.punctuation


def space_or_punctuation(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "PS"


def underscored(mark: str, out: list[str], following: list[Element | str],
                 core: str) -> str:
    """``_`` for ``*`` around content that starts or ends with ``*`` emphasis (``**x* y*``
    would read as strong), when the characters around let ``_`` open and close: never
    inside a word, nor next to ``_`` emphasis."""
    before = next((chunk[-1] for chunk in reversed(out) if chunk), " ")
    after = following[0][:1] if following and isinstance(following[0], str) else " "
    if before.isalnum() or after.isalnum() or core.startswith("_") \
            or ends_with_delimiter(core, "_"):
        return mark
    return mark.replace("*", "_")
