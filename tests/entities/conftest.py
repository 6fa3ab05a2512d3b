"""Fixtures of the entities tests: the knowledge base and linker are built once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def kb():
    from marsad.entities.kb import KnowledgeBase

    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def linker(kb):
    from marsad.entities.link import Linker

    return Linker(kb, kb.matcher())


@pytest.fixture(scope="session")
def link(linker):
    """link(text, date) -> entities, each checked against the text it points at."""

    def run(text: str, date: str | None = None):
        entities = linker.link(text, date=date)
        for e in entities:
            assert text[e.start : e.end] == e.text, e
        return entities

    return run


@pytest.fixture(scope="session")
def sample_stories():
    """The cleaned stories of the bundled ANT sample (no shared data needed)."""
    from importlib import resources

    from marsad.ingest import Failure, iter_inputs
    from marsad.pipeline import Pipeline

    path = str(resources.files("marsad").joinpath("samples/ant_news_sample.jsonl"))
    clean = Pipeline.from_settings(upto="tokens")
    return [s for a in iter_inputs([path]) if not isinstance(a, Failure) for s in clean.run(a).stories]
