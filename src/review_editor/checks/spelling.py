"""Spelling: British English (C4.12) and Welsh (C4.15), fast enough to underline as the
officer types.

The dictionaries are LibreOffice's en_GB Hunspell dictionary and the Welsh one from the
``dictionary-cy`` package (``dictionaries/``; their licences beside them), read by spylls, a
pure-Python port of Hunspell, so nothing is installed on the machine. Each is loaded once, on
first use, and each word's verdict is cached.
"""

from __future__ import annotations

import gc
import re
import threading
import time
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, compress
from pathlib import Path
from typing import Any, NamedTuple

_DICTIONARIES = Path(__file__).parent / "dictionaries"
ENGLISH = "en_GB"
WELSH = "cy_GB"
_LOCK = threading.Lock()
#: Latin letters, with Welsh's ŵ and ŷ (outside Latin-1).
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿŴŵŶŷ"
_WORD = re.compile(f"[{_LETTERS}]+(?:['’-][{_LETTERS}]+)*")
_SKIP = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w.-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk|gov|nhs|"
    r"example|io|info|co|ac|sch|police|eu)\b\S*")
#: A full stop before two letters, which every domain name ``_SKIP`` matches holds (the
#: other addresses it matches hold "@", "://" or "www.").
_DOT_LETTERS = re.compile(r"\.[A-Za-z]{2}")
#: A run of word characters, apostrophes and hyphens holding a digit. Tried only where such a
#: run starts (a match can start nowhere else), not again at each of its characters.
_WORD_WITH_DIGITS = re.compile(r"(?<![\w'’-])[\w'’-]*\d[\w'’-]*")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\"“‘(]\s*)$")
_dictionaries: dict[str, Any] = {}


def _load(name: str = ENGLISH):  # type: ignore[no-untyped-def]
    found = _dictionaries.get(name)
    if found is None:
        with _LOCK:
            found = _dictionaries.get(name)
            if found is None:
                found = _dictionaries[name] = _read_dictionary(str(_DICTIONARIES / name))
    return found


def _read_dictionary(path: str):  # type: ignore[no-untyped-def]
    """``spylls.hunspell.Dictionary.from_files(path)``, made polite to the other threads.

    It runs on a worker thread while the window is in use. Read as spylls reads it, the
    95,000 entries kept the interpreter from the window for 200-300 ms at a time: the
    collector's full passes walk the half-built dictionary again and again, and the
    reading loop seldom lets the other threads in. So the entries read are left out of
    collection as the reading goes (``gc.freeze``: there is nothing to collect among them),
    and the reading steps aside every few hundred lines. It also halves the load's time.
    """
    from spylls.hunspell import Dictionary, readers
    from spylls.hunspell.readers.file_reader import FileReader

    aff, context = readers.read_aff(FileReader(path + ".aff"))
    lines = _stepping_aside(FileReader(path + ".dic", encoding=context.encoding))
    dictionary = Dictionary(aff, readers.read_dic(lines, aff=aff, context=context))
    gc.freeze()
    return dictionary


def _stepping_aside(lines: Iterable[Any], every: int = 200,
                    freeze_every: int = 5000) -> Iterator[Any]:
    for number, line in enumerate(lines):
        if number % every == 0:
            time.sleep(0)  # lets a waiting thread (the window's) have the interpreter
        if number % freeze_every == 0:
            # The entries read so far live as long as the app: the collector's full passes
            # need not walk them again.
            gc.freeze()
        yield line


def is_loaded(name: str = ENGLISH) -> bool:
    """Whether a dictionary is in memory (so a lookup will not wait for its loading)."""
    return name in _dictionaries


def preload(name: str = ENGLISH) -> None:
    """Load a dictionary now (about a second), for example on a background thread."""
    _load(name)


@lru_cache(maxsize=200_000)
def is_known(word: str, dictionary_name: str = ENGLISH) -> bool:
    """The dictionary knows ``word`` as written (capitals matter for proper nouns)."""
    if not word:
        return True
    word = word.replace("’", "'")
    dictionary = _load(dictionary_name)
    if dictionary.lookup(word):
        return True
    if word.endswith("'s") and dictionary.lookup(word[:-2]):
        return True
    if "-" in word:
        return all(is_known(part, dictionary_name) for part in word.split("-") if part)
    if dictionary_name == WELSH and "'" in word:
        return _welsh_contraction_known(word)
    return False


