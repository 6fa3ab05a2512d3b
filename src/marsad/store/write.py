"""Article -> rows: one article and all its annotations, inside the caller's transaction.

Annotation lists with a table of their own (``entities`` -> ``mentions``, ``events`` -> ``events`` +
``participants``) are written there; every other list of the model goes to the generic ``spans`` table
with its extra fields as JSON, so a list added to the model later is stored without a schema change.
Tokens are left out unless ``[store] tokens = true``: they can be recomputed and would be most of the
rows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from marsad.model import Article, Entity, Event, Participant, Story
from marsad.store import schema

#: Lists with first-class tables; everything else in Story's annotation lists goes to ``spans``.
FIRST_CLASS = frozenset({"entities", "events"})
_SPAN_FIELDS = frozenset({"start", "end", "text"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRecord:
    """What the writer needs besides the article itself."""

    content_hash: str
    run_id: int
    pipeline_version: str
    settings_hash: str
    ingested_at: str
    search_terms: list[str] = field(default_factory=list)
    """One entry per story, in order (empty: computed here)."""


class ActorCache:
    """Actor code -> row id for one transaction; inserts actors the database does not know yet."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def prefetch(self, conn: sa.Connection, actors: dict[str, tuple[str | None, str | None, str]]) -> None:
        """Make sure every code (-> country, sector, first name seen) has a row, in two statements."""
        missing = sorted(code for code in actors if code not in self._ids)
        if not missing:
            return
        t = schema.actors
        dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
        conn.execute(
            dialect_insert(t).on_conflict_do_nothing(index_elements=["code"]),
            [
                {"code": c, "country": actors[c][0], "sector": actors[c][1], "name": actors[c][2]}
                for c in missing
            ],
        )
        for i in range(0, len(missing), 500):
            self._ids.update(
                conn.execute(sa.select(t.c.code, t.c.id).where(t.c.code.in_(missing[i : i + 500]))).all()
            )

    def clear(self) -> None:
        """Forget every id (after a rolled-back savepoint, some may name rows that no longer exist)."""
        self._ids.clear()

    def id_for(
        self, conn: sa.Connection, *, code: str, country: str | None, sector: str | None, name: str
    ) -> int:
        if code in self._ids:
            return self._ids[code]
        t = schema.actors
        dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
        conn.execute(
            dialect_insert(t)
            .values(code=code, country=country, sector=sector, name=name)
            .on_conflict_do_nothing(index_elements=["code"])
        )
        self._ids[code] = conn.execute(sa.select(t.c.id).where(t.c.code == code)).scalar_one()
        return self._ids[code]


def actors_of(article: Article) -> dict[str, tuple[str | None, str | None, str]]:
    """Every actor code an article's mentions and participants name, with country, sector and a name."""
    out: dict[str, tuple[str | None, str | None, str]] = {}
    for story in article.stories:
        items: list[Entity | Participant] = list(story.entities)
        for ev in story.events:
            items.extend(ev.source)
            items.extend(ev.target)
        for it in items:
            code = actor_code(actor=it.actor, country=it.country, sector=it.sector)
            if code and code not in out:
                out[code] = (it.country, it.sector, it.text)
    return out


def actor_code(*, actor: str | None, country: str | None, sector: str | None) -> str | None:
    """The actor table's key: the coder's actor id, else country and sector in CAMEO style (USAGOV)."""
    if actor:
        return actor
    if country:
        return country + (sector or "")
    return None


def _attrs(item: Any) -> dict[str, Any] | None:
    data = {
        k: v for k, v in dataclasses.asdict(item).items() if k not in _SPAN_FIELDS and v not in (None, [], {})
    }
    return data or None


def _span_lists(story: Story, *, tokens: bool) -> list[tuple[str, list[Any]]]:
    out = []
    for f in dataclasses.fields(story):
        value = getattr(story, f.name)
        if f.name in FIRST_CLASS or not isinstance(value, list) or f.name == "source_map":
            continue
        if f.name == "tokens" and not tokens:
            continue
        if value and all(hasattr(x, "start") and hasattr(x, "end") and hasattr(x, "text") for x in value):
            out.append((f.name, value))
    return out


