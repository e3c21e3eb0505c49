"""Words, sentences and normalisation shared by the text checks."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from itertools import islice, repeat
from typing import Any, NamedTuple

from ..field_cache import per_text
from ..textdates import digit_lines

WORD = re.compile(r"\w+(?:['’]\w+)*")
#: A sentence's end, and the first character after the spaces that follow it (none at the
#: end of the text read). Its first character is a class of its own, not "[.!?]+": the regex
#: engine then skips to each place where a match can start instead of trying a repetition at
#: every character (twice as fast on prose).
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s+(\S)?|$)")
_NON_SPACE = re.compile(r"\S")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "e.g", "i.e", "etc", "cllr", "prof", "rev",
    "vs", "v", "approx", "para", "paras", "sch", "s", "ss", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20,
}


class Token(NamedTuple):
    text: str
    start: int
    end: int


@per_text(4096)
def _tokens(text: str) -> tuple[Token, ...]:
    # A NamedTuple's own constructor and per-match attribute look-ups are the slow part here.
    found = list(WORD.finditer(text))
    columns = zip(map(re.Match.group, found), map(re.Match.start, found),
                  map(re.Match.end, found), strict=True)
    return tuple(map(tuple.__new__, repeat(Token), columns))


@per_text(4096)
def _token_starts(text: str) -> list[int]:
    return [t.start for t in _tokens(text)]


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets in ``text``."""
    every = _tokens(text)
    if start == 0 and end is None:
        return list(every)
    starts = _token_starts(text)
    first = bisect.bisect_left(starts, start)
    stop = len(text) if end is None else end
    result = []
    for token in islice(every, first, None):
        if token.start >= stop:
            break
        if token.end <= stop:
            result.append(token)
    return result


def token_index(text: str, offset: int) -> int:
    """The index of the token at or before ``offset``."""
    return bisect.bisect_right(_token_starts(text), offset) - 1


def sentences(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """Sentence spans within one block of text (a paragraph, list item or heading)."""
    return _sentences(text, start, len(text) if end is None else end)


@per_text(16384, per_field=4)
def _sentences(text: str, start: int, stop: int) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        if text[match.start()] == ".":
            last_word = _last_word(text, begin, match.start())
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and "a" <= last_word <= "z"):
                continue
        following = match.group(1)
        if following is not None and following.islower():
            continue
        found.append(_trim(text, begin, match.end()))  # its end is no space
        begin = match.end()
    if _NON_SPACE.search(text, begin, stop):
        found.append(_trim(text, begin, stop))
    return tuple(found)


def _last_word(text: str, begin: int, end: int) -> str:
    """The last word of ``text[begin:end]`` (split at white space), in lower case, without
    opening brackets and quotation marks; read from the few characters before ``end``
    when they hold it whole, not from the whole sentence so far."""
    near = max(begin, end - 40)
    parts = text[near:end].rstrip().rsplit(None, 1)
    if near > begin and len(parts) < 2:  # the word may start before ``near``
        parts = text[begin:end].rstrip().rsplit(None, 1)
    return parts[-1].lower().strip("(\"'“‘") if parts else ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@per_text(4096)
def sentence_starts(text: str, start: int = 0, end: int | None = None) -> frozenset[int]:
    """Offsets of the first word of each sentence (capitals there say nothing)."""
    starts: set[int] = set()
    every = _tokens(text)
    token_starts = _token_starts(text)
    for s_start, s_end in sentences(text, start, end):
        index = bisect.bisect_left(token_starts, s_start)
        if index < len(every) and every[index].start < s_end and every[index].end <= s_end:
            starts.add(every[index].start)
    return frozenset(starts)


