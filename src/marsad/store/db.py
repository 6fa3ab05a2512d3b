"""One interface for both backends: an embedded SQLite file by default, PostgreSQL for teams.

:class:`Store` wraps a SQLAlchemy 2 Core engine; everything above it (ingest, dedupe, search, export) is
written once in SQLAlchemy expressions and runs on either backend. The few places where the backends
differ on purpose (the full-text index, upserts) ask :attr:`Store.dialect`.

SQLite is opened in WAL mode with foreign keys on. Python's sqlite3 module starts and ends transactions
on its own, which breaks savepoints, so the connection is put in autocommit mode and SQLAlchemy emits
BEGIN itself (the recipe of SQLAlchemy's pysqlite documentation, "Serializable isolation / Savepoints").
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
import sqlalchemy as sa
from sqlalchemy import event

from marsad.errors import StoreError, UsageError
from marsad.settings import Settings
from marsad.store import schema

log = logging.getLogger(__name__)

DEFAULT_FILE = "marsad.db"


def default_db_path(name: str = DEFAULT_FILE) -> Path:
    """``<user data dir>/marsad/<name>`` (e.g. ~/.local/share/marsad/marsad.db on Linux)."""
    return Path(platformdirs.user_data_dir("marsad", appauthor=False)) / name


def resolve_url(target: str | Path | None, *, settings: Settings | None = None) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as given (``postgresql://`` means psycopg 3), a path as a
    SQLite file, nothing as ``[store] db`` or the default file under the user's data directory."""
    if target is None or str(target) == "":
        target = (settings or Settings.load()).get("store.db") or default_db_path()
    text = str(target)
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    for plain in ("postgresql://", "postgres://"):
        if text.startswith(plain):
            return "postgresql+psycopg://" + text[len(plain) :]
    return text


def _sqlite_setup(engine: sa.Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # NORMAL in WAL mode: a killed process never loses a committed transaction; only a power cut
        # may lose the last few, and the database stays consistent either way.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str) -> sa.Engine:
    try:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url)
            _sqlite_setup(engine)
            return engine
        return sa.create_engine(url, pool_pre_ping=True)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise UsageError(f"cannot open database {url!r}: {exc}") from exc


class Store:
    """A database holding marsad's schema. Open with :meth:`open`; use as a context manager."""

    def __init__(self, engine: sa.Engine, *, settings: Settings | None = None) -> None:
        self.engine = engine
        self.settings = settings or Settings.load()

    @classmethod
    def open(
        cls,
        target: str | Path | None = None,
        *,
        settings: Settings | None = None,
        migrate: bool = True,
    ) -> Store:
        """Open (and, unless ``migrate=False``, create or upgrade) the store at ``target``."""
        settings = settings or Settings.load()
        store = cls(make_engine(resolve_url(target, settings=settings)), settings=settings)
        try:
            with store.engine.connect():
                pass
        except sa.exc.OperationalError as exc:
            raise StoreError(f"cannot connect: {exc.orig}", source=store.url) from exc
        if migrate:
            store.migrate()
        return store

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        """A connection in one transaction: committed on success, rolled back on any error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    def version(self) -> int:
        from marsad.store.migrations import current_version

        with self.engine.connect() as conn:
            return current_version(conn)

    def migrate(self, *, to: int | None = None) -> list[int]:
        """Apply the migrations not yet recorded, up to ``to``; returns the versions applied."""
        from marsad.store.migrations import migrate

        return migrate(self.engine, to=to, settings=self.settings)

    def counts(self) -> dict[str, int]:
        """Rows per data table (tables the database does not have yet are left out)."""
        have = set(sa.inspect(self.engine).get_table_names())
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for name in schema.DATA_TABLES:
                if name in have:
                    out[name] = conn.execute(
                        sa.select(sa.func.count()).select_from(sa.table(name))
                    ).scalar_one()
        return out
