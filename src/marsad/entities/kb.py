"""The actor knowledge base: countries, places, organisations, groups, media, office holders.

Everything is read from the reviewed data files in ``data/`` (see its README for sources and licences).
Load it once per run with :func:`load_kb` (cached by :meth:`marsad.pipeline.Context.resource`), or
:meth:`KnowledgeBase.load` for an explicit object. The events coder uses :meth:`KnowledgeBase.lookup_place`
and :meth:`KnowledgeBase.holder`; the linker uses the rest.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from marsad.entities.match import AliasMatcher, Pattern
from marsad.errors import ModelError
from marsad.language.normalize import light_key, normalize_key

if TYPE_CHECKING:
    from marsad.pipeline import Context

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
# libyaml's loader when PyYAML was built with it: the people file loads ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Offices in the order a person's role is reported when they hold several on one day.
OFFICE_RANK = (
    "monarch",
    "supreme_leader",
    "president",
    "prime_minister",
    "crown_prince",
    "head",
    "foreign_minister",
    "defence_minister",
    "envoy",
    "ambassador",
)
FUZZY_MAX_PER_ANCHOR = 6
CLITIC_LETTERS = "وفبلك"
"""One-letter proclitics a fuzzy anchor word may carry (وبوتين، لبوتين)."""
NISBA_ENDINGS = ("ي", "ية", "يون", "يين", "يان", "يتان", "يات")


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    kind: str
    """country, city, place, IGO, NGO, GRP, GOV (metonym), COL (collective), MED, person."""
    name_en: str
    name_ar: str
    type: str
    """PERS, ORG, LOC (seas, regions), GPE (countries and cities: a LOC that can act, finer than NER's
    LOC), or MISC: the type the actor's mentions carry."""
    country: str | None = None
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    capital: bool = False
    source: str = ""


@dataclass(frozen=True, slots=True)
class Office:
    person: str
    office: str
    """president, prime_minister, ..., ambassador:<host ISO3>, head, envoy:<ISO3>."""
    where: str
    """The state (ISO3) or organisation id (IGO:UN, GRP:HAMAS) the office belongs to."""
    start: str
    end: str | None
    """Exclusive; None while in office."""

    @property
    def role(self) -> str:
        return f"{self.office}@{self.where}"

    def covers(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date < self.end)


@dataclass(frozen=True, slots=True)
class Place:
    """What the events coder needs of a place name."""

    name: str
    actor: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class FuzzyAlias:
    key: str
    actor: str
    tokens: int


@dataclass(frozen=True, slots=True)
class Homograph:
    """A country's name that is also another country's city (``rules.yaml``: ``homographs``)."""

    country: str
    city: str
    city_mark: str
    country_mark: str
    country_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class AnaphorGuard:
    """What an anaphor may refer back to and where it is no anaphor (``rules.yaml``: ``anaphor_guards``)."""

    antecedents: frozenset[str]
    """Ids of the actors one of whose names holds the anaphor's head word (وكالة رويترز، الأونروا's وكالة غوث)."""
    not_after: frozenset[str]
    """Proclitic letters after which the word is another word (بالوكالة "by proxy", "acting")."""
    new_name: frozenset[str]
    """Keys of words after it that make it a new name (الوكالة الوطنية للإعلام), not a reference back."""
    reporting: frozenset[str]
    """Keys of words before it that make it the reporter ("ولفتت الوكالة"، "بحسب الوكالة"): an outlet first."""


