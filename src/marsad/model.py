"""The document model that flows through the pipeline.

An :class:`Article` is one input page (a file, a feed entry, a JSON Lines record, a WARC record).
It holds one or more :class:`Story` objects: the main story and any unrelated story glued under
"إقرأ أيضاً". Every annotation is a stand-off span over its story's ``text``: ``start`` and ``end``
are character offsets, ``text`` is exactly ``story.text[start:end]``. Stages add annotations by
filling a story's lists; nobody nests copies of the text.

``Story.text`` is the repaired story (un-glued labels get a space, footers leave), so it can differ
from the page; ``Story.source_map`` maps it back to ``Article.raw`` (see :mod:`marsad.text`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

StoryRole = Literal["main", "related"]


@dataclass(slots=True, kw_only=True)
class Span:
    """A stretch of a story's text: ``story.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(slots=True, kw_only=True)
class Sentence(Span):
    pass


@dataclass(slots=True, kw_only=True)
class Token(Span):
    norm: str = ""
    """Matching key: diacritics and tatweel removed, alef/ya/ta-marbuta unified."""
    stem: str = ""
    """The token without its clitics (normalized)."""
    clitics: list[str] = field(default_factory=list)
    """Clitics split off, in order, proclitics with a trailing '+', enclitics with a leading '+'."""


@dataclass(slots=True, kw_only=True)
class Quantity(Span):
    value: float | None = None
    unit: str | None = None
    """ISO 4217 code for money, ``percent``, or the counted noun as written."""
    kind: str = "number"
    """One of money, percent, count, ordinal, number."""
    qualifier: str | None = None
    """more_than, less_than, about, at_least, up_to, range ... or None."""


@dataclass(slots=True, kw_only=True)
class TimeExpr(Span):
    value: str | None = None
    """ISO 8601 prefix at the stated granularity (2024, 2024-03, 2024-05-14, 2022-FA, 201X) or None."""
    granularity: str | None = None
    """day, week, month, season, year, decade, or None."""
    anchor: str | None = None
    """What a relative expression was resolved against (the story date), or None for absolute forms."""
    tense: str | None = None
    """past, future or present, as the expression and its verb say."""
    reason: str | None = None
    """Why ``value`` is None, when it is."""


@dataclass(slots=True, kw_only=True)
class Quote(Span):
    speaker: Span | None = None
    kind: str = "direct"
    """direct (a quoted span) or reported (reported speech after قال إن ...)."""


@dataclass(slots=True, kw_only=True)
class Entity(Span):
    type: str = "MISC"
    actor: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    confidence: float | None = None


# ``make_entity`` sets an Entity's slots one by one: the keyword-only dataclass ``__init__``, called
# through ``type.__call__``, first packs its arguments into a dict (about 60 entities an article, from
# the linker and the NER tagger). ``ENTITY_FIELDS`` must list every field of Entity (a test checks).
ENTITY_FIELDS = ("start", "end", "text", "type", "actor", "country", "sector", "role", "confidence")


def make_entity(
    start: int,
    end: int,
    text: str,
    type: str,
    actor: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    role: str | None = None,
    confidence: float | None = None,
) -> Entity:
    """``Entity(start=start, end=end, text=text, type=type, ...)`` without the ``__init__``."""
    e = object.__new__(Entity)
    e.start, e.end, e.text, e.type, e.actor = start, end, text, type, actor
    e.country, e.sector, e.role, e.confidence = country, sector, role, confidence
    return e


@dataclass(slots=True, kw_only=True)
class Participant(Span):
    """One side of an event: a mention in the story, with its actor coding."""

    country: str | None = None
    sector: str | None = None
    actor: str | None = None


@dataclass(slots=True, kw_only=True)
class Location:
    text: str
    start: int | None = None
    end: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True, kw_only=True)
