"""The PLOVER ontology as data: types, modes, quads, PLOVER scores, CAMEO codes and Goldstein values.

Everything is read from ``data/plover_types.yaml``, ``data/cameo.csv`` and ``data/goldstein.csv``
(see ``data/README.md`` for sources, licence and the choices made where the PLOVER manual is
inconsistent). The coder asks this module for a record's quad, PLOVER score and Goldstein value so
that no number lives in code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources

import yaml

from marsad.errors import ModelError

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class ModeInfo:
    name: str
    score: float
    definition: str


@dataclass(frozen=True, slots=True)
class TypeInfo:
    name: str
    quad: int
    score: float
    requires_recipient: bool
    definition: str
    modes: dict[str, ModeInfo]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    plover_type: str
    plover_mode: str | None
    context: str
    goldstein: float | None


@dataclass(frozen=True, slots=True)
class Ontology:
    types: dict[str, TypeInfo]
    cameo: dict[str, CameoCode]
    goldstein_values: dict[str, float]

    def quad(self, event_type: str) -> int:
        return self._type(event_type).quad

    def score(self, event_type: str, mode: str | None) -> float:
        """PLOVER's conflict-cooperation score: the mode's when it has one, else the type's."""
        info = self._type(event_type)
        if mode and mode in info.modes:
            return info.modes[mode].score
        return info.score

    def goldstein(self, cameo: str | None) -> float | None:
        """The Goldstein value of a CAMEO code, falling back to its parent code (0231 -> 023 -> 02)."""
        code = cameo or ""
        while code:
            if code in self.goldstein_values:
                return self.goldstein_values[code]
            code = code[:-1] if len(code) > 2 else ""
        return None

    def is_valid(self, event_type: str, mode: str | None) -> bool:
        info = self.types.get(event_type)
        return info is not None and (not mode or mode in info.modes)

    def _type(self, event_type: str) -> TypeInfo:
        try:
            return self.types[event_type]
        except KeyError as exc:
            raise ModelError(f"unknown PLOVER type {event_type!r}") from exc


def _read(name: str) -> str:
    try:
        return resources.files("marsad.events").joinpath("data", name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"events ontology file missing: {name}") from exc


def load_ontology() -> Ontology:
    """Read the ontology data files (call through ``Context.resource`` or :class:`functools.cache`)."""
    raw = yaml.safe_load(_read("plover_types.yaml"))
    types: dict[str, TypeInfo] = {}
    for name, spec in raw.items():
        modes = {
            m: ModeInfo(name=m, score=float(v["score"]), definition=str(v["definition"]))
            for m, v in (spec.get("modes") or {}).items()
        }
        types[name] = TypeInfo(
            name=name,
            quad=int(spec["quad"]),
            score=float(spec["score"]),
            requires_recipient=bool(spec["requires_recipient"]),
            definition=str(spec["definition"]),
            modes=modes,
        )
    if tuple(types) != PLOVER_TYPES:
        raise ModelError("plover_types.yaml must list the 16 PLOVER types in manual order")
    goldstein = {
        r["cameo"]: float(r["goldstein"]) for r in csv.DictReader(io.StringIO(_read("goldstein.csv")))
    }
    cameo = {
        r["cameo"]: CameoCode(
            code=r["cameo"],
            name=r["name"],
            plover_type=r["plover_type"],
            plover_mode=r["plover_mode"] or None,
            context=r["context"],
            goldstein=goldstein.get(r["cameo"]),
        )
        for r in csv.DictReader(io.StringIO(_read("cameo.csv")))
    }
    return Ontology(types=types, cameo=cameo, goldstein_values=goldstein)