#: Welsh's short forms after an apostrophe: "asiantaethau'n" (yn), "â'r" (yr), "gyda'i" (ei).
_WELSH_ENCLITICS = frozenset({"n", "r", "i", "u", "m", "th", "w", "ch", "ma", "na"})


def _welsh_contraction_known(word: str) -> bool:
    head, _, tail = word.rpartition("'")
    if not head or tail.lower() not in _WELSH_ENCLITICS:
        return False
    return is_known(head, WELSH) or is_known(head.lower(), WELSH)


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """A lower-case dictionary word ("safety", "review"), not only a proper noun."""
    return is_known(word.lower())


def suggestions(word: str, limit: int = 6, dictionary_name: str = ENGLISH) -> list[str]:
    """Corrections for a misspelt word, best first (takes a fraction of a second)."""
    found: list[str] = []
    for suggestion in _load(dictionary_name).suggest(word.replace("’", "'")):
        if suggestion not in found:
            found.append(suggestion)
        if len(found) >= limit:
            break
    return found


class Speller:
    """A dictionary plus extra known words (a partnership's list, a record's own names)."""

    def __init__(self, words: Iterable[str] = (), dictionary_name: str = ENGLISH) -> None:
        self.dictionary_name = dictionary_name
        self.extra = {w.casefold().replace("’", "'") for w in words if w}
        self._verdicts: dict[str, bool] = {}
        self._kinds: dict[str, int] = {}  # what each word read so far is (``_kind``)
        self._harmless_runs: set[str] = set()  # runs of text between spaces, all harmless
        self._texts: dict[str, Misspelt] = {}

    def known(self, word: str) -> bool:
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._verdicts[word] = self._known(word)
        return verdict

    def _known(self, word: str) -> bool:
        folded = word.casefold().replace("’", "'")
        if folded in self.extra or folded.removesuffix("'s") in self.extra:
            return True
        if is_known(word, self.dictionary_name):
            return True
        if word[:1].isupper() and is_known(word.lower(), self.dictionary_name):
            return True
        if "-" in word:
            return all(self.known(part) for part in word.split("-") if part)
        return False

    def _kind(self, word: str) -> int:
        """Where ``misspellings`` reports ``word``: nowhere (``HARMLESS``: a known word, a
        single letter, a word in capitals), wherever it stands (``UNKNOWN``) or only where a
        sentence starts (``UNKNOWN_NAME``: a capitalised word elsewhere is taken for a
        name). It depends on the word alone, so it is settled once for each distinct word."""
        kind = self._kinds.get(word)
        if kind is None:
            if len(self._kinds) > _MOST_WORDS:
                self._kinds.clear()
            kind = HARMLESS if len(word) < 2 or word.isupper() or self.known(word) \
                else UNKNOWN_NAME if word[0].isupper() else UNKNOWN
            self._kinds[word] = kind
        return kind

    def _kinds_of(self, words: list[str]) -> list[int]:
        """``_kind`` of each of ``words``, read in C for the words already settled."""
        kinds = list(map(self._kinds.get, words))
        if None in kinds:
            kinds = list(map(self._kind, words))
        return kinds  # type: ignore[return-value]

    def misspellings(self, text: str) -> list[tuple[int, int, str]]:
        """Unknown words as (start, end, word).

        Skipped: words in capitals, words with digits, web and email addresses, domain
        names, and capitalised words that do not start a sentence (usually names).
        """
        return list(zip(*self.unknown_words(text), strict=True))

    def unknown_words(self, text: str) -> Misspelt:
        """What ``misspellings`` finds, as the lists of their starts, ends and words."""
        cached = self._texts.get(text)
        if cached is not None:
            return cached
        if len(self._texts) > 20_000:
            self._texts.clear()
        result = self._texts[text] = self._unknown_words(text)
        return result

    def spelt_right(self, text: str) -> bool:
        """True when ``misspellings`` finds nothing in ``text``: each of its words is known,
        a single letter or in capitals, or capitalised where no sentence starts (a name);
        False when one may be reported. The runs of text between spaces that hold only
        harmless words are remembered."""
        runs = self._harmless_runs
        if len(runs) > 200_000:
            runs.clear()
        kinds = self._kinds
        # A word never holds white space: the text's words are its runs' words. A run whose
        # words are all harmless ("review,", "2019/20") need not be read again.
        for run in set(text.split()).difference(runs):
            all_harmless = True
            for word in _WORD.findall(run):
                kind = kinds.get(word)
                if kind is None:
                    kind = self._kind(word)
                if kind == HARMLESS:
                    continue
                if kind == UNKNOWN or _may_start_sentence(text, word):
                    return False
                all_harmless = False
            if all_harmless:
                runs.add(run)
        return True

    def _unknown_words(self, text: str) -> Misspelt:
        # The text split at its words: the text before the first word, the word, the text
        # up to the next one, and so on; each word's place is the length of what precedes it.
        parts = _WORD_AND_GAP.split(text)
        words = parts[1::2]
        kinds = self._kinds_of(words)
        if not any(kinds):
            return _NONE  # most texts
        ends = list(accumulate(map(len, parts)))
        starts = ends[0:-1:2]
        if UNKNOWN_NAME in kinds:
            _names_kept_at_sentence_starts(text, starts, kinds)
        if _may_skip(text):
            _leave_out(kinds, starts, ((m.start(), m.end()) for m in _SKIP.finditer(text)))
        if _has_digit(text):  # what every word with digits holds
            _leave_out(kinds, starts, ((m.start(), m.end())
                                       for m in _WORD_WITH_DIGITS.finditer(text)))
        return Misspelt(list(compress(starts, kinds)), list(compress(ends[1::2], kinds)),
                        list(compress(words, kinds)))


