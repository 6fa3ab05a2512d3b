"""Migrations on both backends: a populated version-1 database upgrades in place to the current schema."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from store_helpers import made_article

from marsad.errors import StoreError
from marsad.store import schema
from marsad.store.db import Store
from marsad.store.ingest import now
from marsad.store.migrations import LATEST, MIGRATIONS
from marsad.store.search import search
from marsad.store.write import ActorCache, ArticleRecord, insert_article


def _populate_v1(store: Store, records: list[dict]) -> None:
    """Write articles the way version 1 stored them (no search terms, clusters or folds)."""
    with store.begin() as conn:
        run_id = conn.execute(
            sa.text(
                "INSERT INTO runs (started_at, pipeline_version, settings_hash, stages, engine, status, "
                "n_read, n_new, n_skipped, n_failed, n_reprocessed) "
                "VALUES (:t, 'v1', 'h', '[]', 'local', 'done', 4, 4, 0, 0, 0) RETURNING id"
            ),
            {"t": now()},
        ).scalar_one()
        actors = ActorCache()
        texts = [
            records[0]["text"],
            records[0]["text"] + "\nتابعونا على مواقع التواصل",
            records[1]["text"],
            records[2]["text"],
        ]
        outlets = ["skynews", "bbc", "cnn", "france24"]
        for i, (text, outlet) in enumerate(zip(texts, outlets, strict=True)):
            words = text.split()
            art = made_article(
                text,
                key=f"m{i}",
                outlet=outlet,
                events=[("CONSULT", words[1], words[0], "AAA", f"{words[2]}:BBB")],
            )
            record = ArticleRecord(
                content_hash=f"h{i}",
                run_id=run_id,
                pipeline_version="v1",
                settings_hash="h",
                ingested_at=now(),
            )
            insert_article(conn, art, record=record, actors=actors, with_search=False)


def test_migrations_first_to_current_on_populated_db(db_url: str, settings, sample_records) -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1)) and LATEST >= 2
    store = Store.open(db_url, settings=settings, migrate=False)
    try:
        assert store.migrate(to=1) == [1]
        assert store.version() == 1
        assert "clusters" not in sa.inspect(store.engine).get_table_names()
        _populate_v1(store, sample_records)
        before = store.counts()
        assert store.migrate() == list(range(2, LATEST + 1))
        assert store.version() == LATEST
        after = store.counts()
        for table in ("articles", "stories", "spans", "mentions", "events", "participants", "actors", "runs"):
            assert after[table] == before[table], table
        # The old articles are searchable, clustered and their events folded.
        word = sample_records[1]["text"].split()[3]
        assert any(h.source == "m2.txt" for h in search(store, word, limit=50))
        a = schema.articles
        with store.connect() as conn:
            clusters = dict(conn.execute(sa.select(a.c.doc_id, a.c.cluster_id)).all())
            folds = conn.execute(
                sa.select(schema.folds.c.n_articles, schema.folds.c.n_sources).order_by(schema.folds.c.id)
            ).all()
        assert clusters["m0"] == clusters["m1"] != clusters["m2"] != clusters["m3"]
        assert sorted(tuple(f) for f in folds) == [(1, 1), (1, 1), (2, 2)]
        # The database now has exactly the current schema's tables and columns.
        inspector = sa.inspect(store.engine)
        for table in schema.metadata.tables.values():
            have = {c["name"] for c in inspector.get_columns(table.name)}
            if table.name == "stories" and store.dialect == "postgresql":
                have.remove("search_tsv")  # version 3's PostgreSQL-only generated column
            assert have == set(table.columns.keys()), table.name
        # Steps are re-runnable: applying them again changes nothing.
        assert store.migrate() == []
        with store.begin() as conn:
            for step in MIGRATIONS:
                step.upgrade(conn, settings=settings)
        assert store.counts() == after
    finally:
        store.close()


def test_migrations_refuse_a_newer_database(db_url: str, settings) -> None:
    with Store.open(db_url, settings=settings) as store, store.begin() as conn:
        conn.execute(
            schema.schema_migrations.insert().values(version=LATEST + 7, name="future", applied_at=now())
        )
    with pytest.raises(StoreError, match="schema version"):
        Store.open(db_url, settings=settings)