def strip_accents(value: str) -> str:
    if value.isascii():  # nothing to decompose
        return value
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65_536)
def normalise_word(word: str) -> str:
    """Case folded, accents removed, curly apostrophes straightened, possessive dropped."""
    word = strip_accents(word).casefold().replace("’", "'").replace("‘", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'")


def _ascii_table(keep: str) -> bytes:
    """A table for ``bytes.translate`` making every byte a space but the ASCII word
    characters (what ``\\w`` matches in an ASCII text) and those of ``keep``: an ASCII
    text's runs of them are then what ``split`` finds, several times faster than a
    pattern's search for each run."""
    return bytes(c if c < 128 and (chr(c).isalnum() or chr(c) in "_" + keep) else 32
                 for c in range(256))


_WORD_CHARACTERS_ONLY = _ascii_table("")
_WORD_CHARACTERS_AND_APOSTROPHES = _ascii_table("'")


@per_text(4096, per_field=4)
def word_list(text: str) -> tuple[str, ...]:
    """The words of ``text`` (its tokens' texts), kept per text: a field's are counted by
    the gates of the long-sentence and reading-age checks and read again by the latter.
    An ASCII text's are its runs of word characters and apostrophes, those holding an
    apostrophe read again by ``WORD`` (which leaves out an apostrophe at a word's edge)."""
    if not text.isascii():
        return tuple(WORD.findall(text))
    runs = text.encode("ascii").translate(_WORD_CHARACTERS_AND_APOSTROPHES).decode().split()
    if "'" not in text:
        return tuple(runs)
    words: list[str] = []
    for run in runs:
        if "'" in run:
            words += WORD.findall(run)
        else:
            words.append(run)
    return tuple(words)


def count_words(text: str) -> int:
    return len(word_list(text))


def words_in(text: str) -> list[str]:
    return [t.text for t in _tokens(text)]


def compile_phrases(phrases: list[str] | tuple[str, ...], *,
                    ignore_case: bool = True) -> re.Pattern[str] | None:
    """One regex matching any of the phrases as whole words (longest first)."""
    cleaned = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    parts = []
    for phrase in cleaned:
        escaped = re.escape(phrase).replace(r"\ ", r"\s+")
        escaped = escaped.replace("'", "['’]").replace("’", "['’]")
        parts.append(escaped)
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


def scan(pattern: re.Pattern[str], text: str,
         gate: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that cannot match without a digit, nor
    without something ``gate`` finds (a short pattern every match contains): only the lines
    holding both are read."""
    for start, end in digit_lines(text):
        if gate is None or gate.search(text, start, end) is not None:
            yield from pattern.finditer(text, start, end)


def scan_with(pattern: re.Pattern[str], text: str,
              needle: str | tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``scan`` for a pattern that cannot match without a digit nor without ``needle`` (or
    one of several; lower-case ASCII letters), in any case: only the lines holding both are
    read."""
    needles = (needle,) if isinstance(needle, str) else needle
    lowered = case_blind(text)
    for start, end in digit_lines(text):
        if lowered is None or any(lowered.find(n, start, end) >= 0 for n in needles):
            yield from pattern.finditer(text, start, end)


#: A capital letter starting a word: not after a word character, an apostrophe or a hyphen.
WORD_CAPITAL = re.compile(r"[A-Z](?<![\w'’-][A-Z])")
#: A capital letter after anything but a word character (where ``\b[A-Z]`` matches).
CAPITAL_AFTER_BOUNDARY = re.compile(r"[A-Z](?<!\w[A-Z])")


_START = re.Match.start


def matches_at(pattern: re.Pattern[str], text: str, starts: re.Pattern[str], pos: int = 0,
               endpos: int | None = None) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text, pos, endpos)`` for a pattern whose every match starts where
    ``starts`` finds something (``WORD_CAPITAL`` for ``(?<![\w'’-])[A-Z]…``): the pattern is
    tried only there, several times faster than letting the regex engine try every position
    when ``starts`` begins with a character class."""
    if pos == 0 and endpos is None and len(text) >= _SHARED_STARTS_LENGTH:
        yield from _matches_from(pattern, text, _start_offsets(starts, text), 0, len(text))
        return
    end = len(text) if endpos is None else endpos
    yield from _matches_from(pattern, text, map(_START, starts.finditer(text, pos, end)), pos, end)


#: A text at least this long keeps its start offsets: several detectors try their patterns at
#: the same starts (``CAPITAL_AFTER_BOUNDARY``, ``WORD_CAPITAL``). A shorter one (a long
#: record's many short sections) finds them again for less than keeping them costs.
_SHARED_STARTS_LENGTH = 1000


@per_text(256, per_field=4)
def _start_offsets(starts: re.Pattern[str], text: str) -> list[int]:
    return list(map(_START, starts.finditer(text)))


def _matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int], pos: int,
                  end: int) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text[pos:end]`` tried only at ``starts`` (in order, none
    before ``pos``), as ``finditer`` finds them: a start inside an earlier match is passed
    over, and the pattern still sees the text before a start (its lookbehinds, ``\\b``)."""
    last_end = pos
    match_at = pattern.match
    for at in starts:
        if at < last_end:
            continue
        match = match_at(text, at, end)
        if match is not None:
            yield match
            last_end = match.end()


class _Hit:
    """A match found in the lower-cased text, reported against the original text."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, *_: object) -> str:
        return self._text[self._start:self._end]


_RUN = re.compile(r"\w+")
_TWO_WORD_CHARS = re.compile(r"\w\w")


def _first_runs(phrases: tuple[str, ...]) -> frozenset[str] | None:
    """The first word of each phrase, or None when a phrase starts with something else."""
    firsts = set()
    for phrase in phrases:
        if not phrase.strip():
            continue
        match = _RUN.match(phrase)
        if match is None:
            return None
        firsts.add(match.group())
    return frozenset(firsts)


@per_text(512)
def _run_words(text: str) -> frozenset[str]:
    """The words (runs of word characters) of ``text``: its word tokens split at their
    apostrophes, found by one scan rather than from the tokens, which few fields need."""
    if text.isascii():
        return frozenset(text.encode("ascii").translate(_WORD_CHARACTERS_ONLY).decode().split())
    return frozenset(_RUN.findall(text))


@per_text(512)
def _lowered_run_words(text: str) -> frozenset[str]:
    """The words of ``_lowered(text)``: lower-casing that keeps the length keeps each
    character a word character or not, so they are ``text``'s words lowered, save where a
    capital sigma lowers by what surrounds it."""
    lowered = _lowered(text)
    if lowered is None or "Σ" in text:
        return _run_words(text if lowered is None else lowered)
    return frozenset(map(str.lower, _run_words(text)))


@lru_cache(maxsize=4096)
def _whole_run(word: str) -> re.Pattern[str]:
    """``word`` (a run of word characters) standing as a whole run: the word comes first, so
    that the regex engine looks for it as a literal, then the test of what precedes it."""
    escaped = re.escape(word)
    return re.compile(rf"{escaped}(?<!\w{escaped})(?!\w)")


@per_text(4096, per_field=8)
def _run_starts(text: str, words: frozenset[str]) -> list[int]:
    """Where any of ``words``, all of them words of ``text``, stands as a whole run of word
    characters, in order."""
    starts: list[int] = []
    for word in words:
        starts += map(_START, _whole_run(word).finditer(text))
    return sorted(starts)


@per_text(256)
def _lowered(text: str) -> str | None:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def case_blind(text: str) -> str | None:
    """``text`` in lower case, where a lower-case ASCII pattern finds without IGNORECASE (much
    faster) just what it finds in ``text`` with it; None when lower-casing would move offsets,
    or when ``text`` holds "ı" or "ſ", which match "i" and "s" in any case yet lower-case to
    neither."""
    lowered = _lowered(text)
    if lowered is None or "ı" in text or "ſ" in text:
        return None
    return lowered


def holds_any(text: str, words: frozenset[str], *, ignore_case: bool = False) -> bool:
    """False only when none of ``words`` stands in ``text`` as a whole run of word characters
    (in any case with ``ignore_case``, the words then in lower case): a pattern every match of
    which holds one of them so cannot match there. The text's words are found once a text and
    shared by every check, so a field without any is passed over at the cost of a set test."""
    if not ignore_case:
        return not _run_words(text).isdisjoint(words)
    if case_blind(text) is None:
        return True  # lower case would not show every way of writing them
    return not _lowered_run_words(text).isdisjoint(words)


#: No match: an iterator that is over (one serves every caller: it stays over).
_NOTHING: Iterator[Any] = iter(())


def _hits(text: str, found: Iterator[re.Match[str]]) -> Iterator[_Hit]:
    """Matches found in the lower-cased ``text``, reported against ``text``."""
    for match in found:
        yield _Hit(text, match.start(), match.end())


class Phrases:
    """Whole-word phrase matching; without case it runs on lower-cased text, which Python's
    regex engine scans several times faster than an IGNORECASE alternation."""

    def __init__(self, phrases: tuple[str, ...], ignore_case: bool) -> None:
        self.ignore_case = ignore_case
        self._phrases = phrases
        self._exact = compile_phrases(phrases, ignore_case=ignore_case)
        lowered = tuple(p.lower() for p in phrases)
        self._lower = compile_phrases(lowered, ignore_case=False) if ignore_case else None
        self._firsts = _first_runs(lowered if ignore_case else phrases)

    @property
    def first_words(self) -> frozenset[str] | None:
        """The first word (run of word characters) of each phrase, in lower case when case
        is ignored: a text none of whose words is one of them holds no match (None when a
        phrase starts with something else)."""
        return self._firsts

    @cached_property
    def needles(self) -> tuple[str, ...] | None:
        """A piece of each phrase that every match of it holds as it is written (lower case
        when case is ignored: a match is then found in the lower-cased text), or None when a
        phrase has none: the phrase with the spaces (any white space in the text) and the
        apostrophes (either kind) left out, its longest part."""
        found = []
        for phrase in self._phrases:
            if not phrase.strip():
                continue
            pieces = re.split("[ '’]", phrase.lower() if self.ignore_case else phrase)
            longest = max(pieces, key=len)
            if not longest:
                return None
            found.append(longest)
        return tuple(dict.fromkeys(found))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        end = len(text) if endpos is None else endpos
        if self._lower is not None:
            lowered = _lowered(text)
            if lowered is None:
                assert self._exact is not None
                return self._exact.finditer(text, pos, end)  # IGNORECASE: no word index
            found = self._matches(self._lower, lowered, pos, end, _lowered_run_words(text))
            return found if found is _NOTHING else _hits(text, found)
        assert self._exact is not None
        return self._matches(self._exact, text, pos, end, None)

    def _matches(self, pattern: re.Pattern[str], text: str, pos: int, end: int,
                 words: frozenset[str] | None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, end)``, trying only where a phrase's first word
        starts: every phrase starts a word, so a match can start nowhere else. A long list
        of phrases is many times faster this way than as one scan of the whole text."""
        if self._firsts is None or (0 < end < len(text)
                                    and _TWO_WORD_CHARS.match(text, end - 1) is not None):
            return pattern.finditer(text, pos, end)  # a word cut at ``end``: scan
        present = _run_words(text) if words is None else words
        if self._firsts.isdisjoint(present):
            return _NOTHING  # no phrase's first word in the text (most texts, for most lists)
        starts = _run_starts(text, self._firsts & present)
        return _matches_from(pattern, text, islice(
            starts, bisect.bisect_left(starts, pos), bisect.bisect_left(starts, end)), pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return next(self.finditer(text, pos, endpos), None)


@lru_cache(maxsize=256)
def cached_phrases(phrases: tuple[str, ...], ignore_case: bool = True) -> Phrases | None:
    """A matcher for any of the phrases as whole words (longest first), or None if empty."""
    if not any(p.strip() for p in phrases):
        return None
    return Phrases(phrases, ignore_case)


@per_text(8192)
def phrase_spans(pattern: Phrases, text: str) -> tuple[tuple[int, int], ...]:
    """Where ``pattern`` matches ``text``, kept per text so that a check reading every field
    re-reads only the fields that changed."""
    return tuple((match.start(), match.end()) for match in pattern.finditer(text))