class Event(Span):
    type: str
    mode: str | None = None
    cameo: str | None = None
    quad: int | None = None
    score: float | None = None
    goldstein: float | None = None
    """The CAMEO code's Goldstein-scale value, so output can sit beside GDELT."""
    source: list[Participant] = field(default_factory=list)
    target: list[Participant] = field(default_factory=list)
    date: str | None = None
    """From a time expression of the event's own clause (EVENT-CONVENTIONS §6), else None."""
    date_inferred: str | None = None
    """When ``date`` is None: the story's news-cycle day for an asserted main-story event (a day named in
    the lead, else the publication date). Never set for related stories or non-asserted events."""
    location: Location | None = None
    aspect: str | None = None
    """For a verb trigger, its form: "perfect" (اعتقلت) or "imperfect" (تستهدف: ongoing, habitual or to come);
    None for a noun (a masdar, a participle)."""
    modality: str = "asserted"
    speaker: Span | None = None
    quantities: list[int] = field(default_factory=list)
    sentence: Span | None = None
    confidence: float = 0.5
    story_id: str | None = None


@dataclass(slots=True, kw_only=True)
class Rejection:
    """Something a stage legitimately dropped, kept so that nothing is lost silently."""

    stage: str
    reason: str
    text: str | None = None


ANNOTATION_LISTS: tuple[str, ...] = (
    "sentences",
    "tokens",
    "entities",
    "times",
    "quantities",
    "quotes",
    "events",
)


@dataclass(slots=True, kw_only=True)
class Story:
    id: str
    role: StoryRole
    text: str
    title: str | None = None
    published: str | None = None
    """ISO 8601 date or date-time (with the timezone when stated); None when the story states none."""
    updated: str | None = None
    dateline: str | None = None
    source_map: list[tuple[int, int, int]] = field(default_factory=list)
    """Segments (story_offset, page_offset, length): text copied from ``Article.raw``."""
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        """The story's calendar date (YYYY-MM-DD) or None."""
        return self.published[:10] if self.published else None

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])


@dataclass(slots=True, kw_only=True)
class Article:
    id: str
    source: str
    """Path, URL or ``<stdin>``; with a record number for multi-record inputs (file.jsonl#12)."""
    raw: str = ""
    """The page text as decoded, before any repair."""
    format: str = "text"
    encoding: str | None = None
    url: str | None = None
    outlet: str | None = None
    agency: str | None = None
    author: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    """Names of the pipeline stages already run on this article."""

    @property
    def main(self) -> Story | None:
        return next((s for s in self.stories if s.role == "main"), None)

    def to_dict(self, *, include_raw: bool = False) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        if not include_raw:
            data.pop("raw")
        data.pop("done")
        for story in data["stories"]:
            story["source_map"] = [list(seg) for seg in story["source_map"]]
        return {"schema_version": SCHEMA_VERSION, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = {k: v for k, v in data.items() if k != "schema_version"}
        stories = [_story_from_dict(s) for s in data.pop("stories", [])]
        rejections = [Rejection(**r) for r in data.pop("rejections", [])]
        return cls(**data, stories=stories, rejections=rejections)


def _span(d: dict[str, Any] | None) -> Span | None:
    return None if d is None else Span(**d)


def _event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["source"] = [Participant(**p) for p in d.get("source", [])]
    d["target"] = [Participant(**p) for p in d.get("target", [])]
    d["location"] = Location(**d["location"]) if d.get("location") else None
    d["speaker"] = _span(d.get("speaker"))
    d["sentence"] = _span(d.get("sentence"))
    return Event(**d)


def _quote_from_dict(d: dict[str, Any]) -> Quote:
    d = dict(d)
    d["speaker"] = _span(d.get("speaker"))
    return Quote(**d)


_READERS = {
    "sentences": lambda d: Sentence(**d),
    "tokens": lambda d: Token(**d),
    "entities": lambda d: Entity(**d),
    "times": lambda d: TimeExpr(**d),
    "quantities": lambda d: Quantity(**d),
    "quotes": _quote_from_dict,
    "events": _event_from_dict,
}


def _story_from_dict(d: dict[str, Any]) -> Story:
    d = dict(d)
    lists = {name: [_READERS[name](x) for x in d.pop(name, [])] for name in ANNOTATION_LISTS}
    d["source_map"] = [tuple(seg) for seg in d.get("source_map", [])]
    return Story(**d, **lists)
