"""Number words, scales, qualifiers and currencies (``data/numbers.toml``) as matching-key tables,
and parsing of written numbers (240.1، ٢٤٠٫١، 8,000، 1.5)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from marsad.language.clitics import analyze
from marsad.language.normalize import normalize_key, unify_digits


@dataclass(frozen=True, slots=True)
class Currency:
    code: str | None
    adjectives: MappingProxyType[str, str]


@dataclass(frozen=True, slots=True)
class NumberTables:
    units: MappingProxyType[str, int]
    tens: MappingProxyType[str, int]
    hundreds: MappingProxyType[str, int]
    scales: MappingProxyType[str, tuple[float, str]]
    fractions: MappingProxyType[str, float]
    ordinals: MappingProxyType[str, int]
    before: tuple[tuple[tuple[str, ...], str], ...]
    """Qualifier word sequences (stems) before a number, longest first."""
    after: tuple[tuple[tuple[str, ...], str], ...]
    percent_signs: frozenset[str]
    percent_words: tuple[tuple[str, ...], ...]
    """Matching keys (norms) of the words that make a number a percentage."""
    currencies: MappingProxyType[str, Currency]
    symbols: MappingProxyType[str, str]
    ordinal_heads: frozenset[str]
    starters: frozenset[str]
    """Stems that can open a quantity (number words, ordinals, fractions, ال before digits)."""
    before_by_last: MappingProxyType[str, tuple[tuple[tuple[str, ...], str], ...]]
    """Qualifiers before a number, indexed by their last word (the token right before it)."""
    after_by_first: MappingProxyType[str, tuple[tuple[tuple[str, ...], str], ...]]

    def is_number_word(self, stem: str) -> bool:
        return stem in self.units or stem in self.tens or stem in self.hundreds or stem in self.scales


def _index(
    quals: tuple[tuple[tuple[str, ...], str], ...], at: int
) -> MappingProxyType[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, q in quals:
        out.setdefault(seq[at], []).append((seq, q))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _stem(word: str) -> str:
    return analyze(word).stem


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in phrase.split())


@cache  # read-only data, loaded once per process; immutable views handed out
def number_tables() -> NumberTables:
    raw = tomllib.loads(
        resources.files("marsad.language").joinpath("data", "numbers.toml").read_text(encoding="utf-8")
    )

    def keyed(table: dict) -> MappingProxyType:
        out = {}
        for k, v in table.items():
            out[normalize_key(k)] = v
            out.setdefault(_stem(k), v)
        return MappingProxyType(out)

    currencies: dict[str, Currency] = {}
    for spec in raw["currencies"].values():
        adjectives = MappingProxyType({_stem(a): c for a, c in spec.get("adjectives", {}).items()})
        for form in spec["forms"]:
            code = form if spec["code"] == "*" else (spec["code"] or None)
            currencies[_stem(form)] = Currency(code, adjectives)
            currencies[normalize_key(form)] = Currency(code, adjectives)

    def quals(table: dict[str, str]) -> tuple[tuple[tuple[str, ...], str], ...]:
        return tuple(sorted(((_stems(k), v) for k, v in table.items()), key=lambda x: -len(x[0])))

    units, tens, hundreds = keyed(raw["units"]), keyed(raw["tens"]), keyed(raw["hundreds"])
    scales = keyed({k: (float(v[0]), v[1]) for k, v in raw["scales"].items()})
    fractions, ordinals = keyed(raw["fractions"]), keyed(raw["ordinals"])
    before, after = quals(raw["qualifiers"]["before"]), quals(raw["qualifiers"]["after"])
    return NumberTables(
        units=units,
        tens=tens,
        hundreds=hundreds,
        scales=scales,
        fractions=fractions,
        ordinals=ordinals,
        before=before,
        after=after,
        starters=frozenset([*units, *tens, *hundreds, *scales, *fractions, *ordinals, "ال"]),
        before_by_last=_index(before, -1),
        after_by_first=_index(after, 0),
        percent_signs=frozenset(raw["percent"]["signs"]),
        percent_words=tuple(tuple(normalize_key(p).split()) for p in raw["percent"]["words"]),
        currencies=MappingProxyType(currencies),
        symbols=MappingProxyType(dict(raw["symbols"])),
        ordinal_heads=frozenset(_stem(w) for w in raw["ordinal_heads"]),
    )


def parse_number(text: str) -> float | None:
    """A written number: Western, Arabic-Indic or Persian digits; ``.`` or ``٫`` decimal mark; ``,``
    ``٬`` or ``.`` thousands marks when every group after the first has three digits (8,000 and
    1.000.000, but 1,5 is one and a half and 240.1 stays a decimal)."""
    s = unify_digits(text).replace("\u066b", ".").replace("\u066c", ",")
    if not s or not s[0].isdigit():
        return None
    try:
        if "," in s:
            head, *groups = s.split(",")
            if all(len(g) == 3 and g.isdigit() for g in groups[:-1]) and (
                len(groups[-1]) == 3 or "." in groups[-1]
            ):
                return float(head + "".join(groups))
            if len(groups) == 1 and groups[0].isdigit():
                return float(head + "." + groups[0])  # decimal comma
            return None
        if s.count(".") > 1:
            head, *groups = s.split(".")
            if all(len(g) == 3 for g in groups):
                return float(head + "".join(groups))
            return None
        return float(s)
    except ValueError:
        return None
