"""Gazetteer features: which tokens of a sentence start or continue a known place or organisation name.

Names are kept in the clitic-stripped, article-less ``bare`` form the feature extractor computes, so
"والصين" and "بالصين" both match "الصين". Matching is greedy longest-first from left to right.
The names come, at training time, from data files (country names, CLDR territory names, CLDR city
names, and the knowledge base's alias files when present); the compiled list ships beside the model so
that tagging sees exactly the gazetteer the model was trained with.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path

from marsad.entities.ner.tokenize import tokenize
from marsad.errors import ModelError

log = logging.getLogger(__name__)

# CLDR territory codes that name organisations or currency areas rather than places.
CLDR_ORGS = frozenset({"UN", "EU"})
CLDR_SKIP = frozenset({"EZ", "ZZ", "QO"})


@dataclass(frozen=True, slots=True)
class GazetteerName:
    name: str
    type: str
    source: str


@dataclass(slots=True)
class Gazetteer:
    entries: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_len: int = 1
    _longest: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    """First word of a name -> the longest name it starts: most tokens start none and cost one look-up."""
    _sizes: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    """First word of a name -> the lengths of the names it starts, longest first: ``tag`` tries only
    those (a first word starts names of 1.1 lengths on average, where every length from the longest
    down to 1 was tried, each a tuple built and looked up in vain)."""

    def __post_init__(self) -> None:
        sizes: dict[str, set[int]] = {}
        for words in self.entries:
            self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))
            sizes.setdefault(words[0], set()).add(len(words))
        self._sizes = {first: tuple(sorted(lengths, reverse=True)) for first, lengths in sizes.items()}

    def tag(self, bare: list[str]) -> list[str]:
        """BIO labels (B-LOC, I-ORG, O, ...) of the longest gazetteer matches over bare token forms."""
        n = len(bare)
        out = ["O"] * n
        sizes = self._sizes
        entries = self.entries
        covered = 0  # tokens before this index are inside a match already
        # Most tokens start no name: those that can are picked in C (one set probe per token, no
        # Python step), then tried left to right as the greedy scan over every token would, each
        # with the lengths of the names it starts, longest first (no other length can match).
        for i in compress(range(n), map(sizes.__contains__, bare)):
            if i < covered:
                continue
            room = n - i
            for size in sizes[bare[i]]:
                if size > room:
                    continue
                kind = entries.get(tuple(bare[i : i + size]))
                if kind:
                    out[i] = f"B-{kind}"
                    for k in range(i + 1, i + size):
                        out[k] = f"I-{kind}"
                    covered = i + size
                    break
        return out

    def save(self, path: Path) -> None:
        with path.open("w", encoding="utf-8") as fh:
            for words, kind in sorted(self.entries.items()):
                fh.write(f"{kind}\t{' '.join(words)}\n")

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        entries: dict[tuple[str, ...], str] = {}
        try:
            for line in path.read_text(encoding="utf-8").splitlines():
                kind, words = line.split("\t")
                entries[tuple(words.split(" "))] = kind
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read gazetteer: {exc}", source=str(path)) from exc
        return cls(entries=entries, max_len=max((len(k) for k in entries), default=1))


def build_gazetteer(names: Iterable[GazetteerName], *, bare: Callable[[str], str]) -> Gazetteer:
    """Compile names into bare-form token tuples; the first type seen for a form wins."""
    entries: dict[tuple[str, ...], str] = {}
    for item in names:
        words = tuple(bare(t.text) for t in tokenize(item.name))
        if words and all(len(w) >= 2 for w in words):
            entries.setdefault(words, item.type)
    return Gazetteer(entries=entries, max_len=max((len(k) for k in entries), default=1))


def collect_names(*, gazetteers_dir: Path | None, kb_dir: Path | None) -> list[GazetteerName]:
    """Names from the shared gazetteers (when present), babel's CLDR city names, and KB alias files."""
    names: list[GazetteerName] = []
    if gazetteers_dir is not None:
        countries = gazetteers_dir / "mledoze_countries" / "countries_ar_en.csv"
        if countries.is_file():
            with countries.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    for col in ("name_ar_common", "name_ar_official"):
                        if row[col]:
                            names.append(GazetteerName(row[col], "LOC", "mledoze/countries"))
        territories = gazetteers_dir / "cldr37_ar" / "localenames" / "territories.json"
        if territories.is_file():
            data = json.loads(territories.read_text(encoding="utf-8"))
            terr = data["main"]["ar"]["localeDisplayNames"]["territories"]
            for code, name in terr.items():
                base = code.split("-")[0]
                if base in CLDR_SKIP:
                    continue
                names.append(GazetteerName(name, "ORG" if base in CLDR_ORGS else "LOC", "CLDR 37"))
    names.extend(_babel_cities())
    if kb_dir is not None and kb_dir.is_dir():
        names.extend(_kb_aliases(kb_dir))
    log.info("gazetteer: %d names", len(names))
    return names


def _babel_cities() -> list[GazetteerName]:
    """Arabic exemplar-city names of CLDR time zones (babel ships them): about 400 cities."""
    from babel import Locale

    out = []
    for zone in Locale("ar").time_zones.values():
        city = zone.get("city")
        if city and len(city) >= 3:
            out.append(GazetteerName(city, "LOC", "CLDR via babel (time-zone cities)"))
    return out


# Knowledge-base files (marsad.entities/data, kept by the linking stage) and the NER type of their names.
KB_FILES = {
    "countries.csv": "LOC",
    "country_aliases.csv": "LOC",
    "cities.csv": "LOC",
    "places.csv": "LOC",
    "orgs.csv": "ORG",
}
KB_NAME_COLUMNS = ("name_ar", "names_ar", "alias")
KB_PEOPLE = "people.yaml"
KB_BLOCKED = "blocked_aliases.csv"


def _kb_aliases(kb_dir: Path) -> list[GazetteerName]:
    """Arabic names of the knowledge base's countries, cities, places, organisations and people.

    Aliases the knowledge base blocks (words that are far more often common nouns) are left out.
    Files missing or in another layout are skipped: the gazetteer then just has fewer names.
    """
    import yaml

    blocked: set[str] = set()
    if (kb_dir / KB_BLOCKED).is_file():
        with (kb_dir / KB_BLOCKED).open(encoding="utf-8") as fh:
            blocked = {row.get("alias", "") for row in csv.DictReader(fh)}
    out: list[GazetteerName] = []
    for name, kind in KB_FILES.items():
        path = kb_dir / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for col in KB_NAME_COLUMNS:
                    for alias in (row.get(col) or "").split("|"):
                        if alias.strip() and alias.strip() not in blocked:
                            out.append(GazetteerName(alias.strip(), kind, f"knowledge base {name}"))
    people = kb_dir / KB_PEOPLE
    if people.is_file():
        data = yaml.safe_load(people.read_text(encoding="utf-8")) or {}
        for person in data.get("people", []) if isinstance(data, dict) else []:
            for alias in person.get("ar", []) if isinstance(person, dict) else []:
                if isinstance(alias, str) and alias not in blocked:
                    out.append(GazetteerName(alias, "PERS", f"knowledge base {KB_PEOPLE}"))
    return out
