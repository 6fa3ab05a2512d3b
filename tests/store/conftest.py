"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server.

The PostgreSQL half needs MARSAD_TEST_PG (a SQLAlchemy URL; `.ci/run` starts a throwaway server and sets
it); without it those tests skip, saying so. Each test gets a fresh database: a new SQLite file, or a
new PostgreSQL schema (dropped afterwards) reached through ``search_path`` in the URL.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

# Helpers shared by this folder's tests (tests/ is on the path, tests/store/ is not).
sys.path.insert(0, str(Path(__file__).parent))

from store_helpers import FAST_STAGES, SAMPLE


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL (or path) of an empty database on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    base = os.environ.get("MARSAD_TEST_PG")
    if not base:
        pytest.skip(
            "PostgreSQL half skipped: MARSAD_TEST_PG is not set (.ci/run starts a server and sets it)"
        )
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        admin.dispose()


@pytest.fixture
def settings():
    from marsad.settings import Settings

    return Settings.load(overrides={"store": {"batch_size": 4}, "pipeline": {"stages": FAST_STAGES}})


@pytest.fixture
def store(db_url: str, settings) -> Iterator:
    from marsad.store.db import Store

    with Store.open(db_url, settings=settings) as st:
        yield st


@pytest.fixture(scope="session")
def sample_records() -> list[dict]:
    with SAMPLE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
