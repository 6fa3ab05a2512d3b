"""Regenerate ``data/countries.csv`` from the shared gazetteers (run by hand, the output is reviewed).

    PYTHONPATH=src python -m marsad.entities.build_countries ../shared/data/gazetteers

Rows: ISO 3166 alpha-3, English name, Arabic names (mledoze ``translations.ara``, CLDR via ``babel``),
centroid coordinates (mledoze ``latlng``), capital (English). Hand-made variants live in
``country_aliases.csv``; this file is only what the sources say.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from pathlib import Path

import babel

from marsad.language.normalize import normalize_key

FIELDS = ("iso3", "iso2", "name_en", "name_ar", "names_ar", "lat", "lon", "capital_en", "source")


def build(gazetteers: Path, out: Path) -> int:
    with gzip.open(gazetteers / "mledoze_countries" / "countries.json.gz", "rt", encoding="utf-8") as fh:
        countries = json.load(fh)
    cldr = babel.Locale("ar").territories
    rows = []
    for c in sorted(countries, key=lambda c: c["cca3"]):
        ara = c["translations"]["ara"]
        names: list[str] = []
        sources = ["mledoze/countries (ODbL)"]
        for name in (cldr.get(c["cca2"]), ara["common"], ara["official"]):
            if name and normalize_key(name) not in {normalize_key(n) for n in names}:
                names.append(name)
        if cldr.get(c["cca2"]):
            sources.append(f"CLDR via babel {babel.__version__} (Unicode licence)")
        lat, lon = c.get("latlng") or (None, None)
        rows.append(
            {
                "iso3": c["cca3"],
                "iso2": c["cca2"],
                "name_en": c["name"]["common"],
                "name_ar": names[0],
                "names_ar": "|".join(names),
                "lat": lat,
                "lon": lon,
                "capital_en": "|".join(c.get("capital") or []),
                "source": "; ".join(sources),
            }
        )
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    n = build(Path(sys.argv[1]), Path(__file__).parent / "data" / "countries.csv")
    sys.stderr.write(f"{n} countries written\n")
