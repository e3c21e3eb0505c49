"""Words, sentences and normalisation shared by the text checks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)")
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


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets in ``text``."""
    stop = len(text) if end is None else end
    return [t for t in _tokens(text) if t.start >= start and t.end <= stop]


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Sentence spans within one block of text (a paragraph, list item or heading)."""
    stop = len(text) if end is None else end
    begin = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        before = text[begin:match.start()]
        last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        last_word = last_word.strip("(\"'“‘")
        if match.group().startswith(".") and (
            last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word)
        ):
            continue
        rest = text[match.end():stop].lstrip()
        if rest and rest[0].islower():
            continue
        if text[begin:match.end()].strip():
            yield _trim(text, begin, match.end())
        begin = match.end()
    if text[begin:stop].strip():
        yield _trim(text, begin, stop)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> set[int]:
    """Offsets of the first word of each sentence (capitals there say nothing)."""
    starts: set[int] = set()
    for s_start, s_end in sentences(text, start, end):
        for token in tokens(text, s_start, s_end):
            starts.add(token.start)
            break
    return starts


def strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_word(word: str) -> str:
    """Case folded, accents removed, curly apostrophes straightened, possessive dropped."""
    word = strip_accents(word).casefold().replace("’", "'").replace("‘", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'")


def count_words(text: str) -> int:
    return len(_tokens(text))


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


@lru_cache(maxsize=256)
def cached_phrases(phrases: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str] | None:
    return compile_phrases(phrases, ignore_case=ignore_case)