@dataclass(slots=True)
class Rules:
    proclitics: list[str]
    locative: frozenset[str]
    nickname_modifiers: frozenset[str]
    chain_stop: frozenset[str]
    chain_window: int
    anaphors: dict[str, str]
    no_auto_short: frozenset[str]
    former: frozenset[str]
    previous: frozenset[str]
    homographs: dict[str, Homograph] = field(default_factory=dict)
    """normalize_key(name) -> the homograph."""
    evidenced: dict[str, frozenset[str]] = field(default_factory=dict)
    """Place actor -> the countries one of which the story must name for the place's bare name to be it
    (``rules.yaml``: ``evidenced_places``; سيول is "floods" in a story naming no Korea)."""
    day_parts: frozenset[str] = frozenset()
    """Keys of the parts of a day (صباح، مساء): with a weekday after, an NER span is a time, not a name."""
    letter_names: frozenset[str] = frozenset()
    """Keys of the names of Latin letters (بي، سي، إس): an unlinked NER span of these alone is no actor."""
    deputies: frozenset[str] = frozenset()
    """Keys of the words before a title that name its holder's deputy (نائب الرئيس): no apposed name."""
    place_heads: frozenset[str] = frozenset()
    """Keys of the words that head a place's name, not an organisation's (كورنيش جدة): an NER organisation span
    they begin leaves the place inside it as it is (event5)."""
    anaphor_guards: dict[str, AnaphorGuard] = field(default_factory=dict)
    """normalize_key(anaphor) -> its guard (made once the actors are loaded)."""
    division_words: frozenset[str] = frozenset()
    """Keys of the words between a local office and its place (منطقة، محافظة، ولاية): event6."""
    local_offices: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Key of a local office or body word (أمير، محافظ، أمانة) -> (type, sector) of the office + place it heads
    (``local_offices.csv``): "أمير منطقة عسير" is SAU's GOV (event6)."""
    office_heads: frozenset[str] = frozenset()
    """Keys of the posts, deputies' included, whose genitive a national body or state title is (رئيس مجلس الوزراء،
    نائب خادم الحرمين الشريفين): no entity there (event7)."""
    office_adjectives: frozenset[str] = frozenset()
    """Keys of a post's adjectives between it and its genitive (الأمين العام لـ...): event7."""
    spokesmen: frozenset[str] = frozenset()
    """Keys of the spokesman words (المتحدث، الناطق) whose body after them they speak for (event7)."""
    spokesman_adjectives: frozenset[str] = frozenset()
    """Keys of a spokesman's adjectives (الرسمي، الإعلامي) between him and باسم or the body (event7)."""
    national_bodies: dict[str, str] = field(default_factory=dict)
    """Key -> sector of the bodies every state names without its country (مجلس الوزراء، مجلس الشورى; ``national_bodies.csv``):
    sector words whose bare use takes the story's one country (event7)."""
    national_body_actors: dict[tuple[str, str], str] = field(default_factory=dict)
    """(body key, country) -> the actor a bare national body is in that country's stories, where it is not the
    state's (rules.yaml ``national_body_actors``: Syria's civil defence is the White Helmets; event8)."""


