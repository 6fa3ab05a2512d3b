"""Version 1: articles, stories, generic spans, mentions, actors, events, participants, runs.

Frozen as shipped: these definitions must never change (a database at version 1 looks exactly like
this); later versions change the schema with steps of their own.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(JSONB(), "postgresql")

VERSION = 1
NAME = "core tables"
SPAN_VIEWS = ("sentences", "times", "quantities", "quotes")


def _tables(md: sa.MetaData) -> None:
    sa.Table(
        "runs",
        md,
        sa.Column("id", ID, primary_key=True),
        sa.Column("started_at", sa.String(40), nullable=False),
        sa.Column("finished_at", sa.String(40)),
        sa.Column("pipeline_version", sa.String(100), nullable=False),
        sa.Column("settings_hash", sa.String(64), nullable=False),
        sa.Column("stages", JSON, nullable=False),
        sa.Column("engine", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("n_read", sa.Integer, nullable=False),
        sa.Column("n_new", sa.Integer, nullable=False),
        sa.Column("n_skipped", sa.Integer, nullable=False),
        sa.Column("n_failed", sa.Integer, nullable=False),
        sa.Column("n_reprocessed", sa.Integer, nullable=False),
    )
    sa.Table(
        "articles",
        md,
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
    )
    sa.Table(
        "stories",
        md,
        sa.Column("id", ID, primary_key=True),
        sa.Column(
            "article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
        ),
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
    )
    sa.Table(
        "spans",
        md,
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
    sa.Table(
        "actors",
        md,
        sa.Column("id", ID, primary_key=True),
        sa.Column("code", sa.String(200), nullable=False, unique=True),
        sa.Column("country", sa.String(10)),
        sa.Column("sector", sa.String(20)),
        sa.Column("name", sa.Text),
    )
    sa.Table(
        "mentions",
        md,
        sa.Column("id", ID, primary_key=True),
        sa.Column(
            "story_id", ID, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True
        ),
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
    sa.Table(
        "events",
        md,
        sa.Column("id", ID, primary_key=True),
        sa.Column(
            "story_id", ID, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column(
            "article_id", ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
        ),
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
    )
    sa.Table(
        "participants",
        md,
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


def upgrade(conn: sa.Connection, **_: object) -> None:
    md = sa.MetaData()
    _tables(md)
    md.create_all(conn, checkfirst=True)
    for kind in SPAN_VIEWS:
        # Plain views over the generic spans table, so `SELECT * FROM quotes` works for a newcomer.
        create = "CREATE VIEW IF NOT EXISTS" if conn.dialect.name == "sqlite" else "CREATE OR REPLACE VIEW"
        conn.exec_driver_sql(
            f"{create} {kind} AS SELECT id, story_id, start_char, end_char, text, attrs "
            f"FROM spans WHERE kind = '{kind}'"
        )
