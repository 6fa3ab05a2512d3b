"""The Store interface: URLs, SQLite pragmas, both backends behind one API."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from marsad.errors import StoreError
from marsad.settings import Settings
from marsad.store import schema
from marsad.store.db import Store, default_db_path, resolve_url


def test_db_resolve_url_paths_urls_and_default(tmp_path: Path) -> None:
    assert resolve_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u@h:5/d") == "postgresql+psycopg://u@h:5/d"
    assert resolve_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"
    configured = Settings.load(overrides={"store": {"db": str(tmp_path / "conf.db")}})
    assert resolve_url(None, settings=configured).endswith("conf.db")
    default = Settings.load(overrides={"store": {"db": ""}})
    assert resolve_url(None, settings=default) == f"sqlite:///{default_db_path().resolve()}"


def test_db_sqlite_wal_and_foreign_keys(tmp_path: Path, settings) -> None:
    with Store.open(tmp_path / "w.db", settings=settings) as store, store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_db_foreign_keys_enforced_on_both_backends(store) -> None:
    with pytest.raises(sa.exc.IntegrityError), store.begin() as conn:
        conn.execute(
            sa.insert(schema.stories).values(article_id=999, story_key="x", role="main", position=0, text="t")
        )


def test_db_counts_and_version_on_a_fresh_store(store) -> None:
    from marsad.store.migrations import LATEST

    assert store.version() == LATEST
    assert set(store.counts().values()) == {0}
    for view in schema.SPAN_VIEWS:
        with store.connect() as conn:
            assert conn.execute(sa.text(f"SELECT count(*) FROM {view}")).scalar_one() == 0


def test_db_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        Store.open("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