@dataclass(slots=True)
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    offices: dict[tuple[str, str], list[Office]] = field(default_factory=dict)
    person_offices: dict[str, list[Office]] = field(default_factory=dict)
    entries: list[tuple[str, Pattern]] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)
    """normalize_key(name) -> actor id of a country, city or place."""
    sector_priority: dict[str, int] = field(default_factory=dict)
    person_words: set[str] = field(default_factory=set)
    """Sector words that name people (وزير، جنود، التجار): a composed actor with one is PERS, else ORG."""
    sector_changes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """Actor -> (since, sector), sorted: طالبان is REB until 2021-08-15, GOV after."""
    fuzzy: dict[str, list[FuzzyAlias]] = field(default_factory=dict)
    """First or last word of a multi-word person alias -> the aliases (typo tolerance)."""
    fuzzy_words: frozenset[str] = frozenset()
    """The keys of ``fuzzy``, bare and after one of ``CLITIC_LETTERS`` (وبوتين): the words of a story
    that can anchor a fuzzy name, found by one set probe per word (made with ``fuzzy``)."""
    anchor_memo: dict[str, tuple] = field(default_factory=dict)
    """``phrases.add_fuzzy``'s memo: anchor word -> (its aliases, then what ``phrases._aliases_of`` gives for
    them), made at the anchor's first turn (the knowledge base's own, not a module global)."""
    broken_plurals: set[str] = field(default_factory=set)
    """Keys of broken-plural nisbas (الروس، الأتراك): people of a country."""
    blocked: dict[str, str] = field(default_factory=dict)
    """Aliases not matched on their own (مالي), by key: linked only when NER tags the span LOC."""
    place_spellings: dict[str, frozenset[str]] = field(default_factory=dict)
    """Place actor -> the :func:`light_key` spellings of its names (hamza seats kept), for telling a
    word written with a hamza from a name written without (فأس "axe" is not فاس, Fez)."""
    person_keys: list[str] = field(default_factory=list)
    """Every full person alias key (for fuzzy linking of NER PERS spans), with ``person_key_actors``."""
    person_key_actors: list[str] = field(default_factory=list)
    coverage: tuple[str, str] = ("2015-01-01", "2026-11-26")
    president_heads_government: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    """State -> the (start, exclusive end) periods in which it had no prime minister and its president
    headed the government (``people.yaml``: ``president_heads_government``)."""
    rules: Rules | None = None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> KnowledgeBase:
        try:
            kb = cls()
            kb._load(data_dir)
        except (OSError, KeyError, ValueError, yaml.YAMLError) as exc:
            raise ModelError(f"cannot load the actor knowledge base from {data_dir}: {exc}") from exc
        log.info("knowledge base: %d actors, %d aliases", len(kb.actors), len(kb.entries))
        return kb

    def _load(self, d: Path) -> None:
        rules = yaml.safe_load((d / "rules.yaml").read_text(encoding="utf-8"))
        self.rules = Rules(
            proclitics=list(rules["proclitics"]),
            locative=_key_set(rules["locative"]),
            nickname_modifiers=_key_set(rules["nickname_modifiers"]),
            chain_stop=_key_set(rules["chain_stop"]),
            chain_window=int(rules["chain_window"]),
            anaphors={normalize_key(k): v for k, v in rules["anaphors"].items()},
            no_auto_short=_key_set(rules["no_auto_short"]),
            former=_key_set(rules["former"]["all"]),
            previous=_key_set(rules["former"]["previous"]),
            homographs={
                normalize_key(h["name"]): Homograph(
                    country=h["country"],
                    city=h["city"],
                    city_mark=h["city_mark"],
                    country_mark=h["country_mark"],
                    country_words=_key_set(h["country_words"]),
                )
                for h in rules.get("homographs", [])
            },
            day_parts=_key_set(rules.get("day_parts", [])),
            letter_names=_key_set(rules.get("letter_names", [])),
            deputies=_key_set(rules.get("deputies", [])),
            place_heads=_key_set(rules.get("place_heads", [])),
            division_words=_key_set(rules.get("division_words", [])),
            office_heads=_key_set(rules.get("office_heads", []) + rules.get("deputies", [])),
            office_adjectives=_key_set(rules.get("office_adjectives", [])),
            spokesmen=_key_set(rules.get("spokesmen", [])),
            spokesman_adjectives=_key_set(rules.get("spokesman_adjectives", [])),
            local_offices={
                normalize_key(r["word"]): (r["type"], r["sector"]) for r in _rows(d / "local_offices.csv")
            },
        )
        blocked = frozenset(normalize_key(r["alias"]) for r in _rows(d / "blocked_aliases.csv"))
        self._load_countries(d, blocked)
        self._load_places(d, blocked)
        self.rules.evidenced = {
            self.places[normalize_key(h["name"])]: frozenset(h["countries"])
            for h in rules.get("evidenced_places", [])
        }
        self._load_orgs(d)
        auto_shorts = self._load_people(d)
        for r in _rows(d / "sectors.csv"):
            # The list gives each word once; its definite form (جيش -> الجيش) is made here.
            forms = [r["word"]] if r["word"].startswith("ال") else [r["word"], "ال" + r["word"]]
            for form in forms:
                self.entries.append((form, Pattern("sector", r["sector"])))
                if r["person"] == "1":
                    self.person_words.add(normalize_key(form))
        for r in _rows(d / "sector_changes.csv"):
            self.sector_changes.setdefault(r["actor"], []).append((r["since"], r["sector"]))
        for changes in self.sector_changes.values():
            changes.sort()
        for word, kind in self.need_rules().anaphors.items():
            self.entries.append((word, Pattern("anaphor", kind)))
        for r in _rows(d / "roles.csv"):
            self.entries.append((r["phrase"], Pattern("role", r["office"])))
        # event7 (session 17): a title that is one state's office in itself ("خادم الحرمين الشريفين": the Saudi
        # monarch), read as a role whose office carries its state, "monarch@SAU"
        for r in _rows(d / "state_titles.csv"):
            self.entries.append((r["phrase"], Pattern("role", f"{r['office']}@{r['country']}")))
        # event7: national bodies are sector words (a nisba after them composes: "مجلس الشورى السعودي")
        bodies = _rows(d / "national_bodies.csv")
        for r in bodies:
            self.entries.append((r["body"], Pattern("sector", r["sector"])))
        # keyed as the matcher keys them: an ال name after ل keeps its لل ("للدفاع المدني"), so both forms are held
        self.rules.national_bodies = {
            form: r["sector"] for r in bodies for form in _with_lam_forms(normalize_key(r["body"]))
        }
        # event8 (session 17): a body that, in one country's stories, is not that state's (keyed in both forms too)
        for body, by_country in (rules.get("national_body_actors") or {}).items():
            for form in _with_lam_forms(normalize_key(body)):
                for country, actor in by_country.items():
                    self.rules.national_body_actors[(form, country)] = actor
        self.sector_priority = {r["sector"]: int(r["priority"]) for r in _rows(d / "sector_priority.csv")}
        # A surname made a short alias by rule is dropped when it is already another reading: a nisba
        # (أغوستين روسي -> روسي "Russian"), a sector or role word, or another actor's alias.
        taken: dict[str, set[str]] = {}
        for name, pattern in self.entries:
            taken.setdefault(normalize_key(name), set()).add(pattern.payload)
        for surname, pid in auto_shorts:
            if taken.get(normalize_key(surname), {pid}) <= {pid}:
                self.entries.append((surname, Pattern("short", pid)))
        self.rules.anaphor_guards = self._anaphor_guards(rules.get("anaphor_guards", {}))

    def _anaphor_guards(self, spec: dict[str, dict]) -> dict[str, AnaphorGuard]:
        """``anaphor_guards`` with each anaphor's antecedents: the actors one of whose names holds its head word,
        bare or definite (وكالة رويترز، الوكالة الدولية للطاقة الذرية), whatever their kind."""
        guards: dict[str, AnaphorGuard] = {}
        for word, g in spec.items():
            head = normalize_key(g["head"])
            heads = {head, normalize_key("ال" + head)}
            antecedents = frozenset(
                pattern.payload
                for name, pattern in self.entries
                if pattern.kind == "actor" and heads & set(normalize_key(name).split())
            )
            guards[normalize_key(word)] = AnaphorGuard(
                antecedents=antecedents,
                not_after=frozenset(g.get("not_after", [])),
                new_name=_key_set(g.get("new_name", [])),
                reporting=_key_set(g.get("reporting", [])),
            )
        return guards

    def _add_actor(
        self, actor: Actor, names: list[str], *, kind: str = "actor", blocked: frozenset[str] = frozenset()
    ) -> None:
        if actor.id in self.actors and self.actors[actor.id] != actor:
            raise ValueError(f"actor id {actor.id} defined twice")
        self.actors[actor.id] = actor
        for name in names:
            if name and normalize_key(name) not in blocked:
                self.entries.append((name, Pattern(kind, actor.id)))

    def _load_countries(self, d: Path, blocked: frozenset[str]) -> None:
        aliases: dict[str, list[str]] = {}
        for r in _rows(d / "country_aliases.csv"):
            aliases.setdefault(r["iso3"], []).append(r["alias"])
        for r in _rows(d / "countries.csv"):
            names = r["names_ar"].split("|") + aliases.get(r["iso3"], [])
            actor = Actor(
                id=r["iso3"],
                kind="country",
                name_en=r["name_en"],
                name_ar=r["name_ar"],
                type="GPE",
                country=r["iso3"],
                lat=_float(r["lat"]),
                lon=_float(r["lon"]),
                source=r["source"],
            )
            self._add_place(actor, names, blocked)
        for r in _rows(d / "nisba.csv"):
            for form in nisba_forms(r["stem"], second=r["second"] or None):
                self.entries.append((form, Pattern("nisba", r["iso3"])))
            for form in filter(None, r["broken_plurals"].split("|")):
                self.entries.append((form, Pattern("nisba", r["iso3"])))
                self.broken_plurals.add(normalize_key(form))

    def _load_places(self, d: Path, blocked: frozenset[str]) -> None:
        for r in _rows(d / "cities.csv"):
            names = r["names_ar"].split("|")
            actor = Actor(
                id=f"city:{r['id']}",
                kind="city",
                name_en=r["name_en"],
                name_ar=names[0],
                type="GPE",
                country=r["country"] or None,
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                capital=r["capital"] == "1",
                source=r["source"],
            )
            self._add_place(actor, names, blocked)
        for r in _rows(d / "places.csv"):
            names = r["names_ar"].split("|")
            # A former state acts (the events coder reads "place:" ids as places that cannot act).
            prefix = "state" if r["kind"] == "former_state" else "place"
            actor = Actor(
                id=f"{prefix}:{r['id']}",
                kind=r["kind"],
                name_en=r["name_en"],
                name_ar=names[0],
                # A former state (the Soviet Union) acted like a country; seas and regions do not.
                type="GPE" if r["kind"] == "former_state" else "LOC",
                country=r["country"] or None,
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                source=r["source"],
            )
            self._add_place(actor, names, blocked)

    def _add_place(self, actor: Actor, names: list[str], blocked: frozenset[str]) -> None:
        """A country, city or place: its names go to the matcher and the place lookup, except names that
        are also common words (مالي، البيضاء), kept aside for when the NER tags the span LOC."""
        self._add_actor(actor, names, blocked=blocked)
        spellings = self.place_spellings.get(actor.id, frozenset())
        self.place_spellings[actor.id] = spellings | {light_key(n) for n in names if n}
        for n in names:
            key = normalize_key(n)
            if key in blocked:
                self.blocked.setdefault(key, actor.id)
            else:
                self.places.setdefault(key, actor.id)

    def _load_orgs(self, d: Path) -> None:
        for r in _rows(d / "orgs.csv"):
            names = r["names_ar"].split("|")
            actor = Actor(
                id=r["id"],
                kind=r["kind"],
                name_en=r["name_en"],
                name_ar=names[0],
                type="ORG",
                country=r["country"] or None,
                sector=r["sector"] or None,
                source=r["source"],
            )
            self._add_actor(actor, names)

    def _load_people(self, d: Path) -> list[tuple[str, str]]:
        """Load the office holders; returns the surnames to add as short aliases once every other
        alias is known (see ``_load``)."""
        auto_shorts: list[tuple[str, str]] = []
        doc = yaml.load((d / "people.yaml").read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        cov = doc.get("coverage") or {}
        self.coverage = (str(cov.get("start", self.coverage[0])), str(cov.get("end", self.coverage[1])))
        for rule in doc.get("president_heads_government", []):
            end = rule.get("end")
            period = (str(rule.get("start", "0000-01-01")), None if end is None else str(end))
            self.president_heads_government.setdefault(rule["country"], []).append(period)
        for p in doc["people"]:
            pid = f"person:{p['id']}"
            names: list[str] = list(p["ar"])
            actor = Actor(
                id=pid,
                kind="person",
                name_en=p["en"],
                name_ar=names[0],
                type="PERS",
                country=p["country"],
                sector=p.get("sector"),
                source=p.get("source", doc["source"]),
            )
            self._add_actor(actor, names)
            shorts = list(p.get("short", []))
            known = {normalize_key(n) for n in names}
            no_auto = self.need_rules().no_auto_short | known | {normalize_key(s) for s in shorts}
            auto_shorts.extend((surname, pid) for surname in _auto_surnames(names, no_auto=no_auto))
            for s in shorts:
                if normalize_key(s) not in known:
                    self.entries.append((s, Pattern("short", pid)))
            for n in names:
                self.person_keys.append(normalize_key(n))
                self.person_key_actors.append(pid)
                toks = normalize_key(n).split()
                if len(toks) >= 2:
                    for anchor in {toks[0], toks[-1]}:
                        self.fuzzy.setdefault(anchor, []).append(FuzzyAlias(normalize_key(n), pid, len(toks)))
            for spec in p.get("offices", []):
                office, where, start, end = spec.split()
                o = Office(pid, office, where, start, None if end == "-" else end)
                self.offices.setdefault((office, where), []).append(o)
                self.person_offices.setdefault(pid, []).append(o)
        # An anchor shared by many names (محمد، عبد) finds nothing specific and costs time: dropped.
        self.fuzzy = {k: v for k, v in self.fuzzy.items() if len(v) <= FUZZY_MAX_PER_ANCHOR}
        self.fuzzy = _strong_anchors(self.fuzzy, weak=self.need_rules().chain_stop)
        self.fuzzy_words = frozenset({*self.fuzzy, *(c + k for k in self.fuzzy for c in CLITIC_LETTERS)})
        return auto_shorts

    def need_rules(self) -> Rules:
        if self.rules is None:
            raise ModelError("knowledge base used before its rules were loaded")
        return self.rules

    # ------------------------------------------------------------------ queries
    def matcher(self) -> AliasMatcher:
        return AliasMatcher(self.entries, proclitics=self.need_rules().proclitics)

    def holder(self, office: str, where: str, date: str | None) -> str | None:
        """Who held ``office`` of ``where`` on ``date``; undated: the one holder over the whole coverage, else None."""
        terms = self.offices.get((office, where), [])
        if date is not None:
            on = {o.person for o in terms if o.covers(date)}
            return on.pop() if len(on) == 1 else None
        start, end = self.coverage
        for person in {o.person for o in terms}:
            if _covers_range([o for o in terms if o.person == person], start, end):
                return person
        return None

    def head_of_government(self, where: str, date: str | None) -> str | None:
        """The head of government of a state on ``date``: its prime minister, or its president while the
        state has no prime minister and the president heads the government (USA, TUR since 2018-07-09, ...).

        ``holder("prime_minister", ...)`` never answers with a president: "رئيس الوزراء التركي" in 2020
        names nobody, while the head of government is Erdoğan.
        """
        pm = self.holder("prime_minister", where, date)
        if pm is not None:
            return pm
        periods = self.president_heads_government.get(where, [])
        if date is not None:
            heads = any(start <= date and (end is None or date < end) for start, end in periods)
        else:
            start, end = self.coverage
            heads = any(s <= start and (e is None or e > end) for s, e in periods)
        return self.holder("president", where, date) if heads else None

    def predecessor(self, office: str, where: str, date: str | None) -> str | None:
        """Who held ``office`` last before the holder on ``date`` ("الرئيس ... السابق"); None undated."""
        if date is None:
            return None
        current = self.holder(office, where, date)
        ended = [o for o in self.offices.get((office, where), []) if o.end is not None and o.end <= date]
        ended = [o for o in ended if o.person != current]
        return max(ended, key=lambda o: o.end or "").person if ended else None

    def sector_of(self, actor: Actor, date: str | None) -> str | None:
        """An organisation's sector on ``date`` (``sector_changes.csv``); undated: the sector of the file."""
        sector = actor.sector
        if date is not None:
            for since, later in self.sector_changes.get(actor.id, []):
                if since <= date:
                    sector = later
        return sector

    def role_of(self, person: str, date: str | None) -> Office | None:
        """The person's main office on ``date``; undated: an office held over the whole coverage."""
        terms = self.person_offices.get(person, [])
        if date is not None:
            held = [o for o in terms if o.covers(date)]
        else:
            held = [o for o in terms if _covers_range([t for t in terms if t.role == o.role], *self.coverage)]
        if not held:
            return None
        return min(held, key=lambda o: OFFICE_RANK.index(o.office.split(":")[0]))

    def lookup_place(self, text: str) -> Place | None:
        """A place name as written (a leading clitic allowed: بالضالع, وموسكو) -> its country and coordinates."""
        key = normalize_key(text)
        candidates = [key]
        for p in sorted(self.need_rules().proclitics, key=len, reverse=True):
            if key.startswith(p) and len(key) > len(p) + 2:
                candidates.append(key[len(p) :])
        if key.startswith("لل"):
            candidates.append("ال" + key[2:])
        for k in candidates:
            actor_id = self.places.get(k)
            if actor_id:
                a = self.actors[actor_id]
                return Place(name=a.name_en, actor=a.id, kind=a.kind, country=a.country, lat=a.lat, lon=a.lon)
        return None

    def iter_people(self) -> Iterator[Actor]:
        return (a for a in self.actors.values() if a.kind == "person")


def nisba_forms(stem: str, *, second: str | None = None) -> list[str]:
    """Every form of a nisba adjective by rule: روس -> روسي، روسية، الروسي، الروسية، روسيون، الروسيين، ...

    With ``second`` (كور + جنوب) both words inflect together: الكوري الجنوبي، الكورية الجنوبية, ...
    """
    forms = []
    for ending in NISBA_ENDINGS:
        word = stem + ending
        if second:
            forms.append(f"{word} {second}{ending}")
            forms.append(f"ال{word} ال{second}{ending}")
        else:
            forms.append(word)
            forms.append("ال" + word)
    return forms


def load_kb(ctx: Context) -> KnowledgeBase:
    return ctx.resource("entities.kb", KnowledgeBase.load)


def load_matcher(ctx: Context) -> AliasMatcher:
    return ctx.resource("entities.matcher", lambda: load_kb(ctx).matcher())


ROYAL_TITLES = ("الملك", "الملكة", "الشيخ", "الأمير", "السلطان")
"""Titles whose alias ends in a first name, not a surname (الملك سلمان، الشيخ تميم)."""
DESCENT_PARTICLES = frozenset({"بن", "ابن", "ابو", "ال", "ولد", "عبد", "بو"})
"""Normalized particles of descent: the word after them is a father's or a clan's name, not a surname."""


def _auto_surnames(names: list[str], *, no_auto: frozenset[str] | set[str]) -> list[str]:
    """The surnames of a person's full aliases that become short aliases (linked after a full name).

    Every multi-word alias gives its last word, not only the first alias: the press spells a foreign name
    several ways within one story (هيذر ناورت ... ناورت, while the first alias is هيذر نويرت), and a
    short form of the second spelling was left unlinked (event1, session 12). The guards are the first
    alias's: a surname of four letters or more, not a common name (``no_auto``), not after a particle of
    descent (بن، أبو، عبد ...), not a king's, prince's or sheikh's alias (their last word is a first name)."""
    out: list[str] = []
    if names[0].startswith(ROYAL_TITLES):
        return out
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        key = normalize_key(words[-1])
        if (
            len(key) >= 4
            and key not in no_auto
            and normalize_key(words[-2]) not in DESCENT_PARTICLES
            and not name.startswith(ROYAL_TITLES)
            and words[-1] not in out
        ):
            out.append(words[-1])
    return out


def _covers_range(terms: list[Office], start: str, end: str) -> bool:
    """Do the terms cover every day of [start, end] with no gap?"""
    day = start
    for o in sorted(terms, key=lambda t: t.start):
        if o.start > day:
            return False
        if o.end is None or o.end > end:
            return True
        day = max(day, o.end)
    return False


def _strong_anchors(
    fuzzy: dict[str, list[FuzzyAlias]], *, weak: frozenset[str]
) -> dict[str, list[FuzzyAlias]]:
    """``fuzzy`` (anchor word -> aliases, already capped at FUZZY_MAX_PER_ANCHOR) without the aliases a function
    word (``weak``: the rules' ``chain_stop``) anchors when the alias's other end anchors it too, and without
    the function words left with no alias. perf29 (session 16): three spellings of Moon Jae-in and one of
    Ban Ki-moon end in ان, so every أن/إن of the news opened windows around it (1,293 of 2,331 fuzzy calls
    per 100 unseen articles, none finding a name); a misspelling is still found from the name's other end.
    A function word whose aliases have no other anchor (over the cap, or a function word too) keeps them."""
    out: dict[str, list[FuzzyAlias]] = {}
    for anchor, cands in fuzzy.items():
        if anchor in weak:
            cands = [fa for fa in cands if not _other_anchors(fa, anchor, fuzzy, weak=weak)]
            if not cands:
                continue
        out[anchor] = cands
    return out


def _other_anchors(
    fa: FuzzyAlias, anchor: str, fuzzy: dict[str, list[FuzzyAlias]], *, weak: frozenset[str]
) -> bool:
    """Whether the alias's first or last word, other than ``anchor`` and no function word, anchors it."""
    toks = fa.key.split()
    return any(t != anchor and t not in weak and fa in fuzzy.get(t, ()) for t in (toks[0], toks[-1]))


def _key_set(words: list[str]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _float(v: str) -> float | None:
    return float(v) if v not in ("", None) else None


def _with_lam_forms(key: str) -> tuple[str, ...]:
    """A body's key and, for an ال name, its form after ل ("للدفاع المدني"), which the matcher keys as written."""
    return (key, "لل" + key[2:]) if key.startswith("ال") else (key,)