class Misspelt(NamedTuple):
    """The words ``Speller.misspellings`` reports in a text, in order: where each starts
    and ends, and the word."""

    starts: list[int]
    ends: list[int]
    words: list[str]


_NONE = Misspelt([], [], [])
#: What a word is to ``Speller.misspellings`` (``Speller._kind``).
HARMLESS, UNKNOWN, UNKNOWN_NAME = 0, 1, 2
#: The distinct words a speller remembers the kind of (a long record holds a few tens of
#: thousands): past it, it starts again.
_MOST_WORDS = 500_000
#: ``_WORD`` as a group: ``split`` gives the text between words and the words in turn.
_WORD_AND_GAP = re.compile(f"({_WORD.pattern})")


def _may_skip(text: str) -> bool:
    """Whether ``text`` holds what every ``_SKIP`` match holds (each looked for in C, not
    by one pattern of alternatives tried at every character)."""
    return "@" in text or "://" in text or "www." in text or _DOT_LETTERS.search(text) is not None


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit: in an ASCII text, one of the ten, each looked for in
    C; in any other, any decimal digit (what ``\\d`` matches)."""
    if text.isascii():
        return any(map(text.__contains__, _ASCII_DIGITS))
    return _DIGIT.search(text) is not None


def _names_kept_at_sentence_starts(text: str, starts: list[int], kinds: list[int]) -> None:
    """Each ``UNKNOWN_NAME`` of ``kinds`` as ``UNKNOWN`` where its word (at ``starts``)
    starts a sentence, and as ``HARMLESS`` anywhere else (a name)."""
    at = -1
    search = _SENTENCE_START.search
    while True:
        try:
            at = kinds.index(UNKNOWN_NAME, at + 1)
        except ValueError:
            return
        start = starts[at]
        kinds[at] = UNKNOWN if search(text[max(0, start - 3):start]) else HARMLESS


def _leave_out(kinds: list[int], starts: list[int], spans: Iterable[tuple[int, int]]) -> None:
    """Each word starting inside any of ``spans`` as ``HARMLESS``."""
    for start, end in spans:
        for at in range(bisect_left(starts, start), bisect_left(starts, end)):
            kinds[at] = HARMLESS


def _may_start_sentence(text: str, word: str) -> bool:
    """Whether ``word`` stands anywhere in ``text`` where ``misspellings`` takes it for the
    first word of a sentence (it passes over a capitalised word anywhere else)."""
    at = text.find(word)
    while at >= 0:
        if _SENTENCE_START.search(text[max(0, at - 3):at]):
            return True
        at = text.find(word, at + 1)
    return False


_DEFAULT = Speller()


@lru_cache(maxsize=16)
def speller_for(words: frozenset[str], dictionary_name: str = ENGLISH) -> Speller:
    """A shared speller for a set of extra words, so its caches outlive one check run."""
    return Speller(words, dictionary_name)


def misspellings(text: str, words: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """Misspelt words in ``text`` as (start, end, word); ``words`` are extra known words
    (for example the partnership's word list and the record's names)."""
    extra = frozenset(words)
    speller = speller_for(extra) if extra else _DEFAULT
    return speller.misspellings(text)
