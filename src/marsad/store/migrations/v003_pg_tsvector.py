"""Version 3: on PostgreSQL, a stored tsvector column for the full-text index.

Version 2 indexed the expression ``to_tsvector('simple', search_terms)``, which finds matches quickly but
must recompute the vector of every matching story to rank it. A generated (stored) column holds it once;
the GIN index moves onto it. SQLite's FTS5 index already stores what it ranks with: nothing to do there.
"""

from __future__ import annotations

import sqlalchemy as sa

from marsad.settings import Settings

VERSION = 3
NAME = "PostgreSQL: stored tsvector for ranking"

#: The column the search query uses on PostgreSQL (not in :mod:`marsad.store.schema`, which is shared
#: with SQLite; queries reach it through SQL text).
PG_COLUMN = "search_tsv"


def upgrade(conn: sa.Connection, *, settings: Settings) -> None:
    if conn.dialect.name != "postgresql":
        return
    columns = {c["name"] for c in sa.inspect(conn).get_columns("stories")}
    if PG_COLUMN not in columns:
        conn.exec_driver_sql(
            f"ALTER TABLE stories ADD COLUMN {PG_COLUMN} tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED"
        )
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS ix_stories_search_tsv ON stories USING gin ({PG_COLUMN})"
    )
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_stories_search")
