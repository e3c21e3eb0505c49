"""What a prose field must hold for the sentence-context detectors (``contextual_detections``)
to find anything in it, tested before any of them reads the field.

Every one of those detectors needs at least one of:
- a capital A-Z after the field's first character, or a first word that may name someone
  (a title, or a word that is no everyday one): names, places, settings, saints, pubs,
  schools, prisons, hospitals and case names all hold a capitalised name, and a name that
  opens the field alone is one of these only when it is no everyday word (``people``) or
  when one of the words below stands beside it ("Broadwater estate");
- a sentence about a person (a pronoun, a person or family word, "old", a subject
  reference): the ages, dates, places and hospitals that count only there;
- one of the lower-case cue words of a detector that needs neither (``WORDS``: a birth or a
  death, an age's words, a role before a press-style age, a small place's or a community's
  words, a ward), an ordinal or ", the" after an age, or quotation marks with the words
  before a name typed in lower case, or "#";
- a word character beyond ASCII, where the rules above are not read (lower case could move
  the text's offsets, and the detectors' patterns read such letters as they are).
A field with none of them (a heading "Section 12", "Text of section 12.") is passed over.
The test is conservative by construction and proved so by tests comparing what the detectors
find with and without it (``tests/checks/test_contextual_gate.py``).

A record of many short fields (a long record's headings and one-line sections) has them read
together first (``RecordGate``): a few scans of their joined text find the fields holding one
of the things above, and only those, and the fields whose first word may name someone, are
read one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import batch as batches
from . import community
from .batch import LETTERS, FieldBatch, batch_of, byte_view, union
from .field_words import lower_words
from .people import opens_with_everyday_word
from .people_quoted import LOWER_NAME_TRIGGERS, QUOTES
from .people_words import FAMILY_NOUNS
from .text import FieldText

if TYPE_CHECKING:
    from .facts import RecordFacts

_WORD = re.compile(r"[a-z]+")
_CAPITAL = re.compile(r"[A-Z]")
_WORD_BEYOND_ASCII = re.compile(r"(?![\x00-\x7f])\w")
#: "celebrated his 18th" (the ordinal is all that age pattern holds beyond common words) and
#: "At 14, the…" (a pronoun or a capital after the comma is found by the rules above).
_ORDINAL_OR_THE = re.compile(r"[0-9](?i:st|nd|rd|th)|,\s+the")

#: Words that make a sentence about a person: pronouns, family roles, people.
PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})
PERSON_WORDS = frozenset(
    {"girl", "boy", "man",
     "woman", "teenager", "toddler", "infant", "pupil", "couple", "family", "household",
     "lived", "lives", "living", "moved", "grew", "born", "died", "charged", "jailed",
     "sentenced", "convicted", "stabbed", "arrested", "assaulted", "murdered", "killed",
     "injured", "mum", "teen", "pensioner", "resident"}
    | {noun.split()[-1].split("-")[-1] for noun in FAMILY_NOUNS})
#: Every word of the family roles (a role before a press-style age: "his sister, 14,").
_FAMILY_WORDS = frozenset(word for noun in FAMILY_NOUNS for word in _WORD.findall(noun.lower()))
#: A birth, a death or a date named ("born", "DOB"): dates tied to no one else count there.
_LIFE = frozenset(
    "born birth died dies death killed murdered found dead dob dod body passed away d date "
    "dated".split())
#: The words of the age patterns that need no person nearby (beyond "for", "at", "by" and
#: "of", replaced by what those patterns hold besides) and the roles before a press age.
_AGE = frozenset(
    "old birthday age aged then turned years year yo y yr yrs m am baby child boy girl infant "
    "toddler teenager man woman victim mother father grandmother grandfather son daughter "
    "partner defendant perpetrator female male sweet".split())
#: The place patterns that may hold a name with the field's first capital only
#: ("Broadwater estate", "Hexley, a small village").
_PLACE = frozenset(
    "estate traveller travellers gypsy caravan site park camp homes village hamlet town "
    "community island township settlement suburb".split())
#: Every lower-case word one of which a field must hold when it holds no capital past its
#: first word and no sentence about a person.
WORDS = (PERSON_WORDS | PRONOUNS | frozenset({"old"}) | _FAMILY_WORDS | _LIFE | _AGE | _PLACE
         | frozenset({"ward"}) | community.WORDS)


def may_find(text: str, subject_refs: Callable[[], list[tuple[int, int]]]) -> bool:
    """False only when no sentence-context detector can find anything in ``text``
    (``subject_refs``: the field's subject references, asked for last)."""
    if _CAPITAL.search(text, 1) is not None or "#" in text:
        return True
    if text[:1].isupper() and not opens_with_everyday_word(text):
        return True
    if not text.isascii() and _WORD_BEYOND_ASCII.search(text) is not None:
        return True
    words = lower_words(text)
    if not words.isdisjoint(WORDS) or _ORDINAL_OR_THE.search(text) is not None:
        return True
    if not words.isdisjoint(LOWER_NAME_TRIGGERS) and not QUOTES.isdisjoint(text):
        return True
    return bool(subject_refs())


def reads_sentences(field: FieldText) -> bool:
    """Whether the sentence-context detectors split ``field`` into sentences whatever else it
    holds (a prose field with a capital past its first character passes ``may_find`` at
    once): a pre-test that would only spare its sentences is then not worth asking."""
    return field.prose and _CAPITAL.search(field.text, 1) is not None


#: Where a run keeps the record-level gate (``facts.remember``).
_RECORD_GATE = "contextual record gate"
#: Each byte of a character beyond ASCII as "X", anything else as a space.
_BEYOND_ASCII = byte_view({}, "X")


class RecordGate:
    """The record's short fields (``batch.SHORT_FIELD``) where ``may_find`` may pass, found
    once enough fields have asked (a re-check reading one edited field never pays for the
    scans): every field holding a capital A-Z past its first character, "#", a character
    beyond ASCII, a cue word, an ordinal or ", the", or a quotation mark, and of the others
    those whose first word may name someone or that may hold a subject reference. A field
    it leaves out is one ``may_find`` passes over; a field it has not read (a long one, or
    any while it gives up) is asked about on its own."""

    def __init__(self) -> None:
        self.asked = 0
        self.built = False
        self._read: set[int] = set()
        self._passed: set[int] = set()

    def passes(self, facts: RecordFacts, field: FieldText) -> bool:
        if not self.built:
            self.asked += 1
            if self.asked < batches.GATED_FROM:
                return True
            self._build(facts)
        key = id(field)
        return key not in self._read or key in self._passed

    def _build(self, facts: RecordFacts) -> None:
        self.built = True
        fields = [field for field in facts.fields if len(field.text) <= batches.SHORT_FIELD]
        if len(fields) < batches.GATED_FROM:
            return
        batch = batch_of(fields)
        found = union(_capital_past_first(batch), batch.holding_any(("#",)),
                      batch.holding_bytes(batch.utf8.translate(_BEYOND_ASCII), (b"X",)),
                      batch.holding_words(WORDS, LETTERS), batch.holding(_ORDINAL_OR_THE),
                      batch.holding_any(tuple(QUOTES)))
        if found is None:
            return  # lower case would move the joined text's offsets: every field is asked
        passed = set(found)
        for position, field in enumerate(fields):
            if position not in passed:
                text = field.text
                if (text[:1].isupper() and not opens_with_everyday_word(text)) \
                        or facts.may_refer(field, every_field=True):
                    passed.add(position)
        self._read = {id(field) for field in fields}
        self._passed = {id(fields[position]) for position in passed}


def _capital_past_first(batch: FieldBatch) -> list[int]:
    """The fields holding a capital A-Z past their first character (a byte past their
    first: A-Z are one byte in UTF-8, and no other character's bytes are one of them)."""
    view = bytearray(batch.capitals)
    for start, field in zip(batch.utf8_starts, batch.fields, strict=True):
        if field.text:
            view[start] = 32  # the first character's (first) byte: a space
    return batch.holding_bytes(bytes(view), (b"A",))


def may_pass(facts: RecordFacts, field: FieldText) -> bool:
    """False only for a field ``may_find`` passes over, answered by the run's
    ``RecordGate`` for a short field once enough fields have asked."""
    gate: RecordGate = facts.remember(_RECORD_GATE, RecordGate)
    return gate.passes(facts, field)
