"""The per-record deny-list of protected terms (C1.1), kept only as salted hashes.

Officers enter real names, schools and streets that must never appear in a published page.
The list lives in the local app-data folder (``paths.denylist_dir()``), never in the record
or beside it, and holds no plaintext: each term is normalised (accents removed, case folded,
possessive 's dropped, spaces collapsed) and hashed with the list's own random salt, together
with the hashes of its single-character deletions so that a near miss with one typo (a
missing, extra, changed or swapped character) is found as well. Each term's word count and
length are kept beside its hashes, so only text n-grams of a matching size are hashed.

Hashing keeps the terms out of sight in synced and backed-up folders. It does not stop
someone who has the app-data folder and time to guess short names: the list stays local.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import Any

from .. import paths
from ..storage.atomic import write_atomic
from .language import WORD as _WORD
from .language import tokens as word_tokens

FORMAT = "review-editor-denylist"
VERSION = 1
_MAX_WORDS = 4


@lru_cache(maxsize=65_536)  # words repeat: a long record has few distinct ones
def normalise_token(word: str) -> str:
    if not word.isascii():  # ASCII has nothing to decompose
        decomposed = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in decomposed if not unicodedata.combining(c))
    word = word.casefold().replace("’", "'").replace("‘", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'")


def normalise_term(term: str) -> str:
    """The form that is hashed: "  Jayden  O’Brien's " → "jayden o'brien"."""
    words = [normalise_token(w) for w in _WORD.findall(term)]
    return " ".join(w for w in words if w)


def _deletions(value: str) -> set[str]:
    return {value[:i] + value[i + 1:] for i in range(len(value))}


@dataclass
class _Term:
    hash: str
    words: int
    length: int
    deletions: list[str]


@dataclass(frozen=True)
class DenyMatch:
    start: int
    end: int
    exact: bool


@dataclass
class DenyList:
    """Salted hashes of protected terms; ``matches(text)`` finds them in text."""

    salt: bytes
    _terms: dict[str, _Term] = field(default_factory=dict)
    _by_deletion: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _lengths: dict[int, set[int]] = field(default_factory=dict, repr=False)
    _cache: dict[tuple[str, int], list[DenyMatch]] = field(default_factory=dict, repr=False)
    #: Per fuzzy minimum length, each word run already matched: True, False or None.
    _grams: dict[int, dict[str, bool | None]] = field(default_factory=dict, repr=False)
    _hasher: object = field(default=None, repr=False)
    version: int = field(default=0, repr=False, compare=False)

    @classmethod
    def create(cls) -> DenyList:
        return cls(salt=secrets.token_bytes(16))

    # -- hashing ---------------------------------------------------------------------------
    def _hash(self, value: str) -> str:
        if self._hasher is None:
            self._hasher = hashlib.blake2b(digest_size=16, key=self.salt)
        hasher = self._hasher.copy()  # type: ignore[attr-defined]
        hasher.update(value.encode("utf-8"))
        return hasher.hexdigest()

    # -- editing ---------------------------------------------------------------------------
    def add(self, term: str) -> bool:
        """Add a term; False if it is empty once normalised or already listed."""
        normal = normalise_term(term)
        if not normal:
            return False
        if len(normal.split()) > _MAX_WORDS:
            raise ValueError(f"a protected term has at most {_MAX_WORDS} words")
        digest = self._hash(normal)
        if digest in self._terms:
            return False
        deletions = sorted(self._hash(d) for d in _deletions(normal))
        self._index(_Term(digest, len(normal.split()), len(normal), deletions))
        self._forget()
        return True

    def remove(self, term: str) -> bool:
        """Remove a term, found by hashing it again; False if it was not listed."""
        digest = self._hash(normalise_term(term))
        entry = self._terms.pop(digest, None)
        if entry is None:
            return False
        for deletion in entry.deletions:
            owners = self._by_deletion.get(deletion)
            if owners is not None:
                owners.discard(digest)
                if not owners:
                    del self._by_deletion[deletion]
        self._lengths = {}
        for other in self._terms.values():
            self._lengths.setdefault(other.words, set()).add(other.length)
        self._forget()
        return True

    def _forget(self) -> None:
        self.version += 1
        self._cache.clear()
        self._grams.clear()

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self._hash(normalise_term(term)) in self._terms

    def __len__(self) -> int:
        return len(self._terms)

    def _index(self, entry: _Term) -> None:
        self._terms[entry.hash] = entry
        for deletion in entry.deletions:
            self._by_deletion.setdefault(deletion, set()).add(entry.hash)
        self._lengths.setdefault(entry.words, set()).add(entry.length)

    # -- matching --------------------------------------------------------------------------
    def matches(self, text: str, fuzzy_min_length: int = 5) -> list[tuple[int, int]]:
        """Spans of ``text`` that are a listed term, or one typo away from one."""
        return [(m.start, m.end) for m in self.find(text, fuzzy_min_length)]

    def find(self, text: str, fuzzy_min_length: int = 5) -> list[DenyMatch]:
        if not self._terms or not text:
            return []
        key = (text, fuzzy_min_length)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > 4096:
            self._cache.clear()
        result = self._find(text, fuzzy_min_length)
        self._cache[key] = result
        return result

    def _find(self, text: str, fuzzy_min_length: int) -> list[DenyMatch]:
        every = word_tokens(text)  # the same words the other checks read, scanned once
        words = list(map(normalise_token, map(itemgetter(0), every)))
        ends = list(accumulate(map(len, words), initial=0))
        found: dict[tuple[int, int], bool] = {}
        grams = self._grams.setdefault(fuzzy_min_length, {})
        if len(grams) > 200_000:
            grams.clear()
        for count, lengths in self._lengths.items():
            near = {n for length in lengths for n in (length - 1, length, length + 1)}
            # The joined length of each run of ``count`` words; only runs within one
            # character of a listed term's length can match it.
            sizes = [end - begin + count - 1
                     for begin, end in zip(ends, ends[count:], strict=False)]
            for first in [i for i, size in enumerate(sizes) if size in near]:
                gram = " ".join(words[first:first + count])
                if gram in grams:
                    verdict = grams[gram]
                else:
                    verdict = grams[gram] = self._match(gram, sizes[first], lengths,
                                                        fuzzy_min_length)
                if verdict is not None:
                    span = (every[first].start, every[first + count - 1].end)
                    found[span] = found.get(span, False) or verdict
        return [DenyMatch(s, e, exact) for (s, e), exact in sorted(found.items())]

    def _match(self, gram: str, size: int, lengths: set[int],
               fuzzy_min_length: int) -> bool | None:
        """True for an exact match, False for a one-typo match, None for no match."""
        if size in lengths and self._hash(gram) in self._terms:
            return True
        if size < fuzzy_min_length - 1:
            return None

        def long_enough(digests: set[str] | list[str]) -> bool:
            return any(self._terms[d].length >= fuzzy_min_length for d in digests)

        if size + 1 in lengths:  # a character missing from the text
            owners = self._by_deletion.get(self._hash(gram))
            if owners and long_enough(owners):
                return False
        if size - 1 in lengths or size in lengths:
            for deletion in _deletions(gram):
                digest = self._hash(deletion)
                if size - 1 in lengths and digest in self._terms and long_enough([digest]):
                    return False  # an extra character in the text
                if size in lengths:
                    owners = self._by_deletion.get(digest)
                    if owners and long_enough(owners):
                        return False  # a changed or swapped character
        return None

    # -- storage ---------------------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "hash": "blake2b-128-keyed",
            "salt": self.salt.hex(),
            "terms": [
                {"hash": t.hash, "words": t.words, "length": t.length, "deletions": t.deletions}
                for t in sorted(self._terms.values(), key=lambda t: t.hash)
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> DenyList:
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("not a deny-list of this version")
        denylist = cls(salt=bytes.fromhex(str(data["salt"])))
        terms: list[dict[str, Any]] = data.get("terms", [])  # type: ignore[assignment]
        for item in terms:
            denylist._index(_Term(str(item["hash"]), int(item["words"]), int(item["length"]),
                                  [str(d) for d in item["deletions"]]))
        return denylist

    def save(self, path: Path) -> None:
        """Write atomically, through the one atomic writer every save uses."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(self.to_json(), indent=1) + "\n"
        write_atomic(path, payload.encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> DenyList:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def denylist_path(record_id: object) -> Path:
    """Where a record's deny-list lives: the local app-data folder, never the record's."""
    return paths.denylist_dir() / f"{record_id}.json"


def load_denylist(record_id: object) -> DenyList:
    """The record's saved deny-list, or a new empty one (not saved until terms are added)."""
    path = denylist_path(record_id)
    if path.exists():
        return DenyList.load(path)
    return DenyList.create()
