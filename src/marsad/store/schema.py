"""The store's tables, as SQLAlchemy Core objects: the *current* schema that queries are written against.

The database is brought to this shape by the recorded steps in :mod:`marsad.store.migrations` (each step
frozen as it was when it shipped); :data:`CURRENT_VERSION` is the last step's number. A test checks that
a database migrated from version 1 has exactly these tables and columns.

Layout (every annotation keeps its character offsets into ``stories.text``):

    runs ─┐
    articles (content_hash unique, cluster_id) ─┬─ stories (text, search_terms) ─┬─ spans (kind, attrs JSON)
              └─ lsh_bands                       │                              ├─ mentions ─ actors
    clusters ─ folds ─────────────────────────── events (fold_id) ─ participants ─ actors

``spans`` is the generic home of every annotation list without a table of its own (sentences, times,
quantities, quotes, and lists added to the model later): it is keyed by story, kind and offsets, with the
list's other fields in a JSON ``attrs`` column, so a new list stores without a schema change. Events and
mentions, which queries filter and join on, have first-class tables. Views named ``sentences``, ``times``,
``quantities`` and ``quotes`` show the matching spans.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

#: Row ids: 64-bit on PostgreSQL; on SQLite an ``INTEGER PRIMARY KEY`` (the rowid, which is 64-bit anyway
#: and is only auto-assigned when the column type is spelt exactly INTEGER).
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(JSONB(), "postgresql")

CURRENT_VERSION = 3

#: Annotation lists stored in ``spans`` (kind = the list's name); every other list of the model except
#: the first-class ones goes there too, so nothing a stage adds is dropped.
SPAN_VIEWS: tuple[str, ...] = ("sentences", "times", "quantities", "quotes")

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("started_at", sa.String(40), nullable=False),
    sa.Column("finished_at", sa.String(40)),
    sa.Column("pipeline_version", sa.String(100), nullable=False),
    sa.Column("settings_hash", sa.String(64), nullable=False),
    sa.Column("stages", JSON, nullable=False),
    sa.Column("engine", sa.String(20), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("n_read", sa.Integer, nullable=False, default=0),
    sa.Column("n_new", sa.Integer, nullable=False, default=0),
    sa.Column("n_skipped", sa.Integer, nullable=False, default=0),
    sa.Column("n_failed", sa.Integer, nullable=False, default=0),
    sa.Column("n_reprocessed", sa.Integer, nullable=False, default=0),
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("size", sa.Integer, nullable=False, default=1),
    sa.Column("n_sources", sa.Integer, nullable=False, default=1),
    sa.Column("first_date", sa.String(10)),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("doc_id", sa.String(200), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.String(200), index=True),
    sa.Column("agency", sa.String(200)),
    sa.Column("author", sa.Text),
    sa.Column("format", sa.String(20)),
    sa.Column("encoding", sa.String(40)),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40)),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("meta", JSON),
    sa.Column("rejections", JSON),
    sa.Column("pipeline_version", sa.String(100), nullable=False),
    sa.Column("settings_hash", sa.String(64), nullable=False),
    sa.Column("run_id", ID, sa.ForeignKey("runs.id"), nullable=False),
    sa.Column("ingested_at", sa.String(40), nullable=False),
    # version 2
    sa.Column("cluster_id", ID, sa.ForeignKey("clusters.id"), index=True),
    sa.Column("minhash", sa.LargeBinary),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("story_key", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40)),
    sa.Column("date", sa.String(10)),
    sa.Column("dateline", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source_map", JSON),
    sa.Column("meta", JSON),
    # version 2: the normalized, clitic-stripped forms the full-text index is built over
    sa.Column("search_terms", sa.Text),
    # version 3, PostgreSQL only: a generated tsvector column "search_tsv" over search_terms (see
    # migrations/v003_pg_tsvector.py); not declared here, since SQLite has none.
)

spans = sa.Table(
    "spans",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("story_id", ID, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("attrs", JSON),
    sa.Index("ix_spans_story_kind", "story_id", "kind"),
    sa.Index("ix_spans_kind", "kind"),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("code", sa.String(200), nullable=False, unique=True),
    sa.Column("country", sa.String(10)),
    sa.Column("sector", sa.String(20)),
    sa.Column("name", sa.Text),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("story_id", ID, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(200)),
    sa.Column("country", sa.String(10)),
    sa.Column("sector", sa.String(20)),
    sa.Column("role", sa.String(200)),
    sa.Column("confidence", sa.Float),
    sa.Column("actor_id", ID, sa.ForeignKey("actors.id"), index=True),
)

folds = sa.Table(
    "folds",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("cluster_id", ID, sa.ForeignKey("clusters.id", ondelete="CASCADE"), nullable=False, index=True),
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

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("story_id", ID, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(40), nullable=False, index=True),
    sa.Column("mode", sa.String(40)),
    sa.Column("cameo", sa.String(10)),
    sa.Column("quad", sa.Integer),
    sa.Column("score", sa.Float),
    sa.Column("date", sa.String(40)),
    sa.Column("modality", sa.String(40)),
    sa.Column("confidence", sa.Float),
    sa.Column("attrs", JSON),
    # version 2
    sa.Column("fold_id", ID, sa.ForeignKey("folds.id", ondelete="SET NULL"), index=True),
)

participants = sa.Table(
    "participants",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("event_id", ID, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("role", sa.String(10), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("country", sa.String(10)),
    sa.Column("sector", sa.String(20)),
    sa.Column("actor", sa.String(200)),
    sa.Column("actor_id", ID, sa.ForeignKey("actors.id"), index=True),
)

lsh_bands = sa.Table(
    "lsh_bands",
    metadata,
    sa.Column("article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("band", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("bucket", sa.BigInteger, nullable=False),
    sa.Index("ix_lsh_bands_bucket", "band", "bucket"),
)

#: Tables in the order rows may be deleted without breaking a foreign key (children first).
DATA_TABLES: tuple[str, ...] = (
    "participants",
    "events",
    "folds",
    "mentions",
    "spans",
    "lsh_bands",
    "stories",
    "articles",
    "clusters",
    "actors",
    "runs",
)
