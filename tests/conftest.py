"""Session fixtures shared by every test folder. Helpers live in support.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from support import shared_file

# Property tests check behaviour, not speed: no per-example deadline (CI machines are shared and slow).
hypothesis_settings.register_profile("marsad", deadline=None)
hypothesis_settings.load_profile("marsad")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return shared_file("examples/000_a9f105fa16ec1e92.txt")


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from marsad.pipeline import Pipeline

    return Pipeline.from_settings()


@pytest.fixture(scope="session")
def seed_article(seed_text: str, pipeline):
    """The seed page through the whole default pipeline (read as a plain-text page)."""
    from marsad.ingest import read_text

    return pipeline.run(read_text(seed_text, source="000_a9f105fa16ec1e92.txt"))
