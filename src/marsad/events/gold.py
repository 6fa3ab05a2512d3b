"""The event gold format: load and validate hand-annotated PLOVER events (JSON Lines, one article a line).

The format is described in ``docs/gold-format.md`` and by the JSON Schema
``marsad/schema/gold_events.schema.json``. Loading checks, beyond the schema, what a schema cannot say:
every quoted span equals ``article.text[start:end]``, the trigger lies inside its sentence, the type and
mode are PLOVER names, the codes are ISO 3166-1 alpha-3 (or one of PLOVER's non-state codes), ids unique.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jsonschema
import pycountry

from marsad.errors import InputError

log = logging.getLogger(__name__)

# PLOVER draft 2.0 types and their modes (manual tables 3.1-3.11). The gold is validated against the
# manual itself rather than the coder's ontology files, so that a gold set cannot drift with the coder.
PLOVER_MODES: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "AGREE": frozenset(),
        "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
        "SUPPORT": frozenset(),
        "CONCEDE": frozenset(),
        "COOPERATE": frozenset(),
        "AID": frozenset(),
        "RETREAT": frozenset({"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"}),
        "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
        "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
        "REJECT": frozenset({"assist", "change", "yield", "meet"}),
        "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
        "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
        "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
        "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
        "COERCE": frozenset(
            {
                "seize",
                "restrict",
                "censor",
                "curfew",
                "martial-law",
                "arrest",
                "deport",
                "withhold",
                "misinformation",
                "cyber",
            }
        ),
        "ASSAULT": frozenset(
            {
                "abduct",
                "beat",
                "torture",
                "sexual",
                "targeted",
                "destroy",
                "primitive",
                "firearms",
                "explosives",
                "suicide-attack",
                "aerial",
                "drone",
                "heavy-weapons",
                "crowd-control",
                "unconventional",
            }
        ),
    }
)
MODALITIES = frozenset({"asserted", "negated", "hypothetical", "future", "historical", "reported"})
# EVENT-CONVENTIONS §2: codes that are not countries.
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "UNK"})
SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "ELI", "MED", "BUS", "CVL", "REB", "IGO", "NGO"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldParticipant:
    text: str
    start: int
    end: int
    country: str
    sector: str | None = None
    actor: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    type: str
    mode: str | None
    source: tuple[GoldParticipant, ...]
    target: tuple[GoldParticipant, ...]
    date: str | None
    location: str | None
    location_country: str | None
    modality: str
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    id: str
    source: str
    outlet: str
    title: str
    published: str
    dateline: str | None
    text: str
    published_raw: str | None = None
    events: tuple[GoldEvent, ...] = field(default_factory=tuple)


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of one gold record (read once; the package ships it)."""
    ref = resources.files("marsad").joinpath("schema", "gold_events.schema.json")
    return json.loads(ref.read_text(encoding="utf-8"))


def _is_code(code: str) -> bool:
    return code in NON_STATE_CODES or pycountry.countries.get(alpha_3=code) is not None


def record_problems(record: dict[str, Any]) -> list[str]:
    """Everything wrong with one gold record; an empty list when it is valid."""
    validator = jsonschema.Draft202012Validator(schema())
    problems = [
        f"{'/'.join(map(str, e.path)) or '<record>'}: {e.message}" for e in validator.iter_errors(record)
    ]
    if problems:
        return problems
    text = record["article"]["text"]

    def span(where: str, quoted: str, start: int, end: int) -> None:
        if text[start:end] != quoted:
            problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {quoted!r}")

    seen: set[str] = set()
    for ev in record["events"]:
        where = f"event {ev['id']}"
        if ev["id"] in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(ev["id"])
        span(where + " sentence", ev["sentence"], ev["sentence_start"], ev["sentence_end"])
        span(where + " trigger", ev["trigger"], ev["trigger_start"], ev["trigger_end"])
        if not ev["sentence_start"] <= ev["trigger_start"] < ev["trigger_end"] <= ev["sentence_end"]:
            problems.append(f"{where}: trigger outside its sentence")
        if ev["type"] not in PLOVER_MODES:
            problems.append(f"{where}: {ev['type']!r} is not a PLOVER type")
        elif ev["mode"] is not None and ev["mode"] not in PLOVER_MODES[ev["type"]]:
            problems.append(f"{where}: {ev['mode']!r} is not a mode of {ev['type']}")
        if not ev["source"]:
            problems.append(f"{where}: no source (events with no acting side are not coded)")
        for role in ("source", "target"):
            for p in ev[role]:
                span(f"{where} {role}", p["text"], p["start"], p["end"])
                if not _is_code(p["country"]):
                    problems.append(f"{where} {role}: {p['country']!r} is not ISO 3166-1 alpha-3")
                if p["sector"] is not None and p["sector"] not in SECTORS:
                    problems.append(f"{where} {role}: unknown sector {p['sector']!r}")
        loc_country = ev.get("location_country")
        if loc_country is not None and not _is_code(loc_country):
            problems.append(f"{where}: location_country {loc_country!r} is not ISO 3166-1 alpha-3")
    return problems


def _participants(items: Iterable[dict[str, Any]]) -> tuple[GoldParticipant, ...]:
    return tuple(GoldParticipant(**p) for p in items)


def parse_record(record: dict[str, Any], *, where: str = "<record>") -> GoldArticle:
    """One validated record as a :class:`GoldArticle`; :class:`InputError` listing every problem otherwise."""
    problems = record_problems(record)
    if problems:
        raise InputError("invalid gold record: " + "; ".join(problems[:20]), source=where)
    events = tuple(
        GoldEvent(
            **{k: v for k, v in ev.items() if k not in ("source", "target", "location_country")},
            location_country=ev.get("location_country"),
            source=_participants(ev["source"]),
            target=_participants(ev["target"]),
        )
        for ev in record["events"]
    )
    return GoldArticle(**record["article"], events=events)


def iter_gold(path: Path) -> Iterator[GoldArticle]:
    """Read a gold JSON Lines file, validating each record; blank lines are skipped."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}#{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc}", source=where) from exc
            yield parse_record(record, where=where)


def load_gold(path: Path) -> list[GoldArticle]:
    """All articles of a gold file; article ids must be unique across the file."""
    articles = list(iter_gold(path))
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise InputError("duplicate article ids", source=str(path))
    log.info("gold %s: %d articles, %d events", path, len(articles), sum(len(a.events) for a in articles))
    return articles
