"""What is in a store, in numbers a newcomer reads at a glance (used by ``marsad demo``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from marsad.store import schema
from marsad.store.db import Store


@dataclass(frozen=True, slots=True, kw_only=True)
class Dyad:
    source: str
    target: str
    events: int
    """Folded events (one per real-world event in a story cluster)."""
    articles: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusSummary:
    articles: int
    stories: int
    clusters: int
    duplicated_articles: int
    """Articles in a cluster with at least one other article (reprints, rewrites of the same text)."""
    mentions: int
    events: int
    folded_events: int
    events_by_type: list[tuple[str, int]] = field(default_factory=list)
    dyads: list[Dyad] = field(default_factory=list)
    outlets: list[tuple[str, int]] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None


def summarize(store: Store, *, top: int = 10) -> CorpusSummary:
    a, s, c, f, e = schema.articles, schema.stories, schema.clusters, schema.folds, schema.events
    count = sa.func.count
    with store.connect() as conn:
        n_articles = conn.execute(sa.select(count()).select_from(a)).scalar_one()
        first, last = conn.execute(sa.select(sa.func.min(a.c.date), sa.func.max(a.c.date))).one()
        by_type = conn.execute(
            sa.select(f.c.type, count()).group_by(f.c.type).order_by(count().desc(), f.c.type)
        ).all()
        dyads = conn.execute(
            sa.select(f.c.source_key, f.c.target_key, count(), sa.func.sum(f.c.n_articles))
            .where(f.c.source_key != "", f.c.target_key != "", f.c.source_key != f.c.target_key)
            .group_by(f.c.source_key, f.c.target_key)
            .order_by(count().desc(), f.c.source_key, f.c.target_key)
            .limit(top)
        ).all()
        outlets = conn.execute(
            sa.select(sa.func.coalesce(a.c.outlet, "(unknown)"), count())
            .group_by(sa.func.coalesce(a.c.outlet, "(unknown)"))
            .order_by(count().desc())
            .limit(top)
        ).all()
        return CorpusSummary(
            articles=n_articles,
            stories=conn.execute(sa.select(count()).select_from(s)).scalar_one(),
            clusters=conn.execute(sa.select(count()).select_from(c)).scalar_one(),
            duplicated_articles=conn.execute(
                sa.select(sa.func.coalesce(sa.func.sum(c.c.size), 0)).where(c.c.size > 1)
            ).scalar_one(),
            mentions=conn.execute(sa.select(count()).select_from(schema.mentions)).scalar_one(),
            events=conn.execute(sa.select(count()).select_from(e)).scalar_one(),
            folded_events=conn.execute(sa.select(count()).select_from(f)).scalar_one(),
            events_by_type=[(t, n) for t, n in by_type],
            dyads=[
                Dyad(source=src, target=tgt, events=n, articles=int(na or 0)) for src, tgt, n, na in dyads
            ],
            outlets=[(o, n) for o, n in outlets],
            first_date=first,
            last_date=last,
        )
