"""Case-blind cues read in the words before a name ("his older sister, ", "the author, "):
a pattern led by a long list of nouns, anchored at the window's end, asked only whether it
matches.

Searched as one IGNORECASE alternation, such a pattern tries every noun at every position of
an 80-character window (0.1 ms or more a window). Every match starts where one of the nouns
starts, and a noun's first run of word characters stands whole in the window (a space, a
hyphen, an apostrophe or a word boundary follows it in the pattern), so the pattern is tried
only where a word of the window is a noun's first word, with just those nouns.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RUN = re.compile(r"\w+")


class NounLedCue:
    """``template`` with ``{nouns}`` standing for an alternation of ``nouns``: every match
    starts with one of them (after what ``template`` looks at without consuming)."""

    def __init__(self, nouns: tuple[str, ...], template: str) -> None:
        self._template = template
        self._by_first: dict[str, list[str]] = {}
        for noun in sorted(set(nouns), key=len, reverse=True):
            first = _RUN.match(noun.lower())
            if first is None:
                raise ValueError(f"a cue noun must start with a word character: {noun!r}")
            self._by_first.setdefault(first.group(), []).append(noun)
        self.pattern = _compiled(template, tuple(n for ns in self._by_first.values() for n in ns))

    def found_in(self, window: str) -> bool:
        """Whether ``self.pattern`` matches anywhere in ``window``."""
        if not window.isascii():  # lower case shows every spelling only of an ASCII window
            return self.pattern.search(window) is not None
        for run in _RUN.finditer(window.lower()):
            nouns = self._by_first.get(run.group())
            if nouns is not None and _compiled(self._template, tuple(nouns)).match(
                    window, run.start()) is not None:
                return True
        return False


@lru_cache(maxsize=1024)
def _compiled(template: str, nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(template.replace("{nouns}", "|".join(re.escape(n) for n in nouns)),
                      re.IGNORECASE)
