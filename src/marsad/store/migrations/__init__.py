"""Versioned schema migrations: recorded, re-runnable steps that upgrade a database in place.

Each step is a module ``vNNN_*.py`` with ``VERSION``, ``NAME`` and ``upgrade(conn, *, settings)``. Steps
are written so that running one again on a database that already has its changes does nothing wrong
(``CREATE ... IF NOT EXISTS``, columns added only when missing), the way sqlite-utils' migrations are;
each runs in its own transaction together with the row that records it in ``schema_migrations``, so a
crash mid-upgrade leaves the database at the previous version. On PostgreSQL an advisory lock keeps two
processes from upgrading at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from marsad.errors import StoreError
from marsad.settings import Settings
from marsad.store.migrations import v001_core, v002_search_dedupe, v003_pg_tsvector

log = logging.getLogger(__name__)

# Any constant works; it only has to be the same for every marsad process.
_PG_LOCK_KEY = 0x6D61727361640001


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[..., None]


MIGRATIONS: tuple[Migration, ...] = tuple(
    Migration(m.VERSION, m.NAME, m.upgrade) for m in (v001_core, v002_search_dedupe, v003_pg_tsvector)
)
LATEST = MIGRATIONS[-1].version

_RECORD = sa.Table(
    "schema_migrations",
    sa.MetaData(),
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)


def current_version(conn: sa.Connection) -> int:
    """The highest recorded version; 0 for an empty database."""
    if not sa.inspect(conn).has_table("schema_migrations"):
        return 0
    return conn.execute(sa.select(sa.func.max(_RECORD.c.version))).scalar() or 0


def migrate(engine: sa.Engine, *, to: int | None = None, settings: Settings | None = None) -> list[int]:
    """Bring the database to version ``to`` (default: the latest); returns the versions applied."""
    settings = settings or Settings.load()
    target = LATEST if to is None else to
    applied: list[int] = []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        _RECORD.create(conn, checkfirst=True)
    for step in MIGRATIONS:
        if step.version > target:
            break
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            have = current_version(conn)
            if have > LATEST:
                raise StoreError(
                    f"the database is at schema version {have}; this marsad knows versions up to {LATEST}",
                    source=engine.url.render_as_string(hide_password=True),
                )
            if step.version <= have:
                continue
            log.info("migrating %s to version %d (%s)", engine.url.database, step.version, step.name)
            step.upgrade(conn, settings=settings)
            conn.execute(
                _RECORD.insert().values(
                    version=step.version, name=step.name, applied_at=datetime.now(UTC).isoformat()
                )
            )
            applied.append(step.version)
    return applied
