"""The shipped gazetteer of UK settlements (``resources/data/uk-places.tsv``, from GeoNames,
CC BY 4.0), read once into a dictionary of names with the short forms people use."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from . import spelling
from .name_runs import first_names


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, int]:
    """Settlement name → largest population among places of that name."""
    places: dict[str, int] = {}
    for line in resources.read_text("data", "uk-places.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, population = line.split("\t")
        places[name] = max(places.get(name, 0), int(population))
    # the short names people use: "Newcastle", "Stoke", "Southend", "Hull"
    for full, size in list(places.items()):
        short = _SHORT_NAME.match(full)
        if short and short.group(1) not in places:
            places[short.group(1)] = size
    # "Merthyr" for "Merthyr Tydfil", "Ebbw" for "Ebbw Vale": a first word no other word is
    given_names = first_names()
    for full, size in list(places.items()):
        first, _, rest = full.partition(" ")
        if rest and " " not in rest and first not in places and len(first) > 4 \
                and not spelling.is_common_word(first) and not spelling.is_common_word(rest) \
                and first not in given_names:
            places[first] = size
    # "Hay-on-wye" as GeoNames writes it, "Hay-on-Wye" as people do
    for full, size in list(places.items()):
        river = _LOWER_AFTER_ON.search(full)
        if river:
            places.setdefault(full[:river.end() - 1] + full[river.end() - 1].upper()
                              + full[river.end():], size)
    if "Kingston upon Hull" in places:
        places.setdefault("Hull", places["Kingston upon Hull"])
    return places


@lru_cache(maxsize=1)
def settlement_needles() -> frozenset[str]:
    """A run of word characters of each gazetteer name (its longest, the least likely to
    stand in a field by chance: "Mumbles" of "The Mumbles"): a settlement found in a field
    is a name all of whose runs stand in it, so a field holding none of these as a run names
    no settlement."""
    return frozenset(max(re.findall(r"\w+", name) or [name], key=lambda run: (len(run), run))
                     for name in gazetteer())


_LOWER_AFTER_ON = re.compile(r"-(?:on|upon|under|in)-[a-z]")
_SHORT_NAME = re.compile(r"\A([A-Z][a-z]+)(?:[ -](?:upon|on|under|super|in|St)[ -])")
