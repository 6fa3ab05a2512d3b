"""Version 2: the Arabic full-text index and near-duplicate clustering with event folding.

Adds ``stories.search_terms`` (normalized, clitic-stripped forms) with its index (an FTS5 table kept in
step by triggers on SQLite; a GIN index over ``to_tsvector('simple', ...)`` on PostgreSQL), the
``clusters``, ``folds`` and ``lsh_bands`` tables, ``articles.cluster_id``/``minhash`` and
``events.fold_id``; then fills them for the articles already stored, so an upgraded database searches
and folds its old articles like new ones. The backfill uses the current term and signature functions.
"""

from __future__ import annotations

import sqlalchemy as sa

from marsad.settings import Settings

VERSION = 2
NAME = "full-text search, story clusters, folded events"

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS story_fts USING fts5("
    "search_terms, content='stories', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS stories_fts_ai AFTER INSERT ON stories BEGIN "
    "INSERT INTO story_fts(rowid, search_terms) VALUES (new.id, new.search_terms); END",
    "CREATE TRIGGER IF NOT EXISTS stories_fts_ad AFTER DELETE ON stories BEGIN "
    "INSERT INTO story_fts(story_fts, rowid, search_terms) VALUES ('delete', old.id, old.search_terms); END",
    "CREATE TRIGGER IF NOT EXISTS stories_fts_au AFTER UPDATE OF search_terms ON stories BEGIN "
    "INSERT INTO story_fts(story_fts, rowid, search_terms) VALUES ('delete', old.id, old.search_terms); "
    "INSERT INTO story_fts(rowid, search_terms) VALUES (new.id, new.search_terms); END",
)
PG_FTS = (
    "CREATE INDEX IF NOT EXISTS ix_stories_search ON stories "
    "USING gin (to_tsvector('simple', coalesce(search_terms, '')))",
)


def _new_tables(md: sa.MetaData) -> None:
    sa.Table("articles", md, sa.Column("id", ID, primary_key=True))
    sa.Table(
        "clusters",
        md,
        sa.Column("id", ID, primary_key=True),
        sa.Column("size", sa.Integer, nullable=False, default=1),
        sa.Column("n_sources", sa.Integer, nullable=False, default=1),
        sa.Column("first_date", sa.String(10)),
    )
    sa.Table(
        "folds",
        md,
        sa.Column("id", ID, primary_key=True),
        sa.Column(
            "cluster_id", ID, sa.ForeignKey("clusters.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("mode", sa.String(40)),
        sa.Column("source_key", sa.Text, nullable=False),
        sa.Column("target_key", sa.Text, nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("first_event_id", ID, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
    )
    sa.Table(
        "lsh_bands",
        md,
        sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("band", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("bucket", sa.BigInteger, nullable=False),
        sa.Index("ix_lsh_bands_bucket", "band", "bucket"),
    )


def _add_column(conn: sa.Connection, table: str, ddl: str) -> None:
    name = ddl.split()[0]
    if name not in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {ddl}")


def upgrade(conn: sa.Connection, *, settings: Settings) -> None:
    md = sa.MetaData()
    _new_tables(md)
    for name in ("clusters", "folds", "lsh_bands"):
        md.tables[name].create(conn, checkfirst=True)
    id_type = ID.compile(dialect=conn.dialect)
    blob = sa.LargeBinary().compile(dialect=conn.dialect)
    _add_column(conn, "articles", f"cluster_id {id_type} REFERENCES clusters(id)")
    _add_column(conn, "articles", f"minhash {blob}")
    _add_column(conn, "stories", "search_terms TEXT")
    _add_column(conn, "events", f"fold_id {id_type} REFERENCES folds(id) ON DELETE SET NULL")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_articles_cluster_id ON articles (cluster_id)")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_events_fold_id ON events (fold_id)")
    _backfill(conn, settings=settings)
    for ddl in SQLITE_FTS if conn.dialect.name == "sqlite" else PG_FTS:
        conn.exec_driver_sql(ddl)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO story_fts(story_fts) VALUES ('rebuild')")


def _backfill(conn: sa.Connection, *, settings: Settings) -> None:
    from marsad.store import schema
    from marsad.store.dedupe import Deduper, SignedArticle, signature_text
    from marsad.store.search import search_terms

    st = schema.stories
    todo = conn.execute(sa.select(st.c.id, st.c.text).where(st.c.search_terms.is_(None))).all()
    if todo:
        conn.execute(
            st.update().where(st.c.id == sa.bindparam("sid")).values(search_terms=sa.bindparam("terms")),
            [{"sid": sid, "terms": search_terms(text)} for sid, text in todo],
        )
    a = schema.articles
    main = (
        sa.select(st.c.article_id, sa.func.min(st.c.position).label("pos"))
        .where(st.c.role == "main")
        .group_by(st.c.article_id)
        .subquery()
    )
    rows = conn.execute(
        sa.select(a.c.id, st.c.title, st.c.text)
        .select_from(a.outerjoin(main, main.c.article_id == a.c.id))
        .outerjoin(st, sa.and_(st.c.article_id == a.c.id, st.c.position == main.c.pos))
        .where(a.c.cluster_id.is_(None))
        .order_by(a.c.id)
    ).all()
    deduper = Deduper.from_settings(settings)
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        signed = [
            SignedArticle(article_id=aid, minhash=deduper.signature_bytes(signature_text(title, text or "")))
            for aid, title, text in chunk
        ]
        deduper.assign(conn, signed)