def insert_article(
    conn: sa.Connection,
    article: Article,
    *,
    record: ArticleRecord,
    actors: ActorCache,
    tokens: bool = False,
    with_search: bool = True,
) -> int:
    """Insert ``article`` with every annotation; returns the new ``articles.id``.

    ``with_search=False`` writes only version-1 columns (used to build old databases in migration tests).
    """
    from marsad.store.search import search_terms

    a = schema.articles
    main = article.main or (article.stories[0] if article.stories else None)
    article_id = conn.execute(
        sa.insert(a)
        .values(
            doc_id=article.id,
            content_hash=record.content_hash,
            source=article.source,
            url=article.url,
            outlet=article.outlet,
            agency=article.agency,
            author=article.author,
            format=article.format,
            encoding=article.encoding,
            title=main.title if main else None,
            published=main.published if main else None,
            date=main.date if main else None,
            meta=article.meta or None,
            rejections=[dataclasses.asdict(r) for r in article.rejections] or None,
            pipeline_version=record.pipeline_version,
            settings_hash=record.settings_hash,
            run_id=record.run_id,
            ingested_at=record.ingested_at,
        )
        .returning(a.c.id)
    ).scalar_one()
    story_rows = []
    for position, story in enumerate(article.stories):
        values = {
            "article_id": article_id,
            "story_key": story.id,
            "role": story.role,
            "position": position,
            "title": story.title,
            "published": story.published,
            "date": story.date,
            "dateline": story.dateline,
            "text": story.text,
            "source_map": [list(seg) for seg in story.source_map] or None,
            "meta": story.meta or None,
        }
        if with_search:
            terms = record.search_terms[position] if position < len(record.search_terms) else None
            values["search_terms"] = (
                terms if terms is not None else search_terms(f"{story.title or ''}\n{story.text}")
            )
        story_rows.append(values)
    if not story_rows:
        return article_id
    st = schema.stories
    story_ids = (
        conn.execute(st.insert().returning(st.c.id, sort_by_parameter_order=True), story_rows).scalars().all()
    )
    for story, story_id in zip(article.stories, story_ids, strict=True):
        _insert_story_annotations(
            conn, story, story_id=story_id, article_id=article_id, actors=actors, tokens=tokens
        )
    return article_id


def _insert_story_annotations(
    conn: sa.Connection, story: Story, *, story_id: int, article_id: int, actors: ActorCache, tokens: bool
) -> None:
    span_rows = [
        {
            "story_id": story_id,
            "kind": kind,
            "start_char": item.start,
            "end_char": item.end,
            "text": item.text,
            "attrs": _attrs(item),
        }
        for kind, items in _span_lists(story, tokens=tokens)
        for item in items
    ]
    if span_rows:
        conn.execute(sa.insert(schema.spans), span_rows)
    mention_rows = [_mention_row(conn, ent, story_id=story_id, actors=actors) for ent in story.entities]
    if mention_rows:
        conn.execute(sa.insert(schema.mentions), mention_rows)
    _insert_events(conn, story.events, story_id=story_id, article_id=article_id, actors=actors)


def _mention_row(conn: sa.Connection, ent: Entity, *, story_id: int, actors: ActorCache) -> dict[str, Any]:
    code = actor_code(actor=ent.actor, country=ent.country, sector=ent.sector)
    return {
        "story_id": story_id,
        "start_char": ent.start,
        "end_char": ent.end,
        "text": ent.text,
        "type": ent.type,
        "actor": ent.actor,
        "country": ent.country,
        "sector": ent.sector,
        "role": ent.role,
        "confidence": ent.confidence,
        "actor_id": actors.id_for(conn, code=code, country=ent.country, sector=ent.sector, name=ent.text)
        if code
        else None,
    }


def _event_row(ev: Event, *, story_id: int, article_id: int) -> dict[str, Any]:
    attrs = {
        k: v
        for k, v in {
            "location": dataclasses.asdict(ev.location) if ev.location else None,
            "speaker": dataclasses.asdict(ev.speaker) if ev.speaker else None,
            "sentence": dataclasses.asdict(ev.sentence) if ev.sentence else None,
            "quantities": ev.quantities or None,
            "story_key": ev.story_id,
            "date_inferred": ev.date_inferred,
            "aspect": ev.aspect,
        }.items()
        if v is not None
    }
    return {
        "story_id": story_id,
        "article_id": article_id,
        "start_char": ev.start,
        "end_char": ev.end,
        "text": ev.text,
        "type": ev.type,
        "mode": ev.mode,
        "cameo": ev.cameo,
        "quad": ev.quad,
        "score": ev.score,
        "date": ev.date,
        "modality": ev.modality,
        "confidence": ev.confidence,
        "attrs": attrs or None,
    }


def _insert_events(
    conn: sa.Connection, events: list[Event], *, story_id: int, article_id: int, actors: ActorCache
) -> None:
    if not events:
        return
    e = schema.events
    rows = [_event_row(ev, story_id=story_id, article_id=article_id) for ev in events]
    # One statement for all the story's events; ids come back in the order of the rows.
    event_ids = conn.execute(e.insert().returning(e.c.id, sort_by_parameter_order=True), rows).scalars().all()
    parts = [
        _participant_row(conn, part, event_id=event_id, role=role, position=i, actors=actors)
        for ev, event_id in zip(events, event_ids, strict=True)
        for role, side in (("source", ev.source), ("target", ev.target))
        for i, part in enumerate(side)
    ]
    if parts:
        conn.execute(sa.insert(schema.participants), parts)


def _participant_row(
    conn: sa.Connection, part: Participant, *, event_id: int, role: str, position: int, actors: ActorCache
) -> dict[str, Any]:
    code = actor_code(actor=part.actor, country=part.country, sector=part.sector)
    return {
        "event_id": event_id,
        "role": role,
        "position": position,
        "start_char": part.start,
        "end_char": part.end,
        "text": part.text,
        "country": part.country,
        "sector": part.sector,
        "actor": part.actor,
        "actor_id": actors.id_for(conn, code=code, country=part.country, sector=part.sector, name=part.text)
        if code
        else None,
    }
