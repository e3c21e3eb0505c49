"""Welsh words for the identification check (C1): family roles with their mutations, and the
particles of Welsh names ("Dafydd ap Gwilym", "Elin ferch Huw"). Data, kept apart from the
English lists in ``people_words.py``, which adds them to its own."""

from __future__ import annotations

#: People in a subject's life, in their dictionary (radical) form.
WELSH_FAMILY_RADICALS = (
    "mam", "tad", "rhiant", "rhieni", "brawd", "brodyr", "chwaer", "chwiorydd", "mab",
    "meibion", "merch", "merched", "mam-gu", "tad-cu", "nain", "taid", "mamgu", "tadcu",
    "llystad", "llysfam", "llysfab", "llysferch", "llysfrawd", "llyschwaer", "hanner brawd",
    "hanner chwaer", "modryb", "modrybedd", "ewythr", "ewythredd", "wncwl", "cefnder",
    "cefndryd", "cyfnither", "cyfnitheroedd", "nai", "nith", "ŵyr", "wyres", "wyrion",
    "gŵr", "gwraig", "partner", "cyn-bartner", "cariad", "plentyn", "babi", "baban",
    "efaill", "gefeilliaid", "gofalwr", "gofalwraig", "gofalwyr", "gofalwr maeth",
    "gofalwyr maeth", "mam faeth", "tad maeth", "gwarcheidwad", "cymydog", "cymdogion",
    "ffrind", "ffrindiau", "perthynas", "perthnasau", "teulu", "dioddefwr", "diffynnydd",
    "troseddwr", "camdriniwr",
)

_SOFT = {"c": "g", "p": "b", "t": "d", "b": "f", "d": "dd", "m": "f", "ll": "l", "rh": "r"}
_NASAL = {"c": "ngh", "p": "mh", "t": "nh", "g": "ng", "b": "m", "d": "n"}
_ASPIRATE = {"c": "ch", "p": "ph", "t": "th"}


def mutations(word: str) -> set[str]:
    """A Welsh word and its soft, nasal and aspirate mutations ("tad": dad, nhad, thad).

    A word's first letters change after some words ("ei dad", his father; "fy nhad", my
    father; "ei thad", her father), so a list of radicals alone misses most uses.
    """
    forms = {word}
    head = word[:2] if word[:2] in ("ll", "rh", "ch") else word[:1]
    if word[:1] in "aeiouwyŵŷ":
        forms.add("h" + word)  # "ei hewythr", her uncle
        return forms
    if head == "ch":
        return forms  # "chwaer" does not mutate
    rest = word[len(head):]
    if head == "g":
        forms.add(rest)  # "gŵr" → "ŵr"
    for table in (_SOFT, _NASAL, _ASPIRATE):
        if head in table:
            forms.add(table[head] + rest)
    return forms


def _all_forms() -> tuple[str, ...]:
    found: set[str] = {"blant", "mhlant", "phlant"}  # "plant" mutated; see below
    for phrase in WELSH_FAMILY_RADICALS:
        first, _, tail = phrase.partition(" ")
        for form in mutations(first):
            if len(form) >= 3 or form == phrase:  # "ŵr" alone is too short to be safe
                found.add(f"{form} {tail}" if tail else form)
    return tuple(sorted(found))


#: Every form of the Welsh family words, mutated ones included. "plant" (children) is left
#: out in its radical form, being an English word too; its mutations ("ei phlant") stay.
WELSH_FAMILY_NOUNS = _all_forms()

#: Particles inside Welsh names: "ap" and "ab" (son of), "ferch" and "verch" (daughter of).
WELSH_NAME_PARTICLES = ("ap", "ab", "ferch", "verch")
